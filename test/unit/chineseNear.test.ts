// Chinese drift nobody listed: input-method homophones, traditional characters, numerals,
// a missing or extra character; and the words around them stay clean.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes } from '../../server/src/core/fixes';
import { lint } from '../../server/src/core/lint';
import { builtinIndex } from '../support/termBase';
import { assertFindings, findingsOf, onlyFinding } from '../support/assertions';

/** The one finding, without its message (the tests compare the rest). */
function one(text: string): { ruleId: string; actual: string; replacement: string; fixable: boolean } {
  const { message: _message, ...rest } = onlyFinding(text);
  return rest;
}

describe('Chinese near-matching', () => {
  test('homophones from a pinyin input method are suggestions with the official form', () => {
    assert.deepEqual(one('深入推动城渝地区双城经济圈建设。'), { ruleId: 'zh-homophone', actual: '城渝地区双城经济圈', replacement: '成渝地区双城经济圈', fixable: false });
    assert.equal(one('统筹推进碳达锋碳中和。').replacement, '碳达峰碳中和');
    assert.equal(one('扎实推进共同富余。').actual, '共同富余');
    // Two slips in a long form: it is anchored on three pairs that share no character, so one stays whole.
    for (const slips of ['城渝地区双程经济圈', '成鱼地区双城经计圈', '成渝地去双城金济圈']) assert.equal(one(`推动${slips}建设。`).replacement, '成渝地区双城经济圈');
  });

  test('traditional characters are folded one to one, and fixed', () => {
    const text = '推动高質量發展。';
    assert.deepEqual(one(text), { ruleId: 'zh-traditional', actual: '高質量發展', replacement: '高质量发展', fixable: true });
    assert.equal(applyFixes(text, findingsOf(text)).text, '推动高质量发展。');
  });

  test('a numeral in a numbered formula, a missing and a doubled character', () => {
    assert.equal(one('推动一区三群协调发展。').ruleId, 'zh-numeral');
    // 两 for 双: both say "two".
    assert.deepEqual(one('服务成渝地区两城经济圈建设。'), { ruleId: 'zh-numeral', actual: '成渝地区两城经济圈', replacement: '成渝地区双城经济圈', fixable: false });
    assert.equal(one('推动成渝地双城经济圈建设。').ruleId, 'zh-missing-character');
    assert.equal(one('推动高质量量发展。').ruleId, 'zh-extra-character');
  });

  test('two parts swapped, and wrong punctuation inside a form', () => {
    assert.deepEqual(one('推进供应链产业链现代化。'), { ruleId: 'zh-order', actual: '供应链产业链现代化', replacement: '产业链供应链现代化', fixable: false });
    assert.equal(one('坚持绿色发展、生态优先。').replacement, '生态优先、绿色发展');
    assert.deepEqual(one('落实“十四五“规划。'), { ruleId: 'zh-punctuation', actual: '“十四五“规划', replacement: '“十四五”规划', fixable: true });
    assert.equal(one('落实"十四五"规划。').ruleId, 'zh-punctuation');
    assert.equal(one('推动碳达峰，碳中和。').ruleId, 'zh-punctuation');
    assertFindings('落实“十四五”规划和十四五规划，推动碳达峰、碳中和，提升城市品质。', []);
  });

  test('quotation marks around a form that do not pair, or close in the wrong place', () => {
    assert.deepEqual(one('服务全市“一区两群“协调发展。'), { ruleId: 'zh-punctuation', actual: '“一区两群“', replacement: '“一区两群”', fixable: true });
    assert.equal(one('服务全市"一区两群”协调发展。').replacement, '“一区两群”');
    assert.deepEqual(one('对照“十四五规划”确定的目标。'), { ruleId: 'zh-punctuation', actual: '“十四五规划”', replacement: '“十四五”规划', fixable: true });
    assertFindings('服务全市“一区两群”、"一区两群"和「一区两群」协调发展，落实“十四五”规划。', []);
  });

  test('a doubled character that sounds like the one before it is an extra character, not a homophone', () => {
    assert.deepEqual(one('提升基本公共共服务水平。'), { ruleId: 'zh-extra-character', actual: '公共共服务', replacement: '公共服务', fixable: false });
  });

  test('a near miss of a form that opens with a quotation mark takes the draft\'s mark in, so the fix writes one', () => {
    assert.deepEqual(one('对照“十三五”规划确定的目标。'), { ruleId: 'zh-numeral', actual: '“十三五”规划', replacement: '“十四五”规划', fixable: false });
    assert.deepEqual(one('对照十三五规划确定的目标。'), { ruleId: 'zh-numeral', actual: '十三五规划', replacement: '“十四五”规划', fixable: false });
  });

  test('a slip of an admitted form is drift, fixed to that admitted form; the form itself stays clean', () => {
    assert.deepEqual(one('推动渝东北三峡库区成真群生态优先。'), { ruleId: 'zh-homophone', actual: '渝东北三峡库区成真群', replacement: '渝东北三峡库区城镇群', fixable: false });
    assert.equal(one('推动渝东南武陵山城镇群文旅融合发展。').replacement, '渝东南武陵山区城镇群');
    assertFindings('推动渝东北三峡库区城镇群和渝东南武陵山区城镇群协调发展，渝东北、渝东南各展所长。', []);
  });

  test('a range of the draft is looked at alone: Chinese before or after it is not', () => {
    const text = '推动城渝地区双城经济圈建设。\n\nWe will work hard.\n\n推动碳达锋碳中和。';
    const from = text.indexOf('We');
    const to = from + 'We will work hard.'.length;
    assert.deepEqual(lint(builtinIndex(), text, { from, to }), []);
    const second = text.indexOf('推动碳');
    assert.deepEqual(lint(builtinIndex(), text, { from: second, to: text.length }).map((f) => f.actual), ['碳达锋碳中和']);
  });

  test('ordinary words and titles stay clean', () => {
    assertFindings('城口县地处重庆东北部，成渝两地携手，共同繁荣，富余劳动力转移就业。', []);
    assertFindings('认真学习《成渝地區雙城經濟圈建设规划纲要》。', []);
    assertFindings('推动高质量发展，建设成渝地区双城经济圈，推进碳达峰碳中和。', []);
  });
});

