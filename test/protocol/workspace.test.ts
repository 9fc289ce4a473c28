// Term files in a real workspace, over real stdio: each draft gets its own team file (the
// nearest up to its workspace folder, the CLI's rule), each folder its own settings (asked
// for with the folder as scope), folders added later are followed, and the ignore-list
// command edits the draft's own team file.

import { test, before, after, type TestContext } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ADD_TO_IGNORE_LIST_COMMAND } from '../../server/src/protocol';
import { LspClient, fileUri, messageOf } from './lspClient';

const DRAFT = 'We seek common prosperty and build the Chengdu Chongqing economic circle.\n';
const codes = (d: Diagnostic[]) => d.map((x) => x.code).sort();

let root: string;
const folder = (name: string) => path.join(root, name);

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-workspace-'));
  for (const name of ['alpha', 'alpha/nested', 'beta', 'gamma']) fs.mkdirSync(folder(name), { recursive: true });
  // alpha ignores the misspelling; its nested folder also turns hyphenation off; beta has no team file.
  fs.writeFileSync(folder('alpha/.policy-terms.yaml'), 'version: 1\nignore:\n  - common prosperty\n');
  fs.writeFileSync(folder('alpha/nested/.policy-terms.yaml'), 'version: 1\nrules:\n  term-hyphenation: off\n');
  // gamma's own settings name a term file of the folder that is not the team file.
  fs.writeFileSync(folder('gamma/extra-terms.yaml'), 'version: 1\nignore:\n  - Chengdu Chongqing economic circle\n');
});

after(() => fs.rmSync(root, { recursive: true, force: true }));

/** A server on these workspace folders, stopped when the test ends. */
async function started(t: TestContext, folders: string[], settings?: Record<string, unknown>): Promise<LspClient> {
  const client = await LspClient.start(folders, settings);
  t.after(() => client.stop());
  return client;
}

/** Opens the draft text at `name` (below the test root) and returns its URI. */
async function openDraft(client: LspClient, name: string): Promise<string> {
  const uri = fileUri(folder(name));
  await client.open(uri, DRAFT);
  return uri;
}

test('multi-root: each draft is linted with the team file nearest to it, up to its folder', async (t) => {
  const client = await started(t, [folder('alpha'), folder('beta')]);
  const inAlpha = fileUri(folder('alpha/a.md'));
  const inNested = fileUri(folder('alpha/nested/n.md'));
  const inBeta = fileUri(folder('beta/b.md'));
  for (const uri of [inAlpha, inNested, inBeta]) await client.open(uri, DRAFT);
  // alpha: the misspelling ignored; nested: its own file (hyphenation off, nothing ignored); beta: built-in only.
  assert.deepEqual(codes(await client.waitForDiagnostics(inAlpha, (d) => d.length === 1)), ['term-hyphenation']);
  assert.deepEqual(codes(await client.waitForDiagnostics(inNested, (d) => d.length === 1)), ['misspelled-term']);
  assert.deepEqual(codes(await client.waitForDiagnostics(inBeta, (d) => d.length === 2)), ['misspelled-term', 'term-hyphenation']);
});

test('a folder\'s own termFiles setting, asked for with the folder as scope', async (t) => {
  const client = await started(t, [folder('beta'), folder('gamma')]);
  client.folderSettings.set(fileUri(folder('gamma')), { termFiles: ['extra-terms.yaml'] });
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  const inGamma = fileUri(folder('gamma/g.md'));
  const inBeta = fileUri(folder('beta/b.md'));
  await client.open(inGamma, DRAFT);
  await client.open(inBeta, DRAFT);
  assert.deepEqual(codes(await client.waitForDiagnostics(inGamma, (d) => d.length === 1)), ['misspelled-term']);
  assert.deepEqual(codes(await client.waitForDiagnostics(inBeta, (d) => d.length === 2)), ['misspelled-term', 'term-hyphenation']);
});

