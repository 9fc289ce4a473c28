// The extension's own texts in Simplified Chinese or English: one decision, made when the
// extension starts and again when policyPhrasing.language changes, that the status bar, the
// view and every message share. 'auto' follows VS Code's display language, as the server does.
import * as vscode from 'vscode';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

const ZH: Record<string, string> = zhCn;

function decide(): boolean {
  const setting = vscode.workspace.getConfiguration('policyPhrasing').get<string>('language', 'auto');
  return setting === 'auto' ? /^zh\b/i.test(vscode.env.language) : setting === 'zh-cn';
}

let zh = decide();
const changed = new vscode.EventEmitter<void>();
/** Fires when the interface language changes. */
export const onDidChangeInterfaceLanguage = changed.event;

/** Keeps the decision current; dispose with the extension. */
export function watchInterfaceLanguage(): vscode.Disposable {
  return vscode.Disposable.from(changed, vscode.workspace.onDidChangeConfiguration((e) => {
    if (!e.affectsConfiguration('policyPhrasing.language')) return;
    zh = decide();
    changed.fire();
  }));
}

/** True when the interface should be Chinese. */
export function chineseInterface(): boolean {
  return zh;
}

/** The message in the interface language, with {0}, {1} … filled in. */
export function t(message: string, ...args: (string | number)[]): string {
  const template = zh ? ZH[message] ?? message : message;
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}
