// policy-lint keeps a checked team term file in a cache folder and reads it back on the next
// run with the same text: same findings, no second parse; a broken or stale entry is passed
// over, a term file with problems is never kept, and --no-cache writes nothing.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertCleanFailure, parseJson, runCli, workspace } from '../support/cli';

const TEAM = [
  'terms:',
  '  - id: green-finance-pilot',
  '    en: green finance reform pilot zone',
  '    area: ecology',
  '    variants:',
  '      - form: green finance pilot area',
  '        kind: informal',
  '',
].join('\n');
const DRAFT = 'We build the green finance pilot area.\n';

const entries = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : []);

describe('the term-file cache', () => {
  test('a checked team file is kept once and read back: the same findings', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': TEAM, 'a.md': DRAFT });
    const cache = path.join(dir, 'cache');
    const first = runCli(['-f', 'json', '--cache-dir', 'cache', 'a.md'], dir);
    assert.deepEqual(parseJson(first)[0].messages.map((m) => m.ruleId), ['non-standard-term']);
    assert.equal(entries(cache).length, 1);
    const second = runCli(['-f', 'json', '--cache-dir', 'cache', 'a.md'], dir);
    assert.equal(second.stdout, first.stdout);
    assert.equal(entries(cache).length, 1);
  });

  test('the kept entry is what the next run reads (not the YAML)', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': TEAM, 'a.md': DRAFT });
    const cache = path.join(dir, 'cache');
    runCli(['--cache-dir', 'cache', 'a.md'], dir);
    const [name] = entries(cache);
    const entry = JSON.parse(fs.readFileSync(path.join(cache, name), 'utf8'));
    // Changed behind the tool's back: the run shows the changed official form, so the entry was used.
    entry.data.terms[0].en = 'green finance reform and innovation pilot zone';
    fs.writeFileSync(path.join(cache, name), JSON.stringify(entry));
    const [r] = parseJson(runCli(['-f', 'json', '--cache-dir', 'cache', 'a.md'], dir));
    assert.match(r.messages[0].message, /green finance reform and innovation pilot zone/);
  });

  test('a broken entry is passed over and written again; an edited team file gets an entry of its own', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': TEAM, 'a.md': DRAFT });
    const cache = path.join(dir, 'cache');
    const first = runCli(['-f', 'json', '--cache-dir', 'cache', 'a.md'], dir);
    const [name] = entries(cache);
    fs.writeFileSync(path.join(cache, name), '{"key": "');
    assert.equal(runCli(['-f', 'json', '--cache-dir', 'cache', 'a.md'], dir).stdout, first.stdout);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(cache, name), 'utf8')));
    fs.writeFileSync(path.join(dir, '.policy-terms.yaml'), TEAM.replace('pilot area', 'pilot region'));
    const edited = parseJson(runCli(['-f', 'json', '--cache-dir', 'cache', 'a.md'], dir))[0];
    assert.equal(edited.messages.length, 0, 'the old variant is gone with the old text');
    assert.equal(entries(cache).length, 2);
  });

  test('a term file with problems is never kept, and its problems show on every run', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': 'terms:\n  - id: x\n    en: [unclosed\n', 'a.md': DRAFT });
    const cache = path.join(dir, 'cache');
    for (let i = 0; i < 2; i++) {
      const run = runCli(['--cache-dir', 'cache', 'a.md'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /\.policy-terms\.yaml:\d+:\d+: /);
    }
    assert.deepEqual(entries(cache), []);
  });

  test('--no-cache writes nothing; --no-cache with --cache-dir is a usage error', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': TEAM, 'a.md': DRAFT });
    const run = runCli(['-f', 'json', '--no-cache', 'a.md'], dir, undefined);
    assert.deepEqual(parseJson(run)[0].messages.map((m) => m.ruleId), ['non-standard-term']);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['.git', '.policy-terms.yaml', 'a.md']);
    assertCleanFailure(runCli(['--no-cache', '--cache-dir', 'c', 'a.md'], dir), /--no-cache and --cache-dir/);
  });

  test('a cache folder that cannot be written changes nothing but speed', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': TEAM, 'a.md': DRAFT, blocked: 'a file, not a folder' });
    const run = runCli(['-f', 'json', '--cache-dir', 'blocked/cache', 'a.md'], dir);
    assert.deepEqual(parseJson(run)[0].messages.map((m) => m.ruleId), ['non-standard-term']);
    assert.equal(run.stderr, '');
  });
});
