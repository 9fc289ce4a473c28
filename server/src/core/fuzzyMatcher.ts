// Finds misspelled official phrasings ("common prosperty") without sliding windows over the
// whole draft: each phrasing's two rarest words are its anchors, found exactly spelled in
// the same pass as the exact phrases; only where the neighbouring words begin with the
// letters the phrasing expects are the words around an anchor compared with the phrasing's
// by bounded edit distance. Ordinary English stays clean: at most one or two edits, same
// first letter, never a plural -s/-es, nothing in words under five letters, and never a word
// the English dictionary knows ("common property").

import { boundedEditDistance } from './editDistance';
import { editBudget, fillWindow, letterAfter, letterBefore } from './draftWords';
import { breaksPhrase } from './lineBreaks';
import { WORD, foldKey } from './normalize';
import { blockedByExact, type ExactSpan } from './spans';

export { editBudget };

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


export class FuzzyMatcher {
  private readonly phrases: Phrase[];
  /** Words that anchor a search for a misspelled phrasing; the caller's matcher finds them. */
  readonly anchorWords: string[];
  /** Per anchor word: its slots, keyed by the first letters of the words on either side (see neighbourKey). */
  private readonly slotsByAnchor: Map<number, Slot[]>[] = [];
  private readonly longestPhrase: number;

  /**
   * `englishForms[t]` is target t's form, a phrasing's canonical English form or an admitted
   * one (or undefined to skip it); `owners[t]` is its phrasing (t itself when not given).
   * `isEnglishWord` tells real words ("property") from typos ("prosperty"); without it only
   * the edit budget guards ordinary English.
   */
  constructor(englishForms: readonly (string | undefined)[], private readonly isEnglishWord?: (word: string) => boolean, private readonly owners?: readonly number[]) {
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
        const key = neighbourKey(
          position > 0 ? phrase.words[position - 1].charCodeAt(0) : NO_WORD,
          position + 1 < phrase.words.length ? phrase.words[position + 1].charCodeAt(0) : NO_WORD);
        const slots = this.slotsByAnchor[a].get(key) ?? [];
        slots.push({ phrasing, position });
        this.slotsByAnchor[a].set(key, slots);
      }
    });
    this.anchorWords = [...anchorIndex.keys()];
    this.longestPhrase = Math.max(1, ...this.phrases.map((p) => p.words.length));
  }

  /**
   * Misspelled phrasings in text[from, to) around the anchor words found there (`anchors`:
   * start, end, index into anchorWords, …). `exact` are the exact occurrences, sorted and
   * not overlapping: a window may hold a shorter official phrasing ("upper reaches of the
   * Yangtze River" inside a misspelled "important ecologicla barrier in …") but not overlap
   * a longer or equal one.
   */
  scan(text: string, from: number, to: number, anchors: ArrayLike<number>,
    exact: readonly ExactSpan[], maxEdits = 2): FuzzyHit[] {
    const hits: FuzzyHit[] = [];
    const seen = new Set<number>();
    const phraseCount = this.phrases.length;
    let next = 0;
    // Start and end of each word of the window under test, reused: no allocation per slot.
    const spans = new Int32Array(2 * this.longestPhrase);
    for (let a = 0; a < anchors.length; a += 3) {
      const anchor = { start: anchors[a], end: anchors[a + 1] };
      // Most anchors in a draft stand inside their own official phrasing: nothing to look for.
      // Anchors come in text order, so the exact span around one is found by walking on.
      while (next < exact.length && exact[next].end <= anchor.start) next++;
      const around = next < exact.length && exact[next].start <= anchor.start && anchor.end <= exact[next].end ? exact[next] : undefined;
      const byNeighbour = this.slotsByAnchor[anchors[a + 2]];
      const letterL = letterBefore(text, anchor.start, from);
      const letterR = letterAfter(text, anchor.end, to);
      // Slots in the middle of their phrasing, at its start, at its end.
      const middle = byNeighbour.get(neighbourKey(letterL, letterR)) ?? NONE;
      const first = byNeighbour.get(neighbourKey(NO_WORD, letterR)) ?? NONE;
      const last = byNeighbour.get(neighbourKey(letterL, NO_WORD)) ?? NONE;
      const count = middle.length + first.length + last.length;
      for (let k = 0; k < count; k++) {
        const slot = k < middle.length ? middle[k] : k < middle.length + first.length ? first[k - middle.length] : last[k - middle.length - first.length];
        const owner = this.owners?.[slot.phrasing] ?? slot.phrasing;
        if (around && around.phrasing === owner) continue;
        const phrase = this.phrases[slot.phrasing];
        if (!fillWindow(text, anchor.start, anchor.end, slot.position, phrase.words, from, to, maxEdits, spans)) continue;
        const length = phrase.words.length;
        const start = spans[0];
        const end = spans[2 * length - 1];
        const key = start * phraseCount + slot.phrasing;
        if (seen.has(key)) continue;
        seen.add(key);
        if (blockedByExact(exact, start, end, owner)) continue;
        const distance = windowDistance(text, spans, phrase, maxEdits, this.isEnglishWord);
        if (distance > 0) hits.push({ start, end, phrasing: slot.phrasing, distance });
      }
    }
    return hits;
  }
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

/** Total edits between the window's words (spans: start, end, …) and the phrasing's, or 0 when they are not a typo of it. */
function windowDistance(text: string, spans: Int32Array, phrase: Phrase, maxEdits: number, isEnglishWord?: (w: string) => boolean): number {
  let total = 0;
  const misspelled: string[] = [];
  for (let k = 0; k < phrase.words.length; k++) {
    if (k > 0) {
      const gap = text.slice(spans[2 * k - 1], spans[2 * k]);
      if (foldKey(gap) !== phrase.gaps[k - 1] || breaksInside(text, spans[2 * k - 1], spans[2 * k])) return 0;
    }
    const actual = foldKey(text.slice(spans[2 * k], spans[2 * k + 1]));
    const expected = phrase.words[k];
    if (actual === expected) continue;
    if (STOP_WORDS.has(expected) || isPluralOf(actual, expected)) return 0;
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



function isPluralOf(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  // "opennes" is a typo of "openness", not its singular.
  return !short.endsWith('s') && (long === short + 's' || long === short + 'es');
}



/** True when a line break in text[from, to) ends a phrase (a blank line, a list item, a hard break). */
function breaksInside(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c === '\n' || (c === '\r' && text[i + 1] !== '\n')) && breaksPhrase(text, i)) return true;
  }
  return false;
}
const NO_WORD = 0x3ff;
/** No word next to the anchor in the draft: fits only slots at that edge of their phrasing. */
const NOTHING = 0x3fe;
const NONE: Slot[] = [];

/**
 * Key of the first letters of the words before and after an anchor (NO_WORD at a phrase's
 * edge); small enough to stay a small integer. Letters are folded Latin, below 0x250.
 */
function neighbourKey(before: number, after: number): number {
  return (before < 0 ? NOTHING : before & 0x3ff) * 0x400 + (after < 0 ? NOTHING : after & 0x3ff);
}


