// A folder linted on worker threads reports exactly what one thread reports: the same
// findings in the same order, the same notices for skipped files, the same exit code.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertCleanFailure, runCli, workspace } from '../support/cli';

const EN = 'We pursue common prosperty and the carbon peaking and neutrality.\nThe vitality of market participant grows.\n';
const ZH = '推动成渝地區雙城經濟圈建设，实现碳达锋碳中和。\n';

describe('worker threads', () => {
  test('--concurrency 2 gives the same report as one thread, in every format', (t) => {
    const dir = workspace(t, {
      'a.md': EN.repeat(300),
      'sub/b.md': ZH.repeat(300),
      'sub/c.txt': EN + ZH,
      'd.md': 'Nothing to say.\n',
      'e.md': Buffer.from([0x50, 0x00, 0x01]),
      '.policy-terms.yaml': 'rules:\n  term-casing: off\n',
    });
    for (const format of ['json', 'stylish', 'sarif']) {
      const one = runCli(['--concurrency', 'off', '-f', format, '.'], dir);
      const two = runCli(['--concurrency', '2', '-f', format, '.'], dir);
      assert.equal(two.stdout, one.stdout, format);
      assert.equal(two.stderr, one.stderr, format);
      assert.equal(two.status, one.status, format);
    }
    const one = runCli(['--concurrency', 'off', '-f', 'json', '.'], dir);
    assert.equal(one.status, 1);
    assert.match(one.stderr, /e\.md: skipped, binary file/);
    assert.ok(JSON.parse(one.stdout).length === 4, 'four drafts linted, the binary one skipped');
  });

  test('a bad thread count is a usage error', (t) => {
    const dir = workspace(t, { 'a.md': EN });
    assertCleanFailure(runCli(['--concurrency', 'many', 'a.md'], dir), /--concurrency takes a number of threads, auto or off/);
    assertCleanFailure(runCli(['--concurrency', '0', 'a.md'], dir), /--concurrency/);
  });
});
