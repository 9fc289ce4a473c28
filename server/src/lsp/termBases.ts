// The term bases of the workspace's drafts, one per set of term files (usually one per
// workspace folder), loaded on first need. When term files change every one is reloaded on
// its next use; a reload with problems keeps the last good one (the problems show as
// diagnostics in the term file).

import type { Connection } from 'vscode-languageserver';
import { PhrasingCompleter } from '../core/completion';
import { pinyinOf } from '../node/pinyin';
import { sourceDocumentPath, type LoadedTermBase } from '../node/termFiles';
import { pathToUri } from './context';
import { loadWorkspaceTermBase, publishTermFileDiagnostics } from './termBaseLoader';

/** A set of team term files, with the key its term base is kept under (made once, not per request). */
export interface TermFileSet {
  files: readonly string[];
  key: string;
}

export function termFileSet(files: readonly string[]): TermFileSet {
  return { files, key: files.join('\n') };
}

/** A loaded term base with what is built from it once. */
export interface TermBaseEntry {
  loaded: LoadedTermBase;
  completer: PhrasingCompleter;
  /** The official source documents: the readout is the source, not a draft to lint. */
  sourceUris: Set<string>;
}

function termBaseEntry(loaded: LoadedTermBase): TermBaseEntry {
  return { loaded, completer: new PhrasingCompleter(loaded.index, pinyinOf), sourceUris: sourceUrisOf(loaded) };
}

export class TermBases {
  private readonly entries = new Map<string, { entry: TermBaseEntry; stale: boolean }>();

  constructor(private readonly connection: Connection, private readonly unsavedText: (file: string) => string | undefined) {}

  /** The term base of these team files (the built-in one comes first in every base). */
  get({ files, key }: TermFileSet): TermBaseEntry {
    const known = this.entries.get(key);
    if (known && !known.stale) return known.entry;
    const started = Date.now();
    const outcome = loadWorkspaceTermBase(files, this.unsavedText);
    publishTermFileDiagnostics(this.connection, outcome.diagnostics);
    if (!outcome.ok && known) {
      this.connection.console.warn(`term files have ${outcome.loaded.problems.length} problem(s); keeping the last good term base`);
      known.stale = false;
      return known.entry;
    }
    const entry = termBaseEntry(outcome.loaded);
    this.entries.set(key, { entry, stale: false });
    this.connection.console.info(`term base: ${outcome.loaded.index.size} phrasings from ${outcome.loaded.files.length} file(s) in ${Date.now() - started} ms`);
    return entry;
  }

  /** Drops the bases of other sets of term files than these (no longer watched, they would go stale). */
  retain(used: readonly TermFileSet[]): void {
    const keep = new Set(used.map((set) => set.key));
    for (const key of [...this.entries.keys()]) if (!keep.has(key)) this.entries.delete(key);
  }

  /** Term files changed on disk or in an editor: each base is read again on its next use. */
  invalidate(): void {
    for (const e of this.entries.values()) e.stale = true;
  }
}

function sourceUrisOf(loaded: LoadedTermBase): Set<string> {
  const uris = new Set<string>();
  for (const id of loaded.termBase.sources.keys()) {
    const file = sourceDocumentPath(loaded, id);
    if (file) uris.add(pathToUri(file));
  }
  return uris;
}
