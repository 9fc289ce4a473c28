// The pieces under the lint: folding, the Aho-Corasick phrase matcher, overlap resolution,
// and the bounded edit distance, on small hand-made inputs.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { boundedEditDistance } from '../../server/src/core/editDistance';
import { editBudget } from '../../server/src/core/fuzzyMatcher';
import { collapseSpace, detectLang, foldKey, formKey } from '../../server/src/core/normalize';
import { PhraseMatcher, resolveOverlaps } from '../../server/src/core/phraseMatcher';
import { Triples } from '../../server/src/core/triples';
import { Prng } from '../support/prng';

describe('foldKey', () => {
  test('folds case, hyphens, dashes, spacing, quotes and full-width forms', () => {
    assert.equal(foldKey('  High–Quality\u00a0\n development '), 'high quality development');
    assert.equal(foldKey('Chengdu—Chongqing'), 'chengdu chongqing');
    assert.equal(foldKey('ＣＨＥＮＧＤＵ－Ｃｈｏｎｇｑｉｎｇ'), 'chengdu chongqing');
    assert.equal(foldKey('“dual” ‘carbon’'), '"dual" \'carbon\'');
    assert.equal(foldKey('co\u00adop\u200b\uFEFFeration'), 'cooperation');
    assert.equal(foldKey('成渝　经济圈'), '成渝 经济圈');
  });

  test('every folded code unit maps from exactly one draft code unit', () => {
    const text = 'ÀÉÎ Ｘ－Ｙ “q”';
    assert.equal(foldKey(text).length, text.length);
  });

  test('collapseSpace and detectLang', () => {
    assert.equal(collapseSpace(' a \u00a0\n b\u3000c '), 'a b c');
    assert.equal(detectLang('成渝 economic'), 'zh');
    assert.equal(detectLang('Chengdu-Chongqing'), 'en');
  });
});

describe('PhraseMatcher', () => {
  const keys = ['high quality development', 'quality', 'development pattern', '成渝', '成渝经济圈', 'a b'];
  const matcher = new PhraseMatcher(keys.map(foldKey));
  const scan = (text: string, from?: number, to?: number) =>
    matcher.scan(text, from, to).map((m) => [text.slice(m.start, m.end), keys[m.pattern]]);

  test('finds every pattern, overlaps included, mapped back through separator runs', () => {
    assert.deepEqual(scan('High  quality\n\tdevelopment pattern'), [
      ['quality', 'quality'],
      ['High  quality\n\tdevelopment', 'high quality development'],
      ['development pattern', 'development pattern'],
    ]);
  });

  test('Latin patterns need word boundaries, Chinese ones do not', () => {
    assert.deepEqual(scan('qualityx xquality'), []);
    assert.deepEqual(scan('推动成渝经济圈建设'), [['成渝', '成渝'], ['成渝经济圈', '成渝经济圈']]);
  });

  test('zero-width characters inside a phrase are skipped but kept in the range', () => {
    assert.deepEqual(scan('high\u200b quality development'), [['quality', 'quality'], ['high\u200b quality development', 'high quality development']]);
  });

  test('scans only [from, to), checking boundaries against the whole text', () => {
    const text = 'quality and quality';
    assert.deepEqual(scan(text, 4), [['quality', 'quality']]);
    assert.deepEqual(matcher.scan(text, 4).map((m) => m.start), [12]);
    assert.deepEqual(scan(text, 0, 7), [['quality', 'quality']]);
  });

  test('an empty key never matches; duplicate keys all report', () => {
    const m = new PhraseMatcher(['', 'ab', 'ab']);
    assert.deepEqual(m.scan('x ab y'), [{ start: 2, end: 4, pattern: 1 }, { start: 2, end: 4, pattern: 2 }]);
    assert.deepEqual(m.scan(''), []);
  });

  test('handles a long text without losing the start of long phrases', () => {
    const filler = 'lorem ipsum '.repeat(2000);
    const text = `${filler}High quality development ${filler}`;
    const found = scan(text).filter(([, k]) => k === 'high quality development');
    assert.deepEqual(found, [['High quality development', 'high quality development']]);
  });
});

