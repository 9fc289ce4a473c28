// Loads the term base for the workspace: built-in, then each folder's .policy-terms.yaml,
// then the files named in settings. An open term file counts with its unsaved text, so an
// edit re-indexes at once. A malformed file gets diagnostics in that file and the last good
// term base stays in use.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { inside } from '../node/boundedRead';
import { TEAM_TERM_FILE_NAMES, loadTermBase, type LoadedTermBase } from '../node/termFiles';
import { pathToUri } from './context';
import type { Settings } from './settings';
import { DIAGNOSTIC_SOURCE } from '../protocol';

export function isTermFileUri(uri: string): boolean {
  return TEAM_TERM_FILE_NAMES.some((n) => uri.endsWith('/' + n));
}

export function teamTermFiles(folders: readonly string[], settings: Settings): string[] {
  const files: string[] = [];
  for (const folder of folders) {
    for (const name of TEAM_TERM_FILE_NAMES) {
      const f = path.join(folder, name);
      // A team file that is a link out of the workspace is not read.
      if (fs.existsSync(f) && inside(folder, f)) files.push(f);
    }
  }
  for (const f of settings.termFiles) {
    const abs = path.isAbsolute(f) ? f : path.resolve(folders[0] ?? process.cwd(), f);
    // Outside every workspace folder (links resolved) only what the user named in their own settings.
    if (!folders.some((folder) => inside(folder, abs)) && !settings.userTermFiles.includes(f)) continue;
    if (!files.includes(abs)) files.push(abs);
  }
  return files;
}

export interface LoadOutcome {
  loaded: LoadedTermBase;
  /** Problems per term file URI (an empty list clears earlier diagnostics). */
  diagnostics: Map<string, Diagnostic[]>;
  ok: boolean;
}

export function loadWorkspaceTermBase(files: readonly string[], openText: (file: string) => string | undefined): LoadOutcome {
  const loaded = loadTermBase(files, { readText: openText });
  const diagnostics = new Map<string, Diagnostic[]>();
  for (const f of files) diagnostics.set(pathToUri(f), []);
  for (const p of loaded.problems) {
    const uri = path.isAbsolute(p.file) ? pathToUri(p.file) : p.file;
    const position = { line: p.line - 1, character: p.column - 1 };
    const list = diagnostics.get(uri) ?? [];
    list.push({ range: { start: position, end: position }, severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: p.message });
    diagnostics.set(uri, list);
  }
  return { loaded, diagnostics, ok: loaded.problems.length === 0 };
}

export function publishTermFileDiagnostics(connection: Connection, diagnostics: Map<string, Diagnostic[]>): void {
  for (const [uri, list] of diagnostics) {
    if (uri.startsWith('file:')) void connection.sendDiagnostics({ uri, diagnostics: list });
    else for (const d of list) connection.console.error(`${uri}:${d.range.start.line + 1}: ${typeof d.message === 'string' ? d.message : d.message.value}`);
  }
}
