// The status bar item: how many phrasing findings the active draft has, and which term
// base the server loaded. Clicking it opens the Problems view.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, type TermBaseStatus } from './protocol';
import { chineseInterface, onDidChangeInterfaceLanguage, t } from './l10n';
import { count } from './plural';
import { isServed } from './servedDocuments';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyPhrasing.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];
  private termBase: TermBaseStatus | undefined;
  private serverRunning = true;

  constructor() {
    this.item.name = 'Policy Phrasing Findings';
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('policyPhrasing.languages')) this.update();
      }),
      onDidChangeInterfaceLanguage(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()), // a language change reopens the document
    ];
    this.update();
  }

  showTermBase(status: TermBaseStatus): void {
    this.termBase = status;
    this.update();
  }

  showServerRunning(running: boolean): void {
    this.serverRunning = running;
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isServed(document)) {
      this.item.hide();
      return;
    }
    if (!this.serverRunning) {
      this.item.text = '$(law) $(debug-disconnect)';
      this.item.tooltip = t('The Policy Phrasing server is not running. Click to restart it.');
      this.item.command = 'policyPhrasing.restartServer';
      this.item.show();
      return;
    }
    const findings = vscode.languages
      .getDiagnostics(document.uri)
      .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE).length;
    this.item.text = `$(law) ${findings}`;
    this.item.tooltip = tooltip(findings, this.termBase);
    this.item.command = { command: 'workbench.actions.view.problems', title: t('Show Problems') };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}

function tooltip(findings: number, termBase: TermBaseStatus | undefined): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(undefined, true);
  const zh = chineseInterface();
  markdown.appendMarkdown(zh ? `**规范表述**：本文稿共 ${findings} 处问题\n\n` : `**Policy Phrasing**: ${count(findings, 'finding')} in this draft\n\n`);
  if (!termBase) return markdown.appendMarkdown(t('Loading the term base…'));
  markdown.appendMarkdown(zh ? `术语库：${termBase.phrasings} 条规范表述` : `Term base: ${count(termBase.phrasings, 'official phrasing')}`);
  if (termBase.termFiles.length > 0) {
    markdown.appendMarkdown(`${t(' from:')}\n`);
    for (const file of termBase.termFiles) markdown.appendMarkdown('\n- ').appendText(file);
  }
  if (termBase.problems > 0) {
    markdown.appendMarkdown(zh
      ? `\n\n$(warning) 术语文件中有 ${termBase.problems} 个问题（见“问题”视图和 Policy Phrasing 输出）。`
      : `\n\n$(warning) ${count(termBase.problems, 'problem')} in the term files (see the Problems view and the Policy Phrasing output).`);
  }
  return markdown;
}
