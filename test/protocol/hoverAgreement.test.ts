// The hover never contradicts the diagnostics: under a team ignore list, a rule turned off
// in the term file or in the settings, and similarity checks off, a phrase without a
// diagnostic gets no warning in its hover, and no claim that it is the official form either.

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { LspClient, fileUri } from './lspClient';

let workspace: string;
let client: LspClient;

const TEAM = `version: 1
ignore:
  - common prosperty
rules:
  term-hyphenation: off
`;
const DRAFT = 'We seek common prosperty, pursue the carbon peaking and neutrality, build the Chengdu Chongqing economic circle, improve ecological protecton, promote 成渝经济圈 and high-quality development.\n';

before(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-hover-'));
  fs.writeFileSync(path.join(workspace, '.policy-terms.yaml'), TEAM);
  client = await LspClient.start(workspace, { fuzzy: { enabled: false }, severity: { 'non-standard-term': 'off' } });
});

after(async () => {
  await client.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

/** The draft, opened once whichever test runs first, with the team file applied (no diagnostics). */
let opened: Promise<string> | undefined;
const draft = () => (opened ??= (async () => {
  const uri = fileUri(path.join(workspace, 'draft.md'));
  await client.open(uri, DRAFT);
  await client.waitForDiagnostics(uri, (d) => d.length === 0);
  return uri;
})());

const at = (phrase: string, offset = 2): Position => ({ line: 0, character: DRAFT.indexOf(phrase) + offset });
const hoverText = async (uri: string, phrase: string, offset?: number) =>
  ((await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at(phrase, offset) }))?.contents as MarkupContent | undefined)?.value;

test('no diagnostics: each form is ignored, turned off, or an unlisted misspelling with similarity off', async () => {
  const uri = await draft();
  assert.deepEqual(client.diagnostics.get(uri)!.diagnostics.map((d) => d.code), []);
});

test('the hover says why each silenced form is not reported, and warns about none', async () => {
  const uri = await draft();
  const ignored = await hoverText(uri, 'common prosperty');
  assert.match(ignored ?? '', /not reported here: it is on the team's ignore list/);
  const off = await hoverText(uri, 'Chengdu Chongqing economic circle');
  assert.match(off ?? '', /not reported here: the rule term-hyphenation is off/);
  const offBySetting = await hoverText(uri, 'carbon peaking and neutrality');
  assert.match(offBySetting ?? '', /the rule non-standard-term is off/);
  const chinese = await hoverText(uri, '成渝经济圈', 1);
  assert.match(chinese ?? '', /the rule non-standard-term is off/);
  for (const text of [ignored, off, offBySetting, chinese]) {
    assert.ok(!text!.includes('⚠'), text);
    assert.ok(!/Official phrasing/.test(text!), text);
  }
  // Similarity off: the misspelling is no phrasing at all, as for the diagnostics.
  assert.equal(await hoverText(uri, 'ecological protecton'), undefined);
});

test('an official form keeps its hover', async () => {
  const uri = await draft();
  const official = await hoverText(uri, 'high-quality development');
  assert.ok(official?.includes('✓ Official phrasing') && !official.includes('⚠'), official);
});
