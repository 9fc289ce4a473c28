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
  const found = new Map<string, Candidate & { inside: Set<string> }>();
  const note = (key: string, phrase: string, kind: Candidate['kind'], source: string, text: string, at: number) => {
    const c = found.get(key);
    if (c) c.count++;
    else found.set(key, { phrase, kind, count: 1, first: { source, line: lineOf(text, at) }, inside: new Set() });
  };
  for (const src of sources) {
    const known = index.occurrences(src.text);
    const isKnown = (s: number, e: number) => overlapsAny(known, s, e);
    for (const m of src.text.matchAll(/["“「『]([^"”」』\n]{3,80})["”」』]/g)) {
      const s = m.index! + 1;
      if (!isKnown(s, s + m[1].length)) note('q:' + foldKey(m[1]), m[1], 'quoted', src.name, src.text, s);
    }
    for (const run of wordRuns(src.text)) {
      for (let n = 2; n <= 5; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const words = run.slice(i, i + n);
          if (STOP.has(words[0].key) || STOP.has(words[n - 1].key) || /^\d/.test(words[0].key)) continue;
          const s = words[0].start;
          const e = words[n - 1].end;
          if (isKnown(s, e)) continue;
          note('r:' + words.map((w) => w.key).join(' '), src.text.slice(s, e), 'recurring', src.name, src.text, s);
        }
      }
    }
  }
  const list = [...found.entries()].filter(([, c]) => c.kind === 'quoted' || c.count >= minCount);
  // Drop recurring expressions that only ever stand inside a longer candidate with the same count.
  const kept = list.filter(([k, c]) => c.kind === 'quoted' ||
    !list.some(([k2, c2]) => k2 !== k && c2.kind === 'recurring' && c2.count === c.count && (' ' + k2.slice(2) + ' ').includes(' ' + k.slice(2) + ' ')));
  return kept
    .map(([, c]) => ({ phrase: c.phrase, kind: c.kind, count: c.count, first: c.first }))
    .sort((a, b) => b.count - a.count || b.phrase.length - a.phrase.length);
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

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
