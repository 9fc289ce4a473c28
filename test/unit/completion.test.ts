// Completion of official phrasings from what the drafter typed, with a cursor marker.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { complete } from '../support/cursor';
import { PhrasingCompleter } from '../../server/src/core/completion';
import { pinyinOf } from '../../server/src/node/pinyin';
import { builtinIndex, builtinTermBase } from '../support/termBase';

describe('completion by prefix', () => {
  test('a typed prefix spanning words offers the phrasing and replaces the whole prefix', () => {
    const c = complete('Build the Chengdu-Ch|');
    assert.equal(c.typed, 'Chengdu-Ch');
    assert.deepEqual(c.texts, ['Chengdu-Chongqing economic circle']);
    assert.equal(c.result?.offers[0].lang, 'en');
    assert.equal(c.result?.offers[0].phrasing.id, 'chengdu-chongqing-economic-circle');
  });

  test('case, spacing and hyphens of the typed text do not matter', () => {
    assert.deepEqual(complete('Build the chengdu ch|').texts, ['Chengdu-Chongqing economic circle']);
    assert.deepEqual(complete('We pursue HIGH Q|').texts, ['high-quality development']);
  });

  test('the longest fitting prefix wins', () => {
    const c = complete('promote common pros|');
    assert.equal(c.typed, 'common pros');
    assert.deepEqual(c.texts, ['common prosperity']);
  });

  test('shorter official forms come first', () => {
    const c = complete('hi|');
    assert.ok(c.texts.length >= 2);
    assert.equal(c.texts[0], 'high-quality development');
    const lengths = c.texts.map((t) => t.length);
    assert.deepEqual(lengths, [...lengths].sort((a, b) => a - b));
  });

  test('only the current line counts', () => {
    const c = complete('first line ends with Chengdu\nCh|');
    assert.equal(c.typed, 'Ch');
    assert.ok(c.texts.includes('Chengdu-Chongqing economic circle'));
  });

  test('the cursor in the middle of a word completes what stands before it', () => {
    const c = complete('promote common prosp|erity');
    assert.equal(c.typed, 'common prosp');
    assert.deepEqual(c.texts, ['common prosperity']);
  });

  test('a known variant leads to the official form', () => {
    assert.deepEqual(complete('the Yangtse|').texts, ['Yangtze River']);
  });
});

describe('Chinese completion', () => {
  test('a Chinese prefix inside a sentence without spaces', () => {
    const c = complete('我们要推动成渝|');
    assert.equal(c.typed, '成渝');
    assert.deepEqual(c.texts, ['成渝地区双城经济圈']);
    assert.equal(c.result?.offers[0].lang, 'zh');
  });

  test('a Chinese variant leads to the official Chinese form', () => {
    assert.deepEqual(complete('推动成渝经济|').texts, ['成渝地区双城经济圈']);
    assert.deepEqual(complete('实现双碳|').texts, ['碳达峰碳中和']);
    // One character opens a list only when asked for.
    assert.deepEqual(complete('实现双|').texts, []);
    assert.deepEqual(complete('实现双|', true).texts, ['碳达峰碳中和']);
  });
});

describe('nothing typed, or nothing that fits', () => {
  test('without an explicit request, no offers', () => {
    assert.equal(complete('xyzzy|').result, undefined);
    assert.equal(complete('q|').result, undefined, 'one Latin letter is too little');
  });

  test('an explicit request ranks typos', () => {
    const c = complete('common prosprity|', true);
    assert.equal(c.texts[0], 'common prosperity');
    assert.equal(c.typed, 'common prosprity');
  });

  test('an explicit request finds a typo in a phrase that was begun, after other words', () => {
    const c = complete('Build the Chengdu-Chonqing|', true);
    assert.equal(c.texts[0], 'Chengdu-Chongqing economic circle');
    assert.equal(c.typed, 'Chengdu-Chonqing');
  });

  test('an explicit request inside a word that fits nothing offers nothing', () => {
    assert.deepEqual(complete('The weather is fine|', true).texts, []);
  });

  test('an explicit request on an empty line offers every phrasing', () => {
    const c = complete('|', true);
    assert.equal(c.texts.length, builtinTermBase().termBase.phrasings.length);
    assert.equal(c.result?.start, 0);
  });

  test('the cursor past the end is clamped', () => {
    const { PhrasingCompleter } = require('../../server/src/core/completion') as typeof import('../../server/src/core/completion');
    const r = new PhrasingCompleter(builtinTermBase().index).complete('the Chengdu-Ch', 999, false);
    assert.equal(r?.start, 4);
  });
});

describe('pinyin completion in a Chinese line', () => {
  const completer = new PhrasingCompleter(builtinIndex(), pinyinOf);
  const first = (typed: string) => {
    const r = completer.complete(typed, typed.length, false);
    return r && { start: r.start, text: r.offers[0]?.text, langs: new Set(r.offers.map((o) => o.lang)) };
  };

  test('initials and full pinyin offer the official Chinese form first, replacing the letters', () => {
    assert.deepEqual(first('推动cydqsc'), { start: 2, text: '成渝地区双城经济圈', langs: new Set(['zh']) });
    assert.equal(first('深入推进chengyu')?.text, '成渝地区双城经济圈');
    assert.equal(first('统筹推进tdf')?.text, '碳达峰碳中和');
    assert.equal(first('扎实推进gtfy')?.text, '共同富裕');
  });

  test('in an English line the letters are English', () => {
    const r = completer.complete('We build the Chengdu-Ch', 23, false);
    assert.equal(r?.offers[0].lang, 'en');
  });

  test('one Chinese character opens no list unless asked', () => {
    assert.equal(completer.complete('推动成', 3, false), undefined);
    assert.ok(completer.complete('推动成渝', 4, false)?.offers.length);
  });
});
