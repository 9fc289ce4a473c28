// Candidates: phrases that recur or are quoted in a source but are missing from the term base.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findCandidates } from '../../server/src/core/candidates';
import { foldKey } from '../../server/src/core/normalize';
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
