// Abbreviations of a phrasing's word, derived from its words: a compass point and the
// initials of a pinyin place name, in capitals only; a clipped word of notes, in any case.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { abbreviationsOf, pinyinSyllables } from '../../server/src/core/abbreviations';
import { assertFindings, findingsOf, onlyFinding } from '../support/assertions';
import { withTeamFiles } from '../support/termBase';

describe('abbreviations', () => {
  test('pinyin syllables, longest first with backtracking', () => {
    assert.deepEqual(['chongqing', 'chengdu', 'wanzhou', 'yangtze', 'party'].map((w) => pinyinSyllables(w)?.join('+')),
      ['chong+qing', 'cheng+du', 'wan+zhou', undefined, undefined]);
  });

  test('the forms derived from a phrasing: compass points and place initials, not a person\'s name', () => {
    assert.deepEqual(abbreviationsOf('northeastern Chongqing').map((a) => a.form), ['NE Chongqing', 'northeastern CQ']);
    assert.deepEqual(abbreviationsOf('Xi Jinping Thought'), []);
    assert.deepEqual(abbreviationsOf('Chongqing'), []);
  });

  test('an abbreviated phrasing in capitals: an informal form, a suggestion of the official one', () => {
    const f = onlyFinding('As a key district in NE Chongqing, Kaizhou leads.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['non-standard-term', 'NE Chongqing', 'northeastern Chongqing', false]);
    assert.match(f.message, /informal form of the official phrasing "northeastern Chongqing"/);
    assert.equal(onlyFinding('Industry moves to the CQ metropolitan area.').replacement, 'Chongqing metropolitan area');
    assert.equal(onlyFinding('SE Chongqing grows.').replacement, 'Southeastern Chongqing');
  });

  test('not in lower case, and not inside a longer name', () => {
    assertFindings('ne Chongqing and cq metropolitan area', []);
    assertFindings('We drove along NE Chongqing Avenue.', []);
  });

  test('a clipped word of notes in a two-word phrasing ("infra investment"): an informal form, in any case', () => {
    assert.deepEqual(abbreviationsOf('business environment').map((a) => a.form), ['biz environment', 'business env']);
    const f = onlyFinding('Urban infra investment reached XX billion yuan.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['non-standard-term', 'infra investment', 'infrastructure investment', false]);
    assert.equal(onlyFinding('We keep optimizing the Biz environment.').replacement, 'business environment');
    // The clipped word alone, or beside other words, is nothing.
    assertFindings('The infra team met the biz desk.', []);
  });

  test('a team phrasing gets its abbreviations too', () => {
    const team = 'terms:\n  - id: sw-border\n    en: southwestern Sichuan border areas\n    area: regions\n';
    const { index } = withTeamFiles({ 'team.yaml': team }, ['team.yaml']);
    const [f] = findingsOf('Trade grew in the SW Sichuan border areas.', undefined, index);
    assert.deepEqual([f.ruleId, f.actual, f.replacements[0].text], ['non-standard-term', 'SW Sichuan border areas', 'southwestern Sichuan border areas']);
  });
});
