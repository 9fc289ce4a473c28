// The editor under test: the extension as a user installs it (the .vsix), in code-server's
// VS Code, with a fresh profile and a copy of the fixture workspace.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CODE_SERVER, NODE24, ROOT, SetupError, log, node24Env, run } from './setup.mjs';

export const VSIX = join(ROOT, 'dist/policy-phrasing.vsix');

/** What goes into the .vsix: when one of these is newer than it, it is packaged again. */
const PACKAGED_SOURCES = [
  'client/src', 'server/src', 'server/data', 'snippets', 'syntaxes', 'images', 'scripts/build.mjs',
  'package.json', '.vscodeignore', 'README.md', 'CHANGELOG.md', 'LICENSE',
];

/** The settings a test profile starts with: no trust prompt, no welcome page, no AI panels. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'editor.accessibilitySupport': 'off',
  'editor.minimap.enabled': false,
  // Long readout paragraphs wrap, so the sentence that go to definition lands on is in view.
  'editor.wordWrap': 'on',
  'files.autoSave': 'off',
};

export function ensurePackage() {
  const newest = Math.max(...PACKAGED_SOURCES.map((source) => newestMtime(join(ROOT, source))));
  if (existsSync(VSIX) && statSync(VSIX).mtimeMs > newest) {
    log(`using ${relative(ROOT, VSIX)} (newer than the sources)`);
    return;
  }
  log('packaging the extension: npm run package');
  run('npm', ['run', 'package'], { cwd: ROOT });
  if (!existsSync(VSIX)) throw new SetupError(`npm run package did not write ${relative(ROOT, VSIX)}`);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** A fresh profile, extensions folder and workspace copy in a temporary folder. */
export function prepareRun() {
  const dir = mkdtempSync(join(tmpdir(), 'policy-phrasing-e2e-'));
  const paths = {
    dir,
    userData: join(dir, 'user-data'),
    extensions: join(dir, 'extensions'),
    workspace: join(dir, 'workspace'),
    config: join(dir, 'code-server.yaml'),
    log: join(dir, 'code-server.log'),
  };
  mkdirSync(join(paths.userData, 'User'), { recursive: true });
  mkdirSync(paths.extensions);
  writeFileSync(join(paths.userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  writeFileSync(paths.config, 'auth: none\n');
  cpSync(join(ROOT, 'test/e2e/workspace'), paths.workspace, { recursive: true });
  return paths;
}

function codeServerEnv(paths) {
  // code-server keeps its own config and state under the XDG folders, and the language server
  // its term-file cache: keep them all in the run.
  return { ...node24Env(), XDG_CONFIG_HOME: join(paths.dir, 'config'), XDG_DATA_HOME: join(paths.dir, 'data'), POLICY_LINT_CACHE_DIR: join(paths.dir, 'term-cache') };
}

export function installExtension(paths) {
  const args = [CODE_SERVER, '--config', paths.config, '--user-data-dir', paths.userData, '--extensions-dir', paths.extensions, '--install-extension', VSIX];
  const result = spawnSync(NODE24, args, { env: codeServerEnv(paths), encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new SetupError(`code-server could not install ${relative(ROOT, VSIX)}: ${output.trim() || `exit ${result.status}`}`);
  }
  log(output.trim().split('\n').find((line) => /successfully installed/i.test(line)));
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts code-server as its own process group (so its extension host and language server
 * end with it) and resolves once it answers on /healthz.
 */
export async function startCodeServer(paths, port) {
  const out = createWriteStream(paths.log);
  await new Promise((resolve) => out.once('open', resolve));
  const args = [
    CODE_SERVER, '--config', paths.config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--ignore-last-opened',
    '--user-data-dir', paths.userData, '--extensions-dir', paths.extensions, paths.workspace,
  ];
  const child = spawn(NODE24, args, { env: codeServerEnv(paths), detached: true, stdio: ['ignore', out, out] });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const status = await Promise.race([fetch(`${url}/healthz`).then((r) => r.status, () => 0), exited.then((code) => `exited (${code})`)]);
    if (status === 200) break;
    if (typeof status === 'string' || Date.now() > deadline) {
      await stopCodeServer({ child, exited });
      throw new SetupError(`code-server did not start on ${url}: ${typeof status === 'string' ? status : 'no answer in 60 s'}; see ${paths.log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250)); // polling interval, not a wait for the editor
  }
  return { child, exited, url };
}

/** Ends code-server's whole process group: TERM, then KILL if it is still there after 10 s. */
export async function stopCodeServer({ child, exited }) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  signal('SIGKILL'); // children that outlived the server itself
}

export function keepLogs(paths, resultsDir) {
  mkdirSync(resultsDir, { recursive: true });
  cpSync(paths.log, join(resultsDir, 'code-server.log'));
  const logs = join(paths.userData, 'logs');
  if (existsSync(logs)) cpSync(logs, join(resultsDir, 'vscode-logs'), { recursive: true });
}

export function removeRun(paths) {
  rmSync(paths.dir, { recursive: true, force: true });
}