test('a workspace folder added later brings its team file', async (t) => {
  const client = await started(t, [folder('beta')]);
  const inAlpha = await openDraft(client, 'alpha/a.md');
  // Outside every folder: no team file.
  await client.waitForDiagnostics(inAlpha, (d) => d.length === 2);
  await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
    event: { added: [{ uri: fileUri(folder('alpha')), name: 'alpha' }], removed: [] },
  });
  assert.deepEqual(codes(await client.waitForDiagnostics(inAlpha, (d) => d.length === 1)), ['term-hyphenation']);
});

test('the ignore-list command adds the phrase to the draft\'s own team file, comments and entries kept', async (t) => {
  const client = await started(t, [folder('alpha')]);
  const draft = fileUri(folder('alpha/nested/n.md'));
  await client.request('workspace/executeCommand', { command: ADD_TO_IGNORE_LIST_COMMAND, arguments: ['Chengdu Chongqing economic circle', draft] });
  const applied = await client.waitFor('an applied edit', () => client.appliedEdits[0] as
    { edit: { documentChanges: { textDocument?: { uri: string }; edits?: { newText: string }[] }[] } } | undefined);
  const [change] = applied.edit.documentChanges;
  assert.equal(change.textDocument?.uri, fileUri(folder('alpha/nested/.policy-terms.yaml')));
  assert.equal(change.edits?.[0].newText, 'version: 1\nrules:\n  term-hyphenation: off\nignore:\n  - Chengdu Chongqing economic circle\n');
});

test('Lint Workspace finds drafts as policy-lint does: the languages served, not what an ignore file leaves out', async (t) => {
  const delta = folder('delta');
  for (const [name, text] of Object.entries({ 'a.md': DRAFT, 'b.txt': DRAFT, 'old/c.md': DRAFT, '.policylintignore': 'old/\n' })) {
    fs.mkdirSync(path.dirname(path.join(delta, name)), { recursive: true });
    fs.writeFileSync(path.join(delta, name), text);
  }
  const client = await started(t, [delta], { languages: ['markdown'] });
  const result = await client.request<{ drafts: number; findings: number }>('policyPhrasing/lintWorkspace', undefined);
  assert.deepEqual(result, { drafts: 1, findings: 2 });
  await client.waitForDiagnostics(fileUri(path.join(delta, 'a.md')), (d) => d.length === 2);
  assert.equal(client.diagnostics.get(fileUri(path.join(delta, 'b.txt'))), undefined, 'plain text is not served');
  assert.equal(client.diagnostics.get(fileUri(path.join(delta, 'old/c.md'))), undefined, 'ignored');
});

test('an untitled draft (no file yet) is linted with the first folder\'s team file', async (t) => {
  const client = await started(t, [folder('alpha'), folder('beta')]);
  const untitled = 'untitled:Untitled-1';
  await client.open(untitled, DRAFT);
  assert.deepEqual(codes(await client.waitForDiagnostics(untitled, (d) => d.length === 1)), ['term-hyphenation']);
});

test('a broken team file shows its problems at once, in whichever folder, and again after an edit', async (t) => {
  const broken = folder('epsilon');
  fs.mkdirSync(broken, { recursive: true });
  fs.writeFileSync(path.join(broken, '.policy-terms.yaml'), 'version: 1\nterms:\n  - id: x\n    en: foo bar\n    area: nowhere\n');
  const client = await started(t, [folder('beta'), broken]);
  const termFile = fileUri(path.join(broken, '.policy-terms.yaml'));
  const [problem] = await client.waitForDiagnostics(termFile, (d) => d.length === 1);
  assert.match(messageOf(problem), /nowhere/);
  await client.open(termFile, 'version: 1\nterms:\n  - id: x\n    en: foo bar\n    area: somewhere-else\n');
  await client.waitForDiagnostics(termFile, (d) => d.length === 1 && /somewhere-else/.test(messageOf(d[0])));
});

test('a settings change and a term-file change that come together are both applied', async (t) => {
  const client = await started(t, [folder('beta')]);
  const uri = await openDraft(client, 'beta/b.md');
  await client.waitForDiagnostics(uri, (d) => d.length === 2);
  client.settings = { severity: { 'term-hyphenation': 'off' } };
  await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(folder('beta/.policy-terms.yaml')), type: 1 }] });
  assert.deepEqual(codes(await client.waitForDiagnostics(uri, (d) => d.length === 1)), ['misspelled-term']);
});
