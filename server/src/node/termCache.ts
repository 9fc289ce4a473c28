// A team's term file, checked once: its validated data is kept in the platform's cache folder
// (as ESLint and cspell keep their work), named by a hash of the file's text and of this
// build, so that the next run on the same text skips YAML parsing and schema validation, the
// larger part of loading a large term base. Only a file without problems is kept. The cache
// is an aid, never a source of truth: an entry that cannot be read, or a folder that cannot
// be written, is passed over and the file parsed as if there were no cache.

import * as fs from 'node:fs';
import * as path from 'node:path';
import envPaths from 'env-paths';
import type { TermFileData } from '../core/termFile';

/** Bumped when the shape of what is kept changes. */
const FORMAT = 1;
/** Entries kept at most; the oldest go first. */
const MAX_ENTRIES = 32;

export interface TermCache {
  dir: string;
}

/**
 * Where the cache lives: POLICY_LINT_CACHE_DIR when set, else the platform's cache folder
 * (~/.cache/policy-lint on Linux, ~/Library/Caches/policy-lint on macOS,
 * %LOCALAPPDATA%\policy-lint\Cache on Windows).
 */
export function defaultTermCache(env: NodeJS.ProcessEnv = process.env): TermCache {
  return { dir: env.POLICY_LINT_CACHE_DIR || envPaths('policy-lint', { suffix: '' }).cache };
}

let buildStamp: string | undefined;
/** This build: its version and the bundle's size and time, so a rebuilt parser never reads an older build's entries. */
function stamp(): string {
  if (buildStamp === undefined) {
    let file = '';
    try {
      const s = fs.statSync(__filename);
      file = `${s.size}:${s.mtimeMs}`;
    } catch {
      // A bundle that cannot stat itself still keys by format and text.
    }
    buildStamp = `${FORMAT}:${file}`;
  }
  return buildStamp;
}

/** The entry's name for a term file's text (its extension says how it was parsed). */
function keyOf(fileName: string, text: string): string {
  // Loaded here: a run without a team file needs no crypto module.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(`${stamp()}\n${path.extname(fileName).toLowerCase()}\n`).update(text).digest('hex');
}

/** The validated data of a term file with this text, if it was kept. */
export function cachedTermData(cache: TermCache, fileName: string, text: string): TermFileData | undefined {
  const key = keyOf(fileName, text);
  try {
    const file = path.join(cache.dir, `${key}.json`);
    const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as { key?: string; data?: TermFileData };
    if (entry.key !== key || !entry.data || typeof entry.data !== 'object') return undefined;
    try {
      // Used now: the last to be pruned (a read-only cache keeps its entries all the same).
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch {
      // Not touched: it may be pruned sooner.
    }
    return entry.data;
  } catch {
    return undefined;
  }
}

/** Keeps the validated data of a term file (written to a temporary name, then renamed: a reader never sees half an entry). */
export function keepTermData(cache: TermCache, fileName: string, text: string, data: TermFileData): void {
  const key = keyOf(fileName, text);
  const file = path.join(cache.dir, `${key}.json`);
  // Its own name per writer: worker threads share the process id.
  const temp = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(cache.dir, { recursive: true });
    fs.writeFileSync(temp, JSON.stringify({ key, data }));
    fs.renameSync(temp, file);
    prune(cache.dir);
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing was written there either.
    }
  }
}

/** Removes the oldest entries beyond MAX_ENTRIES (each edit of a term file makes a new one). */
function prune(dir: string): void {
  const entries = fs.readdirSync(dir).filter((f) => /^[0-9a-f]{64}\.json$/.test(f));
  if (entries.length <= MAX_ENTRIES) return;
  const dated = entries.map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs })).sort((a, b) => a.t - b.t);
  for (const { f } of dated.slice(0, dated.length - MAX_ENTRIES)) fs.rmSync(path.join(dir, f), { force: true });
}
