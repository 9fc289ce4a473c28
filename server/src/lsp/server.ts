// Wiring of the language server: state, term base (re)loading, and one register call per feature.

import * as path from 'node:path';
import {
  TextDocuments, TextDocumentSyncKind, CodeActionKind, DidChangeConfigurationNotification,
  type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToUri, ServerState, uriToPath, type ServerContext } from './context';
import { registerCodeActions, FIX_ALL_KIND } from './features/codeActions';
import { registerCompletion } from './features/completion';
import { registerDefinition } from './features/definition';
import { registerDiagnostics } from './features/diagnostics';
import { markLifecycle } from './features/guard';
import { registerHover } from './features/hover';
import { registerIgnoreList } from './features/ignoreList';
import { registerPhrasingRequests } from './features/phrasingRequests';
import { ADD_TO_IGNORE_LIST_COMMAND, STATUS_NOTIFICATION, type TermBaseStatus } from '../protocol';
import { registerSymbols } from './features/symbols';
import { registerWorkspaceLint } from './features/workspaceLint';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { folderOf, isTermFileUri, termFilesFor } from './termBaseLoader';
import { TermBases, termFileSet, type TermFileSet } from './termBases';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  /** Settings of each workspace folder (the term files it names): read with the folder as scope. */
  let folderSettings = new Map<string, Settings>();
  let state: ServerState | undefined;
  let supportsConfiguration = false;
  let supportsFolders = false;
  let reloadTimer: NodeJS.Timeout | undefined;
  /** False until the settings (which name term files) are read: no diagnostics before then. */
  let ready = false;

  const unsavedText = (file: string) => documents.all().find((d) => uriToPath(d.uri) === file)?.getText();
  const bases = new TermBases(connection, unsavedText);

  /**
   * The term files of a draft, by the rule the CLI follows; a draft that is no file (untitled)
   * and the views get the first folder's. Remembered per folder of drafts until settings,
   * folders or term files change (every request asks, and the search touches the disk).
   */
  const filesOfDir = new Map<string | undefined, TermFileSet>();
  /** The term files of the drafts in `dir` (undefined: the first folder's). */
  const filesForDir = (dir: string | undefined): TermFileSet => {
    let set = filesOfDir.get(dir);
    if (!set) {
      const folder = dir === undefined ? folders[0] : folderOf(dir, folders);
      const settings = (folder !== undefined && folderSettings.get(folder)) || (state?.settings ?? DEFAULT_SETTINGS);
      filesOfDir.set(dir, (set = termFileSet(termFilesFor(dir, folders, settings))));
    }
    return set;
  };
  const dirOf = (uri: string | undefined): string | undefined => {
    const file = uri === undefined ? undefined : uriToPath(uri);
    return file === undefined ? undefined : path.dirname(file);
  };
  const BUILT_IN_ONLY = termFileSet([]);
  const entryFor = (uri?: string) => bases.get(ready ? filesForDir(dirOf(uri)) : BUILT_IN_ONLY);

  /**
   * Reads the term bases a user looks at (each folder's, and the one of each term file open in
   * an editor) so that their files' problems show at once, as diagnostics in those files;
   * bases no folder or open document uses any more are dropped (they would be stale).
   */
  const loadInUse = (): void => {
    if (!ready) return;
    const dirs = new Set<string | undefined>([undefined, ...folders, ...documents.all().map((d) => dirOf(d.uri))]);
    const used = [...dirs].map(filesForDir);
    bases.retain(used);
    for (const set of used) bases.get(set);
  };

  const sendStatus = () => {
    const { loaded } = entryFor();
    const status: TermBaseStatus = { phrasings: loaded.index.size, termFiles: loaded.files, problems: loaded.problems.length };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
  };

  /** After any change: the term bases in use read, the status sent, every open draft checked again. */
  const recheck = (): void => {
    loadInUse();
    sendStatus();
    diagnostics.validateAll();
  };

  /** New settings, window-wide and per folder: each draft finds its term base again. */
  const applySettings = (settings: Settings, perFolder: Map<string, Settings>): void => {
    state!.updateSettings(settings);
    folderSettings = perFolder;
    filesOfDir.clear();
    ready = true;
    recheck();
  };

  /** Term files changed on disk or in an editor (a file may have appeared): every base is read again. */
  const forgetTermFiles = (): void => {
    filesOfDir.clear();
    bases.invalidate();
    state?.dropLinters();
  };

  const ctx: ServerContext = {
    connection,
    documents,
    termBaseFor: (uri) => entryFor(uri).loaded,
    completerFor: (uri) => entryFor(uri).completer,
    get settings() { return state?.settings ?? DEFAULT_SETTINGS; },
    get folders() { return folders; },
    get ready() { return ready; },
    linterFor: (uri) => state!.linterFor(uri, entryFor(uri).loaded),
    lintOptions: () => state!.lintOptions(),
    isDraft: (uri) => !isTermFileUri(uri) && !entryFor(uri).sourceUris.has(uri),
  };

  connection.onShutdown(() => markLifecycle(connection, 'shut down'));
  connection.onInitialize((params): InitializeResult => {
    markLifecycle(connection, 'initialized');
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    supportsConfiguration = Boolean(params.capabilities.workspace?.configuration);
    supportsFolders = Boolean(params.capabilities.workspace?.workspaceFolders);
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    // Answer at once with the built-in term base; the team's term files, which may be
    // large, are read once the settings that name them are known (onInitialized).
    state = new ServerState(normalizeSettings(init?.settings), params.locale);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        completionProvider: { resolveProvider: true, triggerCharacters: ['-'] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [ADD_TO_IGNORE_LIST_COMMAND] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'policy-language-server' },
    };
  });

  /** The window's settings, and each folder's (the folder as scope: its own term files). */
  const fetchSettings = async (): Promise<[Settings, Map<string, Settings>]> => {
    if (!supportsConfiguration) return [state?.settings ?? DEFAULT_SETTINGS, new Map()];
    // The folders asked about: the list may change while the client answers.
    const asked = [...folders];
    const items = [{ section: 'policyPhrasing' }, ...asked.map((f) => ({ scopeUri: pathToUri(f), section: 'policyPhrasing' }))];
    const [window, ...perFolder] = (await connection.workspace.getConfiguration(items)) as unknown[];
    return [normalizeSettings(window), new Map(asked.map((f, i) => [f, normalizeSettings(perFolder[i])]))];
  };

  const refresh = async (): Promise<void> => {
    try {
      applySettings(...(await fetchSettings()));
    } catch (e) {
      connection.console.error(`reading settings failed, using defaults: ${(e as Error).message}`);
      applySettings(state?.settings ?? DEFAULT_SETTINGS, new Map());
    }
  };

  connection.onInitialized(async () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyPhrasing' });
    if (supportsFolders) followFolders();
    await refresh();
  });

  /**
   * Changes that come in bursts (a branch switch changes settings and term files at once) are
   * applied together 50 ms after the last: term files read again, then the settings.
   */
  let termsChanged = false;
  let newSettings: (() => void | Promise<void>) | undefined;
  const soon = (change: { terms: true } | { settings: () => void | Promise<void> }) => {
    if ('terms' in change) termsChanged = true;
    else newSettings = change.settings;
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      const [terms, settings] = [termsChanged, newSettings];
      termsChanged = false;
      newSettings = undefined;
      const work = async () => {
        if (terms) forgetTermFiles();
        if (settings) await settings();
        else recheck();
      };
      work().catch((e: Error) => connection.console.error(`reloading failed: ${e.message}`));
    }, 50);
  };

  connection.onDidChangeConfiguration((change) => {
    const direct = (change.settings as { policyPhrasing?: unknown } | undefined)?.policyPhrasing;
    soon({ settings: supportsConfiguration || direct === undefined ? refresh : () => applySettings(normalizeSettings(direct), folderSettings) });
  });
  connection.onDidChangeWatchedFiles(() => soon({ terms: true }));
  documents.onDidChangeContent((e) => {
    if (ready && isTermFileUri(e.document.uri)) soon({ terms: true });
  });
  /** Workspace folders added or removed (the library's event, available once initialized). */
  const followFolders = () => connection.workspace.onDidChangeWorkspaceFolders((event) => {
    const gone = new Set(event.removed.map((f) => uriToPath(f.uri)));
    folders = [...folders.filter((f) => !gone.has(f)), ...event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined)];
    filesOfDir.clear();
    soon({ settings: refresh });
  });
  documents.onDidClose((e) => {
    state?.forget(e.document.uri);
  });

  const diagnostics = registerDiagnostics(ctx);
  registerCompletion(ctx);
  registerHover(ctx);
  registerDefinition(ctx);
  registerCodeActions(ctx);
  registerIgnoreList(ctx);
  registerSymbols(ctx);
  registerWorkspaceLint(ctx);
  registerPhrasingRequests(ctx);

  documents.listen(connection);
  connection.listen();
}
