// Chinese character tables for the near-matcher, generated at build time from well-kept
// libraries instead of shipping them whole: toneless pinyin readings of every CJK unified
// ideograph (pinyin-pro, all readings of polyphones) and traditional → simplified for the
// characters that map one to one (opencc-js), so offsets in the draft hold.
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import * as OpenCC from 'opencc-js';

export function buildChineseTables(out) {
  const readings = [];
  let traditional = '';
  let simplified = '';
  const convert = [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    const ch = String.fromCharCode(c);
    const syllables = pinyin(ch, { multiple: true, toneType: 'none', type: 'array' }).filter((s) => /^[a-zü]+$/.test(s));
    if (syllables.length && syllables[0] !== ch) readings.push(ch + [...new Set(syllables.map((s) => s.replace('ü', 'v')))].join(','));
    for (const cv of convert) {
      const s = cv(ch);
      if (s.length === 1 && s !== ch) { traditional += ch; simplified += s; break; }
    }
  }
  // Long strings, not objects: parsing them costs next to nothing at start-up. Readings: one
  // line per character, the character then its syllables; the two variant strings pair up.
  writeFileSync(out, JSON.stringify({ readings: readings.join('\n'), traditional, simplified }));
}

