// Finds misspelled official phrasings ("common prosperty") without sliding windows over the
// whole draft: an exactly spelled word of a phrasing is the anchor (found in the same one
// pass as exact phrases), then only the words around it are compared with the phrasing's
// other words by bounded edit distance. Ordinary English stays clean: at most one or two
// edits, same first letter, never a plural -s/-es, never in words shorter than five letters.

import { boundedEditDistance } from './editDistance';
import { FOLD, SEP, SKIP, WORD, foldKey } from './normalize';

export interface FuzzyHit {
  start: number;
  end: number;
  phrasing: number;
  distance: number;
}

interface Slot {
  phrasing: number;
  position: number;
}

interface Phrase {
  words: string[];
  /** Folded text between consecutive words ("" for plain spacing, "," for a comma). */
  gaps: string[];
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

export function editBudget(word: string): number {
  if (word.length >= 10) return 2;
  if (word.length >= 5) return 1;
  return 0;
}

export class FuzzyMatcher {
  private readonly phrases: Phrase[];
  /** Words that anchor a search for a misspelled phrasing; the caller's matcher finds them. */
  readonly anchorWords: string[];
  /** Per anchor word: its slots, keyed by the first letter of the neighbouring word (see neighbourKey). */
  private readonly slotsByAnchor: Map<number, Slot[]>[] = [];

