// Term files named in settings are read from outside the workspace only when the user named
// them in their own settings (the client passes those as userTermFiles).

import { test, after } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, fileUri, messageOf } from './lspClient';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-confine-'));
const workspace = path.join(root, 'workspace');
const outside = path.join(root, 'elsewhere.yaml');
fs.mkdirSync(workspace);
fs.writeFileSync(outside, 'terms:\n  - id: common-prosperity\n    variants:\n      - { form: shared wealth, kind: informal }\n');
after(() => fs.rmSync(root, { recursive: true, force: true }));

async function findingsWith(settings: Record<string, unknown>): Promise<string[]> {
  const client = await LspClient.start(workspace, settings);
  try {
    const uri = fileUri(path.join(workspace, `draft-${Object.keys(settings).length}.md`));
    await client.open(uri, 'We aim at shared wealth and at common prosperty.\n');
    const diags = await client.waitForDiagnostics(uri, (d) => d.some((x) => messageOf(x).includes('prosperty')));
    return diags.map(messageOf);
  } finally {
    await client.stop();
  }
}

test('a term file outside the workspace named by workspace settings is not read', async () => {
  const messages = await findingsWith({ termFiles: [outside] });
  assert.ok(!messages.some((m) => m.includes('shared wealth')), messages.join('\n'));
});

test('the same file named in the user settings is read', async () => {
  const messages = await findingsWith({ termFiles: [outside], userTermFiles: [outside] });
  assert.ok(messages.some((m) => m.includes('"shared wealth"')), messages.join('\n'));
});
