// npm run test:e2e — the extension in real VS Code (code-server) in a real browser (Chromium).
// Installs its tools on the first run, packages and installs the extension, starts
// code-server on a free port, runs the scenarios with node:test and always stops the server.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePackage, freePort, installExtension, keepLogs, prepareRun, removeRun, startCodeServer, stopCodeServer } from './codeServer.mjs';
import { CHROMIUM, ROOT, SetupError, TOOLS, ensureSystemPackages, ensureTools, log } from './setup.mjs';

const RESULTS = join(ROOT, 'test-results/e2e');
const SCENARIOS = join(ROOT, 'test/e2e/scenarios.test.mjs');

let server;
let paths;

async function main() {
  const started = Date.now();
  ensureSystemPackages();
  ensureTools();
  ensurePackage();

  mkdirSync(RESULTS, { recursive: true });
  for (const file of readdirSync(RESULTS)) rmSync(join(RESULTS, file), { recursive: true, force: true });

  paths = prepareRun();
  installExtension(paths);
  const port = await freePort();
  server = await startCodeServer(paths, port);
  log(`code-server ${server.url} (pid ${server.child.pid}), workspace ${paths.workspace}; ready after ${seconds(started)} s`);

  const code = await runScenarios({
    E2E_URL: server.url,
    E2E_WORKSPACE: paths.workspace,
    E2E_RESULTS: RESULTS,
    E2E_CHROMIUM: CHROMIUM,
    E2E_TOOLS: TOOLS,
  });
  log(`finished in ${seconds(started)} s; screenshots in ${RESULTS}`);
  return code;
}

function runScenarios(env) {
  const args = [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=junit', `--test-reporter-destination=${join(RESULTS, 'junit.xml')}`,
    SCENARIOS,
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function cleanUp() {
  if (server) await stopCodeServer(server);
  server = undefined;
  if (paths) {
    keepLogs(paths, RESULTS);
    removeRun(paths);
    paths = undefined;
  }
}

function seconds(since) {
  return Math.round((Date.now() - since) / 1000);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(1));
  });
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (error instanceof SetupError) console.error(`test:e2e: ${error.message}`);
  else console.error(error);
} finally {
  await cleanUp();
}
process.exitCode = exitCode;
