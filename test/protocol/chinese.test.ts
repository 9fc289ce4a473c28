// The Chinese interface over the protocol: the editor's locale (or the language setting)
// puts messages, hovers and quick-fix titles in Simplified Chinese.

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, messageOf } from './lspClient';

let workspace: string;
let zh: LspClient;
let en: LspClient;

before(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lsp-zh-'));
  zh = await LspClient.start(workspace, {}, 'zh-cn');
  en = await LspClient.start(workspace, { language: 'en' }, 'zh-cn');
});

after(async () => {
  await zh.stop();
  await en.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

test('an editor in Chinese gets Chinese messages, hovers and quick-fix titles', async () => {
  const uri = fileUri(path.join(workspace, 'zh.md'));
  await zh.open(uri, '深入推动城渝地区双城经济圈建设。\n');
  const [d] = await zh.waitForDiagnostics(uri, (list) => list.length >= 1);
  assert.equal(d.code, 'zh-homophone');
  assert.match(messageOf(d), /^“城渝地区双城经济圈”：“城”疑为“成”的同音字误输入（拼音输入法）；规范表述为“成渝地区双城经济圈”（政策领域：区域协调发展）。$/);
  const hover = await zh.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } });
  const md = (hover.contents as MarkupContent).value;
  assert.match(md, /^\*\*成渝地区双城经济圈\*\* · \*\*Chengdu-Chongqing economic circle\*\*/);
  assert.match(md, /政策领域: 区域协调发展/);
  assert.match(md, /⚠ “城渝地区双城经济圈”/, 'the hover says what the diagnostic says');
  const actions = await zh.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
  assert.ok(actions.some((a) => a.title === '替换为“成渝地区双城经济圈”'), JSON.stringify(actions.map((a) => a.title)));
});

test('the language setting overrides the editor: English messages in a Chinese editor', async () => {
  const uri = fileUri(path.join(workspace, 'en.md'));
  await en.open(uri, '深入推动城渝地区双城经济圈建设。\n');
  const [d] = await en.waitForDiagnostics(uri, (list) => list.length >= 1);
  assert.match(messageOf(d), /sounds like "成", the official character/);
});

test('switching the language setting re-publishes the findings in the new language', async () => {
  const uri = fileUri(path.join(workspace, 'switch.md'));
  await en.open(uri, '推动成渝经济圈建设。\n');
  await en.waitForDiagnostics(uri, (list) => list.length === 1 && /informal form/.test(messageOf(list[0])));
  en.settings = { language: 'zh-cn' };
  await en.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await en.waitForDiagnostics(uri, (list) => list.length === 1 && /非正式说法/.test(messageOf(list[0])));
  en.settings = { language: 'en' };
});
