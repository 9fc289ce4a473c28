// Regular kinds of drift found on drafts written outside the team (evaluation split dev7),
// each tested as a kind with its counterpart that must stay clean.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { inflectionOf } from '../../server/src/core/phraseTokens';
import { assertFindings, assertOnlySuggestions } from '../support/assertions';

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
