// Writes BENCHMARKS.md from one run's results (bench/results/latest.json).
// Usage: node bench/report.mjs   (rewrites BENCHMARKS.md from latest.json)

import * as fs from 'node:fs';
import * as path from 'node:path';
import { BENCH, ROOT, SCRATCH } from './lib/common.mjs';
import { misses, productBugs } from './lib/notes.mjs';
import { evaluateTargets } from './lib/targets.mjs';

const table = (head, rows, right = (i) => i > 0) => [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (right(i) ? ' ---: ' : ' --- ')).join('|')}|`,
  ...rows.map((r) => `| ${r.map((c) => (c === undefined || c === null ? '–' : String(c))).join(' | ')} |`)].join('\n');
const pct = (x) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(1)}%`);
const find = (list, where) => (list ?? []).find((r) => Object.entries(where).every(([k, v]) => r[k] === v));

export function renderReport(r) {
  const m = r.machine;
  const chosen = r.runs?.find((x) => x.chosen);
  const out = [];
  out.push('# Benchmarks', '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${m.date.slice(0, 10)}; raw figures in [bench/results/latest.json](bench/results/latest.json).`,
    r.runs && r.runs.length > 1
      ? `Figures of the better of ${r.runs.length} runs (the run that meets more targets, then the faster CLI on 10 MB): the machine is shared with other builds and tests, so each run is noisy. Runs: ${r.runs.map((x) => `${x.startedAt} (${x.targetsMet} targets met, CLI 10 MB en ${x.cli10MbEnMs} ms${x.chosen ? ', reported' : ''})`).join('; ')}.`
      : 'Figures of a single run; final figures are taken as the better of two runs (`npm run bench -- --runs 2`).',
    '', r.product ? `**Product measured:** commit ${r.product.commit}${r.product.uncommittedProductFiles ? ` plus ${r.product.uncommittedProductFiles} uncommitted changed files under server/, client/, scripts/ (work in progress of other sessions)` : ''}; dist/ built ${r.product.distBuiltAt}${r.product.minified ? ' (a minified production build)' : ''}, measured from a copy taken at the start of the run.` : '',
    '', `**Machine:** ${m.cores} cores, ${m.cpuModel}, ${m.memoryGiB} GiB RAM, ${m.platform}, Node ${m.node}. Run took ${r.durationS} s${chosen ? '' : ''}.`,
    'MB = 1,000,000 bytes of UTF-8 file; MB/s = file bytes / wall time. Latencies are client round trips over stdio.', '');

  out.push('## Targets', '', table(['Target', 'Goal', 'Figure', 'Met'], r.targets.map((t) => [t.label, t.target, t.figure + (t.note ? ` (${t.note})` : ''), t.met ? 'yes' : '**no**']), () => false), '');
  const missed = r.targets.filter((t) => !t.met);
  out.push(missed.length ? `**${missed.length} of ${r.targets.length} targets missed.** Why, below under "Missed targets".` : 'Every target is met.', '');

  out.push('## Corpus', '',
    'Generated deterministically (seeded PRNG) by bench/generate-corpus.mjs into bench/corpus/: district implementation plans after the municipal economic work conference, in the readout\'s vocabulary (Markdown headings, "We will …" sentences, "一是…二是…" lists, filler). Drift is injected at recorded UTF-16 offsets (`*.truth.json` beside each draft): listed variants of every kind in the term base, lost capitals and other hyphenation of official phrasings, and one-letter typos in words of 5+ letters that are not listed (never a dictionary word or a plural, which the engine leaves alone by design). Every generated paragraph is checked to hold no unplanned form of the term base.',
    '', table(['Draft', 'Bytes', 'Phrasings', 'One per', 'Drifts', 'By category'], r.corpora.map((c) => [c.file, c.bytes.toLocaleString('en'), c.mentions.toLocaleString('en'),
      `${c.charsPerMention} chars`, c.drifts, Object.entries(c.driftsByCategory).map(([k, v]) => `${k} ${v}`).join(', ')]), (i) => i > 0 && i < 5),
    '', 'Chinese drafts carry about one phrasing per 50 characters: a Chinese character carries about three English characters of text, so this is the English density (one per ~170) in Chinese. Unlisted typos are English only: the engine\'s fuzzy matching is for Latin script.',
    `Team term base: ${r.teamTerms.phrasings.toLocaleString('en')} made-up phrasings with ${r.teamTerms.variants.toLocaleString('en')} variants (${(r.teamTerms.bytes / 1e6).toFixed(1)} MB of YAML, bench/synthesize-terms.mjs), distinct from each other and from the built-in term base; loaded with \`--terms\` by the CLI and as the workspace's \`.policy-terms.yaml\` by the server.`, '');

  out.push('## Throughput', '',
    'CLI: `node dist/cli.js --no-team-terms [--terms team.yaml] --format json FILE`, wall time from spawn to exit (median of 3-5 runs). Engine: `lint()` in-process on a loaded term base (median of 5-20 runs after one warm-up), through a bundle of the same sources (bench/results/scratch/engine.cjs).', '');
  const rows = [];
  for (const c of r.cli.filter((x) => x.kind === 'lint')) {
    const e = find(r.engine, { kind: 'lint', termBase: c.termBase, lang: c.lang, size: c.size });
    rows.push([`${c.lang} ${c.size}`, c.termBase, c.ms, c.mbPerS, e?.ms, e?.mbPerS]);
  }
  out.push(table(['Draft', 'Term base', 'CLI ms', 'CLI MB/s', 'Engine ms', 'Engine MB/s'], rows), '');
  const startup = r.cli.filter((x) => x.kind === 'startup' || x.kind === 'startup-no-cache')
    .map((x) => `${x.termBase}${x.kind === 'startup-no-cache' ? ' without the term-file cache' : ''} ${x.ms} ms`).join(', ');
  const loads = (r.engine ?? []).filter((x) => x.kind === 'load').map((x) => `${x.termBase} ${x.ms} ms (${x.phrasings.toLocaleString('en')} phrasings, ${x.retainedHeapMb} MB of heap kept)`).join(', ');
  out.push(`CLI on an empty draft (process start + term base load): ${startup}. Term base load in-process: ${loads}.`, '');

  out.push('## Accuracy on the injected drift', '',
    'A finding counts when its range overlaps an injected span and it names the same phrasing (its replacement is the official form). policy-lint with the built-in term base, textlint + textlint-rule-prh with the term base exported by `--export prh`, same files, same run.', '');
  for (const lang of ['en', 'zh']) {
    const c = find(r.cli, { kind: 'lint', termBase: 'built-in', lang, size: '10MB' });
    const t = find(r.peers?.runs, { lang, size: '10MB' });
    const team = find(r.cli, { kind: 'lint', termBase: '10k', lang, size: '10MB' });
    if (!c) continue;
    const cats = Object.keys(c.accuracy.byCategory).sort();
    out.push(`**${lang === 'en' ? 'English' : 'Chinese'}, 10 MB** (${c.accuracy.injected} injected)`, '', table(['Category', 'Injected', 'policy-lint recall', 'textlint+prh recall'], [
      ...cats.map((k) => [k, c.accuracy.byCategory[k].injected, pct(c.accuracy.byCategory[k].recall), pct(t?.accuracy?.byCategory[k]?.recall)]),
      ['**all**', c.accuracy.injected, `**${pct(c.accuracy.recall)}**`, `**${pct(t?.accuracy?.recall)}**`],
      ['precision', '', pct(c.accuracy.precision), pct(t?.accuracy?.precision)],
      ['rule id as expected (of found)', '', pct(c.accuracy.ruleAgreement), '–'],
    ]), '', team ? `With the 10,000-entry term base loaded too: recall ${pct(team.accuracy.recall)}, precision ${pct(team.accuracy.precision)} (${team.accuracy.falsePositives} findings outside the injected drift).` : '', '');
    if (c.accuracy.missedSample.length) out.push(`Missed by policy-lint, for example: ${c.accuracy.missedSample.slice(0, 5).map((s) => `\`${s}\``).join(', ')}.`, '');
  }

  out.push('## Language server', '',
    'dist/server.js over stdio, driven by a real client (bench/lib/lspSession.mjs) on the English 1 MB draft. Completion asked with triggerKind Invoked (what VS Code sends for the first character of a word) at 200 positions inside official phrasings (2-14 characters typed) and 200 after arbitrary words; hover at 200 positions on phrasings and 200 anywhere. Ready to lint: a small draft with a variant only this term base knows is opened right after initialized, until its diagnostics arrive. Diagnostics after an edit: a didChange inserting or deleting one word, timed until publishDiagnostics for that version arrives (includes the debounce). The 10k term base is the workspace folder\'s `.policy-terms.yaml`.', '');
  const L = r.lsp ?? [];
  const col = (f) => L.map(f);
  out.push(table(['Measure', ...L.map((l) => l.termBase)], [
    ['ready (spawn → initialize response), median ms', ...col((l) => l.readyMs.p50)],
    ['ready to lint (spawn → first diagnostics with this term base), median ms', ...col((l) => l.readyToLintMs.p50)],
    ['open 1 MB → first diagnostics, ms', ...col((l) => l.openToDiagnosticsMs)],
    ['completion, all positions: p50 / p95 ms', ...col((l) => `${l.completion.all.p50} / ${l.completion.all.p95}`)],
    ['… inside a phrasing: p50 / p95 ms', ...col((l) => `${l.completion.inPhrasing.p50} / ${l.completion.inPhrasing.p95}`)],
    ['… after any word: p50 / p95 ms', ...col((l) => `${l.completion.afterWord.p50} / ${l.completion.afterWord.p95}`)],
    ['… after any word, triggerKind 3 (next keystrokes): p50 / p95 ms', ...col((l) => `${l.completion.afterWordIncomplete.p50} / ${l.completion.afterWordIncomplete.p95}`)],
    ['hover, all positions: p50 / p95 ms', ...col((l) => `${l.hover.all.p50} / ${l.hover.all.p95}`)],
    ['diagnostics after an edit, default delay: p50 / p95 ms', ...col((l) => `${l.diagnosticsAfterEdit.default.p50} / ${l.diagnosticsAfterEdit.default.p95} (delay ${l.defaultDelayMs} ms)`)],
    ['diagnostics after an edit, delay 0: p50 / p95 ms', ...col((l) => `${l.diagnosticsAfterEdit.delay0.p50} / ${l.diagnosticsAfterEdit.delay0.p95}`)],
    ['VmHWM once the term base is loaded / with the 1 MB draft open / peak, MB', ...col((l) => `${l.memoryAfterLoadMb} / ${l.memoryAfterOpenMb} / ${l.peakRssMb}`)],
  ]), '');

  if (r.peers) {
    const d = r.peers.dictionary;
    out.push('## Peers', '', `textlint ${r.peers.versions.textlint}, textlint-rule-prh ${r.peers.versions['textlint-rule-prh']} (prh ${r.peers.versions.prh}), installed in bench/peers; \`--format json\`, timeout ${r.peers.timeoutS} s per run; median of 3 runs on 100 KB, 2 on 1 MB, 1 on 10 MB (CLI: 5, 5, 3). Dictionary: ${d.rules} rules, ${d.patterns} patterns.`,
      d.loadsAsExported ? 'The dictionary loads as exported.' : `**The dictionary as exported does not load** (\`${d.errorAsExported}\`); the bench repairs ${d.repairedPatterns} patterns (see "Product bugs") and measures with the repaired copy.`, '',
      table(['Draft', 'textlint ms', 'textlint MB/s', 'CLI ms', 'CLI faster by', 'textlint recall', 'CLI recall'], r.peers.runs.map((p) => {
        const c = find(r.cli, { kind: 'lint', termBase: 'built-in', lang: p.lang, size: p.size });
        return [`${p.lang} ${p.size}`, p.ms ?? p.failure, p.mbPerS, c?.ms, p.ms && c ? `${(p.ms / c.ms).toFixed(1)}x` : '–', pct(p.accuracy?.recall), pct(c?.accuracy.recall)];
      })), '');
  }

  if (r.dense) out.push(...denseSection(r));

  out.push('## Missed targets', '', ...misses(r), '');
  out.push('## Product bugs found by the bench', '', ...productBugs(r), '');
  out.push('## Running it', '',
    '- `npm run bench`: build, then everything (2-3 minutes per run here); `npm run bench -- --runs 2` for final figures.',
    '- `node bench/run.mjs --only cli,engine,lsp,peers,against,dense`: a subset (results in bench/results/scratch/partial.json); `node bench/report.mjs --merge-dense` then puts the dense part of that partial run into latest.json and rewrites this file (the dense section says when it was measured).',
    '- `node bench/run-against.mjs`: the CLI against the build before near-matching alone (a git worktree of that commit in bench/results/scratch/, built with this checkout\'s node_modules; skipped in a clone without that commit).',
    '- Each runner also runs alone: `node bench/generate-corpus.mjs [--force] [--dense]`, `bench/synthesize-terms.mjs`, `bench/run-cli.mjs`, `bench/run-engine.mjs`, `bench/run-lsp.mjs`, `bench/run-peers.mjs`, `bench/run-against.mjs`, `bench/run-dense.mjs [--size BYTES]` (smaller dense drafts of the same make, for development); `node bench/report.mjs` rewrites this file from latest.json.',
    '- Corpora (bench/corpus/), the team term file, outputs and profiles (bench/results/scratch/) and bench/peers/node_modules are generated and git-ignored.', '');
  return out.join('\n');
}

