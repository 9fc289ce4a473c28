// The lint on a corpus of real-looking draft sentences, English and Chinese: each has one
// slip that must be found with its rule, phrasing, exact range and replacement.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findingsOf, show } from '../support/assertions';
import { builtinTermBase } from '../support/termBase';

interface Case {
  text: string;
  ruleId: string;
  phrasingId: string;
  /** The slice of the draft the finding covers. */
  actual: string;
  replacement: string;
  /** Suggestions only (superseded names, similarity finds, capitalised forms that may be names). */
  suggestion?: true;
}

const ENGLISH: Case[] = [
  { text: 'In 2022 we will deepen the Chengdu Chongqing economic circle with major projects.', ruleId: 'term-hyphenation', phrasingId: 'chengdu-chongqing-economic-circle', actual: 'Chengdu Chongqing economic circle', replacement: 'Chengdu-Chongqing economic circle' },
  { text: 'Officials met to plan the chengdu-chongqing economic circle.', ruleId: 'term-casing', phrasingId: 'chengdu-chongqing-economic-circle', actual: 'chengdu-chongqing economic circle', replacement: 'Chengdu-Chongqing economic circle' },
  { text: 'The Chongqing-Chengdu economic circle is a national strategy.', ruleId: 'non-standard-term', phrasingId: 'chengdu-chongqing-economic-circle', actual: 'Chongqing-Chengdu economic circle', replacement: 'Chengdu-Chongqing economic circle' },
  { text: 'The district serves the Chengdu-Chongqing economic zone.', ruleId: 'outdated-term', phrasingId: 'chengdu-chongqing-economic-circle', actual: 'Chengdu-Chongqing economic zone', replacement: 'Chengdu-Chongqing economic circle', suggestion: true },
  { text: 'Districts should pursue the carbon peaking and neutrality in an orderly manner.', ruleId: 'non-standard-term', phrasingId: 'carbon-peaking-and-carbon-neutrality', actual: 'carbon peaking and neutrality', replacement: 'carbon peaking and carbon neutrality' },
  { text: 'We should promote common prosperty and improve public services.', ruleId: 'misspelled-term', phrasingId: 'common-prosperity', actual: 'common prosperty', replacement: 'common prosperity' },
  // Not in the variant list (terms.yaml lists only "eco-protection" and "ecologic protection"): found by fuzzy matching.
  { text: 'Last year the city expanded a new situation in ecological protecton.', ruleId: 'misspelled-term', phrasingId: 'ecological-protection', actual: 'ecological protecton', replacement: 'ecological protection', suggestion: true },
  { text: 'Every county shares the goal of common prosparity.', ruleId: 'misspelled-term', phrasingId: 'common-prosperity', actual: 'common prosparity', replacement: 'common prosperity', suggestion: true },
  { text: 'Ships on the Yangtse River carry goods to Shanghai.', ruleId: 'outdated-term', phrasingId: 'yangtze-river', actual: 'Yangtse River', replacement: 'Yangtze River', suggestion: true },
  { text: 'We will stimulate the vitality of market participates next year.', ruleId: 'misspelled-term', phrasingId: 'market-participants', actual: 'market participates', replacement: 'market participants' },
  { text: 'High quality development is the theme of the 14th Five-Year Plan.', ruleId: 'term-hyphenation', phrasingId: 'high-quality-development', actual: 'High quality development', replacement: 'High-quality development' },
  { text: 'The Chongqing Party Committee met on Monday.', ruleId: 'non-standard-term', phrasingId: 'chongqing-municipal-party-committee', actual: 'Chongqing Party Committee', replacement: 'Chongqing Municipal Party Committee', suggestion: true },
  { text: 'Universities support S&T innovation in many ways.', ruleId: 'non-standard-term', phrasingId: 'scientific-and-technological-innovation', actual: 'S&T innovation', replacement: 'scientific and technological innovation' },
  { text: 'The report names the fourteenth Five-Year Plan twice.', ruleId: 'non-standard-term', phrasingId: '14th-five-year-plan', actual: 'fourteenth Five-Year Plan', replacement: '14th Five-Year Plan' },
  { text: 'Counties align their work with the economic work conferance of December.', ruleId: 'misspelled-term', phrasingId: 'economic-work-conference', actual: 'economic work conferance', replacement: 'economic work conference', suggestion: true },
];

