// Whether a window of a run of Chinese characters is a near miss of an official form, and of
// which kind: two parts swapped, traditional characters, numerals, homophones (same length),
// or one character missing or extra.

import type { ChineseDriftKind } from './chineseNear';
import type { Sounds } from './chineseSounds';
import { isCjk } from './normalize';
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
    // The draft's characters that differ, and the official ones in their place.
    const official = form.filter((c, j) => chars[start + j] !== c).map((c) => String.fromCharCode(c)).join('');
    return { kind: numeral ? 'numeral' : 'homophone', changed: `${draft(true)}/${official}` };
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
    if (anotherWordAtEdge(text, offsets, start, length, skip, window.length < form.length)) return undefined;
    // A conjunction between two parts (碳达峰和碳中和) or 地 that makes the first part an adverb
    // (高质量地发展现代农业) is the drafter's grammar, not a slip of the keys; a doubled one is a slip.
    if (window.length > form.length && GRAMMAR_WORDS.has(long[skip]) && long[skip - 1] !== long[skip] && long[skip + 1] !== long[skip]) return undefined;
    const changed = String.fromCharCode(long[skip]);
    return window.length < form.length ? { kind: 'missing-character', changed } : { kind: 'extra-character', changed };
  }
  return undefined;
}

/** Characters a drafter puts inside a form on purpose: the conjunctions 和, 与, 及 and the adverbial 地. */
const GRAMMAR_WORDS = new Set([...'和与及地'].map((c) => c.charCodeAt(0)));

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

/** How far around a window the draft is read for its own use of a word. */
const NEARBY = 5000;

/**
 * One character in from an edge, a slip competes with a word of the draft's own: the character
 * before the window with its first one (确保经济运行在合理区间, not 保持… with 持 missing), or an
 * extra character with the form's last one (软件和信息服务企业, not 服务业 with 企 extra), and the
 * same at the other edge. Where the draft writes that pair of characters elsewhere nearby, it
 * is a word the drafter uses, and the window no slip.
 */
function anotherWordAtEdge(text: string, offsets: Int32Array, start: number, length: number, skip: number, missing: boolean): boolean {
  let at: number;
  if (missing) {
    // The form's second or second-to-last character missing: the draft's neighbour outside the window.
    if (skip === 1) at = offsets[start] - 1;
    else if (skip === length - 1) at = offsets[start + length - 1];
    else return false;
  } else if (skip === 1) at = offsets[start];
  else if (skip === length - 2) at = offsets[start + skip];
  else return false;
  if (at < 0 || !isCjk(text.charCodeAt(at)) || !isCjk(text.charCodeAt(at + 1))) return false;
  const pair = text.slice(at, at + 2);
  const from = Math.max(0, at - NEARBY);
  const to = Math.min(text.length, at + NEARBY);
  for (let i = text.indexOf(pair, from); i >= 0 && i < to; i = text.indexOf(pair, i + 1)) if (i !== at) return true;
  return false;
}
