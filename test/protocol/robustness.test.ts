// Bad input never kills the server: a large draft with a 1 MB line, binary content,
// malformed messages' worth of odd positions; it keeps answering.

import { test, after, before } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CompletionList, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, messageOf } from './lspClient';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lsp-robust-'));
let client: LspClient;

before(async () => {
  client = await LspClient.start(workspace);
});

after(async () => {
  await client.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

test('a 1.2 MB draft with a 1 MB line and binary bytes gets diagnostics, and the server still answers', async () => {
  const longLine = 'Promote high-quality development. '.repeat(30_000) + 'End with common prosperty.';
  const binary = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join('');
  const paragraphs = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}: build the Chengdu Chongqing economic circle.`).join('\n\n');
  const text = `${longLine}\n\n${binary}\n\n${paragraphs}\n`;
  assert.ok(text.length > 1_200_000);
  const uri = fileUri(path.join(workspace, 'huge.md'));
  await client.open(uri, text);
  const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0, 1);
  assert.equal(diags.filter((d) => d.code === 'term-hyphenation').length, 3000);
  const typo = diags.find((d) => messageOf(d).includes('common prosperty'));
  assert.ok(typo);
  assert.equal(typo.range.start.line, 0);
  assert.equal(typo.range.start.character, longLine.length - 'common prosperty.'.length);

  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: longLine.length - 5 } });
  assert.match((hover.contents as MarkupContent).value, /common prosperity/);
  // Deep in the 1 MB line, after "Promote high-qua": the phrasing, replacing what was typed.
  const at = 600_014;
  assert.equal(longLine.slice(at - 8, at), 'high-qua');
  const completion = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: at } });
  assert.equal(completion?.items[0]?.label, 'high-quality development');
  assert.deepEqual(completion.items[0].textEdit, { range: { start: { line: 0, character: at - 8 }, end: { line: 0, character: at } }, newText: 'high-quality development' });

  // An edit deep in the draft is re-linted and published with its version.
  const version = await client.change(uri, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: 'Deepen the one district and two clusters. ' }]);
  const after = await client.waitForDiagnostics(uri, () => true, version);
  assert.ok(after.some((d) => d.code === 'non-standard-term' && d.range.start.line === 4));
});

test('positions past the end and requests for unknown drafts get empty answers', async () => {
  const uri = fileUri(path.join(workspace, 'small.md'));
  await client.open(uri, 'common prosperity');
  // Out-of-range positions are clamped to the draft (LSP leaves it to the server): its end, or its start.
  for (const position of [{ line: 10, character: 0 }, { line: 0, character: 10_000 }, { line: -3, character: -3 }]) {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
    assert.deepEqual(hover?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 17 } }, JSON.stringify(position));
  }
  const defn = await client.request('textDocument/definition', { textDocument: { uri: 'untitled:Nope' }, position: { line: 0, character: 0 } });
  assert.equal(defn, null);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
  assert.match((hover.contents as MarkupContent).value, /Official phrasing/);
});
