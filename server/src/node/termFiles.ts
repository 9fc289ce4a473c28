// Reads term files and source documents from disk for the CLI and the language server.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { PhrasingIndex } from '../core/phrasingIndex';
import { chineseTables } from './chineseTables';
import { DATA_CAP, inside, readBounded } from './boundedRead';
import { isEnglishWord } from './englishWords';
import { cachedTermData, keepTermData, type TermCache } from './termCache';
import { buildTermBase } from '../core/termBase';
import type { TermFile, TermFileProblem } from '../core/termFile';
import type { TermBase } from '../core/types';

/**
 * The term-file parser (YAML, JSON Schema, TBX), loaded on first use: a run on the built-in
 * term base, compiled at build time, never loads those libraries.
 */
function parseTermFile(name: string, text: string): TermFile {
  return (require('../core/termFile') as typeof import('../core/termFile')).parseTermFile(name, text);
}

/** Names of a team's term file, looked for in the workspace (and, for the CLI, its parents). */
export const TEAM_TERM_FILE_NAMES = ['.policy-terms.yaml', '.policy-terms.yml', '.policy-terms.json'];

let dataDir: string | undefined;
/** The folder with the built-in term base, its schema and sources (server/data), wherever the code is bundled. */
function builtinDataDir(): string {
  if (dataDir) return dataDir;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'server', 'data');
    if (fs.existsSync(path.join(candidate, 'terms.yaml'))) return (dataDir = candidate);
    if (path.dirname(dir) === dir) throw new Error('the built-in term base (server/data/terms.yaml) is missing from this installation');
  }
}

export function builtinTermFilePath(): string {
  return path.join(builtinDataDir(), 'terms.yaml');
}

/** Name of the built-in term base compiled at build time (next to the bundles). */
const COMPILED_BUILTIN = 'builtin-terms.json';

/**
 * A stamp of the built-in term file's text (its length and an FNV-1a hash) that tells a stale
 * compiled copy from a fresh one. Not a cryptographic hash: it guards against a forgotten
 * rebuild, and every run pays for it, so it loads no crypto module.
 */
