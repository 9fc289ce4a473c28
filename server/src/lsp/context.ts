// What every feature of the server shares: the connection, the open drafts, the current
// term base and settings. Features receive it; nothing here is a module singleton.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { PhrasingCompleter } from '../core/completion';
import { DraftLinter } from '../core/draftLinter';
import { localeOf } from '../core/messages';
import type { LintOptions } from '../core/lint';
import { pinyinOf } from '../node/pinyin';
import { sourceDocumentPath, type LoadedTermBase } from '../node/termFiles';
import type { Settings } from './settings';
import type { Positions } from './convert';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The last good term base. */
  readonly loaded: LoadedTermBase;
  readonly completer: PhrasingCompleter;
  readonly settings: Settings;
  /** Workspace folders as file system paths. */
  readonly folders: string[];
  /** True once the team's term files are loaded; diagnostics wait for it. */
  readonly ready: boolean;
  linterFor(uri: string): DraftLinter;
  lintOptions(): LintOptions;
  /** Is this document a draft (not a term file)? */
  isDraft(uri: string): boolean;
}

export interface OpenDraft {
  uri: string;
  version: number;
  text: string;
  lines: Positions;
}

/** An open draft with its text and line index, or undefined for unknown documents and term files. */
export function openDraft(ctx: ServerContext, uri: string): OpenDraft | undefined {
  const doc = ctx.documents.get(uri);
  if (!doc || !ctx.isDraft(uri)) return undefined;
  const text = doc.getText();
  return { uri, version: doc.version, text, lines: doc };
}

export function uriToPath(uri: string): string | undefined {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(path.resolve(p)).href;
}

/** Mutable state behind ServerContext, replaced whole when the term base or settings change. */
export class ServerState {
  private linters = new Map<string, DraftLinter>();
  completer: PhrasingCompleter;
  /** The official source documents: the readout is the source, not a draft to lint. */
  private sourceUris: Set<string>;

  /** The lint options the settings make, computed when they change, not per request. */
  private options!: LintOptions;

  /** `clientLocale`: the editor's display language, from initialize. */
  constructor(public loaded: LoadedTermBase, public settings: Settings, private readonly clientLocale?: string) {
    this.completer = new PhrasingCompleter(loaded.index, pinyinOf);
    this.sourceUris = sourceUrisOf(loaded);
    this.updateSettings(settings);
  }

  replace(loaded: LoadedTermBase, settings: Settings): void {
    this.loaded = loaded;
    this.completer = new PhrasingCompleter(loaded.index, pinyinOf);
    this.sourceUris = sourceUrisOf(loaded);
    this.updateSettings(settings);
  }

  isSource(uri: string): boolean {
    return this.sourceUris.has(uri);
  }

  /** Settings that do not name term files: the linters start afresh with the new options. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    const language = settings.language === 'auto' ? this.clientLocale : settings.language;
    this.options = { fuzzy: settings.fuzzy.enabled, maxEdits: settings.fuzzy.maxEdits, severities: settings.severity, locale: localeOf(language) };
    this.linters.clear();
  }

  lintOptions(): LintOptions {
    return this.options;
  }

  linterFor(uri: string): DraftLinter {
    let l = this.linters.get(uri);
    if (!l) {
      l = new DraftLinter(this.loaded.index, this.lintOptions());
      this.linters.set(uri, l);
    }
    return l;
  }

  forget(uri: string): void {
    this.linters.delete(uri);
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
