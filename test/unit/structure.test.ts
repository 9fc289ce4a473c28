// Matching respects the text's structure: no phrasing runs into a list item, heading or
// table row or across a hard line break, and --fix never changes the lines of a draft.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fixes';
import { assertFindings, findingsOf } from '../support/assertions';
import { builtinTermBase } from '../support/termBase';
import { Prng } from '../support/prng';

describe('structure', () => {
  test('a variant that straddles two list items is no finding, and --fix leaves them', () => {
    const text = '- Strengthen production safety\n- Production capacity will grow.\n';
    assertFindings(text, []);
    assertFindings('1. We ensure production safety\n2. Production grows.', []);
    assertFindings('一、加强安全生产\n二、生产规模扩大', []);
  });

  test('a Markdown hard break ends a phrase; a plain line break inside a paragraph does not', () => {
    assertFindings('We pursue high quality  \ndevelopment of the city.', []);
    assertFindings('We pursue high quality\\\ndevelopment of the city.', []);
    assertFindings('We pursue high quality\ndevelopment of the city.', ['term-hyphenation']);
  });

  test('a heading or table row after a line is no continuation', () => {
    assertFindings('We pursue common\n# Prosperity', []);
    assertFindings('| common |\n| prosperty |', []);
  });

  test('property: applying fixes keeps every line, list item and blank line (fixed seed)', () => {
    const p = builtinTermBase().termBase.phrasings;
    const forms = p.flatMap((x) => [x.en, x.zh ?? '', ...x.variants.map((v) => v.form)]).filter(Boolean);
    const marks = ['', '- ', '* ', '1. ', '# ', '> ', '| ', '一、'];
    const rng = new Prng(20261130);
    for (let run = 0; run < 300; run++) {
      const lines: string[] = [];
      for (let l = 0; l < 6; l++) {
        const words = Array.from({ length: 1 + rng.int(3) }, () => forms[rng.int(forms.length)]);
        lines.push(marks[rng.int(marks.length)] + words.join(rng.int(2) ? ' ' : ' and ') + (rng.int(4) === 0 ? '  ' : ''));
        if (rng.int(5) === 0) lines.push('');
      }
      const text = lines.join(rng.int(2) ? '\n' : '\r\n');
      const fixed = applyFixes(text, findingsOf(text)).text;
      const shape = (t: string) => t.split(/\r?\n/).map((line) => (line.match(/^(?:[-*>|#]|\d+\.|一、)?/) ?? [''])[0]);
      assert.deepEqual(shape(fixed), shape(text), `seed run ${run}:\n${text}\n→\n${fixed}`);
      assert.equal(applyFixes(fixed, findingsOf(fixed)).text, fixed, `fixes are idempotent: run ${run}`);
    }
  });
});
