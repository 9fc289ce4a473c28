// The language server over real stdio, driven by a real LSP client.

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, messageOf } from './lspClient';

let workspace: string;
let client: LspClient;

const CHINESE = '😀推动成渝经济圈建设，落实一区两群协调发展。\n第二行：做好碳中和碳达峰工作。\n';
const ENGLISH = '# Plan\n\nWe will build the Chengdu-Chongqing economic circle and pursue common prosperity.\n';

before(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lsp-'));
  fs.writeFileSync(path.join(workspace, 'unopened.md'), 'Promote the carbon peaking and neutrality in every district.\n');
  fs.writeFileSync(path.join(workspace, 'other.txt'), 'The Chengdu-Chongqing economic circle matters.\n');
  client = await LspClient.start(workspace);
});

after(async () => {
  await client.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

/** A draft of the workspace, opened by whichever test needs it first, its diagnostics in: tests never rely on each other's order. */
const opened = new Map<string, Promise<string>>();
function draft(name: string, text: string): Promise<string> {
  let uri = opened.get(name);
  if (!uri) {
    uri = (async () => {
      const u = fileUri(path.join(workspace, name));
      await client.open(u, text);
      await client.waitForDiagnostics(u);
      return u;
    })();
    opened.set(name, uri);
  }
  return uri;
}

test('initialize declares the features', () => {
  const caps = client.initializeResult.capabilities;
  assert.ok(caps.completionProvider);
  assert.equal(caps.hoverProvider, true);
  assert.equal(caps.definitionProvider, true);
  assert.equal(caps.referencesProvider, true);
  assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
});

test('diagnostics on Chinese text carry UTF-16 positions, emoji included', async () => {
  const uri = await draft('zh.md', CHINESE);
  const diags = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
  const circle = diags.find((d) => d.code === 'non-standard-term' && messageOf(d).includes('成渝经济圈'));
  assert.ok(circle, JSON.stringify(diags));
  // "😀" is two UTF-16 code units, "推动" two more: 成渝经济圈 spans characters 4 to 9.
  assert.deepEqual(circle.range, { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } });
  assert.equal(circle.source, 'policy-phrasing');
  const reversed = diags.find((d) => messageOf(d).includes('碳中和碳达峰'));
  assert.ok(reversed);
  assert.deepEqual(reversed.range.start, { line: 1, character: 6 });
  assert.ok(!diags.some((d) => messageOf(d).includes('"一区两群"') && d.range.start.line === 0 && d.code === 'misspelled-term'), 'the official 一区两群 is clean');
});

test('a quick fix replaces the variant with the official form', async () => {
  const uri = await draft('zh-fix.md', CHINESE);
  const diags = await client.waitForDiagnostics(uri, (d) => d.length >= 2);
  const circle = diags.find((d) => messageOf(d).includes('成渝经济圈'))!;
  const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: circle.range, context: { diagnostics: [circle] },
  });
  const fix = actions.find((a) => a.isPreferred);
  assert.ok(fix, JSON.stringify(actions));
  assert.deepEqual(fix.edit!.changes![uri], [{ range: circle.range, newText: '成渝地区双城经济圈' }]);
  assert.ok(actions.some((a) => a.title.includes('ignore list')));
  const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: circle.range, context: { diagnostics: [], only: ['source.fixAll'] },
  });
  assert.equal(fixAll.length, 1);
  assert.equal(fixAll[0].edit!.changes![uri].length, diags.length);
});

test('an incremental edit re-lints the draft', async () => {
  const uri = await draft('zh-edit.md', CHINESE);
  // Replace 成渝经济圈 (line 0, characters 4-9) with the official form.
  const version = await client.change(uri, [{ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } }, text: '成渝地区双城经济圈' }]);
  const diags = await client.waitForDiagnostics(uri, () => true, version);
  assert.ok(!diags.some((d) => messageOf(d).includes('成渝经济圈')));
  assert.ok(diags.some((d) => messageOf(d).includes('碳中和碳达峰')), 'the untouched line keeps its finding');
});

test('hover shows the official form, area, definition, source and the other language', async () => {
  const uri = await draft('en.md', ENGLISH);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 25 } });
  const value = (hover.contents as MarkupContent).value;
  assert.match(value, /Chengdu-Chongqing economic circle/);
  assert.match(value, /成渝地区双城经济圈/);
  assert.match(value, /Regional coordination/);
  assert.match(value, /paragraph \d/);
  assert.deepEqual(hover.range, { start: { line: 2, character: 18 }, end: { line: 2, character: 51 } });
});

test('hover on a variant names the official form it stands for', async () => {
  const uri = fileUri(path.join(workspace, 'variant.md'));
  await client.open(uri, 'Promote the carbon peaking and neutrality.');
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 15 } });
  assert.match((hover.contents as MarkupContent).value, /informal form of the official phrasing "carbon peaking and carbon neutrality"/);
});

test('go to definition lands on the readout sentence that fixed the phrasing', async () => {
  const uri = await draft('en.md', ENGLISH);
  const loc = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: { line: 2, character: 66 } });
  assert.ok(loc.uri.endsWith('/chongqing-economic-work-conference-2021.txt'), loc.uri);
  const source = fs.readFileSync(new URL(loc.uri), 'utf8').split(/\r?\n/);
  const sentence = source[loc.range.start.line].slice(loc.range.start.character, loc.range.end.line === loc.range.start.line ? loc.range.end.character : undefined);
  assert.match(sentence, /common prosperity/);
});

