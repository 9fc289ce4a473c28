// The extension's own requests over real stdio: the term base for the side bar, the phrasing
// under the cursor and a phrasing by id (rendered by the server, the same text as the hover),
// the status notification, and the source a team's own phrasing is attributed to.

import { test, before, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import {
  DESCRIBE_PHRASING_REQUEST, PHRASING_AT_REQUEST, PHRASINGS_REQUEST, STATUS_NOTIFICATION,
  type PhrasingDescription, type PhrasingsResult, type TermBaseStatus,
} from '../../server/src/protocol';
import { LspClient, fileUri } from './lspClient';

let workspace: string;
let client: LspClient;

const TEAM = `version: 1
sources:
  - id: yubei-plan
    title: "Yubei District Implementation Plan 2022"
    path: plan.txt
terms:
  - id: airport-economy
    en: airport economic zone
    area: reform-opening
    definition: "The district's zone around the airport."
    source:
      document: yubei-plan
      paragraph: 1
      sentence: "We will build the airport economic zone."
`;
const DRAFT = 'We pursue common prosperity and build the airport economic zone.\n';

before(async () => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-requests-'));
  fs.writeFileSync(path.join(workspace, '.policy-terms.yaml'), TEAM);
  fs.writeFileSync(path.join(workspace, 'plan.txt'), 'We will build the airport economic zone.\n');
  client = await LspClient.start(workspace);
});

after(async () => {
  await client.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
});

/** The status the server sent once the team file is in the term base. */
const loaded = () => client.waitFor('the status with the team file', () =>
  client.notifications.filter((n) => n.method === STATUS_NOTIFICATION).map((n) => n.params as TermBaseStatus).find((s) => s.termFiles.length === 2));

test('the status notification counts the phrasings the phrasings request lists', async () => {
  const status = await loaded();
  assert.equal(status.problems, 0);
  const result = await client.request<PhrasingsResult>(PHRASINGS_REQUEST, undefined);
  assert.equal(result.phrasings.length, status.phrasings);
  assert.ok(result.areas.some((a) => a.id === 'reform-opening'));
});

test('each phrasing is attributed to its own source document: the readout, or the team\'s plan', async () => {
  await loaded();
  const { phrasings } = await client.request<PhrasingsResult>(PHRASINGS_REQUEST, undefined);
  const team = phrasings.find((p) => p.id === 'airport-economy');
  assert.equal(team?.source?.documentTitle, 'Yubei District Implementation Plan 2022');
  const official = phrasings.find((p) => p.id === 'common-prosperity');
  assert.match(official?.source?.documentTitle ?? '', /Economic Work Conference/);
});

test('the phrasing under the cursor comes rendered: its Markdown is the hover, its text the same without markup', async () => {
  await loaded();
  const uri = fileUri(path.join(workspace, 'draft.md'));
  await client.open(uri, DRAFT);
  await client.waitForDiagnostics(uri);
  const position = { line: 0, character: DRAFT.indexOf('common prosperity') + 3 };
  const described = await client.request<PhrasingDescription | null>(PHRASING_AT_REQUEST, { textDocument: { uri }, position });
  const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
  assert.equal(described?.phrasing.id, 'common-prosperity');
  assert.equal(described.markdown, (hover.contents as MarkupContent).value);
  assert.ok(described.text.startsWith('common prosperity · 共同富裕'), described.text);
  assert.ok(!described.text.includes('**'), described.text);
  const nothing = await client.request<PhrasingDescription | null>(PHRASING_AT_REQUEST, { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.equal(nothing, null);
});

test('a phrasing by id, and null for an id the term base does not have', async () => {
  await loaded();
  const team = await client.request<PhrasingDescription | null>(DESCRIBE_PHRASING_REQUEST, { id: 'airport-economy' });
  assert.match(team?.markdown ?? '', /Yubei District Implementation Plan 2022/);
  assert.equal(await client.request(DESCRIBE_PHRASING_REQUEST, { id: 'no-such-phrasing' }), null);
  assert.equal(await client.request(DESCRIBE_PHRASING_REQUEST, {}), null);
});
