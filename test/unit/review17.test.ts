// Kinds found by precision review 17 (a 述职 report, a commendation, an HTML disclosure index,
// a framework agreement, a community board, a local chronicle; a written parliamentary answer,
// a programme, a grant application, museum labels, a wiki page, a JSON response).

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fixes';
import { assertFindings, findingsOf } from '../support/assertions';

describe('wording judged in its own clause is spoken of', () => {
  test('Chinese: a quoted form the clause calls wrong, replaced or misused', () => {
    for (const text of [
      '二是部分文稿把“成渝双城经济圈”“成渝经济圈”等不规范简称混用，经提醒后已统一。',
      '“成渝经济圈”系不规范表述，应改为“成渝地区双城经济圈”。',
      '把“成渝经济圈”统一为“成渝地区双城经济圈”。',
      '部分文稿误用“成渝经济圈”。',
      '“成渝经济圈”（误）',
      '把成渝经济圈等不规范简称统一为成渝地区双城经济圈。',
    ]) assertFindings(text, []);
    // A clause of plain prose is no judgement of a form it does not quote.
    assertFindings('避免成渝经济圈建设重复投资。', ['non-standard-term']);
  });

  test('English: a quoted form its clause calls informal, incorrect or not used', () => {
    for (const text of [
      'Some English sources use the informal "Chengyu economic circle".',
      'Avoid the informal "Chengyu economic circle".',
      '"Chengyu economic circle" is not used in official documents.',
      'Earlier drafts referred to the "Chongqing-Chengdu economic circle", which is incorrect.',
      'The draft wrongly said "one area, two clusters"; this has been corrected.',
    ]) assertFindings(text, []);
    // Unquoted, "avoid" in the clause is about the work.
    assertFindings('We will avoid risks and build the Chengyu economic circle.', ['non-standard-term']);
  });

  test('a sentence that judges wording further off leaves a finding as a suggestion', () => {
    const plain = 'The district builds the Chongqing-Chengdu economic circle; work goes on.';
    assert.deepEqual(findingsOf(plain).map((f) => f.fixable), [true]);
    const judged = 'The district builds the Chongqing-Chengdu economic circle; errors in other names were corrected last year.';
    const findings = findingsOf(judged);
    assert.deepEqual(findings.map((f) => f.fixable), [false]);
    assert.equal(applyFixes(judged, findings).text, judged);
  });
});

describe('markup', () => {
  test('quotation-mark entities quote as the marks do', () => {
    assertFindings('<p>文件标题曾误作&ldquo;一区二群&rdquo;，已更正。</p>', []);
    assertFindings('<p>文件标题曾误作&#8220;一区二群&#8221;，已更正。</p>', []);
    assertFindings('<p>The draft wrongly said &ldquo;one area, two clusters&rdquo;; this has been corrected.</p>', []);
  });

  test('a form joined into an identifier is no prose', () => {
    for (const text of ['"topic": "economic-work-conference",', 'See https://example.org/v1/articles?topic=economic-work-conference&page=2 for more.',
      'Tag: #economic-work-conference', '<div class="economic-work-conference">Agenda</div>', 'category=one-area-and-two-clusters',
      '"slug": "carbon-peaking-and-carbon-neutrality"', 'var cat = "chengyu-economic-circle";']) assertFindings(text, []);
    assertFindings('We promote high-quality-development.', ['term-hyphenation']);
  });

  test('a quoted form in traditional characters is a suggestion: it may be quoted as its source wrote it', () => {
    const text = '台湾地区称“鄉村振興”，大陆称“乡村振兴”。';
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.fixable]), [['zh-traditional', false]]);
  });
});

describe('names and counts', () => {
  test('a name that holds a form with a character less is the name (内陆改革开放高地)', () => {
    assertFindings('合力打造内陆改革开放高地。', []);
    assertFindings('加快建设改革开放高地。', ['zh-missing-character']);
  });

  test('a number and a noun with "of" after count things', () => {
    assertFindings('In one area, two clusters of stars were seen.', []);
    assertFindings('We support one area, two clusters.', ['term-conjunction']);
  });
});

describe('the English name of an earlier layout', () => {
  test('"one circle and two wings" is outdated, and history where a year tells it', () => {
    assertFindings('Chongqing pursues "one circle and two wings" to coordinate its regions.', ['outdated-term']);
    assertFindings('In 2007 the city adopted the "one circle and two wings" strategy.', []);
  });
});

describe('review 18: labels, parallel articles, wrong forms by arrow and bare 不写', () => {
  test('a time, a bold label or an emoji opening a line opens a sentence', () => {
    for (const head of ['- **14:05** ', '[14:05] ', '*14:05* ', '`14:05` ', '- **Chapter 3** ', '★ ']) {
      assertFindings(`${head}Effective investment matters.`, []);
    }
    // What follows the label is still read: a slip there is found.
    assertFindings('- **18:20** The Chengyu Economic Circle', ['non-standard-term']);
  });

  test('an article after "and" that opens a noun phrase of its own is English', () => {
    assertFindings('Coordination between the one area and the two clusters improved.', []);
    assertFindings('We pursue reform and the opening up of markets.', []);
    assertFindings('We support one area and the two clusters.', ['term-function-word']);
  });

  test('forms named as wrong: bare 不写, an arrow, quoted items back to back, 等旧提法', () => {
    for (const text of ['应写“成渝地区双城经济圈”，不写“成渝双城经济圈”“成渝经济圈”。', '“成渝双城经济圈”→“成渝地区双城经济圈”',
      '"Chengyu circle" -> "Chengdu-Chongqing economic circle"', '不要写成“成渝双城经济圈”“成渝经济圈”。', '我们不再沿用“一圈两翼”等旧提法。',
      '张某.成渝双城经济圈建设路径研究[J].西部论坛,2021(3):1-10.']) assertFindings(text, []);
    assertFindings('推动“一圈两翼”建设。', ['outdated-term']);
  });

  test('a fix keeps the draft\'s choice to write a form without its enumeration comma', () => {
    const [slip] = findingsOf('坚持森态优先绿色发展。');
    assert.equal(slip.replacements[0].text, '生态优先绿色发展');
    assert.equal(findingsOf('坚持森态优先、绿色发展。')[0].replacements[0].text, '生态优先、绿色发展');
  });
});