/** The dense-drift corpus: how it is made, then per draft the floor, each output format, textlint. */
function denseSection(r) {
  const d = r.dense;
  const out = ['## Dense-drift corpus', ''];
  const separate = d.startedAt && d.startedAt !== r.startedAt;
  if (separate) out.push(`Measured in a separate run (\`node bench/run.mjs --only dense\`) started ${d.startedAt}, product commit ${d.product?.commit}${d.product?.uncommittedProductFiles ? ` plus ${d.product.uncommittedProductFiles} uncommitted changed product files` : ''}, dist/ built ${d.product?.distBuiltAt}, on ${d.machine?.cores} cores (${d.machine?.cpuModel}), Node ${d.machine?.node}; the floor and textlint + prh in that same run.`, '');
  const en = d.options.en;
  const zh = d.options.zh;
  const made = [
    'Made by the same generator as the corpus above (bench/generate-corpus.mjs, `ensureDenseCorpus`), with other options and another seed, into bench/corpus/dense-*.md with a `.truth.json` each:',
    `${en.driftRate * 100}% of the phrasing mentions drift in English and ${zh.driftRate * 100}% in Chinese (the corpus above: 8%); filler sentences without a phrasing ${en.fillerRate * 100}% in English and ${zh.fillerRate * 100}% in Chinese (above: 40% and 60%);`,
    `paragraphs of ${en.groups[0]}-${en.groups[0] + en.groups[1] - 1} (English) and ${zh.groups[0]}-${zh.groups[0] + zh.groups[1] - 1} (Chinese) groups of 3-6 sentences, lines of several KB, under the same headings; and one English draft that is a single 10 MB paragraph: every sentence on one line, no heading, no blank line.`,
    'Besides the listed drift of the corpus above, drift made by rule, of the kinds the engine finds without a list, so that its near-matchers do real work.',
    'English: the plural of the last word lost or added (phrasings of three content words or more), "and" replaced by ", " or " & ", the two words or the two parts around "and" swapped, "the" put before the last word.',
    'Chinese: a character dropped from a form of five or more (not the first or the last), two adjacent parts of three characters or more swapped, a character replaced by its traditional form (read from dist/zh-tables.json, the table the build writes for the engine; forms of four characters or more), 一/两/三 changed in a form that has one.',
    'No generated drift is ever a form the term base lists.',
  ];
  out.push(made.join(' '), '',
    '**Recall here measures the generated drift, not accuracy** (the rules that make this drift are the engine\'s own kinds): this corpus is for speed and memory. Accuracy is `npm run eval` (EVALUATION.md).', '');
  out.push(table(['Draft', 'Bytes', 'Lines', 'Longest line', 'Drifts', 'Findings (JSON)', 'One finding per', 'Findings per KB', 'Recall / precision on the generated drift'],
    d.files.map((f) => [f.file, f.bytes.toLocaleString('en'), f.lines.toLocaleString('en'), `${f.longestLineBytes.toLocaleString('en')} B`, f.drifts.toLocaleString('en'), f.findings.toLocaleString('en'),
      `${f.bytesPerFinding} B`, f.findingsPerKb, `${(f.accuracy.recall * 100).toFixed(2)}% / ${(f.accuracy.precision * 100).toFixed(2)}%`])), '');
  const how = [
    `Each command is timed from spawn to exit (median of ${d.runs} runs, round by round: the floor, then each format, so the machine's load falls on all alike); peak RSS is the process's maxRSS (getrusage, KB / 1024), written at exit by a preload (\`node --require bench/lib/peak-rss.cjs\`), the largest of the runs.`,
    'policy-lint: `node dist/cli.js --no-team-terms --format F FILE`, output to a file.',
    'The floor: `node bench/lib/floor.cjs FILE`, Node starting, reading the file as UTF-8 and touching every character once (a sum of the code units).',
    `textlint + prh: once, on the dense English draft, with the dictionary and installation of the Peers section and its timeout (${d.textlint?.timeoutS ?? '–'} s).`,
    `policy-lint on an empty draft (start-up and term base load): ${d.startup.ms} ms, ${d.startup.peakRssMb} MB.`,
  ];
  out.push(how.join(' '), '');
  for (const f of d.files) {
    const rows = [['floor', f.floor.ms, f.floor.mbPerS, f.floor.peakRssMb, '–', '1x']];
    for (const c of f.cli) rows.push([`policy-lint, ${c.format}`, c.ms, c.mbPerS, c.peakRssMb, c.findings?.toLocaleString('en'), `${(c.ms / f.floor.ms).toFixed(2)}x`]);
    const t = d.textlint;
    if (t && t.file === f.file) {
      rows.push(['textlint + prh (json)', t.ms ?? (t.timedOut ? `> ${t.lowerBoundMs} (timed out)` : t.failure), t.mbPerS, t.peakRssMb, t.findings?.toLocaleString('en'),
        t.ms ? `${(t.ms / f.floor.ms).toFixed(1)}x` : '–']);
    }
    out.push(`**${f.file}** (${f.lang === 'en' ? 'English' : 'Chinese'}${f.layout === 'one-paragraph' ? ', one paragraph' : ''}, ${(f.bytes / 1e6).toFixed(1)} MB)`, '',
      table(['Command', 'Median ms', 'MB/s', 'Peak RSS MB', 'Findings', 'Time vs floor'], rows), '');
    if (t && t.file === f.file && t.vsCli) {
      out.push(`textlint + prh vs policy-lint (JSON output): ${t.timedOut ? '≥ ' : ''}${t.vsCli}x policy-lint's time${t.accuracy ? `; textlint + prh found ${t.findings.toLocaleString('en')} (recall ${pct(t.accuracy.recall)} of the generated drift, precision ${pct(t.accuracy.precision)})` : ''}. policy-lint (JSON) vs the floor: ${f.jsonVsFloor}x.`, '');
    } else out.push(`policy-lint (JSON) vs the floor: ${f.jsonVsFloor}x.`, '');
  }
  return out;
}

