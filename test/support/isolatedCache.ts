// The tools keep checked team term files in the user's cache folder; the tests keep theirs in
// a temporary folder of their own, removed when the test process ends.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

let dir: string | undefined;

/** A temporary cache folder for this test process. */
export function testCacheDir(): string {
  if (!dir) {
    const made = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lint-cache-'));
    dir = made;
    process.on('exit', () => fs.rmSync(made, { recursive: true, force: true }));
  }
  return dir;
}

/** The environment for a spawned CLI or server: this process's, with the test cache folder. */
export function testEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, POLICY_LINT_CACHE_DIR: testCacheDir(), ...extra };
}
