// Team term files through the server: a malformed file gets diagnostics in that file and the
// last good term base stays; a fixed file re-indexes at once.

import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, fileUri, messageOf } from './lspClient';

const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-lsp-terms-'));
const termFile = path.join(workspace, '.policy-terms.yaml');
let client: LspClient | undefined;

after(async () => {
  await client?.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

test('a team term file adds phrasings; a malformed edit is reported in the file and the last good term base is kept', async () => {
  fs.writeFileSync(termFile, [
    'version: 1',
    'terms:',
    '  - id: liangjiang-new-area',
    '    en: Liangjiang New Area',
    '    zh: 两江新区',
    '    area: regional-coordination',
    '    variants:',
    '      - { form: Liangjiang new district, kind: informal }',
    '',
  ].join('\n'));
  client = await LspClient.start(workspace);
  const draft = fileUri(path.join(workspace, 'draft.md'));
  await client.open(draft, 'Develop the Liangjiang new district further.');
  const diags = await client.waitForDiagnostics(draft, (d) => d.length === 1);
  assert.match(messageOf(diags[0]), /Liangjiang New Area/);

  const termUri = fileUri(termFile);
  const good = fs.readFileSync(termFile, 'utf8');
  await client.open(termUri, good, 'yaml');
  await client.change(termUri, [{ text: good.replace('area: regional-coordination', 'area: no-such-area') }]);
  const problems = await client.waitForDiagnostics(termUri, (d: Diagnostic[]) => d.length > 0);
  assert.match(messageOf(problems[0]), /unknown policy area "no-such-area"/);
  assert.equal(problems[0].range.start.line, 5);

  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: draft }, position: { line: 0, character: 15 } });
  assert.match((hover.contents as MarkupContent).value, /Liangjiang New Area/, 'the last good term base still serves');

  await client.change(termUri, [{ text: good.replace('Liangjiang new district', 'Liangjiang district') }]);
  await client.waitForDiagnostics(termUri, (d) => d.length === 0);
  const fresh = await client.waitForDiagnostics(draft, (d) => d.length === 0);
  assert.equal(fresh.length, 0, 'the old variant is no longer a finding after the re-index');
});
