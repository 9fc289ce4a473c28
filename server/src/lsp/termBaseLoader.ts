// Which term files a draft is linted with (built-in, its team file, those its folder's
// settings name), and loading them. An open term file counts with its unsaved text, so an
// edit re-indexes at once. A malformed file gets diagnostics in that file and the last good
// term base stays in use.

import * as path from 'node:path';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { inside } from '../node/boundedRead';
import { defaultTermCache } from '../node/termCache';
import { TEAM_TERM_FILE_NAMES, loadTermBase, teamTermFileFor, type LoadedTermBase } from '../node/termFiles';
import { pathToUri } from './context';
import type { Settings } from './settings';
import { DIAGNOSTIC_SOURCE } from '../protocol';

export function isTermFileUri(uri: string): boolean {
  return TEAM_TERM_FILE_NAMES.some((n) => uri.endsWith('/' + n));
}

/** The workspace folder a file belongs to: the innermost folder holding it. */
export function folderOf(file: string, folders: readonly string[]): string | undefined {
  return folders.filter((f) => inside(f, file)).sort((a, b) => b.length - a.length)[0];
}

/**
 * The workspace folder and team file of the drafts in `dir` (undefined: the first folder's
 * root, for drafts that are no file yet): the nearest team file up to the folder, as the CLI
 * finds it up to the repository root, never a link out of the folder.
 */
export function teamFileOf(dir: string | undefined, folders: readonly string[]): { folder?: string; file?: string } {
  const folder = dir === undefined ? folders[0] : folderOf(dir, folders);
  return { folder, file: folder === undefined ? undefined : teamTermFileFor(dir ?? folder, folder, true) };
}

/**
 * The term files the drafts in `dir` are linted with besides the built-in one: their team file,
 * then the files their folder's settings name. A draft outside every folder gets only the latter.
 */
export function termFilesFor(dir: string | undefined, folders: readonly string[], settings: Settings): string[] {
  const { folder, file: team } = teamFileOf(dir, folders);
  const files: string[] = [];
  if (team) files.push(team);
  for (const f of settings.termFiles) {
    const abs = path.isAbsolute(f) ? f : path.resolve(folder ?? folders[0] ?? process.cwd(), f);
    // Outside every workspace folder (links resolved) only what the user named in their own settings.
    if (!folders.some((fo) => inside(fo, abs)) && !settings.userTermFiles.includes(f)) continue;
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
  const loaded = loadTermBase(files, { readText: openText, cache: defaultTermCache() });
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
