// The CLI against the build before near-matching, in the same run: issues 9 and 10 ask that
// the 10 MB benchmarks stay within 20% (English) and 30% (Chinese) of their time before
// near-matching came in. That build is checked out into scratch space (a git worktree
// sharing this checkout's node_modules), built, and timed against the current dist/ in
// alternating pairs, so that both see the same machine.
// Usage: node bench/run-against.mjs   (after npm run build)

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ROOT, SCRATCH, log, median, round, timeProcess } from './lib/common.mjs';
import { ensureCorpus } from './generate-corpus.mjs';

/** The last commit before near-matching (English and Chinese): the state the issues measure against. */
export const BEFORE_NEAR_MATCHING = '86f11973fa670205b9fdbfa95438bd1ed144ad60';
const PAIRS = 15;
const LIMITS = { en: 1.2, zh: 1.3 };

function git(...args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** dist/cli.js of the commit, built once into scratch space; undefined (with the reason) where git cannot. */
function buildAt(commit) {
  const dir = path.join(SCRATCH, `before-${commit.slice(0, 7)}`);
  const cli = path.join(dir, 'dist', 'cli.js');
  if (fs.existsSync(cli)) return { cli };
  try {
    git('cat-file', '-e', `${commit}^{commit}`);
  } catch {
    return { reason: `commit ${commit.slice(0, 7)} is not in this clone (a shallow clone?)` };
  }
  fs.rmSync(dir, { recursive: true, force: true });
  try { git('worktree', 'prune'); } catch { /* nothing to prune */ }
  git('worktree', 'add', '--detach', dir, commit);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, stdio: 'ignore' });
  return { cli };
}

export async function runAgainst({ corpora = ensureCorpus() } = {}) {
  const before = buildAt(BEFORE_NEAR_MATCHING);
  if (!before.cli) {
    log(`against the build before near-matching: skipped, ${before.reason}`);
    return { commit: BEFORE_NEAR_MATCHING.slice(0, 7), skipped: before.reason };
  }
  const results = [];
  for (const lang of ['en', 'zh']) {
    const draft = corpora.find((c) => c.lang === lang && c.size === '10MB').draft;
    const times = { before: [], now: [] };
    for (let i = 0; i < PAIRS; i++) {
      for (const [which, cli] of [['before', before.cli], ['now', CLI]]) {
        const run = await timeProcess(process.execPath, [cli, '--no-team-terms', '--format', 'json', draft], { stdoutFile: '/dev/null' });
        if (run.code !== 0 && run.code !== 1) throw new Error(`${which} CLI failed on ${lang}: ${run.stderr.slice(-500)}`);
        times[which].push(run.ms);
      }
    }
    const beforeMs = median(times.before);
    const nowMs = median(times.now);
    // The median of the pairs' own ratios: each pair ran back to back, so a slow spell of the
    // machine moves both of its runs and cancels out.
    const ratio = round(median(times.now.map((ms, i) => ms / times.before[i])), 2);
    results.push({ lang, beforeMs: round(beforeMs, 1), nowMs: round(nowMs, 1), ratio, limit: LIMITS[lang], met: ratio <= LIMITS[lang], pairs: PAIRS });
    log(`against ${BEFORE_NEAR_MATCHING.slice(0, 7)}, ${lang} 10MB: ${round(beforeMs, 1)} → ${round(nowMs, 1)} ms (median of the pairs' ratios ${ratio}x)`);
  }
  return { commit: BEFORE_NEAR_MATCHING.slice(0, 7), results };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await runAgainst(), null, 1));
