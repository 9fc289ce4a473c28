// The extension's commands. Each one reports its own failure to the user and the log:
// nothing a command does may throw into VS Code as an unexplained error.
import * as vscode from 'vscode';
import { insertPhrasing } from './insertPhrasing';
import type { PhrasingCatalog } from './phrasingCatalog';
import { showPhrasingDetails } from './phrasingDetails';
import type { PhrasingServer } from './phrasingServer';
import { chineseInterface, t } from './l10n';
import { count } from './plural';
import { LintWorkspaceRequest } from './protocol';
import { searchPhrasings } from './searchPhrasings';

const NOT_RUNNING = () =>
  t('The Policy Phrasing server is not running: run "Policy Phrasing: Restart Server" (details in the Policy Phrasing output).');

export function registerCommands(server: PhrasingServer, catalog: PhrasingCatalog): vscode.Disposable {
  const { log } = server;
  const register = (id: string, run: (...args: unknown[]) => Promise<void> | void): vscode.Disposable =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      try {
        await run(...args);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.error(`${id} failed: ${message}`);
        const restartable = id !== 'policyPhrasing.restartServer' && !server.client.isRunning();
        void vscode.window.showErrorMessage(restartable ? NOT_RUNNING() : t('Policy Phrasing: {0}', message));
      }
    });

  return vscode.Disposable.from(
    register('policyPhrasing.lintWorkspace', () => lintWorkspace(server)),
    register('policyPhrasing.searchPhrasings', () => searchPhrasings(catalog)),
    register('policyPhrasing.showPhrasingDetails', () => showPhrasingDetails(server)),
    register('policyPhrasing.restartServer', () => server.restart()),
    register('policyPhrasing.refreshPhrasings', () => catalog.invalidate()),
    // Run by the Official Phrasings view; without a language the draft's own language decides.
    register('policyPhrasing.insertPhrasing', async (id: unknown, lang?: unknown) => {
      if (typeof id !== 'string') return;
      const phrasing = await catalog.find(id);
      if (!phrasing) {
        void vscode.window.showWarningMessage(t('Policy Phrasing: no official phrasing "{0}" in the term base.', id));
        return;
      }
      await insertPhrasing(phrasing, lang === 'en' || lang === 'zh' ? lang : undefined);
    }),
  );
}

async function lintWorkspace(server: PhrasingServer): Promise<void> {
  // The server shows its own progress and publishes the findings of unopened drafts.
  const { drafts, findings } = await server.client.sendRequest(LintWorkspaceRequest);
  const summary = chineseInterface()
    ? `规范表述：${drafts} 份文稿中共 ${findings} 处问题。`
    : `Policy Phrasing: ${count(findings, 'finding')} in ${count(drafts, 'draft')}.`;
  if (findings === 0) {
    void vscode.window.showInformationMessage(summary);
    return;
  }
  // The command ends with the lint; the toast's button works on its own time.
  void vscode.window.showInformationMessage(summary, t('Show Problems')).then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
