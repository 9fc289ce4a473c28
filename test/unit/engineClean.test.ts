// What must stay clean: the official forms themselves, capitalised at a sentence start or in
// title case, and ordinary English and Chinese that merely resembles a phrasing.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, findingsOf, show } from '../support/assertions';
import { builtinTermBase, fixture } from '../support/termBase';

const phrasings = builtinTermBase().termBase.phrasings;
const capitalise = (s: string) => s[0].toUpperCase() + s.slice(1);
const titleCase = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_m, before: string, letter: string) => before + letter.toUpperCase());

function assertClean(texts: string[]): void {
  const dirty = texts.flatMap((t) => findingsOf(t).map((f) => show(t, f)));
  assert.deepEqual(dirty, []);
}

describe('official forms', () => {
  test('every canonical English form, alone and in a sentence', () => {
    assertClean(phrasings.flatMap((p) => [p.en, `We discussed ${p.en} at length.`]));
  });

  test('every canonical form at a sentence start and in a title-case heading', () => {
    assertClean(phrasings.flatMap((p) => [`${capitalise(p.en)} is on the agenda.`, `# ${titleCase(p.en)}`, p.en.toUpperCase()]));
    assertFindings('High-quality development is the theme.', []);
    assertFindings('## Common Prosperity And The Chengdu-Chongqing Economic Circle', []);
  });

  test('every official Chinese form, alone and inside a sentence', () => {
    const zh = phrasings.filter((p) => p.zh).map((p) => p.zh!);
    assert.ok(zh.length >= 40);
    assertClean(zh.flatMap((form) => [form, `我们要坚定不移地推进${form}各项工作。`]));
  });
});

describe('ordinary text near a phrasing', () => {
  for (const text of [
    'a national-level economic zone',
    'high quality materials',
    'common property',
    'public services',
    'public service',
    'a market participant',
    'common prosperities',
    'the Yangtze Rivers of the world',
    'ecological protections',
    'effective investments',
    'consumption rebounds',
    'the leading industry',
    'intelligent industry',
    'ecological projection',
    'common properties',
  ]) {
    test(JSON.stringify(text), () => {
      assertFindings(text, []);
    });
  }
});

describe('ordinary drafts', () => {
  test('an English draft that uses the official forms and ordinary prose', () => {
    assertFindings(fixture('drafts', 'clean-en.md'), []);
  });

  test('a Chinese draft that uses the official forms and ordinary prose', () => {
    assertFindings(fixture('drafts', 'clean-zh.md'), []);
  });
});
