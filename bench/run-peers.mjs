// Peers on the same corpus: textlint + textlint-rule-prh with the term base exported by
// `policy-lint --export prh`. textlint runs with --format json over the same files; its
// messages are scored like policy-lint's. Installed into bench/peers/node_modules on first
// run (npm ci from bench/peers/package-lock.json). Every run has a timeout, so the bench
// finishes even where textlint cannot.
// Usage: node bench/run-peers.mjs   (after npm run build)

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { BENCH, CLI, MB, SCRATCH, ensureDir, log, median, round, timeProcess } from './lib/common.mjs';
import { findingsFromTextlint, score } from './lib/accuracy.mjs';
import { ensureCorpus } from './generate-corpus.mjs';

export const PEERS = path.join(BENCH, 'peers');
const TEXTLINT = path.join(PEERS, 'node_modules', 'textlint', 'bin', 'textlint.js');
const REPS = { '100KB': 3, '1MB': 2, '10MB': 1 };
/** Per textlint run; BENCH_PEER_TIMEOUT_S overrides. */
export const TIMEOUT_MS = Number(process.env.BENCH_PEER_TIMEOUT_S ?? 300) * 1000;

export function ensurePeers() {
  if (fs.existsSync(TEXTLINT)) return;
  log('installing textlint and textlint-rule-prh into bench/peers/node_modules (npm ci)');
  const ci = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PEERS, stdio: 'inherit' });
  if (ci.status !== 0) throw new Error('npm ci in bench/peers failed');
}

export function peerVersions() {
  const version = (pkg) => JSON.parse(fs.readFileSync(path.join(PEERS, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return { textlint: version('textlint'), 'textlint-rule-prh': version('textlint-rule-prh'), prh: version('prh') };
}

/** RegExp escaping that stays valid under the `u` flag prh adds. */
const escapeForU = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The dictionary as exported, and a repaired copy: prh escapes "-" as "\-" in string
 * patterns, which its own `u` flag rejects ("Invalid escape"), so such patterns are given
 * as the equivalent /regex/ strings (same case sensitivity and boundaries).
 */
async function dictionaries() {
  const exported = path.join(SCRATCH, 'prh-dict.exported.yml');
  const run = await timeProcess(process.execPath, [CLI, '--no-team-terms', '--export', 'prh'], { stdoutFile: exported });
  if (run.code !== 0) throw new Error(`--export prh failed: ${run.stderr}`);
  const data = parseYaml(fs.readFileSync(exported, 'utf8'));
  let repaired = 0;
  for (const rule of data.rules) {
    rule.patterns = rule.patterns.map((p) => {
      if (typeof p !== 'string' || p.startsWith('/') || !/[-¥]/.test(p)) return p;
      repaired++;
      return `/${escapeForU(p)}/`;
    });
  }
  const fixed = path.join(SCRATCH, 'prh-dict.repaired.yml');
  fs.writeFileSync(fixed, stringify(data));
  const patterns = data.rules.reduce((s, r) => s + r.patterns.length, 0);
  return { exported, fixed, rules: data.rules.length, patterns, repaired };
}

function textlintConfig(dict, name) {
  const file = path.join(SCRATCH, `textlintrc.${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ rules: { prh: { rulePaths: [dict] } } }));
  return file;
}

/** textlint's arguments (after node's) to lint `file` with `config`, JSON output; run it with cwd PEERS. */
export const textlintArgs = (config, file) => [TEXTLINT, '--config', config, '--format', 'json', file];
const runTextlint = (config, file, outFile) => timeProcess(process.execPath, textlintArgs(config, file), { stdoutFile: outFile, timeoutMs: TIMEOUT_MS, cwd: PEERS });

/**
 * Installs textlint if needed, exports the term base as a prh dictionary and finds out
 * whether it loads as exported; returns the textlint config to measure with (the dictionary
 * as exported when it loads, else the repaired copy) and what was found.
 */
export async function prepareTextlint() {
  ensurePeers();
  ensureDir(SCRATCH);
  const dict = await dictionaries();
  const dictionary = { rules: dict.rules, patterns: dict.patterns, repairedPatterns: dict.repaired };
  // Does the dictionary load as exported?
  const probe = path.join(SCRATCH, 'probe.md');
  fs.writeFileSync(probe, 'We will pursue high-quality growth.\n');
  const asExported = await runTextlint(textlintConfig(dict.exported, 'exported'), probe, path.join(SCRATCH, 'probe.json'));
  const error = /Invalid regular expression[^\n]*/.exec(asExported.stdout + asExported.stderr)?.[0];
  dictionary.loadsAsExported = asExported.code === 1 && !error;
  if (error) dictionary.errorAsExported = error;
  log(`prh dictionary as exported: ${dictionary.loadsAsExported ? 'loads' : `fails (${error ?? `exit ${asExported.code}`}); ${dict.repaired} patterns repaired for the runs`}`);

  // Measure with the dictionary as exported when it loads; otherwise with the repaired copy.
  const config = dictionary.loadsAsExported ? textlintConfig(dict.exported, 'exported') : textlintConfig(dict.fixed, 'repaired');
  if (dictionary.loadsAsExported) dictionary.repairedPatterns = 0;
  return { config, dictionary, versions: peerVersions() };
}

export async function runPeers({ corpora = ensureCorpus() } = {}) {
  const { config, dictionary, versions } = await prepareTextlint();
  const result = { versions, dictionary, timeoutS: TIMEOUT_MS / 1000, runs: [] };
  for (const c of corpora) {
    const bytes = fs.statSync(c.draft).size;
    const outFile = path.join(SCRATCH, `textlint-${c.lang}-${c.size}.json`);
    const times = [];
    let accuracy;
    let failure;
    for (let i = 0; i < REPS[c.size] && !failure; i++) {
      const run = await runTextlint(config, c.draft, outFile);
      if (run.timedOut) failure = `timed out after ${TIMEOUT_MS / 1000} s`;
      else if (run.code !== 0 && run.code !== 1) failure = `exit ${run.code}: ${run.stderr.slice(0, 300)}`;
      else {
        times.push(run.ms);
        if (i === 0) {
          const truth = JSON.parse(fs.readFileSync(c.truth, 'utf8'));
          accuracy = score(truth, findingsFromTextlint(fs.readFileSync(outFile, 'utf8'), fs.readFileSync(c.draft, 'utf8')));
        }
      }
    }
    const ms = times.length ? median(times) : null;
    result.runs.push({ lang: c.lang, size: c.size, bytes, runs: times.length, ms: ms && round(ms, 1), mbPerS: ms && round(bytes / MB / (ms / 1000), 3), failure, accuracy });
    log(`textlint+prh ${c.lang} ${c.size}: ${failure ?? `${round(ms, 1)} ms, recall ${accuracy.recall}`}`);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runPeers(), null, 1));
}
