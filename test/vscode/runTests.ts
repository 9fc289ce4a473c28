// npm run test:vscode — the integration suite (suite/) inside a real VS Code, driven by
// @vscode/test-electron: the VS Code named by VSCODE_EXECUTABLE_PATH, or else one it
// downloads into .tools/vscode-test. Where neither is possible it says so and fails.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
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

void main().then((code) => {
  process.exitCode = code;
});
