// npm run coverage: line coverage of server/src while the unit, CLI and protocol tests run
// (npm run pretest has built dist/ and the tsc output in out/, with source maps). c8 collects
// V8 coverage from the test processes and every process they spawn, maps it back to the
// TypeScript through the source maps, prints a summary and a table per file, and fails below
// the floor. Reports go to coverage/ (git-ignored).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FLOOR = 90; // per cent of server/src lines
const root = fileURLToPath(new URL('..', import.meta.url));
const c8 = fileURLToPath(import.meta.resolve('c8/bin/c8.js'));
const tests = ['unit', 'cli', 'protocol'].flatMap((dir) => readdirSync(`${root}out/test/${dir}`)
  .filter((name) => name.endsWith('.test.js'))
  .map((name) => `out/test/${dir}/${name}`));

const run = spawnSync(process.execPath, [
  c8,
  // Filter on the source file a line maps back to, not on the script that ran it: the CLI
  // tests spawn the bundle dist/cli.js, whose lines count for the server/src files they came from.
  '--exclude-after-remap',
  '--include', 'server/src/**',
  // Files that no test loads count, with no line covered.
  '--all', '--src', 'server/src',
  '--reporter', 'text-summary', '--reporter', 'text',
  '--check-coverage', '--lines', String(FLOOR),
  process.execPath, '--test', ...tests,
], {
  cwd: root,
  stdio: 'inherit',
  // The protocol tests spawn the unbundled server (out/) instead of dist/server.js.
  env: { ...process.env, POLICY_SERVER_MAIN: 'out/server/src/lsp/main.js' },
});
if (run.error) throw run.error;
process.exit(run.status ?? 1);
