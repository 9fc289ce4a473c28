// npm run fuzz: the property and fuzz tests with a random seed and many more cases than in
// npm test. Prints the seed (to replay a failure: FUZZ_SEED=… npm run fuzz) and the counts.
import { spawnSync } from 'node:child_process';

const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const runs = process.env.FUZZ_RUNS ?? '5000';
console.log(`fuzz: seed ${seed}, ${runs} cases per property`);
const run = spawnSync(process.execPath, ['--test', 'out/test/unit/fuzz.test.js', 'out/test/protocol/fuzz.test.js'], {
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: runs, FUZZ_REPORT: '1' },
  encoding: 'utf8',
  maxBuffer: 1 << 26,
});
const lines = (run.stdout + run.stderr).split('\n');
for (const line of lines) if (/FUZZ |^# (tests|pass|fail)|^not ok|Counterexample|Property failed/.test(line)) console.log(line.replace(/^# /, ''));
process.exit(run.status ?? 1);
