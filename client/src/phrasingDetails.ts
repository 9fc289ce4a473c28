// "Show Phrasing Details": what the conference says about the phrasing under the cursor,
// in a modal message (no webview to maintain).
import * as vscode from 'vscode';
import { t } from './l10n';
import type { PhrasingServer } from './phrasingServer';
import { PhrasingAtRequest, type PhrasingInfo } from './protocol';

export async function showPhrasingDetails(server: PhrasingServer): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('Open a draft and put the cursor on an official phrasing.'));
    return;
  }
  const { client } = server;
  const { line, character } = editor.selection.active;
  const phrasing = await client.sendRequest(PhrasingAtRequest, {
    textDocument: { uri: client.code2ProtocolConverter.asUri(editor.document.uri) },
    position: { line, character },
  });
  if (!phrasing) {
    void vscode.window.showInformationMessage(t('No official phrasing at the cursor.'));
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
    // The wire carries the source document's id, not its title: the readout is the one source.
    const { sentence, paragraph } = phrasing.source;
    lines.push('', `As used in the readout, paragraph ${paragraph}:`, `“${sentence}”`);
  }
  return lines.join('\n');
}
