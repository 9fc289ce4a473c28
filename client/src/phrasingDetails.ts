// "Show Phrasing Details": what the server says about the phrasing under the cursor (its
// hover, in plain text), in a modal message (no webview to maintain).
import * as vscode from 'vscode';
import type { PhrasingServer } from './phrasingServer';
import { chineseInterface, t } from './l10n';
import { PhrasingAtRequest } from './protocol';

export async function showPhrasingDetails(server: PhrasingServer): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('Open a draft and put the cursor on an official phrasing.'));
    return;
  }
  const { client } = server;
  const { line, character } = editor.selection.active;
  const described = await client.sendRequest(PhrasingAtRequest, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
    position: { line, character },
  });
  if (!described) {
    void vscode.window.showInformationMessage(t('No official phrasing at the cursor.'));
    return;
  }
  // What the hover says, as the server renders it, in plain text for the modal.
  const { phrasing, text } = described;
  const title = chineseInterface() && phrasing.zh ? phrasing.zh : phrasing.en;
  await vscode.window.showInformationMessage(title, { modal: true, detail: text });
}
