// Toneless pinyin of official Chinese forms, word by word (pinyin-pro reads polyphones in
// context: 重庆 is chong qing). Loaded on first use: completion from pinyin and the
// input-method export need it, a lint run does not.

import type { PinyinOf } from '../core/pinyinKeys';

let convert: ((text: string) => string[]) | undefined;

export const pinyinOf: PinyinOf = (text) => {
  if (!convert) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { pinyin } = require('pinyin-pro') as typeof import('pinyin-pro');
    convert = (t) => pinyin(t, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter((s) => /^[a-z]+$/.test(s));
  }
  return convert(text);
};
