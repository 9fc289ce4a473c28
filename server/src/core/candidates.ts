// Phrases that recur in official sources but are missing from the term base: quoted
// phrases and recurring multi-word expressions, so a team can grow its term base from a
// new document. Only maximal expressions are kept (a shorter one that always stands inside
// a longer candidate is dropped).

import { foldKey } from './normalize';
import type { PhrasingIndex } from './phrasingIndex';
import { overlapsAny } from './spans';

export interface CandidateSource {
  name: string;
  text: string;
}

export interface Candidate {
  phrase: string;
  kind: 'quoted' | 'recurring';
  count: number;
  /** Where it first stands: source name and 1-based line. */
  first: { source: string; line: number };
}

const STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its', 'more', 'of', 'on', 'or', 'our', 'that', 'the', 'their', 'this', 'to', 'was', 'we', 'will', 'with', 'should', 'must', 'need', 'also']);

export function findCandidates(index: PhrasingIndex, sources: readonly CandidateSource[], minCount = 2): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const src of sources) {
    const known = index.occurrences(src.text);
    const isKnown = (s: number, e: number) => overlapsAny(known, s, e);
    let lines: number[] | undefined;
    const note = (key: string, kind: Candidate['kind'], s: number, e: number) => {
      const c = found.get(key);
      if (c) c.count++;
      else {
        lines ??= lineStarts(src.text);
        found.set(key, { phrase: src.text.slice(s, e), kind, count: 1, first: { source: src.name, line: lineAt(lines, s) } });
      }
    };
    for (const m of src.text.matchAll(/["“「『]([^"”」』\n]{3,80})["”」』]/g)) {
      const s = m.index! + 1;
      if (!isKnown(s, s + m[1].length)) note('q:' + foldKey(m[1]), 'quoted', s, s + m[1].length);
    }
    for (const run of wordRuns(src.text)) {
      for (let n = 2; n <= 5; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const first = run[i];
          const last = run[i + n - 1];
          if (STOP.has(first.key) || STOP.has(last.key) || /^\d/.test(first.key)) continue;
          if (isKnown(first.start, last.end)) continue;
          let key = 'r:' + first.key;
          for (let k = i + 1; k < i + n; k++) key += ' ' + run[k].key;
          note(key, 'recurring', first.start, last.end);
        }
      }
    }
  }
  const list = [...found.entries()].filter(([, c]) => c.kind === 'quoted' || c.count >= minCount);
  // Drop recurring expressions that only ever stand inside a longer candidate with the same count.
  const inside = insideLonger(list);
  return list
    .filter(([k, c]) => c.kind === 'quoted' || !inside.has(c.count + ':' + k.slice(2)))
    .map(([, c]) => c)
    .sort((a, b) => b.count - a.count || b.phrase.length - a.phrase.length);
}

/**
 * "count:key" for every shorter expression that stands inside a recurring candidate: each run
 * of whole space-separated parts of its key but the whole. A key has five words at most, so
 * this stays proportional to the number of candidates (the pairwise search was quadratic).
 */
function insideLonger(list: readonly (readonly [string, Candidate])[]): Set<string> {
  const inside = new Set<string>();
  for (const [k, c] of list) {
    if (c.kind !== 'recurring') continue;
    const key = k.slice(2);
    // Parts split at every space: a word's key may hold spaces of its own (a folded hyphen).
    const starts = [0];
    const ends: number[] = [];
    for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      ends.push(i);
      starts.push(i + 1);
    }
    ends.push(key.length);
    for (let a = 0; a < starts.length; a++) {
      for (let b = a; b < ends.length; b++) {
        if (a === 0 && b === ends.length - 1) continue;
        inside.add(c.count + ':' + key.slice(starts[a], ends[b]));
      }
    }
  }
  return inside;
}

interface Word {
  key: string;
  start: number;
  end: number;
}

/** Runs of words not broken by sentence or clause punctuation. */
function wordRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  for (const clause of text.matchAll(/[^.,;:!?()"“”\n。，；：！？、]+/g)) {
    const words: Word[] = [];
    for (const w of clause[0].matchAll(/[A-Za-z0-9][A-Za-z0-9'’-]*/g)) {
      const start = clause.index! + w.index!;
      words.push({ key: foldKey(w[0]), start, end: start + w[0].length });
    }
    if (words.length >= 2) runs.push(words);
  }
  return runs;
}

/** Offsets where lines start; only \n ends a line here, as the line numbers always counted. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset, by binary search in the line starts. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
