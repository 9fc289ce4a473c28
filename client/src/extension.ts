// Entry point of the Policy Phrasing extension: starts the language server and wires the
// commands, the Official Phrasings view and the status bar to it.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { watchInterfaceLanguage } from './l10n';
import { PhrasingCatalog } from './phrasingCatalog';
import { PhrasingServer } from './phrasingServer';
import { registerPhrasingsView } from './phrasingsView';
import { FindingsStatusBar } from './statusBar';
import { TermFileWatcher } from './termFileWatcher';

let server: PhrasingServer | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Policy Phrasing', { log: true });
  context.subscriptions.push(log, watchInterfaceLanguage());
  try {
    const termFiles = new TermFileWatcher();
    server = new PhrasingServer(context, log, termFiles);
    const catalog = new PhrasingCatalog(server);
    const statusBar = new FindingsStatusBar();
    context.subscriptions.push(
      termFiles,
      server,
      catalog,
      statusBar,
      registerPhrasingsView(catalog),
      registerCommands(server, catalog),
      server.onDidLoadTermBase((status) => {
        statusBar.showTermBase(status);
        catalog.invalidate();
      }),
      server.onDidChangeRunning((running) => {
        statusBar.showServerRunning(running);
        catalog.invalidate();
      }),
    );
    await server.start();
  } catch (error) {
    // The language client has already told the user why the server could not start; the
    // details go to the log, and the commands stay registered so "Restart Server" can retry.
    log.error('Policy Phrasing could not start', error);
  }
}

export async function deactivate(): Promise<void> {
  await server?.stop();
}
