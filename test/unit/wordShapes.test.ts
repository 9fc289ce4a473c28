// The sentence filter of English near-matching may let a sentence through that holds no
// stand-in, but must never stop one that does: for any draft word that may stand for a
// phrasing's content word (PhraseAligner's rule), a sentence holding it passes the test.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mayStandFor } from '../../server/src/core/phraseAligner';
import { isContent, tokenize } from '../../server/src/core/phraseTokens';
import { shapeOf, WordShapes } from '../../server/src/core/wordShapes';

const holds = (sentence: string, word: string): boolean => {
  const shapes = new WordShapes();
  shapes.read(sentence, 0, sentence.length);
  const { letter, lengths } = shapeOf(word);
  return shapes.mayHold(letter, lengths);
};

test('a sentence with an inflection, a slip or a clipping of the word passes', () => {
  assert.equal(holds('We build two clusters here.', 'cluster'), true);
  assert.equal(holds('The Metro area grows.', 'metropolitan'), true);
  assert.equal(holds("Chongqing's plan", 'chongqing'), true);
});

test('a sentence without any word of the shape is stopped; function words do not count', () => {
  assert.equal(holds('We build two groups here.', 'cluster'), false);
  // "the" and "to" are function words: they never stand for "two".
  assert.equal(holds('Go to the market.', 'two'), false);
  assert.equal(holds('Go to the town.', 'two'), true);
  // Far longer or shorter words of the same letter are not stand-ins.
  assert.equal(holds('The CB sat.', 'clusters'), false);
  assert.equal(holds('A cartographically sat.', 'cat'), false);
});

test('letters outside ASCII make every test pass', () => {
  assert.equal(holds('Zürich sits far away.', 'cluster'), true);
});

test('never stops a sentence that holds a stand-in (property)', () => {
  const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\'’éÅ'.split(''));
  const word = fc.array(letters, { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
  const sentence = fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', ' / ', ' - ', '“', ' the ', ' as well as ')), { maxLength: 12 }).map((a) => a.join(''));
  const official = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split('')), { minLength: 2, maxLength: 35 }).map((a) => a.join(''));
  fc.assert(fc.property(sentence, official, (text, o) => {
    const standIn = tokenize(text, 0, text.length).some((t) => isContent(t.text) && mayStandFor(o, t.text));
    return !standIn || holds(text, o);
  }), { numRuns: 3000 });
});
