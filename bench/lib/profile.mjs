// CPU profile of one policy-lint run (node --cpu-prof), summarized as the hottest functions
// by self time and by inclusive time, for the report when a throughput target is missed.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, ensureDir, round, timeProcess } from './common.mjs';

export async function profileCli(file, termArgs, dir) {
  ensureDir(dir);
  for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
  const run = await timeProcess(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, CLI, '--no-team-terms', ...termArgs, '--format', 'json', file],
    { stdoutFile: path.join(dir, 'out.json'), timeoutMs: 300_000 });
  const profile = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!profile) return { error: `no profile written (exit ${run.code})` };
  return { wallMs: round(run.ms, 1), ...summarizeProfile(path.join(dir, profile), CLI) };
}

/** The hottest functions of a .cpuprofile taken from `bundle` (dist/cli.js or dist/server.js). */
export function summarizeProfile(file, bundle) {
  return summarize(JSON.parse(fs.readFileSync(file, 'utf8')), moduleIndex(bundle), path.basename(bundle));
}

/** esbuild marks each module of a non-minified bundle with a "// path" line: line -> module. */
function moduleIndex(bundle) {
  const marks = [];
  fs.readFileSync(bundle, 'utf8').split('\n').forEach((line, i) => {
    const m = /^\/\/ ((?:node_modules|server|client)\/\S+\.(?:[cm]?js|ts|json))$/.exec(line);
    if (m) marks.push([i + 1, m[1].replace(/^server\/src\//, '').replace(/^node_modules\/([^/]+)\/.*\/([^/]+)$/, '$1/…/$2')]);
  });
  return (line) => {
    let found;
    for (const [at, name] of marks) if (at <= line) found = name;
    return found;
  };
}

function summarize(p, moduleOf, bundleName, top = 10) {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const cf = n.callFrame;
    const where = !cf.url ? 'native' : cf.url.endsWith(bundleName) ? moduleOf(cf.lineNumber + 1) ?? `${path.basename(cf.url)}:${cf.lineNumber + 1}` : path.basename(cf.url);
    return `${cf.functionName || '(anonymous)'} (${where})`;
  };
  const sampled = new Map();
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i] ?? 0;
    sampled.set(id, (sampled.get(id) ?? 0) + dt);
    // Busy time only: a server waits for the client between requests.
    if (nodes.get(id).callFrame.functionName !== '(idle)') total += dt;
  });
  const self = new Map();
  const inclusive = new Map();
  for (const [id, t] of sampled) {
    const key = label(nodes.get(id));
    self.set(key, (self.get(key) ?? 0) + t);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const k = label(nodes.get(x));
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const list = (m, filter = () => true) => [...m].filter(([k]) => filter(k)).sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, us]) => ({ name, ms: round(us / 1000, 1), share: round(us / total, 3) }));
  return {
    /** Sampled time, idle excluded; `share` is of this. */
    sampledMs: round(total / 1000, 1),
    self: list(self, (k) => !/^\((idle|program)\) /.test(k)),
    // Functions of the product and its dependencies, below the entry points that include everything.
    inclusive: list(inclusive, (k) => /\((core|cli|node|lsp)\/|…|(cli|server)\.js/.test(k) && !/^(\(anonymous\)|main|run|lintDraft) /.test(k)),
  };
}
