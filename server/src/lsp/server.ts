// Wiring of the language server: state, term base (re)loading, and one register call per feature.

import {
  TextDocuments, TextDocumentSyncKind, CodeActionKind, DidChangeConfigurationNotification,
  type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerState, uriToPath, type ServerContext } from './context';
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
import { isTermFileUri, loadWorkspaceTermBase, publishTermFileDiagnostics, teamTermFiles } from './termBaseLoader';
import { loadTermBase } from '../node/termFiles';

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let state: ServerState | undefined;
  let supportsConfiguration = false;
  let reloadTimer: NodeJS.Timeout | undefined;
  /** False until the team's term files are loaded: no diagnostics before then. */
  let ready = false;

  const unsavedText = (file: string) => documents.all().find((d) => uriToPath(d.uri) === file)?.getText();

  /** Loads the term base; on problems keeps the last good one. Returns true when it changed. */
  const reload = (settings: Settings): boolean => {
    const started = Date.now();
    const files = teamTermFiles(folders, settings);
    const outcome = loadWorkspaceTermBase(files, unsavedText);
    publishTermFileDiagnostics(connection, outcome.diagnostics);
    if (!outcome.ok && state) {
      connection.console.warn(`term files have ${outcome.loaded.problems.length} problem(s); keeping the last good term base`);
      state.updateSettings(settings);
      return false;
    }
    if (state) state.replace(outcome.loaded, settings);
    else state = new ServerState(outcome.loaded, settings);
    connection.console.info(`term base: ${outcome.loaded.index.size} phrasings from ${outcome.loaded.files.length} file(s) in ${Date.now() - started} ms`);
    const status: TermBaseStatus = { phrasings: outcome.loaded.index.size, termFiles: outcome.loaded.files, problems: outcome.loaded.problems.length };
    void connection.sendNotification(STATUS_NOTIFICATION, status);
    return true;
  };

  /** New settings: term files are re-read only when the list of them changed. */
  const applySettings = (settings: Settings): void => {
    if (!ready || JSON.stringify(teamTermFiles(folders, settings)) !== JSON.stringify(teamTermFiles(folders, ctx.settings))) reload(settings);
    else state!.updateSettings(settings);
    ready = true;
    diagnostics.validateAll();
  };

  const ctx: ServerContext = {
    connection,
    documents,
    get loaded() { return state!.loaded; },
    get completer() { return state!.completer; },
    get settings() { return state?.settings ?? DEFAULT_SETTINGS; },
    get folders() { return folders; },
    get ready() { return ready; },
    linterFor: (uri) => state!.linterFor(uri),
    lintOptions: () => state!.lintOptions(),
    isDraft: (uri) => !isTermFileUri(uri) && !state?.isSource(uri),
  };

  connection.onShutdown(() => markLifecycle(connection, 'shut down'));
  connection.onInitialize((params): InitializeResult => {
    markLifecycle(connection, 'initialized');
    folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
    supportsConfiguration = Boolean(params.capabilities.workspace?.configuration);
    const init = params.initializationOptions as { settings?: unknown } | undefined;
    // Answer at once with the built-in term base; the team's term files, which may be
    // large, are read once the settings that name them are known (onInitialized).
    const loaded = loadTermBase([]);
    state = new ServerState(loaded, normalizeSettings(init?.settings), params.locale);
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
        workspace: { workspaceFolders: { supported: true } },
      },
      serverInfo: { name: 'policy-language-server' },
    };
  });

  const fetchSettings = async (): Promise<Settings> =>
    supportsConfiguration ? normalizeSettings(await connection.workspace.getConfiguration('policyPhrasing')) : state?.settings ?? DEFAULT_SETTINGS;

  connection.onInitialized(async () => {
    if (supportsConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'policyPhrasing' });
    let settings = state?.settings ?? DEFAULT_SETTINGS;
    try {
      settings = await fetchSettings();
    } catch (e) {
      connection.console.error(`reading settings failed, using defaults: ${(e as Error).message}`);
    }
    applySettings(settings);
  });

  const reloadSoon = (settings?: Settings, termFilesChanged = false) => {
    clearTimeout(reloadTimer);
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the callback catches its own errors
    reloadTimer = setTimeout(async () => {
      try {
        const next = settings ?? (await fetchSettings());
        if (termFilesChanged) {
          if (reload(next)) diagnostics.validateAll();
        } else applySettings(next);
      } catch (e) {
        connection.console.error(`reloading the term base failed: ${(e as Error).message}`);
      }
    }, 50);
  };

  connection.onDidChangeConfiguration((change) => {
    const direct = (change.settings as { policyPhrasing?: unknown } | undefined)?.policyPhrasing;
    reloadSoon(supportsConfiguration || direct === undefined ? undefined : normalizeSettings(direct));
  });
  connection.onDidChangeWatchedFiles(() => reloadSoon(undefined, true));
  documents.onDidChangeContent((e) => {
    if (ready && isTermFileUri(e.document.uri)) reloadSoon(undefined, true);
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