  /**
   * `englishForms[i]` is phrasing i's canonical English form (or undefined to skip it).
   * `isEnglishWord` tells real words ("property") from typos ("prosperty"); without it only
   * the edit budget guards ordinary English.
   */
  constructor(englishForms: readonly (string | undefined)[], private readonly isEnglishWord?: (word: string) => boolean) {
    this.phrases = englishForms.map((form) => splitPhrase(form ? foldKey(form) : ''));
    // Each phrasing is anchored on its two rarest words: a typo in one leaves the other to
    // find it, and common words ("development") do not wake every phrasing at every use.
    const frequency = new Map<string, number>();
    for (const phrase of this.phrases) for (const w of new Set(phrase.words)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    const anchorIndex = new Map<string, number>();
    this.phrases.forEach((phrase, phrasing) => {
      if (phrase.words.length < 2) return;
      const positions = phrase.words.map((w, position) => ({ w, position }))
        .filter(({ w }) => !STOP_WORDS.has(w))
        .sort((a, b) => frequency.get(a.w)! - frequency.get(b.w)! || b.w.length - a.w.length)
        .slice(0, 2);
      for (const { w, position } of positions) {
        let a = anchorIndex.get(w);
        if (a === undefined) {
          a = anchorIndex.size;
          anchorIndex.set(w, a);
          this.slotsByAnchor.push(new Map());
        }
        const key = position + 1 < phrase.words.length
          ? neighbourKey(RIGHT, phrase.words[position + 1].charCodeAt(0))
          : neighbourKey(LEFT, phrase.words[position - 1].charCodeAt(0));
        const slots = this.slotsByAnchor[a].get(key) ?? [];
        slots.push({ phrasing, position });
        this.slotsByAnchor[a].set(key, slots);
      }
    });
    this.anchorWords = [...anchorIndex.keys()];
  }

  /**
   * Misspelled phrasings in text[from, to) around the anchor words found there (`anchors`:
   * start, end, index into anchorWords, …). `exact` are the exact occurrences, sorted and
   * not overlapping: a window may hold a shorter official phrasing ("upper reaches of the
   * Yangtze River" inside a misspelled "important ecologicla barrier in …") but not overlap
   * a longer or equal one.
   */
  scan(text: string, from: number, to: number, anchors: readonly number[],
    exact: readonly ExactSpan[], maxEdits = 2): FuzzyHit[] {
    const hits: FuzzyHit[] = [];
    const seen = new Set<number>();
    const phraseCount = this.phrases.length;
    let next = 0;
    for (let a = 0; a < anchors.length; a += 3) {
      const anchor = { start: anchors[a], end: anchors[a + 1] };
      // Most anchors in a draft stand inside their own official phrasing: nothing to look for.
      // Anchors come in text order, so the exact span around one is found by walking on.
      while (next < exact.length && exact[next].end <= anchor.start) next++;
      const around = next < exact.length && exact[next].start <= anchor.start && anchor.end <= exact[next].end ? exact[next] : undefined;
      const byNeighbour = this.slotsByAnchor[anchors[a + 2]];
      const right = byNeighbour.get(neighbourKey(RIGHT, letterAfter(text, anchor.end, to))) ?? NONE;
      const left = byNeighbour.get(neighbourKey(LEFT, letterBefore(text, anchor.start, from))) ?? NONE;
      for (const slot of right.length === 0 ? left : left.length === 0 ? right : [...right, ...left]) {
        if (around && around.phrasing === slot.phrasing) continue;
        const phrase = this.phrases[slot.phrasing];
        if (!neighboursMayFit(text, anchor.start, anchor.end, phrase.words, slot.position, from, to)) continue;
        const before = wordsBefore(text, anchor.start, slot.position, from);
        const after = wordsAfter(text, anchor.end, phrase.words.length - slot.position - 1, to);
        if (!before || !after) continue;
        const window = [...before, { start: anchor.start, end: anchor.end }, ...after];
        const start = window[0].start;
        const end = window[window.length - 1].end;
        const key = start * phraseCount + slot.phrasing;
        if (seen.has(key)) continue;
        seen.add(key);
        if (blockedByExact(exact, start, end)) continue;
        const distance = windowDistance(text, window, phrase, maxEdits, this.isEnglishWord);
        if (distance > 0) hits.push({ start, end, phrasing: slot.phrasing, distance });
      }
    }
    return hits;
  }
}

interface Span {
  start: number;
  end: number;
}

export interface ExactSpan extends Span {
  phrasing: number;
}

/** First exact span that ends after `start` (binary search), or the length of the list. */
function firstEndingAfter(exact: readonly ExactSpan[], start: number): number {
  let lo = 0;
  let hi = exact.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (exact[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


/** True when an exact span overlaps [start, end) without standing strictly inside it. */
function blockedByExact(exact: readonly ExactSpan[], start: number, end: number): boolean {
  for (let i = firstEndingAfter(exact, start); i < exact.length && exact[i].start < end; i++) {
    const o = exact[i];
    if (o.start < start || o.end > end || o.end - o.start === end - start) return true;
  }
  return false;
}

function splitPhrase(key: string): Phrase {
  const words: string[] = [];
  const gaps: string[] = [];
  let gap = '';
  let word = '';
  for (const ch of key) {
    if (WORD[ch.charCodeAt(0)]) {
      if (word === '' && words.length > 0) gaps.push(gap.trim());
      word += ch;
      gap = '';
    } else {
      if (word) words.push(word);
      word = '';
      gap += ch;
    }
  }
  if (word) words.push(word);
  return { words, gaps };
}

/** Total edits between the draft's words and the phrasing's, or 0 when they are not a typo of it. */
function windowDistance(text: string, window: Span[], phrase: Phrase, maxEdits: number, isEnglishWord?: (w: string) => boolean): number {
  let total = 0;
  const misspelled: string[] = [];
  // Cheap checks first, before any text is sliced: first letters and lengths.
  for (let k = 0; k < window.length; k++) {
    const expected = phrase.words[k];
    const length = window[k].end - window[k].start;
    if (FOLD[text.charCodeAt(window[k].start)] !== expected.charCodeAt(0)) return 0;
    if (Math.abs(length - expected.length) > Math.min(editBudget(expected), maxEdits)) return 0;
  }
  for (let k = 0; k < window.length; k++) {
    if (k > 0) {
      const gap = text.slice(window[k - 1].end, window[k].start);
      if (foldKey(gap) !== phrase.gaps[k - 1] || BLANK_LINE.test(gap)) return 0;
    }
    const actual = foldKey(text.slice(window[k].start, window[k].end));
    const expected = phrase.words[k];
    if (actual === expected) continue;
    if (actual[0] !== expected[0] || STOP_WORDS.has(expected) || isPluralOf(actual, expected)) return 0;
    const budget = Math.min(editBudget(expected), maxEdits);
    const d = boundedEditDistance(actual, expected, budget);
    if (d > budget) return 0;
    total += d;
    if (total > maxEdits) return 0;
    misspelled.push(actual);
  }
  // Checked last: the dictionary is loaded only when a window got this far.
  if (isEnglishWord && misspelled.some(isEnglishWord)) return 0;
  return total;
}

const BLANK_LINE = /\n[ \t\r]*\n|\r[ \t]*\r/;
const RIGHT = 0;
const LEFT = 1;
const NONE: Slot[] = [];

function neighbourKey(side: number, letter: number): number {
  return side * 0x10000 + letter;
}

/** First letter (folded) of the word after pos, if only a gap stands between; else -1. */
function letterAfter(text: string, pos: number, to: number): number {
  let j = pos;
  while (j < to && !isWordAt(text, j)) {
    if (!isGapUnit(text.charCodeAt(j))) return -1;
    j++;
  }
  return j === pos || j === to ? -1 : FOLD[text.charCodeAt(j)];
}

/** First letter (folded) of the word before pos, if only a gap stands between; else -1. */
function letterBefore(text: string, pos: number, from: number): number {
  let j = pos;
  while (j > from && !isWordAt(text, j - 1)) {
    if (!isGapUnit(text.charCodeAt(j - 1))) return -1;
    j--;
  }
  if (j === pos || j === from) return -1;
  while (j > from && isWordAt(text, j - 1)) j--;
  return FOLD[text.charCodeAt(j)];
}

/**
 * The words next to the anchor must begin with the letters the phrasing expects there, as
 * typos rarely hit a first letter. Checked without slicing text: most anchors stop here.
 */
function neighboursMayFit(text: string, start: number, end: number, words: readonly string[], position: number, from: number, to: number): boolean {
  if (position > 0 && letterBefore(text, start, from) !== words[position - 1].charCodeAt(0)) return false;
  if (position < words.length - 1 && letterAfter(text, end, to) !== words[position + 1].charCodeAt(0)) return false;
  return true;
}

function isPluralOf(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // "opennes" is a typo of "openness", not its singular.
  return !short.endsWith('s') && (long === short + 's' || long === short + 'es');
}

function isWordAt(text: string, i: number): boolean {
  return WORD[FOLD[text.charCodeAt(i)]] === 1;
}

/** Only separators or a comma may stand between the words of a window. */
function isGapUnit(code: number): boolean {
  const f = FOLD[code];
  return f === SEP || f === SKIP || f === 0x2c || f === 0x27;
}

function wordsBefore(text: string, pos: number, count: number, limit: number): Span[] | undefined {
  const spans: Span[] = [];
  let i = pos;
  while (spans.length < count) {
    let j = i;
    while (j > limit && !isWordAt(text, j - 1)) {
      if (!isGapUnit(text.charCodeAt(j - 1))) return undefined;
      j--;
    }
    if (j === limit || j === i) return undefined;
    const end = j;
    while (j > limit && isWordAt(text, j - 1)) j--;
    spans.unshift({ start: j, end });
    i = j;
  }
  return spans;
}

function wordsAfter(text: string, pos: number, count: number, limit: number): Span[] | undefined {
  const spans: Span[] = [];
  let i = pos;
  while (spans.length < count) {
    let j = i;
    while (j < limit && !isWordAt(text, j)) {
      if (!isGapUnit(text.charCodeAt(j))) return undefined;
      j++;
    }
    if (j === limit || j === i) return undefined;
    const start = j;
    while (j < limit && isWordAt(text, j)) j++;
    spans.push({ start, end: j });
    i = j;
  }
  return spans;
}
