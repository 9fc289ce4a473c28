// How the lint reads text: curly quotes, full-width forms, no-break spaces, line breaks and
// dashes inside a phrase; overlapping phrasings (longest wins); word boundaries.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, findingsOf, onlyFinding } from '../support/assertions';
import { builtinIndex } from '../support/termBase';

function only(text: string): { slice: string; ruleId: string; phrasingId: string; replacement: string } {
  const findings = findingsOf(text);
  assert.equal(findings.length, 1, JSON.stringify(findings));
  const [f] = findings;
  return { slice: text.slice(f.start, f.end), ruleId: f.ruleId, phrasingId: f.phrasingId, replacement: f.replacements[0].text };
}

describe('typography inside and around a phrase', () => {
  test('curly quotes around a variant stay outside the finding', () => {
    assert.deepEqual(only('They cited the “carbon peaking and neutrality” twice.'),
      { slice: 'carbon peaking and neutrality', ruleId: 'non-standard-term', phrasingId: 'carbon-peaking-and-carbon-neutrality', replacement: 'carbon peaking and carbon neutrality' });
    assert.equal(only('the ‘Yangtse River’ basin').slice, 'Yangtse River');
  });

  test('full-width letters are read as their ASCII forms', () => {
    const text = '推进ｃａｒｂｏｎ ｐｅａｋｉｎｇ ａｎｄ ｎｅｕｔｒａｌｉｔｙ工作';
    assert.deepEqual(only(text),
      { slice: 'ｃａｒｂｏｎ ｐｅａｋｉｎｇ ａｎｄ ｎｅｕｔｒａｌｉｔｙ', ruleId: 'non-standard-term', phrasingId: 'carbon-peaking-and-carbon-neutrality', replacement: 'carbon peaking and carbon neutrality' });
    const wide = only('ＣＨＥＮＧＤＵ－ＣＨＯＮＧＱＩＮＧ economic circle');
    assert.equal(wide.phrasingId, 'chengdu-chongqing-economic-circle');
    assert.equal(wide.replacement, 'Chengdu-Chongqing economic circle');
  });

  test('a no-break space counts as a space', () => {
    assertFindings('the Chengdu-Chongqing\u00a0economic circle', []);
    assert.equal(only('reach carbon peaking and\u00a0neutrality').slice, 'carbon peaking and\u00a0neutrality');
    assert.deepEqual(only('the Chengdu\u00a0Chongqing economic circle').ruleId, 'term-hyphenation');
  });

  test('a line break inside a phrase is spacing, in LF, CRLF and CR text', () => {
    assertFindings('We build the Chengdu-Chongqing\neconomic circle.', []);
    assertFindings('We pursue common\r\nprosperity.', []);
    assert.equal(only('We pursue the carbon peaking and\nneutrality.').slice, 'carbon peaking and\nneutrality');
    assert.equal(only('We pursue common\r\nprosperty.').slice, 'common\r\nprosperty');
    assert.equal(only('Reach carbon peaking and\rneutrality.').slice, 'carbon peaking and\rneutrality');
  });

  test('em dashes in place of a hyphen are term-hyphenation; an en dash between two names, and the hyphen characters, are typography', () => {
    assertFindings('the Chengdu\u2013Chongqing economic circle', []);
    // TeX and plain text write an en dash as "--"; U+2010 and the non-breaking U+2011 are hyphens.
    assertFindings('the Chengdu--Chongqing economic circle', []);
    assertFindings('the Chengdu\u2011Chongqing economic circle and high\u2010quality development', []);
    assert.match(onlyFinding('pursue high--quality development').message, /a dash stands for the hyphen/);
    assert.match(onlyFinding('the Chengdu - Chongqing economic circle').message, /spaces stand around the hyphen/);
    for (const dash of ['\u2014']) {
      const text = `the Chengdu${dash}Chongqing economic circle`;
      assert.deepEqual(only(text), { slice: `Chengdu${dash}Chongqing economic circle`, ruleId: 'term-hyphenation', phrasingId: 'chengdu-chongqing-economic-circle', replacement: 'Chengdu-Chongqing economic circle' });
    }
    assert.equal(only('high\u2013quality development').replacement, 'high-quality development');
  });

  test('extra spaces alone are not a finding', () => {
    assertFindings('the economic  work   conference', []);
  });
});

describe('overlapping phrasings: one occurrence, the longest', () => {
  const occurrences = (text: string) => builtinIndex().occurrences(text).map((o) => [text.slice(o.start, o.end), o.phrasingId]);

  test('a canonical phrase that contains shorter phrasings', () => {
    const text = 'build an important ecological barrier in the upper reaches of the Yangtze River now';
    assert.deepEqual(occurrences(text), [['important ecological barrier in the upper reaches of the Yangtze River', 'important-ecological-barrier-in-the-upper-reaches-of-the-yangtze-river']]);
    assert.deepEqual(occurrences('accelerate the new highland of reform and opening up'), [['new highland of reform and opening up', 'new-highland-of-reform-and-opening-up']]);
    assert.deepEqual(occurrences('加快建设长江上游重要生态屏障。'), [['长江上游重要生态屏障', 'important-ecological-barrier-in-the-upper-reaches-of-the-yangtze-river']]);
  });

  test('a variant that contains a shorter variant is one finding', () => {
    assert.deepEqual(only('the upper reaches of the Yangtse River are protected'),
      { slice: 'upper reaches of the Yangtse River', ruleId: 'outdated-term', phrasingId: 'upper-reaches-of-the-yangtze-river', replacement: 'upper reaches of the Yangtze River' });
  });

  test('shorter phrasings still stand alone', () => {
    assert.deepEqual(occurrences('the Yangtze River and the upper reaches of the Yangtze River'),
      [['Yangtze River', 'yangtze-river'], ['upper reaches of the Yangtze River', 'upper-reaches-of-the-yangtze-river']]);
  });
});

describe('word boundaries', () => {
  test('no match inside a longer word', () => {
    for (const text of ['superhigh-quality development', 'the Yangtze Riverside park', 'nonpublic services', 'ChengduChongqing economic circle', 'carbon peaking and neutralityetting', 'the Yangtse Rivers']) {
      assert.deepEqual(builtinIndex().occurrences(text), [], text);
      assertFindings(text, []);
    }
  });

  test('punctuation and apostrophes are boundaries', () => {
    assert.equal(only('(common prosperty)').slice, 'common prosperty');
    assert.equal(only('common prosperty’s promise').slice, 'common prosperty');
    assertFindings('the Party Central Committee’s leadership', []);
  });

  test('Chinese phrasings need no boundaries', () => {
    assert.equal(only('一区二群').slice, '一区二群');
    assert.equal(only('推动成渝经济圈建设').slice, '成渝经济圈');
  });
});

describe('phrases across paragraphs', () => {
  test('a blank line ends a phrase: a heading and the next paragraph are not one phrasing', () => {
    // DraftLinter relies on this ("Phrasings never span a blank line"); the fix would merge two paragraphs.
    assertFindings('Title: high quality\n\ndevelopment matters to every district.', []);
    assertFindings('We build the Chengdu Chongqing\n\neconomic circle.', []);
  });
});
