// Findings staff can trust: admitted renderings stay clean, cited titles and names are
// guarded, superseded names are suggestions, spelling is a team choice, and the clean-text
// corpora of the evaluation set get no finding and survive --fix byte for byte.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyFixes } from '../../server/src/core/fixes';
import { describePhrasing, phrasingAt } from '../../server/src/core/describe';
import { assertFindings, assertOnlySuggestions, findingsOf } from '../support/assertions';
import { atCursor } from '../support/cursor';
import { builtinIndex, REPO_ROOT, withTeamFile } from '../support/termBase';

describe('clean-text corpora (test/eval/*/clean.txt)', () => {
  for (const lang of ['en', 'zh']) {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'test', 'eval', lang, 'clean.txt'), 'utf8');
    test(`${lang}: at least 80 sentences, no finding, --fix changes nothing`, () => {
      assert.ok(text.split('\n').filter(Boolean).length >= 80);
      const findings = findingsOf(text);
      assert.deepEqual(findings.map((f) => f.actual), []);
      assert.equal(applyFixes(text, findings).text, text);
    });
  }
});

describe('admitted renderings', () => {
  test("the State Council's English is no finding", () => {
    assertFindings('We will deepen reform and opening-up and build a new pattern of development.', []);
    assertFindings('We will implement the employment-first policy.', []);
    assertFindings('Reform and opening-up is a defining feature.', []);
  });

  test('the strict profile shows them as hints, never fixed', () => {
    const { index } = withTeamFile('profile: strict\n');
    const findings = findingsOf('We will deepen reform and opening-up.', undefined, index);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity, f.fixable]), [['admitted-term', 'hint', false]]);
  });
});

