// Runs the built CLI (dist/cli.js) as a child process in a fresh temporary folder.

import { spawnSync } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TestContext } from 'node:test';
import { testEnv } from './isolatedCache';
import { REPO_ROOT } from './termBase';

export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd: string, input?: string | Buffer): CliRun {
  const env = testEnv({ NO_COLOR: '1' });
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, env, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder with the given files (string or bytes), removed when the test ends. */
export function workspace(t: TestContext, files: Record<string, string | Buffer> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'policy-cli-')));
  // A .git folder stops the CLI's search for .policy-terms.yaml at the workspace.
  fs.mkdirSync(path.join(dir, '.git'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

/** A usage or configuration error: exit 2, a clear message on stderr, no stack trace. */
export function assertCleanFailure(run: CliRun, pattern: RegExp): void {
  assert.equal(run.status, 2, `exit code; stderr: ${run.stderr}`);
  assert.match(run.stderr, pattern);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  assert.doesNotMatch(run.stderr, /internal error/);
}

export interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { range: [number, number]; text: string };
  suggestions: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  errorCount: number;
  warningCount: number;
}

export function parseJson(run: CliRun): EslintResult[] {
  return JSON.parse(run.stdout) as EslintResult[];
}
