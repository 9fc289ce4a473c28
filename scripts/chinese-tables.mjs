// Chinese character tables for the near-matcher, generated at build time from well-kept
// libraries instead of shipping them whole: toneless pinyin readings of every CJK unified
// ideograph (pinyin-pro, all readings of polyphones) and traditional → simplified for the
// characters that map one to one (opencc-js), so offsets in the draft hold; and the
// characters most used in the words of both libraries' dictionaries, most used first, so
// the near-matcher anchors each official form on characters that are rare in drafts.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';

export function buildChineseTables(out) {
  const readings = {};
  const toSimplified = {};
  const convert = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c);
    const syllables = pinyin(ch, { multiple: true, toneType: 'none', type: 'array' }).filter((s) => /^[a-zü]+$/.test(s));
    if (syllables.length && syllables[0] !== ch) readings[ch] = [...new Set(syllables.map((s) => s.replace('ü', 'v')))].join(',');
    for (const cv of convert) {
      const s = cv(ch);
      if (s.length === 1 && s !== ch) { toSimplified[ch] = s; break; }
    }
  }
  const common = commonCharacters();
  writeFileSync(out, JSON.stringify({ readings, toSimplified, common }));
  return { readings: Object.keys(readings).length, traditional: Object.keys(toSimplified).length, common: common.length };
}

/** Characters of the words in the dictionaries of opencc-js and pinyin-pro, by how many words use them. */
function commonCharacters() {
  const count = new Map();
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|mjs|cjs)$/.test(f)) {
        for (const m of readFileSync(p, 'utf8').matchAll(/[\u4e00-\u9fff]{2,12}/g)) for (const c of m[0]) count.set(c, (count.get(c) ?? 0) + 1);
      }
    }
  };
  const root = new URL('../node_modules/', import.meta.url).pathname;
  for (const pkg of ['opencc-js', 'pinyin-pro']) walk(join(root, pkg));
  return [...count].sort((a, b) => b[1] - a[1]).slice(0, 3500).map(([c]) => c).join('');
}
