// What every feature of the server shares: the connection, the open drafts, the term bases
// and settings. Features receive it; nothing here is a module singleton.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PhrasingCompleter } from '../core/completion';
import { DraftLinter } from '../core/draftLinter';
import { localeOf } from '../core/messages';
import type { LintOptions } from '../core/lint';
import type { LoadedTermBase } from '../node/termFiles';
import type { Settings } from './settings';
import type { Positions } from './convert';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /**
   * The term base a draft is linted with (built-in, its team file, its folder's settings'
   * files); without a draft, the first workspace folder's (the side bar, the status).
   */
  termBaseFor(uri?: string): LoadedTermBase;
  completerFor(uri: string): PhrasingCompleter;
  /** Window-wide settings (severities, similarity, language, delay). */
  readonly settings: Settings;
  /** Workspace folders as file system paths. */
  readonly folders: string[];
  /** True once the settings are read; diagnostics wait for it. */
  readonly ready: boolean;
  linterFor(uri: string): DraftLinter;
  lintOptions(): LintOptions;
  /** Is this document a draft (not a term file or an official source)? */
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

/** Mutable state behind ServerContext: the settings and the drafts' linters, started afresh when they change. */
export class ServerState {
  private linters = new Map<string, DraftLinter>();

  /** The lint options the settings make, computed when they change, not per request. */
  private options!: LintOptions;

  /** `clientLocale`: the editor's display language, from initialize. */
  constructor(public settings: Settings, private readonly clientLocale?: string) {
    this.updateSettings(settings);
  }

  /** Settings: the linters start afresh with the new options. */
  updateSettings(settings: Settings): void {
    this.settings = settings;
    const language = settings.language === 'auto' ? this.clientLocale : settings.language;
    this.options = { fuzzy: settings.fuzzy.enabled, maxEdits: settings.fuzzy.maxEdits, severities: settings.severity, locale: localeOf(language) };
    this.linters.clear();
  }

  /** Term bases reloaded: every linter starts afresh. */
  dropLinters(): void {
    this.linters.clear();
  }

  lintOptions(): LintOptions {
    return this.options;
  }

  linterFor(uri: string, loaded: LoadedTermBase): DraftLinter {
    let l = this.linters.get(uri);
    if (!l || l.index !== loaded.index) {
      l = new DraftLinter(loaded.index, this.lintOptions());
      this.linters.set(uri, l);
    }
    return l;
  }

  forget(uri: string): void {
    this.linters.delete(uri);
  }
}
