// policy-lint end to end: wall time from spawn to exit (process start, term base load,
// reading, linting, JSON output), with the built-in term base and with the 10,000-entry
// team term file (read from the term-file cache after the first run; its start-up is also
// measured with --no-cache). The first run's JSON output is scored against the injected drift.
// Usage: node bench/run-cli.mjs   (after npm run build)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, MB, SCRATCH, ensureDir, log, median, round, timeProcess } from './lib/common.mjs';
import { findingsFromCli, score } from './lib/accuracy.mjs';
import { ensureCorpus } from './generate-corpus.mjs';
import { ensureTeamTerms } from './synthesize-terms.mjs';

const REPS = { '100KB': 5, '1MB': 5, '10MB': 3 };

export function termSets() {
  return [
    { name: 'built-in', args: [] },
    { name: '10k', args: ['--terms', ensureTeamTerms()] },
  ];
}

/** One CLI run over `file`; the output goes to `outFile`. */
export function runCliOnce(file, termArgs, outFile) {
  return timeProcess(process.execPath, [CLI, '--no-team-terms', ...termArgs, '--format', 'json', file], { stdoutFile: outFile, timeoutMs: 300_000 });
}

export async function runCli({ corpora = ensureCorpus() } = {}) {
  ensureDir(SCRATCH);
  const results = [];
  const empty = path.join(SCRATCH, 'empty.md');
  fs.writeFileSync(empty, '');
  for (const set of termSets()) {
    // Process start plus term base load: what every run pays before the first byte is linted.
    const startup = [];
    // A bare Node start in the same run, alternating with the CLI's: what start-up is measured against.
    const bare = [];
    for (let i = 0; i < 11; i++) {
      startup.push((await runCliOnce(empty, set.args, path.join(SCRATCH, 'cli-empty.json'))).ms);
      if (set.args.length === 0) bare.push((await timeProcess(process.execPath, ['-e', '0'])).ms);
    }
    results.push({ kind: 'startup', termBase: set.name, ms: round(median(startup), 1), ...(bare.length ? { nodeMs: round(median(bare), 1) } : {}) });
    log(`cli ${set.name}: start-up and term base load ${round(median(startup), 1)} ms`);
    if (set.args.length) {
      // A team file is read from the term-file cache after the first run; without it, parsed every time.
      const uncached = [];
      for (let i = 0; i < 5; i++) uncached.push((await runCliOnce(empty, ['--no-cache', ...set.args], path.join(SCRATCH, 'cli-empty.json'))).ms);
      results.push({ kind: 'startup-no-cache', termBase: set.name, ms: round(median(uncached), 1) });
      log(`cli ${set.name}: start-up and term base load without the term-file cache ${round(median(uncached), 1)} ms`);
    }
    for (const c of corpora) {
      const bytes = fs.statSync(c.draft).size;
      const outFile = path.join(SCRATCH, `cli-${set.name}-${c.lang}-${c.size}.json`);
      const times = [];
      let accuracy;
      for (let i = 0; i < REPS[c.size]; i++) {
        const run = await runCliOnce(c.draft, set.args, outFile);
        if (run.timedOut || (run.code !== 0 && run.code !== 1)) throw new Error(`policy-lint failed on ${c.draft} (exit ${run.code}): ${run.stderr.slice(0, 500)}`);
        times.push(run.ms);
        if (i === 0) {
          const truth = JSON.parse(fs.readFileSync(c.truth, 'utf8'));
          accuracy = score(truth, findingsFromCli(fs.readFileSync(outFile, 'utf8'), fs.readFileSync(c.draft, 'utf8')));
        }
      }
      const ms = median(times);
      results.push({
        kind: 'lint', termBase: set.name, lang: c.lang, size: c.size, bytes, runs: times.length,
        ms: round(ms, 1), minMs: round(Math.min(...times), 1), mbPerS: round(bytes / MB / (ms / 1000), 2), accuracy,
      });
      log(`cli ${set.name} ${c.lang} ${c.size}: ${round(ms, 1)} ms (${round(bytes / MB / (ms / 1000), 2)} MB/s), recall ${accuracy.recall}, precision ${accuracy.precision}`);
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await runCli();
  console.log(JSON.stringify(results.map(({ accuracy, ...r }) => ({ ...r, recall: accuracy?.recall, precision: accuracy?.precision })), null, 1));
}
