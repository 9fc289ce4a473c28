// DraftLinter: findings cached per paragraph, so an edit re-lints only what it touched; the
// result must always equal a fresh lint of the whole text.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { DraftLinter } from '../../server/src/core/draftLinter';
import { paragraphs, partsOf } from '../../server/src/core/lineBreaks';
import { lint, lintInParts } from '../../server/src/core/lint';
import type { Finding } from '../../server/src/core/types';
import { Prng } from '../support/prng';
import { builtinIndex } from '../support/termBase';

const index = builtinIndex();
const brief = (text: string, findings: Finding[]) => findings.map((f) => `${f.start}-${f.end} ${f.ruleId} ${f.phrasingId} ${JSON.stringify(text.slice(f.start, f.end))} ${f.replacements[0]?.text}`);

function assertSameAsLint(linter: DraftLinter, text: string): Finding[] {
  const findings = linter.lint(text);
  assert.deepEqual(brief(text, findings), brief(text, lint(index, text)), JSON.stringify(text));
  return findings;
}

describe('a large draft a part at a time', () => {
  test('parts cover the text in order and end at paragraph breaks; a text without a break is one part', () => {
    const text = 'aaaa\n\nbbbb\n \ncccc\n\ndddd';
    const parts = partsOf(text, 3);
    assert.deepEqual(parts.map(([s, e]) => text.slice(s, e)), ['aaaa\n\n', 'bbbb\n \n', 'cccc\n\n', 'dddd']);
    assert.deepEqual(partsOf('x'.repeat(10), 3), [[0, 10]]);
  });

  test('the findings of a large draft in parts are those of one pass', () => {
    const paragraph = 'We pursue common prosperty and the carbon peaking and neutrality.\n' +
      'Chengdu Chongqing economic circle, one area, two clusters; 推进城渝地区双城经济圈建设，落实“十四五“规划。\n\n';
    const text = paragraph.repeat(Math.ceil(600_000 / paragraph.length));
    const whole = lint(index, text);
    assert.ok(whole.length > 10_000);
    assert.deepEqual(brief(text, lintInParts(index, text)), brief(text, whole));
  });
});

describe('paragraphs', () => {
  test('blocks between blank lines, CRLF and whitespace-only lines included', () => {
    const text = 'a\n\nb\r\n \r\nc\n\t\n\nd';
    assert.deepEqual(paragraphs(text).map(([s, e]) => text.slice(s, e).trim()), ['a', 'b', 'c', 'd']);
    const spans = paragraphs(text);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1][1] <= spans[i][0], 'in order, disjoint');
    assert.deepEqual(paragraphs(''), [[0, 0]]);
  });

  test('a line holding only a no-break or an ideographic space is blank (pasted and Chinese text)', () => {
    const text = '共同富裕\n\u3000\n高质量发展\n\u00a0\u3000 \r\ncarbon peaking';
    assert.deepEqual(paragraphs(text).map(([s, e]) => text.slice(s, e)), ['共同富裕', '高质量发展', 'carbon peaking']);
  });

  test('a line with text, however short, is no break', () => {
    const text = 'a\n\u3000x\nb';
    assert.deepEqual(paragraphs(text), [[0, text.length]]);
  });
});

describe('DraftLinter', () => {
  const draft = '# Plan\n\nWe pursue common prosperty.\n\n推动成渝经济圈建设。\n\nThe carbon peaking and neutrality matter.\n';

  test('a first lint equals a fresh lint', () => {
    const findings = assertSameAsLint(new DraftLinter(index), draft);
    assert.equal(findings.length, 3);
  });

  test('editing one paragraph: same findings as a fresh lint, offsets after it shift', () => {
    const linter = new DraftLinter(index);
    const before = linter.lint(draft);
    const edited = draft.replace('We pursue common prosperty.', 'Above all, we pursue common prosperty and the Chengdu Chongqing economic circle.');
    const after = assertSameAsLint(linter, edited);
    assert.equal(after.length, 4);
    const shift = edited.length - draft.length;
    const last = (fs: Finding[]) => fs[fs.length - 1];
    assert.equal(last(after).start, last(before).start + shift);
    assert.equal(edited.slice(last(after).start, last(after).end), 'carbon peaking and neutrality');
  });

  test('inserting and removing paragraphs, and editing back', () => {
    const linter = new DraftLinter(index);
    linter.lint(draft);
    const inserted = draft.replace('# Plan\n\n', '# Plan\n\nYangtse River.\n\n');
    assertSameAsLint(linter, inserted);
    assertSameAsLint(linter, inserted.replace('推动成渝经济圈建设。\n\n', ''));
    assertSameAsLint(linter, draft);
  });

  test('two equal paragraphs get their own offsets', () => {
    const text = 'carbon peaking and neutrality\n\ncarbon peaking and neutrality\n';
    const findings = assertSameAsLint(new DraftLinter(index), text);
    assert.deepEqual(findings.map((f) => f.start), [0, 31]);
  });

  test('options reach every paragraph', () => {
    const linter = new DraftLinter(index, { fuzzy: false, severities: { 'misspelled-term': 'error' } });
    const findings = linter.lint('common prosparity\n\ncommon prosperty');
    assert.deepEqual(findings.map((f) => [f.start, f.severity]), [[19, 'error']]);
  });
});

describe('DraftLinter property: random edits', () => {
  const fragments = [
    'common prosperty', 'common', 'prosperity', 'carbon peaking and neutrality', 'Chengdu Chongqing economic circle', 'economic circle',
    'high quality', 'development', 'market participates', 'Yangtse River', 'ecological protecton', '成渝经济圈', '一区二群',
    '碳中和碳达峰', '双碳', '成渝', '😀', '𠀀', '\n', '\n\n', '\r\n', '\r\n\r\n', ' ', '\u00a0', '-', '–', '“', '”', '. ',
    'We should promote ', '推动', '建设。', 'public services', 'the ', 'High-quality development is key.',
  ];

  function codePointBoundaries(text: string): number[] {
    const bounds = [0];
    for (const ch of text) bounds.push(bounds[bounds.length - 1] + ch.length);
    return bounds;
  }

  function isInsidePair(text: string, offset: number): boolean {
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset);
    return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  }

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    test(`seed ${seed}: 80 edits, each linted incrementally and afresh`, () => {
      const rng = new Prng(seed);
      const linter = new DraftLinter(index);
      let text = '# Plan\n\nWe build the Chengdu-Chongqing economic circle.\n\n推动成渝地区双城经济圈建设。\n';
      for (let step = 0; step < 80; step++) {
        const bounds = codePointBoundaries(text);
        let start = rng.pick(bounds);
        let end = rng.pick(bounds);
        if (start > end) [start, end] = [end, start];
        const op = rng.next();
        if (op < 0.5) text = text.slice(0, start) + rng.pick(fragments) + text.slice(start);
        else if (op < 0.75) text = text.slice(0, start) + text.slice(Math.min(end, start + 12));
        else text = text.slice(0, start) + rng.pick(fragments) + text.slice(end);

        const findings = assertSameAsLint(linter, text);
        for (const f of findings) {
          assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `range ${f.start}-${f.end} in ${text.length}`);
          assert.ok(!isInsidePair(text, f.start) && !isInsidePair(text, f.end), `range ${f.start}-${f.end} splits a surrogate pair`);
          assert.equal(f.actual, text.slice(f.start, f.end));
        }
      }
      // The incremental state ends where a fresh linter starts.
      assert.deepEqual(brief(text, linter.lint(text)), brief(text, new DraftLinter(index).lint(text)));
    });
  }
});
