// Correct text a precision review of whole drafts found flagged, each mended as a kind:
// quotations and names kept as written, English idiom around a phrasing, Chinese clauses.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings } from '../support/assertions';

describe('quotations kept as written and clauses (the same review)', () => {
  test('a quotation in traditional characters beyond the form is its source\'s own wording', () => {
    assertFindings('台湾媒体报道称：“成渝地區雙城經濟圈發展迅速”。', []);
    assertFindings('推动“成渝地區雙城經濟圈”建设。', ['zh-traditional']);
    assertFindings('推动成渝地區雙城經濟圈建设。', ['zh-traditional']);
  });

  test('words spoken of, not used: "drafts write", 误写为', () => {
    assertFindings('Some drafts write "one area, two clusters" where the readout has "one area and two clusters".', []);
    assertFindings('有的文稿把“成渝地区双城经济圈”误写为“成渝经济圈”，应予纠正。', []);
    assertFindings('We draft the plan for "one area, two clusters" now.', ['term-conjunction']);
  });

  test('a quotation inside a block quote is the quotation', () => {
    assertFindings('> The meeting called for efforts to "promote carbon neutral work in an orderly manner".', []);
  });

  test('a listed short form inside the registered name of a company or an institute', () => {
    assertFindings('重庆成渝双城经济圈投资有限公司完成增资。抄送：重庆成渝双城经济圈建设研究院。', []);
    assertFindings('推动成渝经济圈高质量发展，联盟各方参与。', ['non-standard-term']);
  });

  test('a comma that ends a clause, the next clause\'s subject being the form\'s last part', () => {
    assertFindings('先确保按期实现碳达峰，碳中和则要久久为功。', []);
    assertFindings('推进碳达峰，碳中和工作。', ['zh-punctuation']);
  });
});

describe('more of the same review: English', () => {
  test('a plural with an "of" of its own names several things of the kind', () => {
    assertFindings('The new development patterns of the tea industry in Xiushan include e-commerce.', []);
    assertFindings('The modernization of the industrial supply chains of leading firms is under way.', []);
    assertFindings('We integrate into the new development patterns.', ['term-inflection']);
  });

  test('a fix at the start of a table cell keeps its capital', () => {
    const [f] = assertFindings('| Index | 2021 |\n| --- | --- |\n| High quality development index | 78 |\n', ['term-hyphenation']);
    assert.equal(f.replacements[0].text, 'High-quality development');
  });

  test('a name given as others\' is kept; a hyphen-joined form before a noun is a suggestion', () => {
    assertFindings('The Chongqing-Chengdu economic circle, as some foreign media call it, is growing fast.', []);
    assertFindings('We build the Chongqing-Chengdu economic circle as planned.', ['non-standard-term']);
    const [f] = assertFindings('Under the one-area-two-clusters layout, each cluster has its own role.', ['non-standard-term']);
    assert.equal(f.fixable, false);
  });
});

describe('English idiom around a phrasing (the same review)', () => {
  test('the gerunds coordinated with the first word, as verbs after "to"', () => {
    assertFindings('We will continue to reform and open up, and the district will host the forum.', []);
    // An object's verb stays drift.
    assertFindings('We managed to keep the economy run in a reasonable range.', ['term-inflection']);
  });

  test('"start for", and a list that goes on before a modal', () => {
    assertFindings('A good start for the 14th Five-Year Plan was made.', []);
    assertFindings('Epidemic prevention, control and treatment must be done well.', []);
    assertFindings('We strengthened epidemic prevention, control this year.', ['term-conjunction']);
  });
});

describe('whole documents (a second precision review)', () => {
  test('a revision record keeps the wording it replaces', () => {
    assertFindings('| 序号 | 原稿表述 | 修改后表述 |\n| --- | --- | --- |\n| 1 | 成渝经济圈 | 成渝地区双城经济圈 |\n', []);
    assertFindings('| Page | Draft reads | Change to |\n| --- | --- | --- |\n| 3 | Chengdu Chongqing economic circle | Chengdu-Chongqing economic circle |\n', []);
    assertFindings('| Page | Change to |\n| --- | --- |\n| 3 | Chengdu Chongqing economic circle |\n', ['term-hyphenation']);
    assertFindings('原稿中~~成渝双城经济圈~~的写法已统一删除。', []);
    assertFindings('Wrong: *We will promote common prosperty.*', []);
    assertFindings('问：起草中发现“一区二群”怎么办？答：应将“一区二群”改为“一区两群”。', []);
    assertFindings('It has "market participates" for "market participants".', []);
  });

  test('a passage written in traditional characters, and a quoted headline in title case', () => {
    assertFindings('重慶亦將有序推進碳達峰碳中和工作，構築長江上游重要生態屏障。', []);
    assertFindings('推动成渝地區雙城經濟圈建设，推进高質量發展。', ['zh-traditional', 'zh-traditional']);
    assertFindings('It ran a headline: "One Area, Two Clusters: Chongqing Redraws Its Map".', []);
    assertFindings('We promote "one area, two clusters" in the county.', ['term-conjunction']);
  });

  test('a listed form in a clause that a year before 2020 opens tells of that time', () => {
    assertFindings('早在2004年前后，学界就提出了“成渝经济圈”构想。', []);
    assertFindings('从2013年起，到如今推动“一区二群”协调发展。', ['non-standard-term']);
  });
});

describe('a bilingual glossary and headings (a third precision review)', () => {
  test('English after Chinese or a dash on the line starts a segment: its capital is no drift', () => {
    assertFindings('- 高质量发展 — High-quality development.', []);
    assertFindings('- 共同富裕 Common prosperity', []);
    assertFindings('We pursue Common Prosperity in 2022.', ['term-casing']);
  });

  test('a heading that lists topics before its Chinese title', () => {
    assertFindings('## 4. Reform, opening up and ecology 改革开放与生态', []);
  });

  test('State Council renderings admitted: "innovation entities", "coordinated urban and rural development"', () => {
    assertFindings('Cultivate first-class innovation entities.', []);
    assertFindings('Fifth, we will promote coordinated urban and rural development.', []);
  });
});