export function textStamp(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(16)}`;
}

/**
 * The built-in term file. The build validates it once and stores the data next to the
 * bundles, so a CLI run skips YAML parsing and schema validation. A stale copy (the YAML
 * changed since) is ignored: the copy is trusted as it stands when it is newer than the YAML
 * and was made from a file of the YAML's size (two stats, no read); otherwise the YAML's text
 * is read and compared by its stamp.
 */
function readBuiltinTermFile(): TermFile {
  const file = builtinTermFilePath();
  const compiled = path.join(__dirname, COMPILED_BUILTIN);
  try {
    const yaml = fs.statSync(file);
    const stored = JSON.parse(fs.readFileSync(compiled, 'utf8')) as { hash: string; bytes?: number; data: TermFile['data'] };
    const fresh = (yaml.mtimeMs <= fs.statSync(compiled).mtimeMs && stored.bytes === yaml.size) || stored.hash === textStamp(fs.readFileSync(file, 'utf8'));
    if (fresh) {
      const name = 'built-in:terms.yaml';
      // Positions are only needed for problems; parse the YAML for them when asked.
      let full: TermFile | undefined;
      return { name, data: stored.data, problems: [], locate: (p) => (full ??= readTermFile(file, name)).locate(p) };
    }
  } catch {
    // No compiled copy (a run from the sources): the YAML below.
  }
  return readTermFile(file, 'built-in:terms.yaml');
}

/**
 * Reads and parses a term file; an unreadable file becomes a problem at 1:1. With a cache, a
 * file from disk whose text was checked before is not parsed again (see termCache.ts).
 */
export function readTermFile(file: string, displayName = file, unsaved?: string, cache?: TermCache): TermFile {
  if (unsaved !== undefined) return parseTermFile(displayName, unsaved);
  const read = readBounded(file, DATA_CAP);
  if (!read.ok) {
    return { name: displayName, problems: [{ file: displayName, line: 1, column: 1, message: `cannot read term file: ${read.reason}` }], locate: () => ({ line: 1, column: 1 }) };
  }
  const text = read.bytes.toString('utf8');
  const kept = cache && cachedTermData(cache, file, text);
  if (kept) {
    // Positions are only needed for problems the term base finds later: parsed when asked.
    let parsed: TermFile | undefined;
    return { name: displayName, data: kept, problems: [], locate: (p) => (parsed ??= parseTermFile(displayName, text)).locate(p) };
  }
  const parsed = parseTermFile(displayName, text);
  if (cache && parsed.data && parsed.problems.length === 0) keepTermData(cache, file, text, parsed.data);
  return parsed;
}

export interface LoadedTermBase {
  termBase: TermBase;
  /** Built on first read. */
  readonly index: PhrasingIndex;
  problems: TermFileProblem[];
  files: string[];
}

/** The built-in term base followed by the given team term files (absolute or relative paths). */
export interface LoadOptions {
  /** Show team file names relative to this folder (the CLI); by default absolute paths. */
  displayBase?: string;
  /** Unsaved text of a team file open in an editor. */
  readText?: (file: string) => string | undefined;
  /** Where checked team files are kept between runs (none: every file is parsed). */
  cache?: TermCache;
}

export function loadTermBase(teamFiles: readonly string[], options: LoadOptions = {}): LoadedTermBase {
  const builtin = builtinTermFilePath();
  const display = (f: string) => (options.displayBase ? path.relative(options.displayBase, f) || f : f);
  const files = [readBuiltinTermFile(), ...teamFiles.map((f) => readTermFile(f, display(f), options.readText?.(f), options.cache))];
  const sourcePaths = new Map<string, string>([[files[0].name, builtin]]);
  teamFiles.forEach((f, i) => sourcePaths.set(files[i + 1].name, f));
  const { termBase, problems } = buildTermBase(files, (termFile, p) => {
    const folder = path.dirname(sourcePaths.get(termFile) ?? termFile);
    const resolved = path.resolve(folder, p);
    // A source document lives beside its term file or below it: a workspace's term file must
    // not make the tools read (and quote back) any file the user can read.
    if (!inside(folder, resolved)) return { error: `cannot read ${p}: outside the term file's folder` };
    const read = readBounded(resolved, DATA_CAP);
    return read.ok ? read.bytes.toString('utf8').replace(/^\uFEFF/, '') : { error: `cannot read ${p}: ${read.reason}` };
  });
  // The index is built on first use: a run over drafts without words (an empty file) or a
  // server that has not yet been asked anything does not pay for the automata.
  let index: PhrasingIndex | undefined;
  return {
    termBase,
    get index() { return (index ??= new PhrasingIndex(termBase, isEnglishWord, chineseTables())); },
    problems,
    files: [builtin, ...teamFiles],
  };
}

/**
 * The team term file of a draft: the nearest .policy-terms.{yaml,yml,json} in the draft's
 * folder or a parent, up to `boundary` and not above it. The one rule for every tool: the CLI
 * stops at the repository root (the first folder with a .git), the editor at the draft's
 * workspace folder. `confined`: a file that is a link out of the boundary is not taken (the
 * editor reads nothing outside the workspace; on the command line the user chose the link).
 */
export function teamTermFileFor(dir: string, boundary = repositoryRoot(dir), confined = false): string | undefined {
  const root = path.resolve(boundary);
  for (let d = path.resolve(dir); inside(root, d); d = path.dirname(d)) {
    for (const name of TEAM_TERM_FILE_NAMES) {
      const f = path.join(d, name);
      if (fs.existsSync(f) && (!confined || inside(root, f))) return f;
    }
    if (d === root || path.dirname(d) === d) break;
  }
  return undefined;
}

/** The repository `dir` belongs to (the nearest folder with a .git), or the file system root. */
export function repositoryRoot(dir: string): string {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git')) || path.dirname(d) === d) return d;
  }
}

/** Absolute path of a source document, for go-to-definition. */
export function sourceDocumentPath(loaded: LoadedTermBase, documentId: string): string | undefined {
  const doc = loaded.termBase.sources.get(documentId);
  if (!doc) return undefined;
  for (const file of loaded.files) {
    const candidate = path.resolve(path.dirname(file), doc.path);
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}
