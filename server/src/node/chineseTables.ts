// The Chinese character tables (readings, traditional → simplified) that the build
// generates next to the bundles (scripts/chinese-tables.mjs). Read on first use: a draft
// without Chinese characters never pays for them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChineseTables } from '../core/chineseNear';

interface Loaded {
  readings: Record<string, string>;
  simplified: Uint16Array;
}

function findFile(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const file of [path.join(dir, 'zh-tables.json'), path.join(dir, 'dist', 'zh-tables.json')]) if (fs.existsSync(file)) return file;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function load(file: string): Loaded {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { readings: Record<string, string>; toSimplified: Record<string, string> };
  // One code unit to one: a flat table answers in one array read.
  const simplified = new Uint16Array(0x10000);
  for (let c = 0; c < simplified.length; c++) simplified[c] = c;
  for (const [t, s] of Object.entries(data.toSimplified)) simplified[t.charCodeAt(0)] = s.charCodeAt(0);
  return { readings: data.readings, simplified };
}

let tables: ChineseTables | null | undefined;

/** The tables, or undefined when the build did not make them (Chinese near-matching is then off). */
export function chineseTables(): ChineseTables | undefined {
  if (tables === undefined) {
    const file = findFile();
    let loaded: Loaded | undefined;
    const get = () => (loaded ??= load(file!));
    tables = file ? {
      readings: (code) => get().readings[String.fromCharCode(code)]?.split(','),
      simplified: () => get().simplified,
    } : null;
  }
  return tables ?? undefined;
}
