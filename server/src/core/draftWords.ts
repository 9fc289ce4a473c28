// Walking the words of a draft around an anchor word, without slicing text: what the fuzzy
// matcher needs to find the words of a possibly misspelled phrasing. Words are runs of Latin
// letters and digits (folded); only spacing, hyphens, commas and apostrophes may stand
// between the words of one phrasing.

import { FOLD, SEP, SKIP, WORD } from './normalize';

/** Typing errors a word of a phrasing may have: none under five letters, two from ten. */
export function editBudget(word: string): number {
  if (word.length >= 10) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

/**
 * Finds the words around an anchor that stands at `position` of a phrasing and writes their
 * spans; false as soon as a word is missing, punctuation breaks the run, or a word cannot be
 * a typo of the phrasing's word (other first letter, length off by more than its budget).
 */
export function fillWindow(text: string, anchorStart: number, anchorEnd: number, position: number, words: readonly string[],
  from: number, to: number, maxEdits: number, spans: Int32Array): boolean {
  spans[2 * position] = anchorStart;
  spans[2 * position + 1] = anchorEnd;
  let i = anchorStart;
  for (let k = position - 1; k >= 0; k--) {
    let j = i;
    while (j > from && !isWordAt(text, j - 1)) {
      if (!isGapUnit(text.charCodeAt(j - 1))) return false;
      j--;
    }
    if (j === from || j === i) return false;
    const end = j;
    while (j > from && isWordAt(text, j - 1)) j--;
    if (!mayBeTypoOf(text, j, end, words[k], maxEdits)) return false;
    spans[2 * k] = j;
    spans[2 * k + 1] = end;
    i = j;
  }
  i = anchorEnd;
  for (let k = position + 1; k < words.length; k++) {
    let j = i;
    while (j < to && !isWordAt(text, j)) {
      if (!isGapUnit(text.charCodeAt(j))) return false;
      j++;
    }
    if (j === to || j === i) return false;
    const start = j;
    while (j < to && isWordAt(text, j)) j++;
    if (!mayBeTypoOf(text, start, j, words[k], maxEdits)) return false;
    spans[2 * k] = start;
    spans[2 * k + 1] = j;
    i = j;
  }
  return true;
}

/** Same first letter, length within the word's edit budget: checked without slicing text. */
function mayBeTypoOf(text: string, start: number, end: number, expected: string, maxEdits: number): boolean {
  return FOLD[text.charCodeAt(start)] === expected.charCodeAt(0) &&
    Math.abs(end - start - expected.length) <= Math.min(editBudget(expected), maxEdits);
}

function isWordAt(text: string, i: number): boolean {
  return WORD[FOLD[text.charCodeAt(i)]] === 1;
}

/** Only separators or a comma may stand between the words of a window. */
function isGapUnit(code: number): boolean {
  const f = FOLD[code];
  return f === SEP || f === SKIP || f === 0x2c || f === 0x27;
}

/** First letter (folded) of the word after pos, if only a gap stands between; else -1. */
export function letterAfter(text: string, pos: number, to: number): number {
  let j = pos;
  while (j < to && !isWordAt(text, j)) {
    if (!isGapUnit(text.charCodeAt(j))) return -1;
    j++;
  }
  return j === pos || j === to ? -1 : FOLD[text.charCodeAt(j)];
}

/** First letter (folded) of the word before pos, if only a gap stands between; else -1. */
export function letterBefore(text: string, pos: number, from: number): number {
  let j = pos;
  while (j > from && !isWordAt(text, j - 1)) {
    if (!isGapUnit(text.charCodeAt(j - 1))) return -1;
    j--;
  }
  if (j === pos || j === from) return -1;
  while (j > from && isWordAt(text, j - 1)) j--;
  return FOLD[text.charCodeAt(j)];
}
