// "Show Phrasing Details": what the conference says about the phrasing under the cursor,
// in a modal message (no webview to maintain).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PhrasingAtRequest, type PhrasingInfo } from './protocol';

export async function showPhrasingDetails(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open a draft and put the cursor on an official phrasing.');
    return;
  }
  const { line, character } = editor.selection.active;
  const phrasing = await client.sendRequest(PhrasingAtRequest, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
    position: { line, character },
  });
  if (!phrasing) {
    void vscode.window.showInformationMessage('No official phrasing at the cursor.');
    return;
  }
  await vscode.window.showInformationMessage(phrasing.en, { modal: true, detail: describe(phrasing) });
}

function describe(phrasing: PhrasingInfo): string {
  const lines = [`Official form: ${phrasing.en}`];
  if (phrasing.zh) lines.push(`Chinese form: ${phrasing.zh}`);
  lines.push(`Policy area: ${phrasing.areaName}`);
  if (phrasing.definition) lines.push('', phrasing.definition);
  if (phrasing.source) {
    const { sentence, paragraph, document } = phrasing.source;
    lines.push('', `As used in the readout, paragraph ${paragraph} (${document}):`, `“${sentence}”`);
  }
  return lines.join('\n');
}
