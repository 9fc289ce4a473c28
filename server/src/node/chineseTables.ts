// The Chinese character tables (readings, traditional → simplified) that the build
// generates next to the bundles (scripts/chinese-tables.mjs). Read on first use: a draft
// without Chinese characters never pays for them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChineseTables } from '../core/chineseNear';

interface Loaded {
  /** One line per character: the character, then its syllables separated by commas. */
  readings: string;
  /** Where each character's line starts in `readings` (-1: none), made on first need. */
  lineOf?: Int32Array;
  simplified: Uint16Array;
}

function findFile(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const file of [path.join(dir, 'zh-tables.json'), path.join(dir, 'dist', 'zh-tables.json')]) if (fs.existsSync(file)) return file;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function load(file: string): Loaded {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { readings: string; traditional: string; simplified: string };
  // One code unit to one: a flat table answers in one array read.
  const simplified = new Uint16Array(0x10000);
  for (let c = 0; c < simplified.length; c++) simplified[c] = c;
  for (let i = 0; i < data.traditional.length; i++) simplified[data.traditional.charCodeAt(i)] = data.simplified.charCodeAt(i);
  return { readings: data.readings, simplified };
}

function readingsOf(loaded: Loaded, code: number): string[] | undefined {
  const { readings } = loaded;
  if (!loaded.lineOf) {
    loaded.lineOf = new Int32Array(0x10000).fill(-1);
    for (let at = 0; at < readings.length; ) {
      loaded.lineOf[readings.charCodeAt(at)] = at;
      const end = readings.indexOf('\n', at);
      at = end < 0 ? readings.length : end + 1;
    }
  }
  const at = loaded.lineOf[code];
  if (at < 0) return undefined;
  const end = readings.indexOf('\n', at);
  return readings.slice(at + 1, end < 0 ? readings.length : end).split(',');
}

let tables: ChineseTables | null | undefined;

/** The tables, or undefined when the build did not make them (Chinese near-matching is then off). */
export function chineseTables(): ChineseTables | undefined {
  if (tables === undefined) {
    const file = findFile();
    let loaded: Loaded | undefined;
    const get = () => (loaded ??= load(file!));
    tables = file ? {
      readings: (code) => readingsOf(get(), code),
      simplified: () => get().simplified,
    } : null;
  }
  return tables ?? undefined;
}
