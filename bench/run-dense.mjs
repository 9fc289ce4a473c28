// The dense-drift benchmark: policy-lint on drafts with a finding every few hundred bytes
// (bench/generate-corpus.mjs, ensureDenseCorpus), English and Chinese 10 MB in paragraphs of
// several KB and English 10 MB as one single paragraph. On each file, in the same run and
// interleaved round by round: the floor (Node starting, reading the file as UTF-8 and
// touching every character once, bench/lib/floor.cjs) and `policy-lint --format F` for F in
// json, sarif and stylish (the default human format), each timed from spawn to exit with its
// peak RSS (getrusage's maxRSS, written at exit by the preload bench/lib/peak-rss.cjs). Then
// textlint + prh once on the dense English file, with run-peers.mjs's installation,
// dictionary and timeout (a lower bound when it times out).
// Usage: node bench/run-dense.mjs [--runs N] [--size BYTES] [--no-textlint]   (after npm run build)
//   --size tries smaller drafts of the same make (for development; the report is on 10 MB).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH, CLI, MB, ROOT, SCRATCH, ensureDir, log, median, round, timeProcess } from './lib/common.mjs';
import { findingsFromCli, findingsFromTextlint, score } from './lib/accuracy.mjs';
import { profileCli } from './lib/profile.mjs';
import { DENSE_OPTIONS, ensureDenseCorpus } from './generate-corpus.mjs';
import { PEERS, TIMEOUT_MS, prepareTextlint, textlintArgs } from './run-peers.mjs';

const PEAK_RSS = path.join(BENCH, 'lib', 'peak-rss.cjs');
const FLOOR = path.join(BENCH, 'lib', 'floor.cjs');
/** The CLI's output formats measured: ESLint's JSON, SARIF, and the default human one. */
const DENSE_FORMATS = ['json', 'sarif', 'stylish'];
const CLI_TIMEOUT_MS = 300_000;

let measured = 0;
/** `node --require peak-rss.cjs ARGS`, timed; resolves with timeProcess's result and the peak RSS in MB (KB / 1024; NaN when none was written). */
async function timedNode(args, { stdoutFile, cwd, timeoutMs = CLI_TIMEOUT_MS } = {}) {
  const rssFile = path.join(SCRATCH, `peak-rss-${process.pid}-${measured++}.txt`);
  fs.rmSync(rssFile, { force: true });
  const run = await timeProcess(process.execPath, ['--require', PEAK_RSS, ...args], {
    stdoutFile, cwd, timeoutMs, env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
  });
  const kb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) : NaN;
  fs.rmSync(rssFile, { force: true });
  return { ...run, peakRssMb: kb / 1024 };
}

