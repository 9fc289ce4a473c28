// Correct text that two precision reviews of other genres found flagged (a Sichuan-side plan,
// a policy Q&A on wording, a history of regional strategy with its references, an academic
// paper; a thesis quoting with [sic], a scholars' summary, quizzes), each mended as a kind,
// with the drift beside it still found.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, findingsOf, onlyFinding } from '../support/assertions';

describe('other genres: references, narrated history, wording discussed, names typeset', () => {
  test('an entry of a list of references cites a work by its own title', () => {
    assertFindings('参考文献：\n[3] 国家发展和改革委员会. 成渝经济区区域规划[Z]. 2011.\n[4] 佚名. 成渝经济区研究[J]. 经济, 2012.\n', []);
    // Without a type code a numbered line is a list item of the draft.
    assertFindings('1. 推动成渝经济区建设。\n', ['outdated-term']);
  });

  test('a superseded name where the paragraph, or its section before it, tells of a year before 2020', () => {
    assertFindings('2011年5月，国务院批复《成渝经济区区域规划》。规划提出，把成渝经济区建设成为西部地区重要的经济中心。', []);
    assertFindings('（三）五大功能区域\n2013年9月，市委全会作出划分功能区域的决策。\n五大功能区域的划分，为此后的区域协调发展奠定了基础。\n', []);
    // A telling that comes to the present, or a year since which something runs, is no history.
    assertFindings('从2011年到2016年，再到今天，川渝合作走深走实。站在新起点，我们要在成渝经济区建设中打造样板。', ['outdated-term']);
    assertFindings('2019年以来，我区主动融入成渝经济区建设。', ['outdated-term']);
    // A draft that opens with a line break (the telling is read back to its start).
    assertFindings('\n\n五大功能区域协调发展', ['outdated-term']);
    // A heading closes the telling before it.
    assertFindings('2013年，市委作出划分功能区域的决策。\n\n二、下一步工作\n推动五大功能区域协调发展。\n', ['outdated-term']);
  });

  test('a form named as the wrong one (不是“…”), and a quoted title (标题是“…”, titled "…")', () => {
    assertFindings('注意第三项是“智能化应用”，不是“智能应用”。', []);
    assertFindings('不要写成“智能应用”。', []);
    assertFindings('推动智能产业、智能制造、智能应用协同发展。', ['zh-missing-character']);
    assertFindings('The chapter is titled "Carbon Peaking, Carbon Neutrality".', []);
  });

  test('the Outline\'s own 长江上游生态屏障 is admitted; a slip of the official form still gets the official fix', () => {
    assertFindings('共筑长江上游生态屏障', []);
    const f = onlyFinding('筑牢长江上游要生态屏障。');
    assert.equal(f.replacement, '长江上游重要生态屏障');
  });

  test('a name typeset with an en dash and in Title Case is a name; a hyphen fix keeps the draft\'s capitals', () => {
    assertFindings('The Chengdu–Chongqing Economic Circle is a national strategy.', []);
    const f = onlyFinding('The Chengdu Chongqing Economic Circle is a national strategy.');
    assert.deepEqual([f.ruleId, f.replacement], ['term-hyphenation', 'Chengdu-Chongqing Economic Circle']);
    assert.equal(onlyFinding('The chengdu chongqing economic circle grew.').replacement, 'Chengdu-Chongqing economic circle');
  });

  test('fixes: quotation marks that do not pair keep the draft\'s enumeration comma; a pasted run of traditional characters folds whole', () => {
    assert.equal(onlyFinding('围绕“碳达峰、碳中和"目标推进。').replacement, '“碳达峰、碳中和”');
    const f = onlyFinding('加强生態環境保護工作。');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['zh-traditional', '生態環境保護', '生态环境保护', true]);
    // Two pasted forms side by side: the characters between them go with the first, never twice.
    const [a, b] = findingsOf('加强生態環境保護和高質量發展工作。');
    assert.deepEqual([a.actual, a.replacements[0].text, b.actual, b.replacements[0].text], ['生態環境保護', '生态环境保护', '高質量發展', '高质量发展']);
  });
});

describe('other genres: [sic], old names spoken of, quiz options, the mark that stands for "and"', () => {
  test('a form the author marks [sic] is quoted with its slip on purpose', () => {
    assertFindings('The readout asks us to "stimulate the vitality of market participates [sic]" (para. 3).', []);
    assertFindings('We will stimulate the vitality of market participates in 2022.', ['misspelled-term']);
  });

  test('quoted names followed by 等原有名称 are names spoken of', () => {
    assertFindings('引用历史文件时，应当保留“成渝经济区”“成渝城市群”等原有名称。', []);
    assertFindings('推动“成渝经济区”建设。', ['outdated-term']);
  });

  test('the options of a multiple-choice question offer wrong forms on purpose', () => {
    assertFindings('1. 会议提出，要推动（　　）建设。\n   A. 成渝经济区\n   B. 成渝地区双城经济圈\n   C. 智能应用\n', []);
    assertFindings('**Question 1.** The conference stressed the ...\n- (a) Chengdu-Chongqing economic zone\n- (b) dual carbon\n', []);
    // A lettered list of tasks is no quiz: no question above it.
    assertFindings('Tasks for 2022:\n(a) Chengdu-Chongqing economic zone\n(b) ports\n', ['outdated-term']);
    // A long option is a sentence of its own.
    assertFindings('Which is right?\n(a) We will push forward the Chengdu-Chongqing economic zone with all the districts of the city this year.\n', ['outdated-term']);
  });

  test('straight quotation marks around a form in Chinese text are a half-width slip; in English text they are right', () => {
    const f = onlyFinding('推动"一区两群"协调发展。');
    assert.deepEqual([f.ruleId, f.replacement, f.fixable], ['zh-punctuation', '“一区两群”', true]);
    assertFindings('The "一区两群" layout is key.', []);
    assertFindings('推动“一区两群”协调发展。', []);
  });

  test('the message names the mark the draft put for "and"', () => {
    assert.match(onlyFinding('We promote carbon peaking & carbon neutrality.').message, /"&" stands for "and"/);
    assert.match(onlyFinding('We pursue high-end, intelligent / green transformation.').message, /"\/" stands for "and"/);
  });
});
