// One-pass multi-phrase scanner (Aho-Corasick) over folded code units.
// Runs of separators in the draft count as one, so "high  quality\ndevelopment" and
// "high-quality development" reach the same state; a ring buffer of draft offsets maps each
// match back to the draft. Latin phrases need word boundaries; Chinese phrases need none.

import { FOLD, SEP, SKIP, WORD } from './normalize';

export interface RawMatch {
  start: number;
  end: number;
  /** Index of the pattern in the list the matcher was built from. */
  pattern: number;
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
  private readonly ringMask: number;
  private readonly boundaryLeft: Uint8Array;
  private readonly boundaryRight: Uint8Array;

  /** `keys` must be folded with `foldKey`; an empty key never matches. Duplicate keys keep the first. */
  constructor(keys: readonly string[]) {
    const children: Map<number, number>[] = [new Map()];
    const outList: number[] = [-1];
    const depthList: number[] = [0];
    this.boundaryLeft = new Uint8Array(keys.length);
    this.boundaryRight = new Uint8Array(keys.length);
    let maxDepth = 1;
    keys.forEach((key, p) => {
      if (key.length === 0) return;
      let s = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let next = children[s].get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          outList.push(-1);
          depthList.push(depthList[s] + 1);
          children[s].set(c, next);
        }
        s = next;
      }
      if (outList[s] === -1) outList[s] = p;
      this.boundaryLeft[p] = WORD[key.charCodeAt(0)];
      this.boundaryRight[p] = WORD[key.charCodeAt(key.length - 1)];
      maxDepth = Math.max(maxDepth, key.length);
    });

    const n = children.length;
    this.fail = new Int32Array(n);
    this.out = Int32Array.from(outList);
    this.depth = Int32Array.from(depthList);
    this.firstOut = new Int32Array(n);
    this.nextOut = new Int32Array(n);
    this.edgeStart = new Int32Array(n + 1);
    let edges = 0;
    for (let s = 0; s < n; s++) edges += children[s].size;
    this.edgeChars = new Uint16Array(edges);
    this.edgeTargets = new Int32Array(edges);
    let e = 0;
    for (let s = 0; s < n; s++) {
      this.edgeStart[s] = e;
      for (const [c, t] of children[s]) {
        this.edgeChars[e] = c;
        this.edgeTargets[e++] = t;
      }
    }
    this.edgeStart[n] = e;
    for (const [c, t] of children[0]) this.rootNext[c] = t;

    // Breadth-first: failure links and output chains.
    const queue: number[] = [];
    for (const t of children[0].values()) queue.push(t);
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      const f = this.fail[s];
      this.nextOut[s] = this.out[f] >= 0 ? f : this.nextOut[f];
      this.firstOut[s] = this.out[s] >= 0 ? s : this.nextOut[s];
      for (const [c, t] of children[s]) {
        this.fail[t] = s === 0 ? 0 : this.step(f, c);
        queue.push(t);
      }
    }
    let ring = 1;
    while (ring <= maxDepth) ring <<= 1;
    this.ringMask = ring - 1;
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
    const ring = new Int32Array(this.ringMask + 1);
    let state = 0;
    let fed = 0;
    let lastWasSep = true;
    for (let i = from; i < to; i++) {
      const c = FOLD[text.charCodeAt(i)];
      if (c === SEP) {
        if (lastWasSep) continue;
        lastWasSep = true;
      } else if (c === SKIP) {
        continue;
      } else {
        lastWasSep = false;
      }
      ring[fed & this.ringMask] = i;
      fed++;
      state = this.step(state, c);
      for (let o = this.firstOut[state]; o !== 0; o = this.nextOut[o]) {
        const p = this.out[o];
        const start = ring[(fed - this.depth[o]) & this.ringMask];
        const end = i + 1;
        if (this.boundaryLeft[p] && start > 0 && WORD[FOLD[text.charCodeAt(start - 1)]]) continue;
        if (this.boundaryRight[p] && end < text.length && WORD[FOLD[text.charCodeAt(end)]]) continue;
        matches.push({ start, end, pattern: p });
      }
    }
    return matches;
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