/** How many findings an output holds, read from the output itself (so the formats are checked to agree). */
function countFindings(format, outFile) {
  if (format === 'json') return JSON.parse(fs.readFileSync(outFile, 'utf8')).reduce((s, f) => s + f.messages.length, 0);
  if (format === 'sarif') return JSON.parse(fs.readFileSync(outFile, 'utf8')).runs.reduce((s, r) => s + r.results.length, 0);
  // stylish: the summary line at the end, "✖ 25,123 findings (0 errors, …)".
  const size = fs.statSync(outFile).size;
  const fd = fs.openSync(outFile, 'r');
  const tail = Buffer.alloc(Math.min(size, 4096));
  fs.readSync(fd, tail, 0, tail.length, size - tail.length);
  fs.closeSync(fd);
  const m = /(\d[\d,]*) findings? \(/.exec(tail.toString('utf8'));
  return m ? Number(m[1].replace(/,/g, '')) : null;
}

/** Median ms, fastest ms, MB/s and the largest peak RSS of a series of runs of one command. */
function summarize(runs, bytes) {
  const ms = median(runs.map((r) => r.ms));
  return {
    runs: runs.length, ms: round(ms, 1), minMs: round(Math.min(...runs.map((r) => r.ms)), 1), mbPerS: round(bytes / MB / (ms / 1000), 2),
    peakRssMb: round(Math.max(...runs.map((r) => r.peakRssMb)), 1), peakRssMbMedian: round(median(runs.map((r) => r.peakRssMb)), 1),
  };
}

function check(run, what) {
  if (run.timedOut || (run.code !== 0 && run.code !== 1)) throw new Error(`${what} failed (exit ${run.code}${run.timedOut ? ', timed out' : ''}): ${run.stderr.slice(0, 500)}`);
  if (!Number.isFinite(run.peakRssMb)) throw new Error(`${what}: no peak RSS was written at exit`);
  return run;
}

export async function runDense({ files = ensureDenseCorpus(), runs = 3, textlint = true } = {}) {
  ensureDir(SCRATCH);
  const result = { runs, formats: DENSE_FORMATS, options: DENSE_OPTIONS, files: [] };

  // Process start and term base load, for reading the figures below.
  const empty = path.join(SCRATCH, 'empty.md');
  fs.writeFileSync(empty, '');
  const startup = [];
  for (let i = 0; i < runs; i++) startup.push(check(await timedNode([CLI, '--no-team-terms', '--format', 'json', empty], { stdoutFile: path.join(SCRATCH, 'dense-empty.json') }), 'policy-lint on an empty draft'));
  result.startup = summarize(startup, 0);
  delete result.startup.mbPerS;
  log(`dense: policy-lint on an empty draft ${result.startup.ms} ms, peak RSS ${result.startup.peakRssMb} MB`);

  for (const f of files) {
    const truth = JSON.parse(fs.readFileSync(f.truth, 'utf8'));
    const text = fs.readFileSync(f.draft, 'utf8');
    const lines = text.split('\n');
    const entry = {
      name: f.name, lang: f.lang, layout: f.layout, file: path.relative(BENCH, f.draft), bytes: truth.bytes, chars: truth.chars,
      lines: lines.length - (text.endsWith('\n') ? 1 : 0), longestLineBytes: Math.max(...lines.map((l) => Buffer.byteLength(l))),
      mentions: truth.mentionCount, drifts: truth.drifts.length, bytesPerDrift: Math.round(truth.bytes / truth.drifts.length), driftsByCategory: truth.driftsByCategory,
    };
    const series = { floor: [] };
    for (const format of DENSE_FORMATS) series[format] = [];
    // Round by round, so that the load of a shared machine falls on every command alike.
    for (let i = 0; i < runs; i++) {
      series.floor.push(check(await timedNode([FLOOR, f.draft], { stdoutFile: path.join(SCRATCH, 'dense-floor.txt') }), `the floor on ${f.name}`));
      for (const format of DENSE_FORMATS) {
        const outFile = path.join(SCRATCH, `dense-${f.name}.${format}`);
        const run = check(await timedNode([CLI, '--no-team-terms', '--format', format, f.draft], { stdoutFile: outFile }), `policy-lint --format ${format} on ${f.name}`);
        if (i === 0) {
          run.findings = countFindings(format, outFile);
          if (format === 'json') entry.accuracy = score(truth, findingsFromCli(fs.readFileSync(outFile, 'utf8'), text));
        }
        series[format].push(run);
      }
    }
    entry.floor = summarize(series.floor, entry.bytes);
    entry.cli = DENSE_FORMATS.map((format) => ({ format, ...summarize(series[format], entry.bytes), findings: series[format][0].findings }));
    const json = entry.cli.find((c) => c.format === 'json');
    entry.findings = json.findings;
    entry.bytesPerFinding = Math.round(entry.bytes / json.findings);
    entry.findingsPerKb = round(json.findings / (entry.bytes / 1000), 2);
    entry.jsonVsFloor = round(json.ms / entry.floor.ms, 2);
    result.files.push(entry);
    log(`dense ${f.name}: floor ${entry.floor.ms} ms (${entry.floor.peakRssMb} MB); ${entry.cli.map((c) => `${c.format} ${c.ms} ms, ${c.peakRssMb} MB, ${c.findings} findings`).join('; ')}; json ${entry.jsonVsFloor}x the floor; recall ${entry.accuracy.recall}, precision ${entry.accuracy.precision}`);
  }

  const en = result.files.find((e) => e.lang === 'en' && e.layout === 'plans');
  if (textlint && en) {
    const { config, dictionary, versions } = await prepareTextlint();
    const outFile = path.join(SCRATCH, `textlint-${en.name}.json`);
    const run = await timedNode(textlintArgs(config, path.join(BENCH, en.file)), { stdoutFile: outFile, cwd: PEERS, timeoutMs: TIMEOUT_MS });
    const t = { file: en.file, versions, dictionary, timeoutS: TIMEOUT_MS / 1000, timedOut: run.timedOut };
    if (run.timedOut) t.lowerBoundMs = TIMEOUT_MS;
    else if (run.code !== 0 && run.code !== 1) t.failure = `exit ${run.code}: ${run.stderr.slice(0, 300)}`;
    else {
      t.ms = round(run.ms, 1);
      t.mbPerS = round(en.bytes / MB / (run.ms / 1000), 3);
      t.peakRssMb = round(run.peakRssMb, 1);
      const found = findingsFromTextlint(fs.readFileSync(outFile, 'utf8'), fs.readFileSync(path.join(BENCH, en.file), 'utf8'));
      t.findings = found.length;
      const truth = JSON.parse(fs.readFileSync(path.join(BENCH, en.file.replace(/\.md$/, '.truth.json')), 'utf8'));
      const s = score(truth, found);
      t.accuracy = { recall: s.recall, precision: s.precision };
    }
    const cliMs = en.cli.find((c) => c.format === 'json').ms;
    const textlintMs = t.ms ?? t.lowerBoundMs;
    if (textlintMs) t.vsCli = round(textlintMs / cliMs, 1);
    result.textlint = t;
    log(`dense textlint+prh on ${en.name}: ${t.failure ?? (t.timedOut ? `timed out after ${t.timeoutS} s (≥ ${t.vsCli}x policy-lint)` : `${t.ms} ms, ${t.peakRssMb} MB, ${t.findings} findings, ${t.vsCli}x policy-lint's time`)}`);
  }

  // Where policy-lint's time goes when it is more than 3x the floor on the dense English draft.
  if (en && en.jsonVsFloor > 3) result.profile = await profileCli(path.join(BENCH, en.file), [], path.join(SCRATCH, 'prof-dense'));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, size: { type: 'string' }, 'no-textlint': { type: 'boolean', default: false } } });
  const files = ensureDenseCorpus(values.size ? { sizeBytes: Number(values.size) } : {});
  const r = await runDense({ files, runs: Math.max(1, Number(values.runs) || 3), textlint: !values['no-textlint'] });
  ensureDir(SCRATCH);
  fs.writeFileSync(path.join(SCRATCH, 'dense.json'), JSON.stringify(r, null, 1));
  console.log(`results in ${path.relative(ROOT, path.join(SCRATCH, 'dense.json'))}`);
}
