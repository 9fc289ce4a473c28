// Inserting an official phrasing into a draft, in English or in Chinese.
import * as vscode from 'vscode';
import { t } from './l10n';
import type { Lang, PhrasingInfo } from './protocol';

/** How far back to look for the language the draft is written in. */
const CONTEXT_CHARS = 200;

/**
 * Puts the phrasing at every cursor of the active editor (replacing any selection).
 * Without `lang`, each cursor follows the text before it: if the nearest letter is a Chinese
 * character, the draft is being written in Chinese there and gets the Chinese form;
 * otherwise (Latin letters, or nothing yet) it gets the English one. A phrasing without a
 * Chinese form is always inserted in English.
 */
export async function insertPhrasing(phrasing: PhrasingInfo, lang?: Lang): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    const text = formIn(phrasing, lang ?? 'en');
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(t('No draft is open: copied "{0}" to the clipboard.', text));
    return;
  }
  const { document } = editor;
  await editor.edit((builder) => {
    for (const selection of editor.selections) {
      const cursorLang = lang ?? (writesChineseBefore(document, selection.start) ? 'zh' : 'en');
      builder.replace(selection, formIn(phrasing, cursorLang));
    }
  });
}

function formIn(phrasing: PhrasingInfo, lang: Lang): string {
  return lang === 'zh' && phrasing.zh ? phrasing.zh : phrasing.en;
}

function writesChineseBefore(document: vscode.TextDocument, position: vscode.Position): boolean {
  const end = document.offsetAt(position);
  const start = document.positionAt(Math.max(0, end - CONTEXT_CHARS));
  const before = document.getText(new vscode.Range(start, position));
  const lastLetter = /(\p{L})[^\p{L}]*$/u.exec(before)?.[1];
  return lastLetter !== undefined && /\p{Script=Han}/u.test(lastLetter);
}
