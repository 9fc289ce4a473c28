// Kinds found by precision review 16 (proposals and replies, yearbooks, questionnaires, chat
// logs, HTML and TeX pages, YAML agendas, subtitles) and by the blind splits dev17.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, onlyFinding } from '../support/assertions';

describe('wrong forms named as wrong', () => {
  test('words after a form that call it unfit make it a mention, quoted or not', () => {
    assertFindings('- B. 成渝双城经济圈（简称，正式文件中不宜使用）', []);
    assertFindings('“成渝双城经济圈”是不规范的简称。', []);
    assertFindings('"Chengyu circle" is an informal name.', []);
    assertFindings('Chengyu circle is not the official name.', []);
    // A clause of its own after the form is no such word.
    assertFindings('我们推进成渝双城经济圈建设，不规范经营要整治。', ['non-standard-term']);
    assertFindings('成渝双城经济圈（以下简称双城圈）建设加快。', ['non-standard-term']);
  });

  test('a line labelled as wrong wording lists examples, not uses', () => {
    assertFindings('常见误写：成渝双城经济圈、成渝双城经济区。', []);
    assertFindings('avoid_examples: ["Chengyu circle", "one area two groups"]', []);
    assertFindings('Wrong: Chengyu circle', []);
    // The label's sentence ends before the form: the form is used.
    assertFindings('We built the Chengyu circle: avoid nothing.', ['non-standard-term']);
  });
});

describe('typography and titles', () => {
  test('an admitted form in a title\'s capitals is that form', () => {
    assertFindings('See also: Reform and Opening-up.', []);
    assertFindings('## Chapter 2: Reform and Opening-Up', []);
  });

  test('a Title Case line keeps long prepositions in lower case, after a key or a TeX command', () => {
    assertFindings('Integrating into the New Development Pattern', []);
    assertFindings('Moving towards the New Development Pattern', []);
    assertFindings('title: "Innovation: A Scientific and Technological Innovation Centre with National Influence"', []);
    assertFindings('\\section{Integrating into the New Development Pattern}', []);
    assertFindings('We keep integrating into the New Development Pattern this year.', ['term-casing']);
  });

  test('a speaker label, a spaced hyphen or a block tag opens a sentence', () => {
    for (const head of ['[Factory manager] ', '(Manager) ', 'Speaker 2 - ', '<p>', '<li>', '<td>']) {
      assertFindings(`${head}Carbon peaking and carbon neutrality is our goal.`, []);
    }
    assertFindings('It was cold; Carbon peaking and carbon neutrality remained the goal.', ['term-casing']);
  });
});

describe('coordinated forms', () => {
  test('coordinated verbs take one form: a gerund beside a bare verb is drift', () => {
    assert.equal(onlyFinding('We continued to prevent and resolving potential risks in small lenders.').ruleId, 'term-inflection');
    assertFindings('For preventing and resolving potential risks, we set up a fund.', []);
    assertFindings('The district prevented and resolved potential risks in finance.', []);
  });

  test('a comma splits a Chinese form into a pair only where its parts are alike', () => {
    // 城市提升 read across two clauses: 完善城市，提升功能.
    assertFindings('推进城市更新行动，完善城市，提升功能。', []);
    assertFindings('推进碳达峰，碳中和工作。', ['zh-punctuation']);
    assertFindings('提高产业链，供应链现代化水平。', ['zh-punctuation']);
  });
});

describe('numbered formulas and titles', () => {
  test('a comma between the counted parts of a formula: the fix is the formula, with no mark', () => {
    const comma = onlyFinding('推动“一区，两群”协调发展。');
    assert.deepEqual([comma.ruleId, comma.replacement], ['zh-punctuation', '一区两群']);
    assertFindings('推动“一区、两群”协调发展。', []);
  });

  test('digits for the number words of an English formula are a numeral slip, told as such', () => {
    const digits = onlyFinding('We support "one area and 2 clusters".');
    assert.deepEqual([digits.ruleId, digits.replacement, digits.fixable], ['non-standard-term', 'one area and two clusters', false]);
    assert.match(digits.message, /"2" in place of "two"/);
    assert.match(onlyFinding('We support 1 area and 2 clusters.').message, /"1", "2" in place of "one", "two"/);
    assert.equal(onlyFinding('We draft the 14th 5-Year Plan of the district.').replacement, '14th Five-Year Plan');
  });

  test('a misspelling in a quoted title is a suggestion in the title\'s capitals; a misspelling named as one is not', () => {
    const title = onlyFinding('title: "The Chengdu-Chongquing Economic Circle: Twin Engines for the West"');
    assert.deepEqual([title.ruleId, title.replacement, title.fixable], ['misspelled-term', 'Chengdu-Chongqing Economic Circle', false]);
    assertFindings('He misspelt it as "Chengdu-Chongquing Economic Circle".', []);
    assertFindings('The paper "High Quality Development in Western China" is out.', []);
  });

  test('a near miss of an admitted form goes where grammar uses the official form at the same words', () => {
    assertFindings('Chongqing will build an important ecological barrier in the upper reach of the Yangtze River.', ['non-standard-term']);
  });
});

describe('Chinese order at a form\'s start', () => {
  test('two words swapped before a noun that names the thing are a slip; before a verb, plain Chinese', () => {
    const swapped = onlyFinding('坚决落实优先就业政策。');
    assert.deepEqual([swapped.ruleId, swapped.replacement], ['zh-order', '就业优先政策']);
    assert.equal(onlyFinding('优化分配收入结构。').replacement, '收入分配结构');
    assertFindings('深度融合文旅发展。', []);
    assertFindings('以改革驱动创新发展。', []);
    assertFindings('就业政策优先。', []);
  });
});

describe('review of dev18: numerals with other slips, an article before an aim', () => {
  test('digits for number words are named in a near miss with other changes, and cost no edit', () => {
    const both = onlyFinding('Under the "1 area, 2 clusters" framework, work goes on.');
    assert.equal(both.replacement, 'one area and two clusters');
    assert.match(both.message, /"1" in place of "one"; "," stands for "and"; "2" in place of "two"/);
    // Digits that count things named after them are no formula.
    assertFindings('The town has 1 area and 2 clusters of shops.', []);
  });

  test('"the" before an abstract aim after "to" or "towards" is added, where the phrase ends', () => {
    assert.equal(onlyFinding('These steps are our contribution to the common prosperity and to better public services.').replacement, 'common prosperity');
    assert.equal(onlyFinding('The district contributes to the common prosperity across the city.').ruleId, 'term-function-word');
    assertFindings('We move towards the common prosperity of all people.', []);
    assertFindings('We move towards the common prosperity that everyone wants.', []);
  });
});
