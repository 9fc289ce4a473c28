// Fixes: each finding's certain replacement, applied to the draft.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes, fixOf } from '../../server/src/core/fixes';
import { matchInitialCase } from '../../server/src/core/classify';
import type { Finding } from '../../server/src/core/types';
import { assertFix, assertOnlySuggestions, findingsOf } from '../support/assertions';

describe('assertFix over the built-in term base', () => {
  test('English slips', () => {
    assertFix('We build the Chengdu Chongqing economic circle.', 'We build the Chengdu-Chongqing economic circle.');
    assertFix('the chengdu-chongqing economic circle', 'the Chengdu-Chongqing economic circle');
    assertFix('Common prosperty is the goal.', 'Common prosperity is the goal.');
    assertFix('High quality development is key.', 'High-quality development is key.');
    assertFix('We pursue carbon peaking and neutrality.', 'We pursue carbon peaking and carbon neutrality.');
    assertFix('Carbon peaking and neutrality come first.', 'Carbon peaking and carbon neutrality come first.');
    // A superseded name may be a historical reference: suggested, never fixed.
    assertOnlySuggestions('on the Yangtse River');
  });

  test('Chinese slips', () => {
    assertFix('推动成渝经济圈建设，落实一区二群，做好碳中和碳达峰和双碳工作。', '推动成渝地区双城经济圈建设，落实一区两群，做好碳达峰碳中和和双碳工作。');
  });

  test('several slips and line breaks in one draft', () => {
    assertFix('# Plan\r\n\r\nWe pursue common prosperty\r\nand carbon peaking and\nneutrality.\r\n',
      '# Plan\r\n\r\nWe pursue common prosperity\r\nand carbon peaking and carbon neutrality.\r\n');
  });

  test('a blank line holding an ideographic or a no-break space survives: no phrasing is mended across it', () => {
    for (const blank of ['\u3000', '\u00a0', ' \u3000\t']) {
      const text = `We pursue common\n${blank}\nprosperty in every district.`;
      const fixed = applyFixes(text, findingsOf(text)).text;
      assert.ok(fixed.includes(`common\n${blank}\n`), JSON.stringify(fixed));
    }
  });

  test('an acronym or proper-noun variant mid-sentence keeps the official lower case', () => {
    // The capital of "S&T" or "Yudongbei" belongs to the variant, not to a sentence start.
    assertFix('We promote S&T innovation in every district.', 'We promote scientific and technological innovation in every district.');
    // A capitalised variant mid-sentence may be a name: suggested, not fixed.
    assertOnlySuggestions('We will visit Yudongbei next year.');
  });
});

describe('fixOf and applyEdits', () => {
  const finding = (start: number, end: number, text: string, extra: Partial<Finding> = {}): Finding => ({
    start, end, ruleId: 'non-standard-term', severity: 'warning', phrasingId: 'p', message: '', actual: '',
    replacements: [{ text, phrasingId: 'p' }], fixable: true, ...extra,
  });

  test('only a fixable finding with exactly one replacement is a fix', () => {
    assert.deepEqual(fixOf(finding(1, 3, 'x')), { start: 1, end: 3, text: 'x' });
    assert.equal(fixOf(finding(1, 3, 'x', { fixable: false })), undefined);
    assert.equal(fixOf(finding(1, 3, 'x', { replacements: [{ text: 'a', phrasingId: 'p' }, { text: 'b', phrasingId: 'q' }] })), undefined);
  });

  test('edits apply in text order whatever their order; overlapping edits keep the first', () => {
    assert.deepEqual(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: 'AA' }]), { text: 'AAbcdEf', applied: 2 });
    assert.deepEqual(applyEdits('abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 5, text: 'Y' }]), { text: 'aXef', applied: 1 });
    assert.deepEqual(applyEdits('abc', [{ start: 3, end: 3, text: '!' }]), { text: 'abc!', applied: 1 });
  });

  test('applyFixes skips findings without a certain fix', () => {
    assert.deepEqual(applyFixes('abcdef', [finding(0, 1, 'A'), finding(2, 3, 'C', { fixable: false })]), { text: 'Abcdef', applied: 1 });
  });

  test('listed deprecated forms are fixes; a similarity find is only a suggestion', () => {
    const findings = findingsOf('common prosperty, carbon peaking and neutrality, Chengdu Chongqing economic circle, 成渝经济圈, ecological protecton');
    assert.deepEqual(findings.map((f) => Boolean(fixOf(f))), [true, true, true, true, false]);
  });
});

describe('matchInitialCase', () => {
  test('a capital at the start of a sentence carries over to a lower-case official form', () => {
    assert.equal(matchInitialCase('High quality development', 0, 'high-quality development'), 'High-quality development');
    assert.equal(matchInitialCase('Growth. High quality development', 8, 'high-quality development'), 'High-quality development');
    assert.equal(matchInitialCase('## High Quality Development', 3, 'high-quality development'), 'High-quality development');
    assert.equal(matchInitialCase('1. High quality development', 3, 'high-quality development'), 'High-quality development');
    assert.equal(matchInitialCase('high quality development', 0, 'high-quality development'), 'high-quality development');
    assert.equal(matchInitialCase('chengdu', 0, 'Chengdu-Chongqing economic circle'), 'Chengdu-Chongqing economic circle');
  });

  test('mid-sentence, the official form keeps its own case', () => {
    assert.equal(matchInitialCase('We promote S&T innovation', 11, 'scientific and technological innovation'), 'scientific and technological innovation');
    assert.equal(matchInitialCase('In 2022 High Quality Development', 8, 'high-quality development'), 'high-quality development');
  });
});
