// One-pass multi-phrase scanner (Aho-Corasick) over folded code units.
// Runs of separators in the draft count as one, so "high  quality\ndevelopment" and
// "high-quality development" reach the same state; a match's start in the draft is read from
// a ring of the offsets of the last units fed. Latin phrases need word boundaries; Chinese
// phrases need none.
// A blank line resets the scan: no phrasing runs across paragraphs.

import { breaksPhrase } from './lineBreaks';
import { FOLD, SEP, SKIP, SOFT, WORD, isCjk } from './normalize';

/** How many states get a full ASCII transition row (128 entries each). */
const DENSE_STATES = 8192;

export interface RawMatch {
  start: number;
  end: number;
  /** Index of the pattern in the list the matcher was built from. */
  pattern: number;
}

/**
 * Where forEachMatch puts its matches. An object with a method, not a callback: a caller that
 * makes one per scan of one class keeps the match loop's call monomorphic, so it is inlined (a
 * new closure per scan is a new call target each time).
 */
export interface MatchSink {
  match(start: number, end: number, pattern: number): void;
}

export class PhraseMatcher {
  private readonly rootNext = new Int32Array(0x10000);
  private readonly edgeStart: Int32Array;
  private readonly edgeChars: Uint16Array;
  private readonly edgeTargets: Int32Array;
  private readonly fail: Int32Array;
  /** Pattern ending at a state, or -1. */
  private readonly out: Int32Array;
  /** First state on the failure chain (the state itself included) that ends a pattern, or 0. */
  private readonly firstOut: Int32Array;
  private readonly nextOut: Int32Array;
  private readonly depth: Int32Array;
  /** Full transitions on ASCII for the first DENSE_STATES states (the shallow, busy ones). */
  private readonly dense: Int32Array;
  private readonly denseStates: number;
  private readonly boundaryLeft: Uint8Array;
  private readonly boundaryRight: Uint8Array;

  /** Next pattern with the same key as a pattern, or -1: duplicate keys all report. */
  private readonly samePattern: Int32Array;
  /** Offsets of the last fed units, a ring as long as the longest key at least (see forEachMatch). */
  private readonly fed: Int32Array;

  /** `keys` must be folded with `foldKey`; an empty key never matches. */
  constructor(keys: readonly string[]) {
    // 1. A trie built from the keys in sorted order: each key shares its prefix with the
    //    previous one, so no lookup of children is needed (large term bases load fast).
    this.boundaryLeft = new Uint8Array(keys.length);
    this.boundaryRight = new Uint8Array(keys.length);
    this.samePattern = new Int32Array(keys.length).fill(-1);
    const sorted = keys.map((_, i) => i).filter((i) => keys[i].length > 0)
      .sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    let total = 1;
    for (const p of sorted) total += keys[p].length;
    const parentOf = new Int32Array(total);
    const charOf = new Uint16Array(total);
    const trieOut = new Int32Array(total).fill(-1);
    const lastSame = new Int32Array(total).fill(-1);
    const path = [0];
    let trieSize = 1;
    let previous = '';
    for (const p of sorted) {
      const key = keys[p];
      let shared = 0;
      const limit = Math.min(previous.length, key.length);
      while (shared < limit && previous.charCodeAt(shared) === key.charCodeAt(shared)) shared++;
      for (let d = shared; d < key.length; d++) {
        parentOf[trieSize] = path[d];
        charOf[trieSize] = key.charCodeAt(d);
        path[d + 1] = trieSize++;
      }
      const s = path[key.length];
      if (trieOut[s] === -1) trieOut[s] = p;
      else this.samePattern[lastSame[s]] = p;
      lastSame[s] = p;
      this.boundaryLeft[p] = WORD[key.charCodeAt(0)];
      this.boundaryRight[p] = WORD[key.charCodeAt(key.length - 1)];
      previous = key;
    }
    // Children of each trie node, contiguous (a counting sort by parent).
    const childStart = new Int32Array(trieSize + 1);
    for (let t = 1; t < trieSize; t++) childStart[parentOf[t] + 1]++;
    for (let t = 0; t < trieSize; t++) childStart[t + 1] += childStart[t];
    const children = new Int32Array(Math.max(trieSize - 1, 0));
    const fill = childStart.slice(0, trieSize);
    for (let t = 1; t < trieSize; t++) children[fill[parentOf[t]]++] = t;

    // 2. States renumbered breadth-first: shallow (busy) states get small numbers, and a
    //    state's failure link always has a smaller number than the state.
    const order = new Int32Array(trieSize);
    let orderLength = 1;
    for (let q = 0; q < orderLength; q++) {
      for (let k = childStart[order[q]]; k < childStart[order[q] + 1]; k++) order[orderLength++] = children[k];
    }
    const id = new Int32Array(trieSize);
    for (let i = 0; i < trieSize; i++) id[order[i]] = i;
    const n = trieSize;
    this.out = new Int32Array(n);
    this.depth = new Int32Array(n);
    this.fail = new Int32Array(n);
    this.firstOut = new Int32Array(n);
    this.nextOut = new Int32Array(n);
    this.edgeStart = new Int32Array(n + 1);
    this.edgeChars = new Uint16Array(Math.max(n - 1, 0));
    this.edgeTargets = new Int32Array(Math.max(n - 1, 0));
    let e = 0;
    for (let s = 0; s < n; s++) {
      const old = order[s];
      this.out[s] = trieOut[old];
      this.edgeStart[s] = e;
      for (let k = childStart[old]; k < childStart[old + 1]; k++) {
        const t = children[k];
        this.edgeChars[e] = charOf[t];
        this.edgeTargets[e++] = id[t];
        this.depth[id[t]] = this.depth[s] + 1;
      }
    }
    this.edgeStart[n] = e;
    let longest = 1;
    for (let s = 0; s < n; s++) longest = Math.max(longest, this.depth[s]);
    this.fed = new Int32Array(2 ** Math.ceil(Math.log2(longest + 1)));
    for (let k = this.edgeStart[0]; k < this.edgeStart[1]; k++) this.rootNext[this.edgeChars[k]] = this.edgeTargets[k];

    // 3. Failure links and output chains, in breadth-first (= numeric) order.
    this.denseStates = Math.min(n, DENSE_STATES);
    this.dense = new Int32Array(this.denseStates * 128);
    for (let s = 0; s < n; s++) {
      if (s > 0) {
        const f = this.fail[s];
        this.nextOut[s] = this.out[f] >= 0 ? f : this.nextOut[f];
        this.firstOut[s] = this.out[s] >= 0 ? s : this.nextOut[s];
      }
      // A child's failure state is its parent's failure state's move on the same character:
      // one read of that state's finished row when it has one (it is numbered lower).
      const f = this.fail[s];
      for (let k = this.edgeStart[s]; k < this.edgeStart[s + 1]; k++) {
        const c = this.edgeChars[k];
        this.fail[this.edgeTargets[k]] = s === 0 ? 0 : c < 128 && f < this.denseStates ? this.dense[f * 128 + c] : this.step(f, c);
      }
      // Full ASCII row, completed from the failure state's row (already finished).
      if (s < this.denseStates) {
        const row = s * 128;
        if (s === 0) for (let c = 0; c < 128; c++) this.dense[c] = this.rootNext[c];
        else this.dense.copyWithin(row, this.fail[s] * 128, this.fail[s] * 128 + 128);
        for (let k = this.edgeStart[s]; k < this.edgeStart[s + 1]; k++) {
          if (this.edgeChars[k] < 128) this.dense[row + this.edgeChars[k]] = this.edgeTargets[k];
        }
      }
    }
  }

