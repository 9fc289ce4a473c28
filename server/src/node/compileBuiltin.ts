// Build step: validates the built-in term base and stores its data for fast start-up.
// Usage: node compileBuiltin.js OUT_FILE. Exits 1 with file:line:column problems.

import * as fs from 'node:fs';
import { buildTermBase } from '../core/termBase';
import { builtinTermFilePath, readTermFile, textStamp } from './termFiles';
import * as path from 'node:path';

const out = process.argv[2];
const file = builtinTermFilePath();
const text = fs.readFileSync(file, 'utf8');
const parsed = readTermFile(file, path.relative(process.cwd(), file));
const { problems } = buildTermBase([parsed], (_f, p) => fs.readFileSync(path.resolve(path.dirname(file), p), 'utf8'));
if (problems.length > 0 || !parsed.data) {
  for (const p of problems) console.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
  process.exit(1);
}
fs.writeFileSync(out, JSON.stringify({ hash: textStamp(text), bytes: Buffer.byteLength(text), data: parsed.data }));
