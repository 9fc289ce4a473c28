// The built-in term base: it loads cleanly and its data holds together with the readout.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { foldKey } from '../../server/src/core/normalize';
import { locateSentence } from '../../server/src/core/sourceIndex';
import { builtinTermBase } from '../support/termBase';

const loaded = builtinTermBase();
const { termBase } = loaded;
const phrasings = termBase.phrasings;
/** Folds spacing (no-break spaces included) and case, as a reader compares. */
const loose = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').toLowerCase();

describe('built-in term base', () => {
  test('loads with zero problems', () => {
    assert.deepEqual(loaded.problems, []);
  });

  test('has at least 60 phrasings with unique ids, and ten policy areas', () => {
    assert.ok(phrasings.length >= 60, `${phrasings.length} phrasings`);
    assert.equal(new Set(phrasings.map((p) => p.id)).size, phrasings.length);
    assert.equal(termBase.areas.size, 10);
  });

  test('every policy area has at least one phrasing, and every phrasing a known area', () => {
    const used = new Set(phrasings.map((p) => p.area));
    assert.deepEqual([...termBase.areas.keys()].filter((a) => !used.has(a)), []);
    assert.deepEqual([...used].filter((a) => !termBase.areas.has(a)), []);
  });

  test('every phrasing has a definition and a source in the readout', () => {
    assert.deepEqual(phrasings.filter((p) => !p.definition?.trim()).map((p) => p.id), []);
    assert.deepEqual(phrasings.filter((p) => p.source?.document !== 'cq-ewc-2021').map((p) => p.id), []);
  });

  test('every source sentence stands verbatim in the paragraph it names', () => {
    const doc = termBase.sources.get('cq-ewc-2021')!;
    const missing = phrasings.filter((p) => !locateSentence(doc, p.source!.paragraph, p.source!.sentence));
    assert.deepEqual(missing.map((p) => `${p.id} (paragraph ${p.source!.paragraph})`), []);
  });

  test('every source sentence contains the canonical form, or a listed misspelling of it', () => {
    // The readout paraphrases this official name; its sentence is the paraphrase.
    const paraphrased = new Set(['xi-jinping-thought']);
    const without = phrasings.filter((p) => {
      if (paraphrased.has(p.id)) return false;
      const sentence = loose(p.source!.sentence);
      const forms = [p.en, ...p.variants.filter((v) => v.kind === 'misspelling').map((v) => v.form)];
      return !forms.some((f) => sentence.includes(loose(f)));
    });
    assert.deepEqual(without.map((p) => p.id), []);
  });

  test('no variant folds to any official form (but an admitted spelling of its own)', () => {
    const official = new Map<string, string>();
    for (const p of phrasings) for (const form of [p.en, p.zh]) if (form) official.set(foldKey(form), p.id);
    const clashes = phrasings.flatMap((p) => p.variants
      .filter((v) => official.has(foldKey(v.form)) && !(v.status === 'admitted' && official.get(foldKey(v.form)) === p.id))
      .map((v) => `${p.id}: "${v.form}" folds to the official form of ${official.get(foldKey(v.form))}`));
    assert.deepEqual(clashes, []);
  });

  test('variant forms are unique across the term base', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of phrasings) {
      for (const v of p.variants) {
        const key = foldKey(v.form);
        if (seen.has(key)) dupes.push(`${v.form} (${seen.get(key)}, ${p.id})`);
        seen.set(key, p.id);
      }
    }
    assert.deepEqual(dupes, []);
  });

  test('Chinese forms are unique, and Chinese variants belong to phrasings with a Chinese form', () => {
    const zh = phrasings.filter((p) => p.zh).map((p) => p.zh!);
    assert.equal(new Set(zh).size, zh.length);
    assert.deepEqual(phrasings.filter((p) => !p.zh && p.variants.some((v) => v.lang === 'zh')).map((p) => p.id), []);
  });

  test('variant languages follow their characters', () => {
    const wrong = phrasings.flatMap((p) => p.variants.filter((v) => (/[\u3400-\u9fff]/.test(v.form) ? 'zh' : 'en') !== v.lang).map((v) => `${p.id}: ${v.form}`));
    assert.deepEqual(wrong, []);
  });

  test('every phrasing comes from the built-in file', () => {
    assert.deepEqual([...new Set(phrasings.map((p) => p.origin))], ['built-in:terms.yaml']);
  });
});