  private step(state: number, c: number): number {
    let s = state;
    for (;;) {
      if (s === 0) return this.rootNext[c];
      for (let e = this.edgeStart[s], end = this.edgeStart[s + 1]; e < end; e++) {
        if (this.edgeChars[e] === c) return this.edgeTargets[e];
      }
      s = this.fail[s];
    }
  }

  /** Every match in text[from, to), boundaries checked against the whole text. Overlaps are kept. */
  scan(text: string, from = 0, to = text.length): RawMatch[] {
    const matches: RawMatch[] = [];
    this.forEachMatch(text, from, to, { match: (start, end, pattern) => void matches.push({ start, end, pattern }) });
    return matches;
  }

  /**
   * Calls back for every match in text[from, to) in order of its end; nothing is allocated per
   * match. Returns where the first Chinese character stands (or `to`): the scan reads every
   * character anyway, and an English draft then needs no second search for one.
   */
  forEachMatch(text: string, from: number, to: number, sink: MatchSink): number {
    // The hot loop reads its tables from locals.
    const { dense, denseStates, firstOut, depth, out, nextOut, boundaryLeft, boundaryRight, samePattern } = this;
    // Where each of the last fed units stands in the text, so that a match's start is one read.
    const fed = this.fed;
    const mask = fed.length - 1;
    let count = 0;
    let firstChinese = to;
    let state = 0;
    let lastWasSep = true;
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      const c = FOLD[code];
      if (c === SEP) {
        // A blank line, a list item, heading or table row, or a hard break ends what came before:
        // no phrasing runs across them.
        if ((code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) && breaksPhrase(text, i)) state = 0;
        if (lastWasSep) continue;
        lastWasSep = true;
      } else if (c === SKIP || (SOFT[code] === 1 && i > 0 && isCjk(text.charCodeAt(i - 1)))) {
        continue;
      } else {
        lastWasSep = false;
      }
      fed[count++ & mask] = i;
      if (c < 128 && state < denseStates) state = dense[state * 128 + c];
      else {
        if (firstChinese === to && isCjk(code)) firstChinese = i;
        state = this.step(state, c);
      }
      if (firstOut[state] === 0) continue;
      const end = i + 1;
      for (let o = firstOut[state]; o !== 0; o = nextOut[o]) {
        const first = out[o];
        const start = fed[(count - depth[o]) & mask];
        // Patterns sharing a key share its first character and last character, so one check serves all.
        if (boundaryLeft[first] && start > 0 && WORD[FOLD[text.charCodeAt(start - 1)]]) continue;
        if (boundaryRight[first] && end < text.length && WORD[FOLD[text.charCodeAt(end)]]) continue;
        for (let p = first; p !== -1; p = samePattern[p]) sink.match(start, end, p);
      }
    }
    return firstChinese;
  }
}

/** Keeps the longest of overlapping matches (the earlier one on a tie), in text order. */
export function resolveOverlaps<T extends { start: number; end: number }>(matches: T[]): T[] {
  const sorted = matches.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
    else if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
  }
  return kept;
}
