// assertFindings and assertFix over the built-in term base.

import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fixes';
import { lint, type LintOptions } from '../../server/src/core/lint';
import type { PhrasingIndex } from '../../server/src/core/phrasingIndex';
import { RULE_IDS, type Finding } from '../../server/src/core/types';
import { builtinIndex } from './termBase';

/** A compact view of a finding for assertion messages. */
export function show(text: string, f: Finding): string {
  return `${f.ruleId}/${f.phrasingId} ${JSON.stringify(text.slice(f.start, f.end))} [${f.start},${f.end}) -> ${f.replacements.map((r) => JSON.stringify(r.text)).join('|')}`;
}

export function findingsOf(text: string, options?: LintOptions, index: PhrasingIndex = builtinIndex()): Finding[] {
  return lint(index, text, options);
}

/**
 * Asserts the findings of `text`, in text order. Each expected id is a rule id
 * ("term-casing") or a phrasing id ("common-prosperity"); `[]` asserts a clean text.
 */
export function assertFindings(text: string, expected: readonly string[], options?: LintOptions, index?: PhrasingIndex): Finding[] {
  const findings = findingsOf(text, options, index);
  const actual = findings.map((f, i) => ((RULE_IDS as readonly string[]).includes(expected[i]) ? f.ruleId : f.phrasingId));
  assert.deepEqual(actual, expected, `findings of ${JSON.stringify(text)}:\n  ${findings.map((f) => show(text, f)).join('\n  ') || '(none)'}`);
  return findings;
}

/** Applies every certain fix to `before`, expects `after`, and expects `after` to be clean. */
export function assertFix(before: string, after: string, index?: PhrasingIndex): void {
  const result = applyFixes(before, findingsOf(before, undefined, index));
  assert.equal(result.text, after);
  assertFindings(after, [], undefined, index);
}

/** The draft has findings, but none is certain: --fix leaves it byte for byte. */
export function assertOnlySuggestions(text: string, index?: PhrasingIndex): void {
  const findings = findingsOf(text, undefined, index);
  assert.ok(findings.length > 0, `expected a suggestion in ${JSON.stringify(text)}`);
  assert.equal(applyFixes(text, findings).text, text);
}

/** The one finding in a draft, in the fields tests compare; fails when there is not exactly one. */
export function onlyFinding(text: string): { ruleId: string; actual: string; replacement: string; fixable: boolean; message: string } {
  const findings = findingsOf(text);
  assert.equal(findings.length, 1, JSON.stringify(findings.map((f) => [f.ruleId, f.actual])));
  const [f] = findings;
  return { ruleId: f.ruleId, actual: f.actual, replacement: f.replacements[0].text, fixable: f.fixable, message: f.message };
}
