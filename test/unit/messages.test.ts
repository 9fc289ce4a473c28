// Messages quote the draft's text on one line, whatever line breaks stood inside the match.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/core/lint';
import { changeText, say, shown } from '../../server/src/core/messages';
import { builtinIndex } from '../support/termBase';

describe('quoted draft text', () => {
  test('a run of white space with a line break or tab, or two spaces or more, reads as one space', () => {
    assert.equal(shown('common\nprosperty'), 'common prosperty');
    assert.equal(shown('common\r\n   prosperty'), 'common prosperty');
    assert.equal(shown('common\tprosperty'), 'common prosperty');
    assert.equal(shown('common   prosperty'), 'common prosperty');
    assert.equal(shown('高质量\n发展'), '高质量 发展');
    // A lone no-break or ideographic space may be the slip itself: it stays.
    assert.equal(shown('common\u00a0prosperity'), 'common\u00a0prosperity');
    assert.equal(shown('十四五\u3000规划'), '十四五\u3000规划');
  });

  test('every message that quotes the draft, in both languages', () => {
    for (const locale of ['en', 'zh'] as const) {
      const t = say(locale);
      const messages = [
        t.variant('common\nprosperty', 'misspelling', 'common prosperity', ''),
        t.superseded('Yangtse\nRiver', 'Yangtze River', ''),
        t.admitted('reform and\nopening-up', 'reform and opening up', ''),
        t.punctuation('“十四五“\n规划', '“十四五”规划', ''),
        t.misspelling('common\r\nprosperitty', 'common prosperity', ''),
        t.differs('one area and\ntwo cluster', 'one area and two clusters', '', [changeText(locale, 'inflection', 'clusters', 'cluster\n')]),
        t.chinese('城渝\n地区', 'x', '成渝地区', ''),
      ];
      for (const m of messages) assert.doesNotMatch(m, /[\r\n]/, m);
    }
  });

  test('a finding whose match spans a line break says it on one line', () => {
    const findings = lint(builtinIndex(), 'We pursue common\nprosperty and common\r\n  prosperitty.\n', { fuzzy: true, locale: 'en' });
    assert.deepEqual(findings.map((f) => f.message.match(/^"[^"]*"/)?.[0]), ['"common prosperty"', '"common prosperitty"']);
    assert.ok(findings.every((f) => /\n/.test(f.actual)), 'the finding itself keeps the draft as written');
  });
});

describe('Chinese near misses say what the official form has', () => {
  const messageOf = (text: string, locale: 'en' | 'zh') => {
    const findings = lint(builtinIndex(), text, { fuzzy: true, locale });
    assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => f.message)));
    return findings[0].message;
  };

  test('a homophone names the official character, a numeral the official numeral', () => {
    assert.match(messageOf('推动共同富余取得实质性进展。', 'en'), /"余" sounds like "裕", the official character/);
    assert.match(messageOf('推动共同富余取得实质性进展。', 'zh'), /“余”疑为“裕”的同音字误输入/);
    assert.match(messageOf('推动“一区三群”协调发展。', 'en'), /the numeral "三" where the official formula has "两"/);
    assert.match(messageOf('推动“一区三群”协调发展。', 'zh'), /数字“三”应为“两”/);
  });

  test('swapped parts are named as the draft sets them apart with 、, not cut inside a part', () => {
    assert.match(messageOf('推动智能制造、智能产业、智能化应用协同发展。', 'en'), /the parts "智能产业" and "智能制造" are swapped/);
    assert.match(messageOf('坚持绿色发展、生态优先。', 'zh'), /“生态优先”与“绿色发展”顺序颠倒/);
  });

  test('a lost plural inside a near miss of a longer phrasing is told once, by the longer one', () => {
    const findings = lint(builtinIndex(), 'We will promote the synergistic development of intelligent industry, intelligent manufacturing and intelligent applications.', { fuzzy: true, locale: 'en' });
    assert.deepEqual(findings.map((f) => [f.ruleId, f.actual]), [['term-inflection', 'intelligent industry, intelligent manufacturing and intelligent applications']]);
  });
});
