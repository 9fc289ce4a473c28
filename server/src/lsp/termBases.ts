// The term bases of the workspace's drafts, one per set of term files (usually one per
// workspace folder), loaded on first need. When term files change every one is reloaded on
// its next use; a reload with problems keeps the last good one (the problems show as
// diagnostics in the term file).

import type { Connection } from 'vscode-languageserver';
import { termBaseEntry, type TermBaseEntry } from './context';
import { loadWorkspaceTermBase, publishTermFileDiagnostics } from './termBaseLoader';

export class TermBases {
  private readonly entries = new Map<string, { entry: TermBaseEntry; stale: boolean }>();

  constructor(private readonly connection: Connection, private readonly unsavedText: (file: string) => string | undefined) {}

  /** The term base of these team files (the built-in one comes first in every base). */
  get(files: readonly string[]): TermBaseEntry {
    const key = files.join('\n');
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
  retain(used: readonly (readonly string[])[]): void {
    const keep = new Set(used.map((files) => files.join('\n')));
    for (const key of [...this.entries.keys()]) if (!keep.has(key)) this.entries.delete(key);
  }

  /** Term files changed on disk or in an editor: each base is read again on its next use. */
  invalidate(): void {
    for (const e of this.entries.values()) e.stale = true;
  }
}
