// The language server over real stdio (dist/server.js): start to ready, completion and hover
// latency at many positions of a 1 MB draft, diagnostics after a small incremental edit
// (debounce at its default, read from package.json, and at 0), and the server's peak RSS; with the built-in
// term base and with the 10,000-entry team file as the workspace's .policy-terms.yaml.
// Latencies are client round trips (request sent to response parsed), as an editor sees them.
// Usage: node bench/run-lsp.mjs   (after npm run build)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SERVER, SCRATCH, ensureDir, log, median, percentile, prng, round } from './lib/common.mjs';
import { summarizeProfile } from './lib/profile.mjs';
import { LspSession, Lines, fileUri } from './lib/lspSession.mjs';
import { corpusPaths, ensureCorpus } from './generate-corpus.mjs';
import { ensureTeamTerms } from './synthesize-terms.mjs';

const READY_RUNS = 5;
const POSITIONS = 200; // per kind of position, for completion and for hover
const EDITS = 40;
/** Edits of the profiled session (delay 0), enough to outweigh its start and first lint. */
const PROFILED_EDITS = 120;
const WARM_UP = 20;

/** The default of policyPhrasing.diagnosticsDelay, as the extension declares it. */
function defaultDelay() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return pkg.contributes?.configuration?.properties?.['policyPhrasing.diagnosticsDelay']?.default;
}

function stats(values) {
  return { n: values.length, p50: round(median(values), 2), p95: round(percentile(values, 95), 2), max: round(Math.max(...values), 2) };
}

async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** Positions: inside official phrasings (2-14 characters typed) and after any word. */
function positions(text, truth, rng) {
  const clean = truth.mentions.filter((m) => !m[3] && m[1] - m[0] > 4);
  const inPhrasing = [];
  for (let i = 0; i < POSITIONS; i++) {
    const [start, end] = rng.pick(clean);
    inPhrasing.push(start + 2 + rng.int(Math.min(12, end - start - 2)));
  }
  const afterWord = [];
  while (afterWord.length < POSITIONS) {
    let at = rng.int(text.length);
    while (at < text.length && /[A-Za-z]/.test(text[at])) at++;
    if (/[A-Za-z]/.test(text[at - 1] ?? '')) afterWord.push(at);
  }
  const onPhrasing = truth.mentions.length ? Array.from({ length: POSITIONS }, () => {
    const [start, end] = rng.pick(truth.mentions);
    return start + rng.int(end - start);
  }) : [];
  const anywhere = Array.from({ length: POSITIONS }, () => rng.int(text.length));
  return { inPhrasing, afterWord, onPhrasing, anywhere };
}

async function measureRequests(session, uri, lines, offsets, method, extra = {}) {
  const times = [];
  let answered = 0;
  for (const offset of offsets) {
    const { ms, result } = await timed(() => session.request(method, { textDocument: { uri }, position: lines.position(offset), ...extra }));
    times.push(ms);
    if (result && (result.items ? result.items.length > 0 : true)) answered++;
  }
  return { ...stats(times), answered, times };
}

/** Small incremental edits (insert a word, then delete it) until the version's diagnostics arrive. */
async function measureEdits(session, uri, text, rng, firstVersion, count = EDITS) {
  let version = firstVersion;
  const times = [];
  for (let i = 0; i < count / 2; i++) {
    // A space inside a body line, away from headings.
    let at;
    do {
      at = text.indexOf(' ', rng.int(text.length - 100));
    } while (at < 0 || text.lastIndexOf('\n', at) + 1 === text.indexOf('#', text.lastIndexOf('\n', at) + 1));
    const insert = 'new ';
    for (const edit of [{ offset: at + 1, remove: 0, text: insert }, { offset: at + 1, remove: insert.length, text: '' }]) {
      const lines = new Lines(text);
      const range = { start: lines.position(edit.offset), end: lines.position(edit.offset + edit.remove) };
      version++;
      const started = performance.now();
      await session.change(uri, version, [{ range, text: edit.text }]);
      await session.diagnosticsFor(uri, version);
      times.push(performance.now() - started);
      text = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.remove);
    }
  }
  return { latency: stats(times), version };
}

