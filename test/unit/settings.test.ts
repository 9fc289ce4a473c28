// The language server's settings: anything a user or a workspace writes falls back to a
// default rather than reaching the engine.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeSettings } from '../../server/src/lsp/settings';
import { DEFAULT_DRAFT_LANGUAGES } from '../../server/src/protocol';

describe('normalizeSettings', () => {
  test('unknown rules and severities are dropped; numbers are clamped; the language falls back to auto', () => {
    const s = normalizeSettings({
      severity: { 'term-casing': 'loud', 'misspelled-term': 'info', 'no-such-rule': 'error' },
      fuzzy: { maxEdits: 9 }, diagnosticsDelay: -5, language: 'klingon', languages: 'markdown',
    });
    assert.deepEqual(s.severity, { 'misspelled-term': 'info' });
    assert.equal(s.fuzzy.maxEdits, 2);
    assert.equal(s.diagnosticsDelay, 0);
    assert.equal(s.language, 'auto');
    assert.deepEqual(s.languages, ['markdown', 'plaintext', 'policy-draft']);
  });

  test('list settings keep their non-empty strings only', () => {
    const s = normalizeSettings({ languages: ['markdown', 42, '', null, 'latex'], termFiles: ['a.yaml', { x: 1 }, '  '] });
    assert.deepEqual(s.languages, ['markdown', 'latex']);
    assert.deepEqual(s.termFiles, ['a.yaml']);
  });

  test('the default draft languages are the ones package.json declares', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as
      { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    assert.deepEqual(pkg.contributes.configuration.properties['policyPhrasing.languages'].default, DEFAULT_DRAFT_LANGUAGES);
    assert.deepEqual(normalizeSettings({}).languages, DEFAULT_DRAFT_LANGUAGES);
  });
});
