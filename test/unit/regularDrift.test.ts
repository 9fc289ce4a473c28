// Regular kinds of drift found on drafts written outside the team (evaluation split dev7),
// each tested as a kind with its counterpart that must stay clean.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { inflectionOf } from '../../server/src/core/phraseTokens';
import { assertFindings, assertOnlySuggestions, onlyFinding } from '../support/assertions';

describe('word forms', () => {
  test('a consonant doubled before -ing or -ed is one word with its base', () => {
    assert.ok(inflectionOf('running', 'run'));
    assert.ok(inflectionOf('planned', 'plan'));
    // Words that end in a doubled letter keep it.
    assert.ok(inflectionOf('filling', 'fill'));
    assert.ok(!inflectionOf('filling', 'fil'));
    assertFindings('We managed to keep the economy run in a reasonable range.', ['term-inflection']);
  });

  test('a derivational ending changed: -ment and -ing, -ive and -ed', () => {
    assert.ok(inflectionOf('development', 'developing'));
    assert.ok(inflectionOf('integrated', 'integrative'));
    assert.ok(!inflectionOf('development', 'devout'));
    assertFindings('Actively integrate into the new developing pattern.', ['term-inflection']);
    assertFindings('We will deepen the integrative development of cultural tourism in the county.', ['term-inflection']);
    assertOnlySuggestions('Actively integrate into the new developing pattern.');
  });
});

describe('order', () => {
  test('two opening modifiers swapped, named in the message', () => {
    const [f] = assertFindings('Implement priority employment policies and create new urban jobs.', ['term-order']);
    assert.match(f.message, /"priority employment" where the official phrasing has "employment priority"/);
    assertFindings('We will strive for the layout of strategic national scientific and technological forces.', ['term-order']);
    assertOnlySuggestions('Implement priority employment policies and create new urban jobs.');
  });

  test('the head noun keeps its place: a modifier after it is other English', () => {
    assertFindings('Employment policies with priority for graduates will be kept.', []);
  });
});

describe('a determiner belongs to the noun before a preposition', () => {
  test('"a batch of" and "one of the" leave the phrasing bare', () => {
    assertFindings('Cultivate a batch of first-class innovation subject this year.', ['term-inflection']);
    assertFindings('This is one of the first-class innovation park in the city.', ['term-inflection']);
  });

  test('a determiner of the phrasing itself still makes it one thing', () => {
    assertFindings('Each district will build a first-class innovation park.', []);
    assertFindings('It is one of the first-class innovation parks in the city.', []);
  });
});

describe('Chinese order: two words of two characters swapped', () => {
  test('in a form of six characters or more, and in a numbered formula', () => {
    assert.equal(onlyFinding('落实优先就业政策，做好高校毕业生就业工作。').replacement, '就业优先政策');
    assert.equal(onlyFinding('加快建设具有全国影响力的创新科技中心。').replacement, '具有全国影响力的科技创新中心');
    assert.deepEqual(onlyFinding('推动“两群一区”协调发展。').ruleId, 'zh-order');
    assertOnlySuggestions('落实优先就业政策。');
  });

  test('a short form, or a word moved past a longer part, is plain Chinese', () => {
    assertFindings('实施城市提升行动，提升城市品质。', []);
    assertFindings('单位地区生产总值能耗持续下降，经济运行保持在合理区间。', []);
  });
});