async function measureTermBase(name, workspace, draft, truth, probeVariant) {
  const text = fs.readFileSync(draft, 'utf8');
  const uri = fileUri(path.join(workspace, path.basename(draft)));
  const rng = prng(`lsp/${name}`);
  const result = { termBase: name };

  // Ready: spawn -> initialize response. Ready to lint: spawn -> first diagnostics of a small
  // draft (opened right after initialized) that report a variant of this term base, so the
  // figure holds whether the server reads the team's term files before or after answering.
  const probeUri = fileUri(path.join(workspace, 'probe.md'));
  const startReady = async (settings, nodeArgs) => {
    const s = await LspSession.start(workspace, settings, nodeArgs);
    await s.open(probeUri, `We will build the ${probeVariant}.\n`);
    await s.diagnosticsFor(probeUri, 1, (d) => d.length > 0);
    s.readyToLintMs = performance.now() - s.startedAt;
    return s;
  };
  const ready = [];
  const readyToLint = [];
  for (let i = 0; i < READY_RUNS; i++) {
    const s = await startReady({});
    ready.push(s.readyMs);
    readyToLint.push(s.readyToLintMs);
    await s.stop();
  }
  result.readyMs = stats(ready);
  result.readyToLintMs = stats(readyToLint);
  log(`lsp ${name}: ready p50 ${result.readyMs.p50} ms, ready to lint p50 ${result.readyToLintMs.p50} ms`);

  // Session with the default debounce: every feature, then peak memory.
  const a = await startReady({});
  result.memoryAfterLoadMb = round(a.memory().vmHwmKb / 1024, 1);
  let t = await timed(async () => {
    await a.open(uri, text);
    return a.diagnosticsFor(uri, 1);
  });
  result.memoryAfterOpenMb = round(a.memory().vmHwmKb / 1024, 1);
  result.openToDiagnosticsMs = round(t.ms, 1);
  result.diagnosticsOnOpen = t.result.diagnostics.length;
  const lines = new Lines(text);
  const pos = positions(text, truth, rng);
  const invoked = { context: { triggerKind: 1 } };
  await measureRequests(a, uri, lines, pos.inPhrasing.slice(0, WARM_UP), 'textDocument/completion', invoked);
  await measureRequests(a, uri, lines, pos.onPhrasing.slice(0, WARM_UP), 'textDocument/hover');
  result.completion = {
    inPhrasing: await measureRequests(a, uri, lines, pos.inPhrasing, 'textDocument/completion', invoked),
    afterWord: await measureRequests(a, uri, lines, pos.afterWord, 'textDocument/completion', invoked),
    afterWordIncomplete: await measureRequests(a, uri, lines, pos.afterWord, 'textDocument/completion', { context: { triggerKind: 3 } }),
  };
  result.hover = {
    onPhrasing: await measureRequests(a, uri, lines, pos.onPhrasing, 'textDocument/hover'),
    anywhere: await measureRequests(a, uri, lines, pos.anywhere, 'textDocument/hover'),
  };
  // Headline figures: every position of the kind, as an editor asks (triggerKind Invoked for completion).
  result.completion.all = stats([...result.completion.inPhrasing.times, ...result.completion.afterWord.times]);
  result.hover.all = stats([...result.hover.onPhrasing.times, ...result.hover.anywhere.times]);
  for (const group of [result.completion, result.hover]) for (const v of Object.values(group)) delete v.times;
  log(`lsp ${name}: completion p95 ${result.completion.inPhrasing.p95}/${result.completion.afterWord.p95} ms, hover p95 ${result.hover.onPhrasing.p95} ms`);
  const editsDefault = await measureEdits(a, uri, text, rng, 1);
  result.defaultDelayMs = defaultDelay();
  result.diagnosticsAfterEdit = { default: editsDefault.latency };
  const memA = a.memory();
  await a.stop();

  // Session with diagnosticsDelay 0.
  const b = await startReady({ diagnosticsDelay: 0 });
  result.readyToLintDelay0Ms = round(b.readyToLintMs, 1);
  t = await timed(async () => {
    await b.open(uri, text);
    return b.diagnosticsFor(uri, 1);
  });
  result.openToDiagnosticsDelay0Ms = round(t.ms, 1);
  result.diagnosticsAfterEdit.delay0 = (await measureEdits(b, uri, text, rng, 1)).latency;
  const memB = b.memory();
  await b.stop();
  log(`lsp ${name}: diagnostics after edit p50 ${result.diagnosticsAfterEdit.default.p50} ms (default delay ${result.defaultDelayMs} ms), ${result.diagnosticsAfterEdit.delay0.p50} ms (delay 0)`);

  // Where the time of an edit goes: a CPU profile of the server over many edits at delay 0.
  if (name === 'built-in') {
    const dir = ensureDir(path.join(SCRATCH, 'prof-server-edits'));
    for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f));
    const c = await startReady({ diagnosticsDelay: 0 }, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    await c.open(uri, text);
    await c.diagnosticsFor(uri, 1);
    await measureEdits(c, uri, text, rng, 1, PROFILED_EDITS);
    await c.stop();
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file) result.editProfile = { edits: PROFILED_EDITS, ...summarizeProfile(path.join(dir, file), SERVER) };
  }

  result.peakRssMb = round(Math.max(memA.vmHwmKb, memB.vmHwmKb) / 1024, 1);
  result.peakRssMbBySession = { default: round(memA.vmHwmKb / 1024, 1), delay0: round(memB.vmHwmKb / 1024, 1) };
  result.rssAtEndMb = round(memA.vmRssKb / 1024, 1);
  log(`lsp ${name}: peak RSS ${result.peakRssMb} MB`);
  return result;
}

export async function runLsp() {
  ensureCorpus({ langs: ['en'], sizes: ['1MB'] });
  const { draft, truth } = corpusPaths('en', '1MB');
  const truthData = JSON.parse(fs.readFileSync(truth, 'utf8'));
  const builtinWs = ensureDir(path.join(SCRATCH, 'ws-builtin'));
  const teamWs = ensureDir(path.join(SCRATCH, 'ws-10k'));
  const team = ensureTeamTerms();
  fs.copyFileSync(team, path.join(teamWs, '.policy-terms.yaml'));
  // A variant only the team file knows, for the ready-to-lint probe.
  const teamVariant = /^ {6}- form: (.+)$/m.exec(fs.readFileSync(team, 'utf8'))[1];
  return [
    await measureTermBase('built-in', builtinWs, draft, truthData, 'Chongqing-Chengdu economic circle'),
    await measureTermBase('10k', teamWs, draft, truthData, teamVariant),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await runLsp(), null, 1));
}