describe('the enumeration comma in fixes', () => {
  test('a comma the draft put between parts stays, as the enumeration comma; none is added where the draft had none', () => {
    assert.equal(one('做好碳中和、碳达峰工作。').replacement, '碳达峰、碳中和');
    assert.equal(one('推动碳达峰，碳中和。').replacement, '碳达峰、碳中和');
    assert.equal(one('推进碳中和碳达峰。').replacement, '碳达峰碳中和');
  });
});

describe('the quick rejection before a run is gathered', () => {
  test('never changes what is found (property, over drafts dense with slips of the official forms)', () => {
    const index = builtinIndex();
    const matcher = (index as unknown as { chinese: { quickRejects: boolean } }).chinese;
    const forms = index.phrasings.map((p) => p.zh).filter((z): z is string => !!z);
    const pool = [...new Set(forms.join(''))].filter((c) => /[\u4e00-\u9fff]/.test(c));
    // Characters that sound like official ones, numerals, and plain ones.
    const others = [...'城成呈锋峰丰余裕域银营赢跟更新心两二三一区群地双经济圈的了在和是要工作会议'];
    /** A slip of a form: a character replaced, dropped or added, or its halves swapped. */
    const slip = (form: string, kind: number, at: number, pick: number): string => {
      const chars = [...form];
      const k = at % chars.length;
      if (kind === 0) chars[k] = others[pick % others.length];
      else if (kind === 1) chars.splice(k, 1);
      else if (kind === 2) chars.splice(k, 0, pool[pick % pool.length]);
      else return chars.slice(chars.length >> 1).join('') + chars.slice(0, chars.length >> 1).join('');
      return chars.join('');
    };
    const piece = fc.oneof(
      fc.constantFrom(...forms), fc.constantFrom(...pool), fc.constantFrom(...others), fc.constantFrom('，', '、', '。', '“', '”', ' ', '\n'),
      fc.tuple(fc.constantFrom(...forms), fc.nat(3), fc.nat(), fc.nat()).map(([f, kind, at, pick]) => slip(f, kind, at, pick)),
    );
    let found = 0;
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      const scan = index.scan(text);
      matcher.quickRejects = true;
      const quick = index.chineseNearMisses(text, scan);
      matcher.quickRejects = false;
      const full = index.chineseNearMisses(text, scan);
      matcher.quickRejects = true;
      found += full.length;
      assert.deepEqual(quick, full, text);
    }), { numRuns: 2000 });
    assert.ok(found > 200, `the drafts hold slips to find (${found})`);
  });
});
