// "Add to the team's ignore list" edits JSON as JSON and YAML as YAML, keeping comments,
// order and line ends.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { withIgnoredPhrase } from '../../server/src/lsp/features/ignoreList';

describe('withIgnoredPhrase', () => {
  test('a JSON term file stays JSON, with its indentation and its other fields in order', () => {
    const before = '{\n    "version": 1,\n    "rules": { "term-casing": "off" }\n}\n';
    const after = withIgnoredPhrase(before, 'dual carbon goals', true)!;
    assert.deepEqual(JSON.parse(after), { version: 1, rules: { 'term-casing': 'off' }, ignore: ['dual carbon goals'] });
    assert.match(after, /^\{\n {4}"version": 1,/);
    assert.equal(withIgnoredPhrase(after, 'dual carbon goals', true), after, 'a phrase already there changes nothing');
    assert.equal(withIgnoredPhrase('{ not json', 'x', true), undefined);
  });

  test('a YAML term file keeps its comments and its CRLF line ends', () => {
    const before = '# our terms\r\nversion: 1\r\nignore:\r\n  - a b\r\n';
    const after = withIgnoredPhrase(before, 'dual carbon goals')!;
    assert.match(after, /^# our terms\r\n/);
    assert.ok(!/[^\r]\n/.test(after), 'every line ends in CRLF');
    assert.match(after, /- dual carbon goals\r\n/);
  });
});
