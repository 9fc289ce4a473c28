// English drift that nobody listed, at the level of a phrasing's words: an inflection
// changed ("one area and two cluster"), "and" replaced by a comma, slash or ampersand or
// dropped ("one area, two clusters"), an article or preposition added, dropped or changed
// ("revitalization of countryside"), coordinated parts swapped ("carbon neutrality and
// carbon peaking"), a letter slip. Each phrasing is anchored on its three rarest content
// words, found exactly in the same pass as the phrasings; around an anchor, the sentence's
// words are aligned with the phrasing's by a small edit-distance table whose edits are these
// kinds. Precision first: content words are never added or dropped, a phrasing of two
// content words keeps both exactly, at most two edits, never across a sentence end.

import { ENGLISH_NUMBERS } from './arabicNumerals';
import { MAX_EDITS, PhraseAligner, type NearEdit } from './phraseAligner';
import { foldKey } from './normalize';
import { PairTable } from './pairTable';
import type { ExactSpan } from './spans';
import { shapeOf, WordShapes } from './wordShapes';
import { isContent, sentenceAround, tokenize, type Token } from './phraseTokens';
import { hasJunction, targetsOf, type Target } from './phraseTargets';

export type { NearKind } from './phraseAligner';

export interface NearHit {
  start: number;
  end: number;
  phrasing: number;
  edits: NearEdit[];
}

interface Phrase {
  targets: Target[];
  content: number;
  /** Its distinct content words, as indices into anchorWords: a window must hold two of them, exactly spelled, to be worth aligning. */
  contentWords: number[];
  /** How far from an anchor, in characters, the phrasing's other words can stand in a near miss. */
  reach: number;
  /** The official form's length in characters. */
  length: number;
  /** The shapes of words that may stand for its content words (see WordShapes). */
  shapes: { letter: number; lengths: number }[];
}


function phraseTokens(form: string): string[] {
  return tokenize(foldKey(form), 0, foldKey(form).length).map((t) => t.text);
}

export class EnglishNearMatcher {
  private readonly phrases: (Phrase | undefined)[];
  /** Words that anchor the search; the caller's automaton finds them. */
  readonly anchorWords: string[] = [];
  private readonly byAnchor: number[][] = [];
  /** Per anchor word: the longest official form among the phrasings it triggers. */
  private readonly longestTriggered: number[] = [];
  /** Phrasings by a trigger word and another of their content words (an index into pairLists). */
  private readonly byPair = new PairTable();
  private readonly pairLists: number[][] = [];
  /** Per anchor word: the farthest the words of a phrasing it triggers stand from it. */
  private readonly reachOf: number[] = [];
  /** Per anchor word: a bit for each word it pairs with (by word id modulo 32), so that most neighbours need no look-up. */
  private readonly partnerBits: number[] = [];
  private readonly aligner: PhraseAligner;
  private readonly shapes = new WordShapes();
  /** Per phrasing: the last anchor (its stamp) that took it as a candidate. */
  private readonly stamps: Int32Array;
  private stamp = 0;

