// Correct text that precision review 14 (an e-mail thread, a glossary, a translation review,
// a press release sentence by sentence, a CV, a tender, slogans) found flagged or damaged by
// --fix, each mended as a kind, with the drift beside it still found.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fixes';
import { assertFindings, findingsOf } from '../support/assertions';

describe('words spoken of as a slip, in any quotation marks', () => {
  test('a form named as misprinted, misspelt or a typo is kept as written', () => {
    assertFindings('The readout misprints this as "market participates".', []);
    assertFindings('The draft misspells it as "high quality development".', []);
    assertFindings('The readout\'s "market participates" is a typo.', []);
    assertFindings('The readout\'s "high quality development" is incorrect.', []);
    assertFindings('原稿误作“主城都是区”。', []);
    assertFindings('原稿中的“主城都是区”是错别字。', []);
  });

  test('straight single quotation marks quote as double ones do; an apostrophe opens nothing', () => {
    assertFindings('Also \'market entities\' in State Council texts; the readout misprints this as \'market participates\'.', []);
    assertFindings('Do not write \'Chengyu economic circle\' in formal text.', []);
    assertFindings('We support the \'Chengyu economic circle\' initiative.', ['non-standard-term']);
    assertFindings('The district\'s high quality development continues.', ['term-hyphenation']);
    assertFindings('The districts\' high quality development continues.', ['term-hyphenation']);
  });

  test('"should be" speaks of the words only when a correction in quotation marks follows', () => {
    assertFindings('Draft wording "reform & opening up" should be "reform and opening up".', []);
    assertFindings('Coordinated development of "one area and two cluster" should be promoted.', ['term-inflection']);
  });
});

describe('history told by a label, and sentences that go on past an abbreviation', () => {
  test('a name called historical, former or original is history', () => {
    assertFindings('The Chengdu-Chongqing Economic Zone is a historical name.', []);
    assertFindings('“成渝经济区”是一个历史名称。', []);
    assertFindings('这里保留“成渝经济区”的原名是对的。', []);
    assertFindings('We will build the Chengdu-Chongqing Economic Zone.', ['outdated-term']);
  });

  test('"p. 12", "cf. the …" and "i.e. the …" do not end the sentence', () => {
    assertFindings('The Chengdu-Chongqing Economic Zone (p. 12) is the name of the 2011 plan.', []);
    assertFindings('The Chengdu-Chongqing Economic Zone (cf. the 2011 plan) is history.', []);
    // A sentence that opens with a year after a full stop is a sentence of its own.
    assertFindings('We will pursue high quality development in 2022. 2023 will see more.', ['term-hyphenation']);
  });
});

describe('quoted mail', () => {
  test('a slip in a block quote ("> …") is a suggestion: --fix leaves someone else\'s text alone', () => {
    const text = '> > We will pursue high quality development.\n\nWe will pursue high quality development.\n';
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => f.fixable), [false, true]);
    assert.equal(applyFixes(text, findings).text, '> > We will pursue high quality development.\n\nWe will pursue high-quality development.\n');
  });
});

describe('numbered formulas written with digits', () => {
  test('digits for some or all of a formula\'s numerals are a numeral slip, whatever stands around them', () => {
    for (const text of ['“14五”规划开局良好。', '推动“1区2群”协调发展。', '推动一区2群协调发展。', '“145”规划期间。', '推动“145”规划落实。', '推动“十四5”规划落实。']) {
      assertFindings(text, ['zh-numeral']);
    }
    const [f] = findingsOf('推动“145”规划落实。');
    assert.equal(f.actual, '“145”规划');
    assert.equal(f.replacements[0].text, '“十四五”规划');
    assert.match(f.message, /the numeral "14、5" where the official formula has "十四、五"/);
    assert.equal(f.fixable, false, 'a numeral slip is a suggestion');
  });

  test('the formulas written right, and digits elsewhere, stay clean', () => {
    assertFindings('推动“一区两群”协调发展，“十四五”规划开局良好，全年完成145个项目，1区县2个镇。', []);
  });

  test('what a colon opens tells of the name before it', () => {
    assertFindings('- "Chengdu-Chongqing Economic Zone" (p. 12): this is the name of the 2011 regional plan.', []);
    assertFindings('Note: we will build the Chengdu-Chongqing Economic Zone in 2022.', ['outdated-term']);
  });
});

describe('two words swapped beside the anchor of a form', () => {
  test('a swap that leaves three characters of the form or more beside it is a slip, at an edge too', () => {
    assertFindings('加快建设开放改革新高地。', ['zh-order']);
    // At an edge with less of the form beside it, the moved word reads as plain Chinese,
    // unless a noun that names the thing ends the form (review16.test.ts).
    assertFindings('深度融合文旅发展。', []);
    assertFindings('就业政策优先。', []);
    assertFindings('落实优先就业政策。', ['zh-order']);
  });
});

describe('precision review 15: grammar inside a form, and forms named unquoted', () => {
  test('a conjunction between two parts or an adverbial 地 is grammar; a doubled character is a slip', () => {
    assertFindings('做好碳达峰和碳中和工作。', []);
    assertFindings('实现碳达峰与碳中和。', []);
    assertFindings('高质量地发展现代农业。', []);
    assertFindings('成渝地地区双城经济圈。', ['zh-extra-character']);
  });

  test('a form named as written or as a slip, quoted or not, is no finding; one set against another is a suggestion', () => {
    for (const text of ['原稿写成了成渝双城经济圈，现已更正。', '一区二群系一区两群之误。', '第3页“一区二群”系“一区两群”之误。',
      '原稿中的“成渝双城经济圈”已改为“成渝地区双城经济圈”。', 'The draft wrote high quality development in two places.']) {
      assertFindings(text, []);
    }
    const [f] = findingsOf('应写成渝地区双城经济圈，而不是成渝双城经济圈。');
    assert.equal(f.fixable, false);
    assertFindings('推动成渝双城经济圈建设。', ['non-standard-term']);
  });
});

describe('plans in the plural', () => {
  test('the plural of a plan named by the readout speaks of several plans, each someone\'s', () => {
    assertFindings('Provinces drew up their own 14th five-year plans.', []);
    assertFindings('All provinces issued 14th Five-Year Plans for their economies.', []);
  });
});
