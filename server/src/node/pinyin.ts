// Toneless pinyin of official Chinese forms, word by word (pinyin-pro reads polyphones in
// context: 重庆 is chong qing). Loaded on first use from its own bundle next to this one
// (dist/pinyin-pro.js), or from node_modules when running unbundled (the tests).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PinyinOf } from '../core/pinyinKeys';

type Pinyin = typeof import('pinyin-pro').pinyin;
let convert: ((text: string) => string[]) | undefined;

function loadPinyin(): Pinyin {
  const bundled = path.join(__dirname, 'pinyin-pro.js');
  // A computed name: the bundler leaves this require alone instead of inlining pinyin-pro.
  const name = fs.existsSync(bundled) ? bundled : ['pinyin', 'pro'].join('-');
  return (require(name) as { pinyin: Pinyin }).pinyin;
}

export const pinyinOf: PinyinOf = (text) => {
  if (!convert) {
    const pinyin = loadPinyin();
    convert = (t) => pinyin(t, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter((s) => /^[a-z]+$/.test(s));
  }
  return convert(text);
};
