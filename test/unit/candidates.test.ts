// Candidates: phrases that recur or are quoted in a source but are missing from the term base.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findCandidates, type Candidate, type CandidateSource } from '../../server/src/core/candidates';
import { foldKey } from '../../server/src/core/normalize';
import { overlapsAny } from '../../server/src/core/spans';
import { Prng } from '../support/prng';
import { builtinIndex, builtinTermBase, readout } from '../support/termBase';

const index = builtinIndex();

describe('candidates on the readout', () => {
  const candidates = findCandidates(index, [{ name: 'readout.txt', text: readout() }]);

  test('recurring expressions appear with counts and their first line', () => {
    const economicWork = candidates.find((c) => c.phrase === 'economic work');
    assert.deepEqual(economicWork, { phrase: 'economic work', kind: 'recurring', count: 3, first: { source: 'readout.txt', line: 3 } });
    assert.ok(candidates.some((c) => c.phrase === 'since this year' && c.count === 2));
  });

  test('known phrasings, their variants and the phrases around them are not candidates', () => {
    const forms = builtinTermBase().termBase.phrasings.flatMap((p) => [p.en, p.zh, ...p.variants.map((v) => v.form)]).filter((f): f is string => !!f).map(foldKey);
    const known = candidates.filter((c) => forms.some((f) => foldKey(c.phrase).includes(f)));
    assert.deepEqual(known, []);
    assert.ok(!candidates.some((c) => /one area and two clusters|carbon peaking/.test(c.phrase)), 'known quoted phrases are left out');
  });

  test('sorted by count, then by length', () => {
    for (let i = 1; i < candidates.length; i++) {
      const [a, b] = [candidates[i - 1], candidates[i]];
      assert.ok(a.count > b.count || (a.count === b.count && a.phrase.length >= b.phrase.length), `${a.phrase} before ${b.phrase}`);
    }
  });
});

describe('candidates on new text', () => {
  const source = [
    'The plan calls for "new quality productive forces" and the “西部陆海新通道” corridor.',
    'Officials stressed the digital economy twice; the digital economy grows.',
    'We pursue "common prosperity" and the carbon peaking and neutrality.',
  ].join('\n');
  const candidates = findCandidates(index, [{ name: 'new.md', text: source }]);

  test('quoted phrases appear even once, in English and Chinese quotes', () => {
    assert.deepEqual(candidates.filter((c) => c.kind === 'quoted').map((c) => [c.phrase, c.count, c.first.line]),
      [['new quality productive forces', 1, 1], ['西部陆海新通道', 1, 1]].sort((a, b) => (b[0] as string).length - (a[0] as string).length));
  });

  test('a recurring expression appears once it is used twice; stop words do not start or end it', () => {
    const recurring = candidates.filter((c) => c.kind === 'recurring');
    assert.deepEqual(recurring.map((c) => [c.phrase, c.count, c.first.line]), [['digital economy', 2, 2]]);
  });

  test('counts add up across sources, minCount raises the bar', () => {
    const two = findCandidates(index, [{ name: 'a', text: 'the digital economy' }, { name: 'b', text: 'a digital economy' }]);
    assert.deepEqual(two.map((c) => [c.phrase, c.count, c.first.source]), [['digital economy', 2, 'a']]);
    assert.deepEqual(findCandidates(index, [{ name: 'a', text: 'the digital economy' }, { name: 'b', text: 'a digital economy' }], 3), []);
  });
});