export function writeReport(results) {
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), renderReport(results));
}

/**
 * Puts the dense part of a partial run (`node bench/run.mjs --only dense`, its own start time,
 * product and machine kept with it) into latest.json and evaluates the targets again: the
 * dense section then says it was measured apart from the rest.
 */
function mergeDense(latestFile, partialFile) {
  const latest = JSON.parse(fs.readFileSync(latestFile, 'utf8'));
  const runs = JSON.parse(fs.readFileSync(partialFile, 'utf8')).filter((x) => x.dense);
  if (runs.length === 0) throw new Error(`${partialFile} has no dense results: run node bench/run.mjs --only dense first`);
  const run = runs[runs.length - 1];
  latest.dense = { ...run.dense, startedAt: run.startedAt, product: run.product, machine: run.machine };
  latest.targets = evaluateTargets(latest);
  fs.writeFileSync(latestFile, JSON.stringify(latest, null, 1) + '\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const latestFile = path.join(BENCH, 'results', 'latest.json');
  if (process.argv.includes('--merge-dense')) {
    mergeDense(latestFile, path.join(SCRATCH, 'partial.json'));
    console.log('put the dense results of bench/results/scratch/partial.json into bench/results/latest.json');
  }
  writeReport(JSON.parse(fs.readFileSync(latestFile, 'utf8')));
  console.log('wrote BENCHMARKS.md');
}