describe('context guards', () => {
  test('a superseded name inside a cited title is no finding, and --fix leaves the title', () => {
    for (const text of ['《成渝经济区区域规划》于2011年印发。', 'The Chengdu-Chongqing Economic Zone Regional Plan set the goals.', 'See “Chengdu-Chongqing Economic Zone Regional Plan” for details.']) {
      assertFindings(text, []);
    }
  });

  test('the hover on a cited title still explains the current name', () => {
    const index = builtinIndex();
    const { text, offset } = atCursor('依据《成渝经|济区区域规划》');
    const at = phrasingAt(index, text, offset)!;
    const md = describePhrasing(index, index.phrasing(at.occurrence.phrasingId)!, at.use);
    assert.match(md, /cited title/);
    assert.match(md, /成渝地区双城经济圈/);
  });

  test('a protected name and a capitalised name around a variant are no finding', () => {
    assertFindings('Firms listed on the Sci-Tech Innovation Board grew.', []);
    assertFindings('The Sci-Tech Innovation Fund of the district grew.', []);
  });

  test('notAfter: 基建投资 is drift, 新基建投资 is not', () => {
    assertFindings('基建投资增长较快。', ['non-standard-term']);
    assertFindings('新基建投资增长较快。', []);
  });

  test('a superseded name is a suggestion; in a sentence about the past, none', () => {
    assertOnlySuggestions('推进成渝经济区建设。');
    assertFindings('2011年，国务院批复成渝经济区区域规划。', []);
    assertFindings('从“一圈两翼”到“一区两群”，重庆区域发展战略不断完善。', []);
    assertFindings('渝东北生态涵养发展区调整为渝东北三峡库区城镇群。', []);
    // The other zones of 2013 and the wings of 一圈两翼 are superseded names too.
    assert.deepEqual(findingsOf('推进都市功能拓展区建设。').map((f) => [f.ruleId, f.replacements[0].text]), [['outdated-term', '主城都市区']]);
    // 城市发展新区 is also a plain phrase (a new urban development area): not listed.
    assertFindings('我县将规划建设城市发展新区，拓展县城发展空间。', []);
    // An earlier plan's number in a sentence about the past is its name; used for the current plan, a slip.
    assertFindings('回顾过去五年，“十三五”规划目标任务圆满完成。', []);
    assert.deepEqual(findingsOf('对照“十三五”规划确定的目标推进工作。').map((f) => f.ruleId), ['zh-numeral']);
    // A later plan's number names a real plan; a comparison or a plan's close tells of the earlier one.
    assertFindings('我市正在编制“十五五”规划。', []);
    assertFindings('与“十三五”规划相比，“十四五”规划更重视创新。', []);
    assertFindings('“十三五”规划圆满收官。', []);
    // More ways of telling of the past: N年前, 原属, 前身, 在…的基础上, "until 2020".
    assertFindings('十年前，渝东南翼发展基础薄弱。', []);
    assertFindings('原属都市功能拓展区的北碚区发展迅速。', []);
    assertFindings('渝东北三峡库区城镇群的前身是渝东北生态涵养发展区。', []);
    assertFindings('在成渝经济区的基础上，国家提出建设成渝地区双城经济圈。', []);
    assertFindings('Until 2020, planners spoke of the Chengdu-Chongqing economic zone.', []);
    // 原 (former) right before a name, and 当时, 以前 and 之前, tell of the past.
    assertFindings('原都市功能拓展区的各区现已纳入中心城区。', []);
    assertFindings('当时，万州区是渝东北翼的中心城市。', []);
    assertFindings('2020年以前，我县属于渝东南翼；此后属于渝东南武陵山区城镇群。', []);
    assert.deepEqual(findingsOf('加快渝东北翼发展。').map((f) => [f.ruleId, f.replacements[0].text]), [['outdated-term', '渝东北三峡库区城镇群']]);
    // A period named by a superseded name, this one or another in the sentence, is the past.
    assertFindings('在“五大功能区域”时期，我县属于渝东南生态保护发展区；今天，我们是渝东南武陵山区城镇群的一员。', []);
    assertFindings('“一圈两翼”阶段的发展经验值得总结。', []);
    assertOnlySuggestions('在新时期，要推进渝东南生态保护发展区建设。');
    // The current name clauses later is a mention beside it, not the story of a change.
    assertOnlySuggestions('按照渝东北生态涵养发展区功能定位，坚持生态优先，推动渝东北高质量发展。');
    // A full name is offered the full current name first, then the official short form.
    const [old] = findingsOf('按照渝东北生态涵养发展区功能定位。');
    assert.deepEqual(old.replacements.map((r) => r.text), ['渝东北三峡库区城镇群', '渝东北']);
    assert.deepEqual(findingsOf('推进成渝经济区建设。')[0].replacements.map((r) => r.text), ['成渝地区双城经济圈']);
    // A shorthand that does not spell the official form out (双碳) is never offered for a name.
    const { index, problems } = withTeamFile('terms:\n  - id: carbon-peaking-and-carbon-neutrality\n    variants:\n      - { form: 碳排放达峰与碳中和, kind: outdated, lang: zh }\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(findingsOf('推进碳排放达峰与碳中和。', undefined, index)[0].replacements.map((r) => r.text), ['碳达峰碳中和']);
    // 由 and 为 alone tell no change: the current name clauses later is still a mention.
    assertOnlySuggestions('由于按照渝东北生态涵养发展区功能定位，以生态为先，推动渝东北高质量发展。');
  });
});

describe('Chinese punctuation inside official forms', () => {
  test('the enumeration comma and the quotation marks are optional', () => {
    assertFindings('做好碳达峰、碳中和工作，落实“十四五”规划和十四五规划。', []);
    assertFindings('坚持生态优先、绿色发展和生态优先绿色发展。', []);
  });
});

describe('spelling is a team choice', () => {
  test('both spellings are admitted by default', () => {
    assertFindings('We will stabilise growth and stabilize growth.', []);
    assertFindings('a scientific and technological innovation center with national influence', []);
  });

  test('a team that writes en-GB gets the American form flagged and fixed', () => {
    const { index, problems } = withTeamFile('spelling: en-GB\n');
    assert.deepEqual(problems, []);
    assertFindings('We will stabilise growth.', [], undefined, index);
    const [f] = findingsOf('We will stabilize growth.', undefined, index);
    assert.equal(f.replacements[0].text, 'stabilise growth');
    assert.equal(f.fixable, true);
  });
});

describe('Chinese interface', () => {
  test('messages of every kind in Chinese, with the Chinese policy area', () => {
    const messages = findingsOf('推动成渝经济圈建设，推进城渝地区双城经济圈，落实“十四五“规划。We build the chengdu-chongqing economic circle and one area, two clusters.', { locale: 'zh' })
      .map((f) => f.message);
    assert.equal(messages.length, 5, messages.join('\n'));
    for (const m of messages) assert.match(m, /[\u4e00-\u9fff]/);
    assert.ok(messages.some((m) => m.includes('非正式说法') && m.includes('（政策领域：区域协调发展）')));
    assert.ok(messages.some((m) => m.includes('用“,”代替了“and”')));
  });

  test('the Chinese hover leads with the Chinese form and the Chinese definition', () => {
    const index = builtinIndex();
    const p = index.phrasing('common-prosperity')!;
    const md = describePhrasing(index, p, undefined, 'zh');
    assert.match(md, /^\*\*共同富裕\*\* · \*\*common prosperity\*\*/);
    assert.ok(p.definitionZh && md.includes(p.definitionZh.slice(0, 10)));
    assert.match(md, /✓ 规范表述|政策领域/);
  });
});