  /**
   * `englishForms[t]` is target t's form: a phrasing's official English form or an admitted one.
   * `owners[t]` is the phrasing it is a form of (t itself when not given): an anchor inside an
   * exact occurrence of that phrasing has nothing to find for it.
   */
  constructor(englishForms: readonly (string | undefined)[], isEnglishWord?: (word: string) => boolean, private readonly owners?: readonly number[]) {
    this.aligner = new PhraseAligner(isEnglishWord);
    this.stamps = new Int32Array(englishForms.length);
    this.phrases = englishForms.map((form) => {
      const tokens = form ? phraseTokens(form) : [];
      const content = tokens.filter(isContent).length;
      // The phrasing's own length, and room for two edits of a few letters each.
      return content >= 2 ? { targets: targetsOf(tokens, content), content, contentWords: [], reach: (form ?? '').length + 24, length: (form ?? '').length, shapes: [] } : undefined;
    });
    const frequency = new Map<string, number>();
    for (const p of this.phrases) for (const w of new Set(p?.targets[0].tokens.filter(isContent))) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    // Every content word is looked for in the same pass; the rarest ones of each phrasing
    // trigger an alignment, all of them count as its words being near.
    const index = new Map<string, number>();
    const wordId = (w: string) => {
      let a = index.get(w);
      if (a === undefined) {
        a = this.anchorWords.length;
        index.set(w, a);
        this.anchorWords.push(w);
        this.byAnchor.push([]);
        this.longestTriggered.push(0);
        this.reachOf.push(0);
        this.partnerBits.push(0);
      }
      return a;
    };
    this.phrases.forEach((p, phrasing) => {
      if (!p) return;
      const words = [...new Set(p.targets[0].tokens.filter(isContent))];
      p.contentWords = words.map(wordId);
      // A number word may stand in digits, which no shape of letters describes: it is not tested.
      p.shapes = words.filter((w) => !ENGLISH_NUMBERS.has(w)).map(shapeOf);
      const triggers = words.slice()
        .sort((a, b) => frequency.get(a)! - frequency.get(b)! || b.length - a.length)
        // Enough anchors that one stays exact: two content words must stay exact anyway, so
        // one anchor serves a phrasing of two, two one of three, three the longer ones.
        .slice(0, Math.min(3, Math.max(1, p.content - 1)));
      for (const w of triggers) {
        const t = wordId(w);
        this.byAnchor[t].push(phrasing);
        this.longestTriggered[t] = Math.max(this.longestTriggered[t], p.length);
        this.reachOf[t] = Math.max(this.reachOf[t], p.reach);
        for (const other of p.contentWords) {
          if (other === t) continue;
          this.partnerBits[t] |= 1 << (other & 31);
          let slot = this.byPair.get(t, other);
          if (slot < 0) this.byPair.set(t, other, (slot = this.pairLists.push([]) - 1));
          const list = this.pairLists[slot];
          if (list[list.length - 1] !== phrasing) list.push(phrasing);
        }
      }
    });
  }

