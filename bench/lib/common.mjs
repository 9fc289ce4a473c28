// What every bench script shares: paths, a seeded PRNG, the folding the engine applies to
// phrases (mirrored here so the bench can check its own corpora without the engine), the
// built-in term base as plain data, statistics and a child-process timer.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const BENCH = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT = path.dirname(BENCH);
export const CORPUS_DIR = path.join(BENCH, 'corpus');
/** Scratch space: already git-ignored (bench/results/scratch/). */
export const SCRATCH = path.join(BENCH, 'results', 'scratch');
export let CLI = path.join(ROOT, 'dist', 'cli.js');
export let SERVER = path.join(ROOT, 'dist', 'server.js');

/**
 * Measures a copy of dist/ (bench/results/scratch/dist/) from here on, so that builds by other
 * work on the machine during a run do not change what is measured. The copies find the
 * term base (server/data) and the word list by walking up, as the originals do.
 */
export function snapshotDist() {
  const dir = ensureDir(path.join(SCRATCH, 'dist'));
  // The bundles, their data, and the libraries they require on demand (dist/vendor/).
  fs.cpSync(path.join(ROOT, 'dist'), dir, { recursive: true, filter: (f) => !/\.vsix$/.test(f) });
  CLI = path.join(dir, 'cli.js');
  SERVER = path.join(dir, 'server.js');
  return dir;
}
export const TEAM_TERMS = path.join(SCRATCH, 'team-10k.policy-terms.yaml');
// The CLIs the bench starts keep their term-file cache in scratch space, not in the user's
// cache folder: what a cached start-up measures does not depend on what else ran before.
process.env.POLICY_LINT_CACHE_DIR ??= path.join(SCRATCH, 'term-cache');

/** 1 MB = 1,000,000 bytes throughout the bench. */
export const MB = 1_000_000;

// --- Seeded PRNG (sfc32 seeded by a string hash): the same seed gives the same corpus. ---
export function prng(seed) {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  const next = () => {
    h = Math.imul(h ^ (h >>> 16), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return (h ^= h >>> 16) >>> 0;
  };
  let a = next(), b = next(), c = next(), d = next();
  const random = () => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  /** Picks a key of `weights` in proportion to its weight. */
  const weighted = (weights) => {
    const entries = Object.entries(weights);
    let r = random() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) if ((r -= w) < 0) return k;
    return entries[entries.length - 1][0];
  };
  return { random, int, pick, weighted, chance: (p) => random() < p };
}

// --- Folding, as server/src/core/normalize.ts does it (close enough for checking corpora). ---
const SEPARATORS = /[\s\u00a0\u3000\u2000-\u200a\u2010-\u2015\u2212\u202f\u205f-]+/g;
export function foldKey(text) {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(SEPARATORS, ' ').trim().toLowerCase();
}

// --- The built-in term base as plain data (read once; callers do not change it). ---
let builtinTerms;
export function loadBuiltinTerms() {
  builtinTerms ??= readBuiltinTerms();
  return builtinTerms;
}

function readBuiltinTerms() {
  const data = parseYaml(fs.readFileSync(path.join(ROOT, 'server', 'data', 'terms.yaml'), 'utf8'));
  const isAdmitted = (v) => (v.status ?? (v.kind === 'rendering' || v.kind === 'spelling' ? 'admitted' : 'deprecated')) === 'admitted';
  return data.terms.map((t) => ({
    id: t.id, en: t.en, zh: t.zh, area: t.area,
    admitted: (t.variants ?? []).filter(isAdmitted).map((v) => v.form),
    // Admitted forms (established official usage) are no drift: the corpus never injects them.
    variants: (t.variants ?? [])
      .filter((v) => !isAdmitted(v))
      .map((v) => ({ form: v.form, kind: v.kind, lang: v.lang ?? (/[\u3400-\u9fff]/.test(v.form) ? 'zh' : 'en') })),
  }));
}

let englishWords;
/** The word list the engine uses to leave real words alone (node_modules/word-list). */
export function isEnglishWord(word) {
  englishWords ??= new Set(fs.readFileSync(path.join(ROOT, 'node_modules', 'word-list', 'words.txt'), 'utf8').split('\n'));
  return englishWords.has(word.toLowerCase());
}

// --- Statistics. ---
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}
export const median = (values) => percentile(values, 50);
export const round = (x, digits = 2) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

// --- Processes. ---
/**
 * Runs a command; resolves with its wall time (spawn to exit, so process start counts),
 * exit code, output (to a file when `stdoutFile` is given) and whether it timed out.
 */
export function timeProcess(command, args, { cwd = ROOT, timeoutMs = 600_000, stdoutFile, env } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'pipe';
    const child = spawn(command, args, { cwd, env: env ?? process.env, stdio: ['ignore', out, 'pipe'] });
    const chunks = [];
    let stderr = '';
    child.stdout?.on('data', (d) => chunks.push(d));
    child.stderr.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (typeof out === 'number') fs.closeSync(out);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, code, timedOut, stdout: Buffer.concat(chunks).toString('utf8'), stderr });
    });
  });
}

// --- The machine. ---
export function machineInfo() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
  };
}

export function ensureDir(dir) {
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

export function log(...args) {
  process.stderr.write(`[bench] ${args.join(' ')}\n`);
}
