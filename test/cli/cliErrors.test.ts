// Usage and configuration errors: one clear line on stderr, exit 2, no stack trace; and
// --help and --version.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertCleanFailure, runCli, workspace } from '../support/cli';
import { REPO_ROOT } from '../support/termBase';

describe('usage errors', () => {
  test('a missing path', (t) => {
    const run = runCli(['missing.md'], workspace(t));
    assertCleanFailure(run, /^policy-lint: missing\.md: no such file or folder\n$/);
    assert.equal(run.stdout, '');
  });

  test('an unknown flag', (t) => {
    assertCleanFailure(runCli(['--bogus', 'a.md'], workspace(t)), /^policy-lint: Unknown option '--bogus' \(see --help\)\n$/);
  });

  test('a bad --format', (t) => {
    assertCleanFailure(runCli(['--format', 'xml', '.'], workspace(t)), /^policy-lint: unknown format "xml": use stylish, json, sarif, github or junit \(see --help\)\n$/);
  });

  test('a bad --max-warnings', (t) => {
    const dir = workspace(t);
    assertCleanFailure(runCli(['--max-warnings', 'abc', '.'], dir), /^policy-lint: --max-warnings takes a whole number, not "abc"/);
    assertCleanFailure(runCli(['--max-warnings=-1', '.'], dir), /--max-warnings takes a whole number, not "-1"/);
    assertCleanFailure(runCli(['--max-warnings', '1.5', '.'], dir), /--max-warnings takes a whole number/);
  });

  test('a flag without its value, a bad --export, and --fix with --candidates', (t) => {
    const dir = workspace(t);
    assertCleanFailure(runCli(['--format'], dir), /^policy-lint: .*--format.*\(see --help\)\n$/);
    assertCleanFailure(runCli(['--export', 'docx'], dir), /unknown export format "docx": use prh, vale, json, tbx or rime/);
    assertCleanFailure(runCli(['--fix', '--candidates', '.'], dir), /--fix and --candidates cannot be combined/);
  });
});

describe('malformed term files', () => {
  test('a schema error: file:line:column on stderr, nothing linted, exit 2', (t) => {
    const dir = workspace(t, {
      'team.yaml': 'version: 1\nterms:\n  - id: common-prosperity\n    variants:\n      - form: comon prosperity\n        kind: typo\n',
      'a.md': 'carbon peaking and neutrality\n',
    });
    const run = runCli(['-t', 'team.yaml', 'a.md'], dir);
    assertCleanFailure(run, /^team\.yaml:6:9: terms\[0\]\.variants\[0\]\.kind: must be one of /m);
    assert.match(run.stderr, /^policy-lint: the term base has 1 problem; nothing was linted$/m);
    assert.equal(run.stdout, '');
  });

  test('a YAML syntax error', (t) => {
    const dir = workspace(t, { 'team.yaml': 'terms:\n  - id: a-b\n    en: b: c\n' });
    assertCleanFailure(runCli(['-t', 'team.yaml', '.'], dir), /^team\.yaml:3:9: /m);
  });

  test('an unknown area in a discovered .policy-terms.yaml', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': 'terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: nowhere\n', 'a.md': 'x\n' });
    assertCleanFailure(runCli(['a.md'], dir), /^\.policy-terms\.yaml:4:5: unknown policy area "nowhere"$/m);
  });

  test('a term file that does not exist', (t) => {
    assertCleanFailure(runCli(['-t', 'nope.yaml', '.'], workspace(t)), /^nope\.yaml:1:1: cannot read term file: file not found$/m);
  });
});

describe('--help and --version', () => {
  test('--help prints the usage and exits 0', (t) => {
    const run = runCli(['--help'], workspace(t));
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: policy-lint \[options\] \[file\|folder\|glob\|-\]\.\.\./);
    for (const flag of ['--format', '--fix', '--terms', '--max-warnings', '--candidates', '--export', '--stdin-filename']) assert.ok(run.stdout.includes(flag), flag);
    assert.match(run.stdout, /Exit codes: 0 clean, 1 findings, 2 usage or configuration error\./);
    assert.equal(runCli(['-h'], workspace(t)).stdout, run.stdout);
  });

  test('--version prints the package version', (t) => {
    const { version } = JSON.parse(require('node:fs').readFileSync(`${REPO_ROOT}/package.json`, 'utf8')) as { version: string };
    const run = runCli(['--version'], workspace(t));
    assert.equal(run.status, 0);
    assert.equal(run.stdout, `${version}\n`);
  });
});
