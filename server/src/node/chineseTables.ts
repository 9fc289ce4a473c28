// The Chinese character tables (readings, traditional → simplified) that the build
// generates next to the bundles (scripts/chinese-tables.mjs), read once on first use.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ChineseTables } from '../core/chineseNear';

let tables: ChineseTables | null | undefined;

function load(): ChineseTables | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const file of [path.join(dir, 'zh-tables.json'), path.join(dir, 'dist', 'zh-tables.json')]) {
      if (!fs.existsSync(file)) continue;
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { readings: Record<string, string>; toSimplified: Record<string, string>; common?: string };
      // One code unit to one: a flat table answers in one array read.
      const simplified = new Uint16Array(0x10000);
      for (let c = 0; c < simplified.length; c++) simplified[c] = c;
      for (const [t, s] of Object.entries(data.toSimplified)) simplified[t.charCodeAt(0)] = s.charCodeAt(0);
      const common = data.common ?? '';
      const rarity = new Map<number, number>();
      for (let i = 0; i < common.length; i++) rarity.set(common.charCodeAt(i), i);
      return {
        readings: (code) => data.readings[String.fromCharCode(code)]?.split(','),
        simplify: (code) => simplified[code],
        rarity: (code) => rarity.get(code) ?? common.length,
      };
    }
    if (path.dirname(dir) === dir) return null;
  }
}

/** The tables, or undefined when the build did not make them (Chinese near-matching is then off). */
export function chineseTables(): ChineseTables | undefined {
  if (tables === undefined) tables = load();
  return tables ?? undefined;
}
