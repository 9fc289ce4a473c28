// Whether a window of a run of Chinese characters is a near miss of an official form, and of
// which kind: two parts swapped, traditional characters, numerals, homophones (same length),
// or one character missing or extra.

import type { ChineseDriftKind } from './chineseNear';
import type { Sounds } from './chineseSounds';
import { blockSwap, NUMERALS, withinClause } from './chineseWindows';

/** The window chars[start, start + length) as a near miss of the form: its kind and what changed. */
export function verifyWindow(text: string, offsets: Int32Array, chars: Int32Array, start: number, length: number, form: readonly number[], sounds: Sounds): { kind: ChineseDriftKind; changed: string } | undefined {
  // A slip stays inside a clause; a comma in the official form's place is the exact matcher's (碳达峰，碳中和).
  if (!withinClause(text, offsets[start], offsets[start + length - 1])) return undefined;
  if (length === form.length) {
    const swapped = blockSwap(text, offsets, chars, start, form) ?? adjacentSwap(chars, start, form);
    if (swapped) return { kind: 'order', changed: swapped };
    // Compared as codes: most windows fail at their first other character, and nothing is
    // made for them.
    let same = 0;
    let traditional = 0;
    let numeral = 0;
    for (let j = 0; j < form.length; j++) {
      const c = chars[start + j];
      if (c === form[j]) {
        same++;
        if (text.charCodeAt(offsets[start + j]) !== c) traditional++;
        continue;
      }
      if (NUMERALS.has(c) && NUMERALS.has(form[j])) numeral++;
      else if (!sounds.alike(c, form[j])) return undefined;
    }
    const draft = (differing: boolean) => Array.from(offsets.subarray(start, start + form.length), (o, j) => (differing && chars[start + j] === form[j] ? '' : text[o])).join('');
    if (same === form.length) return traditional ? { kind: 'traditional', changed: draft(false) } : undefined;
    if (2 * same < form.length) return undefined;
    return { kind: numeral ? 'numeral' : 'homophone', changed: draft(true) };
  }
  // One character missing or extra: the rest equal, in order.
  const window = chars.slice(start, start + length);
  const [short, long] = window.length < form.length ? [window, form] : [form, window];
  for (let skip = 0; skip < long.length; skip++) {
    let equal = true;
    for (let j = 0, m = 0; j < long.length; j++) {
      if (j === skip) continue;
      if (long[j] !== short[m++]) { equal = false; break; }
    }
    if (!equal) continue;
    // At an edge, a missing character is a shorter word and an extra one the word next to it.
    if (skip === 0 || skip === long.length - 1) continue;
    const changed = String.fromCharCode(long[skip]);
    return window.length < form.length ? { kind: 'missing-character', changed } : { kind: 'extra-character', changed };
  }
  return undefined;
}

/**
 * Two neighbouring characters in the other order, the rest of a form of five or more in place
 * (渝成地区双城经济圈): "A/B" in the form's order, or undefined. Read as a missing character
 * instead, its fix would keep the moved one (渝成渝地区…).
 */
function adjacentSwap(chars: Int32Array, start: number, form: readonly number[]): string | undefined {
  const n = form.length;
  if (n < 5) return undefined;
  let j = 0;
  while (j < n && chars[start + j] === form[j]) j++;
  if (j >= n - 1 || chars[start + j] !== form[j + 1] || chars[start + j + 1] !== form[j]) return undefined;
  for (let k = j + 2; k < n; k++) if (chars[start + k] !== form[k]) return undefined;
  return String.fromCharCode(form[j]) + '/' + String.fromCharCode(form[j + 1]);
}