const CHINESE: Case[] = [
  { text: '我们要推动成渝经济圈建设走深走实。', ruleId: 'non-standard-term', phrasingId: 'chengdu-chongqing-economic-circle', actual: '成渝经济圈', replacement: '成渝地区双城经济圈' },
  { text: '全市加快构建一区二群协调发展格局。', ruleId: 'non-standard-term', phrasingId: 'one-area-and-two-clusters', actual: '一区二群', replacement: '一区两群' },
  { text: '统筹做好碳中和碳达峰各项工作，推动绿色低碳转型。', ruleId: 'non-standard-term', phrasingId: 'carbon-peaking-and-carbon-neutrality', actual: '碳中和碳达峰', replacement: '碳达峰碳中和' },
  { text: '市政府编制十四五计划纲要并组织实施。', ruleId: 'outdated-term', phrasingId: '14th-five-year-plan', actual: '十四五计划', replacement: '“十四五”规划', suggestion: true },
  { text: '推进成渝经济区建设。', ruleId: 'outdated-term', phrasingId: 'chengdu-chongqing-economic-circle', actual: '成渝经济区', replacement: '成渝地区双城经济圈', suggestion: true },
  { text: '持续优化经商环境，激发市场活力。', ruleId: 'non-standard-term', phrasingId: 'business-environment', actual: '经商环境', replacement: '营商环境' },
];

function check(c: Case): void {
  const findings = findingsOf(c.text);
  assert.equal(findings.length, 1, `one finding in ${JSON.stringify(c.text)}: ${findings.map((f) => show(c.text, f)).join('; ')}`);
  const [f] = findings;
  assert.equal(f.ruleId, c.ruleId);
  assert.equal(f.phrasingId, c.phrasingId);
  assert.equal(c.text.slice(f.start, f.end), c.actual);
  assert.equal(f.start, c.text.indexOf(c.actual));
  assert.equal(f.actual, c.actual);
  assert.deepEqual(f.replacements.map((r) => r.text), [c.replacement]);
  assert.equal(f.replacements[0].phrasingId, c.phrasingId);
  assert.equal(f.fixable, !c.suggestion);
  assert.equal(f.severity, 'warning');
}

describe('English slips', () => {
  for (const c of ENGLISH) test(`${c.ruleId}: ${c.actual}`, () => check(c));
});

describe('Chinese slips inside sentences without spaces', () => {
  for (const c of CHINESE) test(`${c.ruleId}: ${c.actual}`, () => check(c));
});

describe('messages', () => {
  test('name the official phrasing and its policy area', () => {
    const [f] = findingsOf('Promote the carbon peaking and neutrality.');
    assert.match(f.message, /"carbon peaking and neutrality"/);
    assert.match(f.message, /"carbon peaking and carbon neutrality"/);
    assert.match(f.message, /policy area: Ecology and environment/);
  });

  test('a Chinese variant names the Chinese official form', () => {
    const [f] = findingsOf('推动成渝经济圈建设');
    assert.match(f.message, /"成渝地区双城经济圈"/);
  });
});

describe('several slips in one paragraph', () => {
  test('come back in text order with disjoint ranges', () => {
    const text = 'We pursue common prosperty, the carbon peaking and neutrality and the Chengdu Chongqing economic circle; 推动成渝经济圈和碳中和碳达峰工作。';
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)),
      ['common prosperty', 'carbon peaking and neutrality', 'Chengdu Chongqing economic circle', '成渝经济圈', '碳中和碳达峰']);
    for (let i = 1; i < findings.length; i++) assert.ok(findings[i - 1].end <= findings[i].start);
  });
});

describe('fuzzy matching options', () => {
  const twoTypos = 'We promote scientific and technologicl inovation.';

  test('two typing errors are found with the default budget', () => {
    const [f] = findingsOf(twoTypos);
    assert.equal(f?.phrasingId, 'scientific-and-technological-innovation');
    assert.equal(twoTypos.slice(f.start, f.end), 'scientific and technologicl inovation');
  });

  test('maxEdits 1 and fuzzy off leave them alone; listed variants are still found', () => {
    assert.deepEqual(findingsOf(twoTypos, { maxEdits: 1 }), []);
    assert.deepEqual(findingsOf('common prosparity', { fuzzy: false }), []);
    assert.equal(findingsOf('common prosperty', { fuzzy: false })[0]?.ruleId, 'misspelled-term');
  });

  test('a typo in either word of a phrasing is found', () => {
    assert.equal(findingsOf('the comon prosperity of all')[0]?.actual, 'comon prosperity');
    assert.equal(findingsOf('ecologcal protection matters')[0]?.actual, 'ecologcal protection');
  });

  test('a changed first letter, a real English word or other punctuation between the words is not a typo', () => {
    assert.deepEqual(findingsOf('common rosperity'), []);
    assert.deepEqual(findingsOf('common property'), []);
    assert.deepEqual(findingsOf('common; prosperty'), []);
  });
});

describe('severities', () => {
  test('editor settings override the term base, and off removes a rule', () => {
    const text = 'the chengdu-chongqing economic circle and the carbon peaking and neutrality';
    const findings = findingsOf(text, { severities: { 'term-casing': 'error', 'non-standard-term': 'off' } });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['term-casing', 'error']]);
    assert.equal(builtinTermBase().termBase.severities['term-casing'], 'warning', 'the term base is untouched');
  });
});
