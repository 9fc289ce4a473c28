// Protocol fuzzer: random requests and notifications with random parameters; the server
// stays up and answers a normal hover afterwards.

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, fileUri } from './lspClient';
import { FUZZ, report } from '../support/fuzz';

let workspace: string;
let client: LspClient;

before(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lsp-fuzz-'));
  client = await LspClient.start(workspace);
});

after(async () => {
  await client.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

const METHODS = ['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references',
  'textDocument/documentSymbol', 'textDocument/codeAction', 'completionItem/resolve', 'workspace/executeCommand',
  'policyPhrasing/phrasingAt', 'policyPhrasing/phrasings', 'policyPhrasing/lintWorkspace'];
const NOTIFICATIONS = ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'];

test('random messages leave the server answering', async () => {
  const uri = fileUri(path.join(workspace, 'fuzz.md'));
  const position = fc.record({ line: fc.oneof(fc.integer(), fc.constant(0)), character: fc.oneof(fc.integer(), fc.constant(3)) });
  const params = fc.oneof(
    fc.anything(),
    fc.record({ textDocument: fc.record({ uri: fc.oneof(fc.constant(uri), fc.string()) }), position }),
    fc.record({ textDocument: fc.record({ uri: fc.constant(uri), version: fc.integer(), text: fc.string(), languageId: fc.constant('markdown') }) }),
    fc.record({ textDocument: fc.record({ uri: fc.constant(uri), version: fc.integer() }), contentChanges: fc.array(fc.record({ text: fc.string(), range: fc.option(fc.record({ start: position, end: position })) })) }),
  );
  const message = fc.record({ request: fc.boolean(), method: fc.constantFrom(...METHODS), notification: fc.constantFrom(...NOTIFICATIONS), params });
  const runs = FUZZ.runs(200);
  const messages = fc.sample(message, { seed: FUZZ.seed, numRuns: runs });
  for (const m of messages) {
    if (m.request) await client.connection.sendRequest(m.method, m.params).catch(() => undefined);
    else await client.connection.sendNotification(m.notification, m.params as object);
  }
  report('protocol messages', runs);
  const draft = fileUri(path.join(workspace, 'after.md'));
  await client.open(draft, 'We pursue common prosperity.\n');
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 15 } });
  assert.match((hover.contents as MarkupContent).value, /common prosperity/);
});

test('fix-all never sends overlapping edits, and applying it changes no line structure', async () => {
  const uri = fileUri(path.join(workspace, 'overlap.md'));
  const text = [
    '- Strengthen production safety', '- Production capacity will grow.',
    'We pursue common prosperty and the important ecologicla barrier in the upper reaches of the Yangtse River.',
    '推动成渝地區雙城經濟圈建设，落实“十四五“规划，推动成渝经济圈和一区二群。',
  ].join('\n');
  await client.open(uri, text);
  await client.waitForDiagnostics(uri, (d) => d.length >= 3);
  const actions = await client.request<{ edit?: { changes?: Record<string, { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]> } }[]>(
    'textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
  const edits = actions[0].edit!.changes![uri];
  const key = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
  const sorted = edits.slice().sort((a, b) => key(a.range.start) - key(b.range.start));
  for (let i = 1; i < sorted.length; i++) assert.ok(key(sorted[i - 1].range.end) <= key(sorted[i].range.start), JSON.stringify(sorted));
  assert.ok(edits.every((e) => e.range.start.line === e.range.end.line && !e.newText.includes('\n')));
});
