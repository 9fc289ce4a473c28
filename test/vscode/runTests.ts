// npm run test:vscode — the integration suite (suite/) inside a real VS Code, driven by
// @vscode/test-electron: the VS Code named by VSCODE_EXECUTABLE_PATH, or else one it
// downloads into .tools/vscode-test. Where neither is possible it says so and fails. On a
// Linux machine without a display it runs itself again under xvfb-run, where that is installed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { SilentReporter, TestRunFailedError, downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURE = path.join(ROOT, 'test/e2e/workspace');

async function vscodeExecutable(): Promise<string> {
  const named = process.env.VSCODE_EXECUTABLE_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`VSCODE_EXECUTABLE_PATH names ${named}, which does not exist`);
    return named;
  }
  try {
    return await downloadAndUnzipVSCode({ cachePath: path.join(ROOT, '.tools/vscode-test'), timeout: 20_000, reporter: new SilentReporter() });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`VS Code could not be downloaded (${reason.split('\n')[0]}) and VSCODE_EXECUTABLE_PATH is not set; set it to a VS Code binary`, { cause: error });
  }
}

async function main(): Promise<number> {
  let executable: string;
  try {
    executable = await vscodeExecutable();
  } catch (error) {
    console.error(`test:vscode cannot run: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  // A copy of the fixture workspace and a fresh profile: the suite edits drafts.
  const run = mkdtempSync(path.join(tmpdir(), 'policy-phrasing-vscode-'));
  const workspace = path.join(run, 'workspace');
  cpSync(FIXTURE, workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // only the extension under test
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        `--user-data-dir=${path.join(run, 'user-data')}`,
        `--extensions-dir=${path.join(run, 'extensions')}`,
      ],
      // The language server's term-file cache stays in the run too.
      extensionTestsEnv: { POLICY_LINT_CACHE_DIR: path.join(run, 'term-cache') },
    });
    return 0;
  } catch (error) {
    if (error instanceof TestRunFailedError) {
      console.error(`test:vscode: the suite failed (VS Code exited with ${error.code ?? error.signal})`);
    } else {
      console.error(`test:vscode: VS Code could not run the suite: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  } finally {
    rmSync(run, { recursive: true, force: true });
  }
}

/** Set in the run under xvfb-run, so that it never starts another. */
const UNDER_XVFB = 'POLICY_PHRASING_UNDER_XVFB';

/** xvfb-run's path when VS Code would have no display to open its window on, else undefined. */
function xvfbRunNeeded(): string | undefined {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env[UNDER_XVFB]) return undefined;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'xvfb-run');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return undefined;
}

const xvfbRun = xvfbRunNeeded();
if (xvfbRun) {
  // -a: a free display number, so parallel runs do not collide.
  console.log('test:vscode: no display; running under xvfb-run -a');
  const rerun = spawnSync(xvfbRun, ['-a', process.execPath, __filename], { stdio: 'inherit', env: { ...process.env, [UNDER_XVFB]: '1' } });
  if (rerun.error) console.error(`test:vscode: xvfb-run could not start: ${rerun.error.message}`);
  process.exitCode = rerun.status ?? 1;
} else {
  void main().then((code) => {
    process.exitCode = code;
  });
}
