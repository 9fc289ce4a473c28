// Property and fuzz tests (fast-check): fixes keep the draft's structure and are idempotent,
// every range lies inside the draft on UTF-16 boundaries, incremental linting equals a fresh
// lint, and any term file text is a problem list, never an exception.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DraftLinter } from '../../server/src/core/draftLinter';
import { applyFixes } from '../../server/src/core/fixes';
import { paragraphs } from '../../server/src/core/lineBreaks';
import { lint } from '../../server/src/core/lint';
import { buildTermBase } from '../../server/src/core/termBase';
import { parseTermFile } from '../../server/src/core/termFile';
import { builtinIndex, builtinTermBase } from '../support/termBase';
import { FUZZ, report } from '../support/fuzz';

const index = builtinIndex();
const phrasings = builtinTermBase().termBase.phrasings;
const forms = phrasings.flatMap((p) => [p.en, p.zh ?? '', ...p.variants.map((v) => v.form)]).filter(Boolean);

/** Draft-like text: official forms and their variants, mangled a little, among words, marks, CJK, emoji and line ends. */
const piece = fc.oneof(
  fc.constantFrom(...forms),
  fc.constantFrom(...forms).map((f) => f.toLowerCase().replace(/-/g, ' ')),
  fc.constantFrom(...forms).chain((f) => fc.nat(Math.max(0, f.length - 1)).map((i) => f.slice(0, i) + f.slice(i + 1))),
  fc.constantFrom(' ', ' ', ', ', '. ', '\n', '\r\n', '\n\n', '\n- ', '\n# ', '  \n', '《', '》', '“', '”', '、', '，', '。', '😀', '\u00a0', '\u3000', '\u200b',
    '\n\u3000\n', '\n\u00a0\n', '\r\n \u3000\r\n', '\n\t\n'),
  fc.constantFrom('We will', 'the', 'and', 'of', '推动', '建设', '城口县', '重庆', 'Plan', 'Board'),
);
const draft = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const lineShape = (t: string) => t.split(/\r\n|\r|\n/).map((line) => (/^\s*(?:[-*>|#]|\d+\.)/.exec(line) ?? [''])[0].trim());

describe('properties (fast-check)', () => {
  test('fixes keep every line and list mark, and are idempotent', () => {
    const runs = FUZZ.runs(300);
    fc.assert(fc.property(draft, (text) => {
      const fixed = applyFixes(text, lint(index, text)).text;
      assert.deepEqual(lineShape(fixed), lineShape(text));
      assert.equal(applyFixes(fixed, lint(index, fixed)).text, fixed);
    }), { seed: FUZZ.seed, numRuns: runs });
    report('fixes keep structure, idempotent', runs);
  });

  test('fixes never change the number of paragraphs (blank lines of any whitespace included)', () => {
    const runs = FUZZ.runs(300);
    fc.assert(fc.property(draft, (text) => {
      const fixed = applyFixes(text, lint(index, text)).text;
      assert.equal(paragraphs(fixed).length, paragraphs(text).length);
    }), { seed: FUZZ.seed + 7, numRuns: runs });
    report('fixes keep the paragraphs', runs);
  });

  test('every finding lies inside the draft and never splits a surrogate pair', () => {
    const runs = FUZZ.runs(300);
    const low = (c: number) => c >= 0xdc00 && c <= 0xdfff;
    fc.assert(fc.property(draft, (text) => {
      for (const f of lint(index, text, { locale: 'zh' })) {
        assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length);
        assert.ok(!low(text.charCodeAt(f.start)) && !(f.end < text.length && low(text.charCodeAt(f.end))));
        assert.equal(text.slice(f.start, f.end), f.actual);
      }
    }), { seed: FUZZ.seed + 1, numRuns: runs });
    report('ranges inside the draft', runs);
  });

  test('linting a draft edit by edit gives what a fresh lint gives', () => {
    const runs = FUZZ.runs(150);
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(12), insert: fc.array(piece, { maxLength: 3 }).map((p) => p.join('')) });
    fc.assert(fc.property(draft, fc.array(edit, { maxLength: 8 }), (start, edits) => {
      const linter = new DraftLinter(index);
      let text = start;
      linter.lint(text);
      for (const e of edits) {
        const at = text.length ? e.at % (text.length + 1) : 0;
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        const incremental = linter.lint(text).map((f) => [f.start, f.end, f.ruleId]);
        const fresh = new DraftLinter(index).lint(text).map((f) => [f.start, f.end, f.ruleId]);
        assert.deepEqual(incremental, fresh);
      }
    }), { seed: FUZZ.seed + 2, numRuns: runs });
    report('incremental equals fresh', runs);
  });

  test('any term file text gives a term base or problems, never an exception', () => {
    const runs = FUZZ.runs(300);
    const valid = 'version: 1\nterms:\n  - id: x-y\n    en: x y\n    area: overall\n    variants:\n      - { form: x z, kind: informal }\nignore: [a b]\nrules: { term-casing: off }\n';
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json().map((j) => j),
      fc.tuple(fc.nat(valid.length), fc.nat(20), fc.string({ maxLength: 10 })).map(([at, cut, add]) => valid.slice(0, at) + add + valid.slice(at + cut)),
    );
    fc.assert(fc.property(text, fc.boolean(), (body, json) => {
      const file = parseTermFile(json ? 'team.json' : 'team.yaml', body);
      const { termBase, problems } = buildTermBase([file], () => ({ error: 'no sources here' }));
      assert.ok(Array.isArray(problems) && termBase.phrasings.length >= 0);
    }), { seed: FUZZ.seed + 3, numRuns: runs });
    report('term files', runs);
  });
});
