// The extension's own texts in the editor's language (VS Code's l10n bundles), or in the
// language the policyPhrasing.language setting asks for: the same choice the server makes
// for its messages and hovers.
import * as vscode from 'vscode';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

const ZH: Record<string, string> = zhCn;

function format(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}

/** True when the interface should be Chinese. */
export function chineseInterface(): boolean {
  const setting = vscode.workspace.getConfiguration('policyPhrasing').get<string>('language', 'auto');
  return setting === 'auto' ? /^zh\b/i.test(vscode.env.language) : setting === 'zh-cn';
}

/** The message in the chosen language, with {0}, {1} … filled in. */
export function t(message: string, ...args: (string | number)[]): string {
  const setting = vscode.workspace.getConfiguration('policyPhrasing').get<string>('language', 'auto');
  if (setting === 'auto') return vscode.l10n.t(message, ...args);
  return format(setting === 'zh-cn' ? ZH[message] ?? message : message, args);
}
