#!/usr/bin/env node
// policy-lint: the terminology lint for CI and the shell.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { findCandidates } from '../core/candidates';
import { pinyinOf } from '../node/pinyin';
import { applyFixes, fixOf } from '../core/fixes';
import { lintInParts } from '../core/lint';
import { LineIndex } from '../core/positions';
import { decodeDraft, readDraft, writeDraftSafely } from '../node/drafts';
import { defaultTermCache, type TermCache } from '../node/termCache';
import { loadTermBase, teamTermFileFor, type LoadedTermBase } from '../node/termFiles';
import { parseCliArgs, UsageError, USAGE, type CliOptions } from './args';
import { collectDrafts, STDIN } from './collectDrafts';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatJunit } from './formats/junit';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import { lintInWorkers, serveJobs, workerCount, workerSetup } from './parallel';
import { counts, type DraftReport } from './report';

declare const PACKAGE_VERSION: string;
const VERSION = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Buffer;
  isTty: boolean;
}

export async function run(argv: string[], io: Io): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env, io.isTty);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policy-lint: ${e.message} (see --help)\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) return io.stdout(USAGE + '\n'), 0;
  if (options.version) return io.stdout(VERSION + '\n'), 0;

  // A draft's term files: its team file (the nearest up to the repository root, the rule the
  // editor follows up to the workspace folder), then the ones named on the command line.
  const named = options.terms.map((f) => path.resolve(io.cwd, f));
  const teamFiles = new Map<string, string | undefined>();
  const termFilesFor = (dir: string): string[] => {
    if (!teamFiles.has(dir)) teamFiles.set(dir, options.teamTerms ? teamTermFileFor(dir) : undefined);
    const team = teamFiles.get(dir);
    return [...(team ? [team] : []), ...named.filter((f) => f !== team)];
  };
  const cache = !options.cache ? undefined : options.cacheDir ? { dir: path.resolve(io.cwd, options.cacheDir) } : defaultTermCache(io.env);
  const baseOf = termBases(io.cwd, cache);
  /** Loads the term bases; false (with the problems told) when any has problems: then nothing is linted. */
  const loadAll = (fileSets: string[][]): boolean => {
    const problems = new Map<string, string>();
    for (const files of fileSets) for (const p of baseOf(files).problems) problems.set(`${p.file}:${p.line}:${p.column}: ${p.message}`, '');
    if (problems.size === 0) return true;
    for (const line of problems.keys()) io.stderr(`${line}\n`);
    io.stderr(`policy-lint: the term base has ${problems.size} problem${problems.size === 1 ? '' : 's'}; nothing was linted\n`);
    return false;
  };

  if (options.exportFormat) {
    if (!loadAll([termFilesFor(io.cwd)])) return 2;
    const loaded = baseOf(termFilesFor(io.cwd));
    // Loaded only for an export: they bring the YAML and XML writers.
    const { exportJson, exportPrh, exportRime, exportVale } = require('../core/exporters') as typeof import('../core/exporters');
    const { exportTbx } = require('../core/tbx') as typeof import('../core/tbx');
    const exporter = { prh: exportPrh, vale: exportVale, json: exportJson, tbx: exportTbx, rime: (t: LoadedTermBase['termBase']) => exportRime(t, pinyinOf) }[options.exportFormat];
    io.stdout(exporter(loaded.termBase));
    return 0;
  }

  let collected;
  try {
    collected = collectDrafts(options.paths, options.extensions, io.cwd);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policy-lint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  for (const n of collected.notices) io.stderr(`policy-lint: ${n}\n`);
  // Standard input is looked at as the file --stdin-filename names, as editors and hooks pipe it.
  const stdinDir = options.stdinFilename === undefined ? io.cwd : path.dirname(path.resolve(io.cwd, options.stdinFilename));
  const dirOf = (file: string) => (file === STDIN ? stdinDir : path.dirname(file));
  if (options.candidates) {
    if (!loadAll([termFilesFor(io.cwd)])) return 2;
    return listCandidates(baseOf(termFilesFor(io.cwd)), collected.drafts, io);
  }
  // Without drafts the working folder's term files are still checked: their problems are told.
  const fileSets = collected.drafts.length ? collected.drafts.map((f) => termFilesFor(dirOf(f))) : [termFilesFor(io.cwd)];
  if (!loadAll(fileSets)) return 2;

  const reports: DraftReport[] = [];
  const workers = options.fix || collected.drafts.includes(STDIN) ? 0 : workerCount(options.concurrency, collected.drafts);
  if (workers > 0) {
    // Each worker loads the term bases it needs (the checked team files from the cache).
    const jobs = collected.drafts.map((file, index) => ({ index, file, termFiles: termFilesFor(dirOf(file)) }));
    const setup: WorkerSetup = { argv, cwd: io.cwd, cacheDir: cache?.dir };
    for (const done of await lintInWorkers(__filename, jobs, workers, setup)) {
      for (const m of done.messages) io.stderr(m);
      if (done.report) reports.push({ ...done.report, lines: new LineIndex(done.report.text) });
    }
  } else {
    for (const file of collected.drafts) {
      const report = lintDraft(file, baseOf(termFilesFor(dirOf(file))), options, io);
      if (report) reports.push(report);
    }
  }
  if (options.quiet) for (const r of reports) r.findings = r.findings.filter((f) => f.severity === 'error');

  const output = options.format === 'json' ? formatJson(reports)
    : options.format === 'sarif' ? formatSarif(reports, io.cwd, VERSION)
    : options.format === 'github' ? formatGithub(reports)
    : options.format === 'junit' ? formatJunit(reports)
    : [formatStylish(reports, options.color, options.lang)];
  // Written in pieces of about 64 KB: large reports never become one giant string.
  let pending = '';
  for (const piece of output) {
    pending += piece;
    if (pending.length > 65536) {
      io.stdout(pending);
      pending = '';
    }
  }
  if (pending) io.stdout(pending);

  // A CI step that linted nothing must not pass: every path unreadable, binary or empty.
  if (reports.length === 0 && collected.drafts.length + collected.notices.length > 0) {
    io.stderr('policy-lint: no draft could be linted\n');
    return 2;
  }
  const { errors, warnings } = counts(reports);
  if (errors > 0) return 1;
  if (options.maxWarnings === undefined ? warnings > 0 : warnings > options.maxWarnings) return 1;
  return 0;
}