  /**
   * Near misses around the anchors found in text[from, to) (`anchors`: start, end, anchor
   * index, …, in text order). `exact` are the exact occurrences and names, sorted and not
   * overlapping: an anchor inside one of the same phrasing, or of one at least as long (which
   * no window of the phrasing could hold strictly inside), has nothing to find.
   */
  scan(text: string, from: number, to: number, anchors: ArrayLike<number>, exact: readonly ExactSpan[]): NearHit[] {
    const hits: NearHit[] = [];
    const seen = new Set<string>();
    let sentence: [number, number] = [-1, -1];
    let tokens: Token[] | undefined;
    // The candidate phrasings of one anchor, without repeats: a list and the anchor's stamp per phrasing.
    const candidates: number[] = [];
    let next = 0;
    for (let a = 0; a < anchors.length; a += 3) {
      const start = anchors[a];
      const end = anchors[a + 1];
      const word = anchors[a + 2];
      if (this.byAnchor[word].length === 0) continue;
      // Anchors come in text order, so the exact span around one is found by walking on. Most
      // anchors of a draft stand in an official phrasing at least as long as any they trigger.
      while (next < exact.length && exact[next].end <= start) next++;
      const around = next < exact.length && exact[next].start <= start && end <= exact[next].end ? exact[next] : undefined;
      const aroundLength = around ? around.end - around.start : -1;
      if (aroundLength >= this.longestTriggered[word]) continue;
      // Candidates come from pairs: this trigger word and another content word of the same
      // phrasing found nearby, exactly spelled, in the same pass. A large team term base
      // wakes only the phrasings whose two words stand together.
      candidates.length = 0;
      // A server runs for days: the stamps start again before they could overflow.
      if (++this.stamp === 0x40000000) {
        this.stamps.fill(0);
        this.stamp = 1;
      }
      const reach = this.reachOf[word];
      const partners = this.partnerBits[word];
      for (let b = a - 3; b >= 0 && anchors[b + 1] >= start - reach; b -= 3) {
        if (partners & (1 << (anchors[b + 2] & 31))) this.addPairs(word, anchors[b + 2], candidates);
      }
      for (let b = a + 3; b < anchors.length && anchors[b] <= end + reach; b += 3) {
        if (partners & (1 << (anchors[b + 2] & 31))) this.addPairs(word, anchors[b + 2], candidates);
      }
      for (const phrasing of candidates) {
        if (around && (around.phrasing === (this.owners?.[phrasing] ?? phrasing) || aroundLength >= this.phrases[phrasing]!.length)) continue;
        const phrase = this.phrases[phrasing]!;
        const need = Math.max(2, Math.ceil(phrase.content / 2));
        if (wordsNear(anchors, a, phrase.contentWords, phrase.reach) < need) continue;
        if (start >= sentence[1] || start < sentence[0]) {
          sentence = sentenceAround(text, start, from, to);
          this.shapes.read(text, sentence[0], sentence[1]);
          tokens = undefined;
        }
        // Each of the phrasing's content words needs a word in the sentence that is it or may stand for it.
        if (!this.sentenceMayHold(phrase)) continue;
        tokens ??= tokenize(text, sentence[0], sentence[1]);
        const at = tokenAt(tokens, start);
        if (at < 0) continue;
        const hit = this.align(tokens, at, phrasing);
        if (!hit) continue;
        const key = `${hit.start}:${hit.end}:${phrasing}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push(hit);
      }
    }
    return hits;
  }

  /** True when each of the phrasing's content words has a word in the sentence read last that is it or may stand for it. */
  private sentenceMayHold(phrase: Phrase): boolean {
    for (const w of phrase.shapes) if (!this.shapes.mayHold(w.letter, w.lengths)) return false;
    return true;
  }

  private addPairs(trigger: number, other: number, into: number[]): void {
    if (other === trigger) return;
    const slot = this.byPair.get(trigger, other);
    if (slot < 0) return;
    const { stamps, stamp } = this;
    for (const p of this.pairLists[slot]) {
      if (stamps[p] === stamp) continue;
      stamps[p] = stamp;
      into.push(p);
    }
  }

  /** The best alignment of the phrasing with the draft's tokens around the anchor token, if it is a near miss. */
  private align(tokens: Token[], at: number, phrasing: number): NearHit | undefined {
    const phrase = this.phrases[phrasing]!;
    const n = phrase.targets[0].tokens.length;
    const lo = Math.max(0, at - n - MAX_EDITS);
    const draft = tokens.slice(lo, Math.min(tokens.length, at + n + MAX_EDITS + 1));
    // Most anchors stand in ordinary text: without enough of the phrasing's content words
    // nearby, exactly spelled, no alignment can pass, so none is computed.
    // Content words are never added or dropped: each one needs a draft word that is it or that
    // fit would substitute for it (an inflection, a slip, a clipping), as fit would judge it.
    // The exact ones first: they are cheap to look for, and too few of them settle it.
    const missing: string[] = [];
    for (const w of phrase.contentWords) {
      const word = this.anchorWords[w];
      if (!draft.some((t) => t.text === word)) missing.push(word);
    }
    const present = phrase.contentWords.length - missing.length;
    if (present < 2 || 2 * present < phrase.contentWords.length) return undefined;
    for (const word of missing) if (!draft.some((t) => isContent(t.text) && this.aligner.mayReplace(word, t.text))) return undefined;
    let best: { cost: number; s: number; e: number; edits: NearEdit[] } | undefined;
    for (const target of phrase.targets) {
      // A swap costs an edit: it cannot beat an alignment of the phrasing as it stands that costs one or none.
      if (target.swapped && best && best.cost <= 1) break;
      if (target.junction && !hasJunction(draft, target.junction)) continue;
      const found = this.aligner.fit(target.tokens, draft, at - lo, target.swapped ? 1 : 0, phrase.content);
      if (found && (!best || found.cost < best.cost)) {
        best = found;
        if (target.swapped) {
          // Swapped modifiers are named in the message, in the official order and the draft's.
          const m = target.modifiers;
          best.edits.unshift(m ? { kind: 'order', official: `${m[0]} ${m[1]}`, draft: `${m[1]} ${m[0]}` } : { kind: 'order', official: target.inverted ? 'of' : '', draft: '' });
        }
      }
    }
    if (!best || best.edits.length === 0) return undefined;
    return { start: draft[best.s].start, end: draft[best.e - 1].end, phrasing, edits: best.edits };
  }
}

/**
 * How many distinct content words of the phrasing (the anchor's own included) were found
 * within `reach` characters of the anchor: an alignment needs half of them, two at least.
 */
function wordsNear(anchors: ArrayLike<number>, a: number, words: readonly number[], reach: number): number {
  const start = anchors[a];
  let seen = 1 << words.indexOf(anchors[a + 2]);
  for (let b = a - 3; b >= 0 && anchors[b + 1] >= start - reach; b -= 3) {
    const k = words.indexOf(anchors[b + 2]);
    if (k >= 0) seen |= 1 << k;
  }
  for (let b = a + 3; b < anchors.length && anchors[b] <= anchors[a + 1] + reach; b += 3) {
    const k = words.indexOf(anchors[b + 2]);
    if (k >= 0) seen |= 1 << k;
  }
  return bitCount(seen);
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b !== 0; b &= b - 1) n++;
  return n;
}

/** The index of the token that starts at offset (tokens are in text order), or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid].start;
    if (s === offset) return mid;
    if (s < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