test('find references lists uses across the workspace, unopened drafts included', async () => {
  const uri = await draft('en.md', ENGLISH);
  const refs = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri }, position: { line: 2, character: 25 }, context: { includeDeclaration: false },
  });
  const files = new Set(refs.map((r) => path.basename(new URL(r.uri).pathname)));
  // The open draft and a draft never opened; drafts other tests open may hold the phrasing too.
  assert.ok(files.has('en.md') && files.has('other.txt'), JSON.stringify([...files]));
  assert.ok(!files.has('unopened.md'), 'a draft without the phrasing is no reference');
  // Each reference in these two is the phrasing itself.
  const texts: Record<string, string> = { 'en.md': ENGLISH, 'other.txt': fs.readFileSync(path.join(workspace, 'other.txt'), 'utf8') };
  for (const r of refs) {
    const text = texts[path.basename(new URL(r.uri).pathname)];
    if (text === undefined) continue;
    const line = text.split(/\r?\n/)[r.range.start.line];
    assert.equal(line.slice(r.range.start.character, r.range.end.character), 'Chengdu-Chongqing economic circle', r.uri);
  }
});

test('completion replaces a multi-word prefix whole', async () => {
  const uri = fileUri(path.join(workspace, 'complete.md'));
  await client.open(uri, 'Build the Chengdu-Ch');
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 20 } });
  const item = list.items.find((i) => i.label === 'Chengdu-Chongqing economic circle');
  assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
  assert.deepEqual(item.textEdit, { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 20 } }, newText: 'Chengdu-Chongqing economic circle' });
  assert.equal(item.detail, 'Regional coordination');
  // One Chinese character typed (碳): a Chinese form needs two before a list opens.
  const zh = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: await draft('zh.md', CHINESE) }, position: { line: 1, character: 7 } });
  assert.equal(zh, null);
});

test('completion on Chinese text offers the Chinese official form', async () => {
  const uri = fileUri(path.join(workspace, 'complete-zh.md'));
  await client.open(uri, '😀推进成渝');
  const list = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 6 } });
  const item = list.items.find((i) => i.label === '成渝地区双城经济圈');
  assert.ok(item);
  assert.deepEqual(item.textEdit!, { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } }, newText: '成渝地区双城经济圈' });
});

test('pinyin in a Chinese line: cydqsc and chengyu offer 成渝地区双城经济圈 first, replacing the letters', async () => {
  const uri = fileUri(path.join(workspace, 'complete-pinyin.md'));
  await client.open(uri, '推动cydqsc\n深入推进chengyu');
  const initials = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 8 } });
  assert.equal(initials.items[0]?.label, '成渝地区双城经济圈', JSON.stringify(initials.items.map((i) => i.label)));
  assert.deepEqual(initials.items[0].textEdit, { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 8 } }, newText: '成渝地区双城经济圈' });
  assert.ok(initials.items.every((i) => /[\u4e00-\u9fff]/.test(i.label)), 'only Chinese forms in a Chinese line');
  const full = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: { line: 1, character: 11 } });
  assert.equal(full.items[0]?.label, '成渝地区双城经济圈');
});

test('no completion spam on ordinary words when not invoked explicitly', async () => {
  const uri = fileUri(path.join(workspace, 'spam.md'));
  await client.open(uri, 'The weather today');
  const list = await client.request<CompletionList | null>('textDocument/completion', {
    textDocument: { uri }, position: { line: 0, character: 17 }, context: { triggerKind: 3 },
  });
  assert.ok(list === null || list.items.length === 0);
});

test('document symbols list headings with the policy areas of their sections', async () => {
  const uri = await draft('en.md', ENGLISH);
  const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(symbols[0].name, 'Plan');
  assert.match(symbols[0].detail ?? '', /Regional coordination/);
});

test('bad requests get empty answers and the server keeps working', async () => {
  const unknown = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } });
  assert.equal(unknown, null);
  const uri = await draft('en.md', ENGLISH);
  const far = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 9999, character: 9999 } });
  assert.equal(far, null);
  // A position before the start is the start: no word typed there, no list.
  const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: { line: -1, character: -5 } });
  assert.equal(list, null);
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 25 } });
  assert.ok(hover);
});

test('Lint Workspace publishes diagnostics for drafts that were never opened', async () => {
  const result = await client.connection.sendRequest('policyPhrasing/lintWorkspace') as { drafts: number; findings: number };
  assert.ok(result.drafts >= 2, JSON.stringify(result));
  const uri = fileUri(path.join(workspace, 'unopened.md'));
  const diags = await client.waitForDiagnostics(uri, (d: Diagnostic[]) => d.length > 0);
  assert.equal(diags[0].code, 'non-standard-term');
});

test('the readout is the source, not a draft: opening it yields no diagnostics', async () => {
  const readout = path.resolve(__dirname, '../../../server/data/sources/chongqing-economic-work-conference-2021.txt');
  const readoutUri = fileUri(readout);
  await client.open(readoutUri, fs.readFileSync(readout, 'utf8'), 'plaintext');
  // A draft opened after it is linted after it: once its diagnostics are in, the readout's would be too.
  const later = fileUri(path.join(workspace, 'after-readout.md'));
  await client.open(later, 'The carbon peaking and neutrality.');
  await client.waitForDiagnostics(later, (d) => d.length === 1);
  assert.equal(client.diagnostics.get(readoutUri), undefined, 'no diagnostics were published for the readout');
});

test('the term base is loaded once at start-up', async () => {
  const loads = () => client.notifications.filter((n) => n.method === 'window/logMessage' && /term base: \d+ phrasings/.test((n.params as { message: string }).message));
  // Once the status is sent the term base is in; drafts opened by other tests share it.
  await client.waitFor('the status notification', () => client.notifications.some((n) => n.method === 'policyPhrasing/status'));
  await draft('en.md', ENGLISH);
  assert.equal(loads().length, 1, JSON.stringify(loads()));
});