function lintDraft(file: string, loaded: LoadedTermBase, options: CliOptions, io: Io): DraftReport | undefined {
  const isStdin = file === STDIN;
  const displayPath = isStdin ? (options.stdinFilename ?? '<stdin>') : path.relative(io.cwd, file) || file;
  const read = isStdin ? decodeDraft(io.readStdin()) : readDraft(file, options.maxFileSize);
  if (!read.ok) {
    io.stderr(`policy-lint: ${displayPath}: skipped, ${read.reason}\n`);
    return undefined;
  }
  let text = read.text;
  // A draft of blank space has no findings, and no index is built for it.
  let findings = /\S/.test(text) ? lintInParts(loaded.index, text, { fuzzy: options.fuzzy, locale: options.lang }) : [];
  let fixed = 0;
  if (options.fix && findings.some((f) => fixOf(f) !== undefined)) {
    const result = applyFixes(text, findings);
    if (result.applied > 0) {
      if (isStdin) io.stderr('policy-lint: --fix does not rewrite standard input; findings are reported as found\n');
      else {
        let refused: string | undefined;
        try {
          refused = writeDraftSafely(file, result.text, read.bom, read.stat!);
        } catch (e) {
          refused = `not fixed: ${(e as Error).message}`;
        }
        if (refused) io.stderr(`policy-lint: ${displayPath}: ${refused}\n`);
        else {
          text = result.text;
          fixed = result.applied;
          findings = lintInParts(loaded.index, text, { fuzzy: options.fuzzy, locale: options.lang });
        }
      }
    }
  }
  const filePath = isStdin ? displayPath : file;
  return { filePath, displayPath, text, lines: new LineIndex(text), findings, fixed };
}

function listCandidates(loaded: LoadedTermBase, files: string[], io: Io): number {
  const sources = [];
  for (const file of files) {
    const read = file === STDIN ? decodeDraft(io.readStdin()) : readDraft(file);
    const name = file === STDIN ? '<stdin>' : path.relative(io.cwd, file);
    if (!read.ok) io.stderr(`policy-lint: ${name}: skipped, ${read.reason}\n`);
    else sources.push({ name, text: read.text });
  }
  const candidates = findCandidates(loaded.index, sources);
  if (candidates.length === 0) io.stdout('No candidate phrasings: every recurring or quoted phrase is in the term base.\n');
  for (const c of candidates) {
    io.stdout(`${c.count}\t${c.kind}\t${c.phrase}\t${c.first.source}:${c.first.line}\n`);
  }
  return 0;
}

function main(): void {
  // `policy-lint … | head -1`: the reader went away, which is no error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    readStdin: () => fs.readFileSync(0),
    isTty: Boolean(process.stdout.isTTY),
  }).then((code) => {
    process.exitCode = code;
  }, (e: unknown) => {
    process.stderr.write(`policy-lint: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  });
}

/** The term base of each set of term files, loaded once (names shown relative to `displayBase`). */
function termBases(displayBase: string, cache: TermCache | undefined): (files: string[]) => LoadedTermBase {
  const bases = new Map<string, LoadedTermBase>();
  return (files) => {
    const key = files.join('\n');
    let base = bases.get(key);
    if (!base) bases.set(key, (base = loadTermBase(files, { displayBase, cache })));
    return base;
  };
}

/** What a worker needs to lint as the CLI would: the same options, folder and cache. */
interface WorkerSetup {
  argv: string[];
  cwd: string;
  cacheDir?: string;
}

/** A worker thread of a parallel run (parallel.ts): lints the drafts it is sent. */
function worker(setup: WorkerSetup): void {
  const options = parseCliArgs(setup.argv, process.env, false);
  const baseOf = termBases(setup.cwd, setup.cacheDir ? { dir: setup.cacheDir } : undefined);
  serveJobs((job) => {
    const messages: string[] = [];
    const io: Io = { cwd: setup.cwd, env: process.env, stdout: () => undefined, stderr: (m) => void messages.push(m), readStdin: () => Buffer.alloc(0), isTty: false };
    const report = lintDraft(job.file, baseOf(job.termFiles), options, io);
    return { index: job.index, messages, report: report && { filePath: report.filePath, displayPath: report.displayPath, text: report.text, findings: report.findings, fixed: report.fixed } };
  });
}

const setup = workerSetup() as WorkerSetup | undefined;
if (setup) worker(setup);
else if (require.main === module) main();
