// A numbered formula written with Arabic digits: “14五”规划 or “145”规划 for “十四五”规划,
// 1区2群 for 一区两群. Drafters type digits where the formula has Chinese numerals, in part
// or in whole; each such form is derived from the official one, so nobody lists them.

import { formKey } from './normalize';

/** The numerals of a formula and their values (双 is a word, 双城, not a numeral here). */
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMERAL = /[一二两三四五六七八九十]+/g;

/** A form with some numerals as digits, and what changed: the digits typed and the numerals they stand for. */
export interface ArabicForm {
  form: string;
  typed: string;
  official: string;
}

/** The value of a Chinese numeral of 1 to 99 (五, 十, 十四, 二十, 二十五), or undefined. */
function valueOf(numeral: string): number | undefined {
  if (numeral.length === 1) return numeral === '十' ? 10 : DIGIT[numeral];
  const ten = numeral.indexOf('十');
  if (ten < 0 || numeral.length > 3 || numeral.includes('两')) return undefined;
  const tens = ten === 0 ? 1 : DIGIT[numeral.slice(0, ten)];
  const units = ten === numeral.length - 1 ? 0 : DIGIT[numeral.slice(ten + 1)];
  return tens === undefined || units === undefined || (ten > 0 && ten !== 1) ? undefined : tens * 10 + units;
}

/** A run of numerals cut into numbers, longest first (十四五: 十四, 五), or undefined where it is none. */
function piecesOf(run: string): string[] | undefined {
  const pieces: string[] = [];
  for (let i = 0; i < run.length;) {
    let length = Math.min(3, run.length - i);
    while (length > 0 && valueOf(run.slice(i, i + length)) === undefined) length--;
    if (length === 0) return undefined;
    pieces.push(run.slice(i, i + length));
    i += length;
  }
  return pieces;
}

/** Every form of `form` with one or more of its numbers written in digits (at most 2^6 of them). */
export function arabicForms(form: string): ArabicForm[] {
  const numbers: { at: number; numeral: string }[] = [];
  for (const m of form.matchAll(NUMERAL)) {
    const pieces = piecesOf(m[0]);
    if (!pieces) continue;
    let at = m.index!;
    for (const numeral of pieces) {
      numbers.push({ at, numeral });
      at += numeral.length;
    }
  }
  return withDigits(form, numbers.map(({ at, numeral }) => ({ at, written: numeral, digits: String(valueOf(numeral)) })), 6, (x) => x, '、');
}

/**
 * Every form of `form` with one or more of its `numbers` written in digits, and none where it
 * has more than `limit` (2^limit - 1 forms at most); with the digits typed and what they stand
 * for, each shown by `show` and joined by `joint`.
 */
function withDigits(form: string, numbers: readonly { at: number; written: string; digits: string }[], limit: number, show: (x: string) => string, joint: string): ArabicForm[] {
  if (numbers.length === 0 || numbers.length > limit) return [];
  const forms: ArabicForm[] = [];
  for (let mask = 1; mask < 1 << numbers.length; mask++) {
    let out = '';
    let last = 0;
    const typed: string[] = [];
    const official: string[] = [];
    numbers.forEach(({ at, written, digits }, k) => {
      if (!(mask & (1 << k))) return;
      out += form.slice(last, at) + digits;
      last = at + written.length;
      typed.push(show(digits));
      official.push(show(written));
    });
    forms.push({ form: out + form.slice(last), typed: typed.join(joint), official: official.join(joint) });
  }
  return forms;
}

/** What a draft's digit form of `form` changed, as a numeral near miss tells it: "14、5/十四、五". */
export function digitsChanged(form: string, written: string): string {
  const key = formKey(written);
  const found = arabicForms(form).find((a) => formKey(a.form) === key);
  return found ? `${found.typed}/${found.official}` : `${written}/${form}`;
}

/** English number words a formula counts with ("one area and two clusters"), and their digits. */
export const ENGLISH_NUMBERS: ReadonlyMap<string, string> = new Map([['one', '1'], ['two', '2'], ['three', '3'], ['four', '4'], ['five', '5'], ['six', '6'], ['seven', '7'], ['eight', '8'], ['nine', '9'], ['ten', '10']]);
const NUMBER_WORD = [...ENGLISH_NUMBERS.keys()].join('|');
/** A number word, not inside a word nor after a hyphen ("Five-Year" counts, "twenty-one" does not). */
const NUMBER_WORDS = new RegExp(String.raw`(?<![\w-])(${NUMBER_WORD})(?!\w)`, 'gi');
/** A number, in digits or a word, and a noun, ending the draft's words. */
const COUNT_THEN_NOUN = new RegExp(String.raw`(?:\d|\b(?:${NUMBER_WORD}))[ \u00a0]+[A-Za-z]+$`, 'i');

/**
 * True when the draft's words end in a number and a noun with "of" after them: the number counts
 * the things named after it ("1 area and 2 clusters of shops", "in one area, two clusters of
 * stars"), not the formula's parts.
 */
export function countsThings(text: string, start: number, end: number): boolean {
  return COUNT_THEN_NOUN.test(text.slice(start, end)) && /^[ \u00a0]+of\b/i.test(text.slice(end, end + 8));
}

/**
 * Every form of an English phrasing with one or more of its number words written in digits
 * ("1 area and 2 clusters", "14th 5-Year Plan"); none for a phrasing without them.
 */
export function englishDigitForms(form: string): ArabicForm[] {
  const numbers = [...form.matchAll(NUMBER_WORDS)].map((m) => ({ at: m.index!, written: m[1], digits: ENGLISH_NUMBERS.get(m[1].toLowerCase())! }));
  return withDigits(form, numbers, 4, (x) => `"${x}"`, ', ');
}

/** What a draft's digit form of an English phrasing changed: the digits typed and the words they stand for. */
export function englishDigitsChanged(form: string, written: string): { typed: string; official: string } {
  const key = formKey(written);
  return englishDigitForms(form).find((a) => formKey(a.form) === key) ?? { typed: `"${written}"`, official: `"${form}"` };
}
