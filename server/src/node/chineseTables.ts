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
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { readings: Record<string, string>; toSimplified: Record<string, string> };
      const split = new Map<string, readonly string[]>();
      return {
        readings(ch) {
          let r = split.get(ch);
          if (!r && data.readings[ch]) split.set(ch, (r = data.readings[ch].split(',')));
          return r;
        },
        simplify: (ch) => data.toSimplified[ch] ?? ch,
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
