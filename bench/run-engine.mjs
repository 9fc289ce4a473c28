// The engine in-process: lint() over each corpus, term base already loaded, so the figure is
// the matcher's own throughput. The engine is reached through a bundle the bench builds
// from the same sources as dist/ (esbuild, into bench/results/scratch/engine.cjs), so the bench
// never writes into out/ or dist/. Measured in a child process, away from the bench's heap.
// Usage: node bench/run-engine.mjs   (after npm run build)

import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { MB, ROOT, SCRATCH, ensureDir, log, median, round, timeProcess } from './lib/common.mjs';
import { ensureCorpus } from './generate-corpus.mjs';
import { ensureTeamTerms } from './synthesize-terms.mjs';

const BUNDLE = path.join(SCRATCH, 'engine.cjs');
const REPS = { '100KB': 20, '1MB': 10, '10MB': 5 };

export async function buildEngineBundle() {
  ensureDir(SCRATCH);
  const esbuild = await import('esbuild');
  await esbuild.build({
    stdin: {
      contents: "export { loadTermBase } from './server/src/node/termFiles';\nexport { lint } from './server/src/core/lint';\n",
      resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-engine.ts',
    },
    outfile: BUNDLE, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
  });
  // The compiled built-in term base sits next to the bundles, as in dist/.
  const compiled = path.join(ROOT, 'dist', 'builtin-terms.json');
  if (fs.existsSync(compiled)) fs.copyFileSync(compiled, path.join(SCRATCH, 'builtin-terms.json'));
  return BUNDLE;
}

export async function runEngine({ corpora = ensureCorpus() } = {}) {
  await buildEngineBundle();
  const team = ensureTeamTerms();
  const run = await timeProcess(process.execPath, ['--max-old-space-size=4096', '--expose-gc', new URL(import.meta.url).pathname, '--child', team, JSON.stringify(corpora)], { timeoutMs: 900_000 });
  if (run.code !== 0) throw new Error(`engine bench failed: ${run.stderr.slice(-2000)}`);
  const results = JSON.parse(run.stdout);
  for (const r of results) log(`engine ${r.termBase} ${r.kind === 'load' ? `load ${r.ms} ms` : `${r.lang} ${r.size}: ${r.ms} ms (${r.mbPerS} MB/s)`}`);
  return results;
}

function child(team, corpora) {
  const engine = createRequire(import.meta.url)(BUNDLE);
  const results = [];
  for (const [name, files] of [['built-in', []], ['10k', [team]]]) {
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    global.gc();
    const heapBefore = used();
    let started = performance.now();
    const loaded = engine.loadTermBase(files);
    const loadMs = performance.now() - started;
    if (loaded.problems.length) throw new Error(`term base problems: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
    global.gc();
    // What the loaded term base keeps (heap and typed arrays), against the transient peak of loading it.
    const retainedMb = (used() - heapBefore) / 2 ** 20;
    results.push({ kind: 'load', termBase: name, phrasings: loaded.index.size, ms: round(loadMs, 1), retainedHeapMb: round(retainedMb, 1),
      peakRssSoFarMb: round(process.resourceUsage().maxRSS / 1024, 1) });
    for (const c of corpora) {
      const text = fs.readFileSync(c.draft, 'utf8');
      const bytes = Buffer.byteLength(text);
      started = performance.now();
      const findings = engine.lint(loaded.index, text).length;
      const coldMs = performance.now() - started;
      const times = [];
      for (let i = 0; i < REPS[c.size]; i++) {
        started = performance.now();
        engine.lint(loaded.index, text);
        times.push(performance.now() - started);
      }
      const ms = median(times);
      results.push({
        kind: 'lint', termBase: name, lang: c.lang, size: c.size, bytes, findings, runs: times.length,
        coldMs: round(coldMs, 1), ms: round(ms, 2), mbPerS: round(bytes / MB / (ms / 1000), 1),
      });
    }
  }
  return results;
}

if (process.argv[2] === '--child') {
  process.stdout.write(JSON.stringify(child(process.argv[3], JSON.parse(process.argv[4]))));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runEngine(), null, 1));
}
