// Wrong punctuation inside an official Chinese form: a comma between its parts, a quotation
// mark turned the wrong way or typed in ASCII (“十四五“规划, "十四五"规划). The enumeration
// comma and the quotation marks may be left out; that is no slip.

import type { Classified } from './classify';
import { say, type Locale } from './messages';
import { isCjk, isSoftPunct } from './normalize';
import type { Occurrence, Phrasing } from './types';

const QUOTES = '“”"「」';

/** Soft punctuation inside a Chinese form, keyed by how many Chinese characters precede it. */
function innerMarks(s: string, from: number, to: number): Map<number, string> {
  const marks = new Map<number, string>();
  let chars = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isCjk(c)) chars++;
    else if (chars > 0 && isSoftPunct(c)) marks.set(chars, s[i]);
  }
  return marks;
}

/** The finding for an occurrence of a Chinese form with wrong marks inside, or undefined. */
export function punctuationSlip(text: string, o: Occurrence, p: Phrasing, area: string, locale: Locale): Classified | undefined {
  const zh = p.zh!;
  const official = innerMarks(zh, 0, zh.length);
  let wrong = false;
  for (const [at, mark] of innerMarks(text, o.start, o.end)) {
    const expected = official.get(at);
    if (mark === '，' || mark === ',' || mark === '"') wrong = true;
    else if (QUOTES.includes(mark) && expected !== undefined && expected !== mark) wrong = true;
  }
  // An opening quotation mark the official form starts with, written the wrong way.
  const before = text[o.start - 1];
  const opening = QUOTES.includes(zh[0]) && before !== undefined && QUOTES.includes(before);
  if (opening && before !== zh[0]) wrong = true;
  if (!wrong) return undefined;
  const start = opening ? o.start - 1 : o.start;
  const actual = text.slice(start, o.end);
  return {
    start, end: o.end, phrasingId: p.id, actual, ruleId: 'zh-punctuation',
    message: say(locale).punctuation(actual, zh, area),
    replacements: [{ text: zh, phrasingId: p.id }], fixable: true,
  };
}
