// Exports of the term base for other tools: prh, Vale and JSON.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { exportJson, exportPrh, exportVale } from '../../server/src/core/exporters';
import { builtinTermBase } from '../support/termBase';

const { termBase } = builtinTermBase();

describe('prh', () => {
  const doc = parse(exportPrh(termBase)) as { version: number; rules: { expected: string; patterns: string[]; options?: { wordBoundary?: boolean }; prh: string }[] };

  test('parses as YAML with version 1 and one rule per phrasing and language with drift (admitted forms are not drift)', () => {
    assert.equal(doc.version, 1);
    const expectedRules = termBase.phrasings.reduce((n, p) => n + new Set(p.variants.filter((v) => v.status !== 'admitted').map((v) => v.lang)).size, 0);
    assert.equal(doc.rules.length, expectedRules);
  });

  test('a known English variant: expected, patterns, word boundary', () => {
    const rule = doc.rules.find((r) => r.patterns.includes('carbon peaking and neutrality'))!;
    assert.equal(rule.expected, 'carbon peaking and carbon neutrality');
    assert.ok(rule.patterns.includes('carbon peaking and neutrality'));
    assert.deepEqual(rule.options, { wordBoundary: true });
    assert.match(rule.prh, /^carbon-peaking-and-carbon-neutrality: /);
  });

  test('a known Chinese variant expects the Chinese form, without word boundaries', () => {
    const rule = doc.rules.find((r) => r.patterns.includes('成渝经济圈'))!;
    assert.equal(rule.expected, '成渝地区双城经济圈');
    assert.deepEqual(rule.patterns, ['成渝经济圈', '成渝双城经济圈', '成渝经济区']);
    assert.equal(rule.options, undefined);
  });

  test('a hyphenated variant is a /regex/ pattern that compiles with the u flag prh uses', () => {
    const rule = doc.rules.find((r) => r.expected === 'innovation-driven development')!;
    assert.ok(rule.patterns.includes('/innovation-drive development/'), JSON.stringify(rule.patterns));
    for (const p of doc.rules.flatMap((r) => r.patterns).filter((q) => q.startsWith('/'))) {
      assert.doesNotThrow(() => new RegExp(`\\b${p.slice(1, -1)}\\b`, 'gmu'), p);
    }
  });

  test('starts with a comment that names the exporter', () => {
    assert.match(exportPrh(termBase), /^# prh dictionary exported by policy-lint --export prh\n/);
  });
});

describe('vale', () => {
  const doc = parse(exportVale(termBase)) as { extends: string; level: string; ignorecase: boolean; message: string; swap: Record<string, string> };

  test('a substitution rule with swap entries for every deprecated or superseded variant', () => {
    assert.equal(doc.extends, 'substitution');
    assert.equal(doc.ignorecase, true);
    assert.equal(doc.level, 'warning');
    assert.equal(Object.keys(doc.swap).length, termBase.phrasings.reduce((n, p) => n + p.variants.filter((v) => v.status !== 'admitted').length, 0));
    assert.equal(doc.swap['reform and opening-up'], undefined, 'an admitted rendering is not swapped');
    assert.equal(doc.swap['carbon peaking and neutrality'], 'carbon peaking and carbon neutrality');
    assert.equal(doc.swap['Yangtse River'], 'Yangtze River');
    assert.equal(doc.swap['一区二群'], '一区两群');
  });

  test('swap keys are regular expressions: special characters are escaped', () => {
    const key = Object.keys(doc.swap).find((k) => k.includes('high-end'))!;
    assert.equal(key, 'high-end, smart and green transformation');
    for (const k of Object.keys(doc.swap)) assert.doesNotThrow(() => new RegExp(k), k);
    assert.ok('S&T innovation'.match(new RegExp(Object.keys(doc.swap).find((k) => k.startsWith('S&T innovation'))!)));
  });
});

describe('json', () => {
  test('areas and terms without the origin field', () => {
    const doc = JSON.parse(exportJson(termBase)) as { version: number; areas: { id: string }[]; terms: Record<string, unknown>[] };
    assert.equal(doc.version, 1);
    assert.equal(doc.areas.length, 10);
    assert.equal(doc.terms.length, termBase.phrasings.length);
    assert.ok(doc.terms.every((t) => !('origin' in t)));
    assert.equal(doc.terms.find((t) => t.id === 'common-prosperity')?.zh, '共同富裕');
  });
});