describe('candidates keep their result at any size', () => {
  test('a shorter expression is dropped only inside a longer one with the same count', () => {
    const twice = 'We build the digital economy zone. They praised the digital economy zone.\n';
    assert.deepEqual(findCandidates(index, [{ name: 'a', text: twice }]).map((c) => [c.phrase, c.count]), [['digital economy zone', 2]]);
    const plus = `${twice}A digital economy grows.\n`;
    assert.deepEqual(findCandidates(index, [{ name: 'a', text: plus }]).map((c) => [c.phrase, c.count]),
      [['digital economy', 3], ['digital economy zone', 2]]);
  });

  test('keys compare part by part: a hyphenated word is two parts', () => {
    // "twin-city economy" folds to "twin city economy", which holds "city economy".
    const text = 'A twin-city economy. A twin-city economy.\nThe city economy. The city economy.\n';
    assert.deepEqual(findCandidates(index, [{ name: 'a', text }]).map((c) => c.phrase), ['twin-city economy']);
  });

  test('first lines counted in \\n alone, across CRLF and late lines', () => {
    const text = 'One.\r\nTwo.\r\n\r\nThe harbour district grows.\rThe harbour district grows.\n'.repeat(3);
    const [c] = findCandidates(index, [{ name: 'a', text }]);
    assert.deepEqual([c.phrase, c.count, c.first.line], ['harbour district grows', 6, 4]);
  });

  test('the same result as the pairwise search on random sources', () => {
    const words = ['digital', 'economy', 'twin-city', 'city', 'green', 'growth', 'the', 'and', 'of', 'Chongqing', 'port', '2025', 'zone'];
    const marks = [' ', ' ', ' ', ', ', '. ', '.\n', ' "', '" '];
    const prng = new Prng(7);
    for (let round = 0; round < 40; round++) {
      const sources: CandidateSource[] = [];
      for (let s = 0; s < 2; s++) {
        let text = '';
        for (let i = 0; i < 120; i++) text += prng.pick(words) + prng.pick(marks);
        sources.push({ name: `s${s}`, text });
      }
      assert.deepEqual(findCandidates(index, sources), pairwise(sources), `round ${round}`);
    }
  });
});

/** The earlier, quadratic search (scans for lines, every pair of candidates compared): the reference. */
function pairwise(sources: readonly CandidateSource[], minCount = 2): Candidate[] {
  const STOP = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'in', 'is', 'it', 'its', 'more', 'of', 'on', 'or', 'our', 'that', 'the', 'their', 'this', 'to', 'was', 'we', 'will', 'with', 'should', 'must', 'need', 'also']);
  const found = new Map<string, Candidate>();
  const lineOf = (text: string, at: number) => text.slice(0, at).split('\n').length;
  const note = (key: string, phrase: string, kind: Candidate['kind'], source: string, text: string, at: number) => {
    const c = found.get(key);
    if (c) c.count++;
    else found.set(key, { phrase, kind, count: 1, first: { source, line: lineOf(text, at) } });
  };
  for (const src of sources) {
    const known = index.occurrences(src.text);
    const isKnown = (s: number, e: number) => overlapsAny(known, s, e);
    for (const m of src.text.matchAll(/["“「『]([^"”」』\n]{3,80})["”」』]/g)) {
      const s = m.index + 1;
      if (!isKnown(s, s + m[1].length)) note('q:' + foldKey(m[1]), m[1], 'quoted', src.name, src.text, s);
    }
    for (const clause of src.text.matchAll(/[^.,;:!?()"“”\n。，；：！？、]+/g)) {
      const run = [...clause[0].matchAll(/[A-Za-z0-9][A-Za-z0-9'’-]*/g)].map((w) => ({ key: foldKey(w[0]), start: clause.index + w.index, end: clause.index + w.index + w[0].length }));
      for (let n = 2; n <= 5; n++) {
        for (let i = 0; i + n <= run.length; i++) {
          const ws = run.slice(i, i + n);
          if (STOP.has(ws[0].key) || STOP.has(ws[n - 1].key) || /^\d/.test(ws[0].key) || isKnown(ws[0].start, ws[n - 1].end)) continue;
          note('r:' + ws.map((w) => w.key).join(' '), src.text.slice(ws[0].start, ws[n - 1].end), 'recurring', src.name, src.text, ws[0].start);
        }
      }
    }
  }
  const list = [...found.entries()].filter(([, c]) => c.kind === 'quoted' || c.count >= minCount);
  return list.filter(([k, c]) => c.kind === 'quoted' ||
    !list.some(([k2, c2]) => k2 !== k && c2.kind === 'recurring' && c2.count === c.count && (' ' + k2.slice(2) + ' ').includes(' ' + k.slice(2) + ' ')))
    .map(([, c]) => c)
    .sort((a, b) => b.count - a.count || b.phrase.length - a.phrase.length);
}