describe('resolveOverlaps and keepLongest', () => {
  test('keeps the longest, the earlier on a tie, in text order', () => {
    const spans = [{ start: 5, end: 9 }, { start: 0, end: 4 }, { start: 2, end: 12 }, { start: 12, end: 14 }, { start: 13, end: 15 }];
    assert.deepEqual(resolveOverlaps(spans), [{ start: 2, end: 12 }, { start: 12, end: 14 }]);
  });

  test('keepLongest, fed in order of the ends, agrees with resolveOverlaps', () => {
    const spans = [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 2, end: 12 }, { start: 12, end: 14 }, { start: 13, end: 15 }, { start: 14, end: 20 }];
    const kept = new Triples();
    spans.forEach((s, k) => kept.keepLongest(s.start, s.end, k));
    const view = kept.view();
    const spansKept = Array.from({ length: view.length / 3 }, (_, k) => ({ start: view[3 * k], end: view[3 * k + 1] }));
    assert.deepEqual(spansKept, resolveOverlaps(spans));
    assert.deepEqual(spansKept, [{ start: 2, end: 12 }, { start: 12, end: 14 }, { start: 14, end: 20 }]);
    assert.deepEqual([...view].filter((_, i) => i % 3 === 2), [2, 3, 5]);
  });

  test('the triples grow past their first size and keep every value', () => {
    const list = new Triples();
    for (let k = 0; k < 5000; k++) list.push(k, k + 1, -k);
    const view = list.view();
    assert.equal(view.length, 15000);
    assert.deepEqual([view[14997], view[14998], view[14999]], [4999, 5000, -4999]);
  });
});

describe('boundedEditDistance', () => {
  test('counts insertions, deletions, substitutions and transpositions', () => {
    assert.equal(boundedEditDistance('prosperity', 'prosperity', 2), 0);
    assert.equal(boundedEditDistance('prosperty', 'prosperity', 2), 1);
    assert.equal(boundedEditDistance('porsperity', 'prosperity', 2), 1);
    assert.equal(boundedEditDistance('prosparity', 'prosperity', 2), 1);
    assert.equal(boundedEditDistance('prsprity', 'prosperity', 2), 2);
  });

  test('stops at bound + 1', () => {
    assert.equal(boundedEditDistance('abc', 'xyz', 1), 2);
    assert.equal(boundedEditDistance('a', 'abcdef', 2), 3);
  });

  test('counts code points, not UTF-16 units', () => {
    assert.equal(boundedEditDistance('a😀b', 'a😁b', 1), 1);
  });

  test('the edit budget grows with word length', () => {
    assert.deepEqual(['rural', 'area', 'prosperity', 'growth'].map(editBudget), [1, 0, 2, 1]);
  });
});

describe('nested keys', () => {
  test('property: starts of nested matches equal each key matched alone (fixed seed)', () => {
    const keys = ['aa', 'aaa', 'aaaa', 'a a', 'a aa', 'ba', 'b a a', 'aab'];
    const all = new PhraseMatcher(keys.map(foldKey));
    const alone = keys.map((k) => new PhraseMatcher([foldKey(k)]));
    const rng = new Prng(7);
    const alphabet = ['a', 'a', 'a', 'b', ' ', '-', '\u00ad', '\u200b', 'A', '\n', '  '];
    for (let run = 0; run < 2000; run++) {
      const text = Array.from({ length: 1 + rng.int(30) }, () => rng.pick(alphabet)).join('');
      const together = all.scan(text).map((m) => `${m.start}-${m.end}:${m.pattern}`).sort();
      const separately = alone.flatMap((m, k) => m.scan(text).map((x) => `${x.start}-${x.end}:${k}`)).sort();
      assert.deepEqual(together, separately, JSON.stringify(text));
    }
  });

  test('a term file of nested keys costs the longest key per position, not its square', () => {
    // "a a", "a a a", … up to 200 words, over 5,000 words "a a a …": every word ends a match of every key that fits.
    const keys = Array.from({ length: 199 }, (_, i) => Array(i + 2).fill('a').join(' '));
    const matcher = new PhraseMatcher(keys);
    const text = Array(5000).fill('a').join(' ');
    let count = 0;
    matcher.forEachMatch(text, 0, text.length, { match: () => count++ });
    assert.equal(count, keys.reduce((n, _k, i) => n + (5000 - (i + 2) + 1), 0));
  });
});

describe('keys as the scan reads them', () => {
  test('a mark after a character that is not Chinese stays in a key; a quotation mark at its start is left out', () => {
    assert.equal(formKey('“145”规划'), '145"规划');
    assert.equal(formKey('“十四五”规划'), '十四五规划');
    assert.equal(foldKey('“十四五”规划'), foldKey('十四五规划'));
    // Beside a Chinese character only after it: the scan feeds "”" after "5" and skips it after "五".
    assert.notEqual(foldKey('145”规划'), foldKey('145规划'));
  });
});
