// The language server's settings: anything a user or a workspace writes falls back to a
// default rather than reaching the engine.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { normalizeSettings } from '../../server/src/lsp/settings';

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
});
