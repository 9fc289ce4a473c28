// The SARIF output for the drafts in examples/, checked as code-scanning services check it:
// against the OASIS SARIF 2.1.0 schema with Ajv, for the properties GitHub requires, and by
// Microsoft's SARIF Multitool (its SARIF and GitHub rules) where that tool can run here.

import { describe, test, type TestContext } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { runCli, workspace } from '../support/cli';
import { FIXTURES, REPO_ROOT } from '../support/termBase';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** The examples copied into a fresh folder (no team term file above them), linted to SARIF. */
function examplesSarif(t: TestContext): { dir: string; text: string } {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(EXAMPLES)) files[name] = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
  const dir = workspace(t, files);
  const run = runCli(['--format', 'sarif', '.'], dir);
  assert.equal(run.status, 1, run.stderr);
  return { dir, text: run.stdout };
}

interface SarifRule { id: string; fullDescription?: { text?: string }; help?: { text?: string; markdown?: string }; helpUri?: string }
interface SarifResult {
  ruleId?: string;
  level?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }[];
}
interface SarifLog { runs: { tool: { driver: { rules: SarifRule[] } }; results: SarifResult[] }[] }

describe('SARIF of examples/', () => {
  test('valid against the OASIS SARIF 2.1.0 schema', (t) => {
    const log = JSON.parse(examplesSarif(t).text) as SarifLog;
    // The OASIS Standard's schema is written in draft-04, whose only difference that matters
    // here is "id" for "$id": Ajv reads it as draft-07.
    const { id, ...schema } = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ allErrors: true });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///'));
    ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
    const validate = ajv.compile({ ...schema, $schema: 'http://json-schema.org/draft-07/schema#', $id: String(id) });
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    // The schema is strict enough to catch a slip: a level that SARIF does not have.
    const broken = structuredClone(log);
    broken.runs[0].results[0].level = 'warn';
    assert.equal(validate(broken), false);
  });

  test("GitHub code scanning's required properties on every rule and result", (t) => {
    const [run] = (JSON.parse(examplesSarif(t).text) as SarifLog).runs;
    assert.ok(run.tool.driver.rules.length > 0);
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.fullDescription?.text, `${rule.id}: fullDescription`);
      assert.ok(rule.help?.text, `${rule.id}: help.text`);
      assert.ok(rule.help?.markdown, `${rule.id}: help.markdown`);
      assert.match(rule.helpUri ?? '', /^https:\/\//, `${rule.id}: helpUri`);
    }
    assert.equal(run.results.length, 8, 'the examples have eight findings');
    for (const result of run.results) {
      assert.ok(result.ruleId);
      assert.ok(result.message?.text, `${result.ruleId}: message.text`);
      assert.ok(result.locations?.length, `${result.ruleId}: locations`);
      for (const location of result.locations ?? []) {
        assert.match(location.physicalLocation?.artifactLocation?.uri ?? '', /^[\w.-]+\.(md|txt)$/, 'a path relative to the working folder');
        assert.ok(Number.isInteger(location.physicalLocation?.region?.startLine), `${result.ruleId}: region.startLine`);
      }
    }
  });

  test('SARIF Multitool: validate --rule-kind "Sarif;Gh" finds no errors', (t) => {
    const tool = multitool(t);
    if (typeof tool !== 'string') {
      t.skip(tool.skip);
      return;
    }
    const { dir, text } = examplesSarif(t);
    const input = path.join(dir, 'results.sarif');
    fs.writeFileSync(input, text);
    assert.deepEqual(errorsOf(tool, input), []);
    // The check is live: a rule without help is an error for GitHub.
    const broken = JSON.parse(text) as SarifLog;
    delete broken.runs[0].tool.driver.rules[0].help;
    const brokenFile = path.join(dir, 'broken.sarif');
    fs.writeFileSync(brokenFile, JSON.stringify(broken));
    assert.ok(errorsOf(tool, brokenFile).includes('GH2012 Error_MissingHelp runs[0].tool.driver.rules[0]'), 'a rule without help is reported');
  });
});

/** The Multitool binary, ready to run, or why it cannot run here. */
function multitool(t: TestContext): string | { skip: string } {
  let binary: string;
  try {
    // The package names the binary of this platform's package (an optional dependency).
    binary = require('@microsoft/sarif-multitool') as string;
  } catch (e) {
    return { skip: `SARIF Multitool is not installed for ${process.platform}: ${(e as Error).message.split('\n')[0]}` };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') return { skip: `SARIF Multitool is tested on Linux x64 only, not ${process.platform} ${process.arch}` };
  try {
    fs.accessSync(binary, fs.constants.X_OK);
  } catch {
    // Installed without its install script (which only marks it executable): run a copy.
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sarif-multitool-')), 'Sarif.Multitool');
    t.after(() => fs.rmSync(path.dirname(copy), { recursive: true, force: true }));
    fs.copyFileSync(binary, copy);
    fs.chmodSync(copy, 0o755);
    binary = copy;
  }
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8', env: DOTNET_ENV, timeout: 60_000 });
  if (version.error || version.status !== 0) {
    return { skip: `SARIF Multitool cannot run here: ${version.error?.message ?? (version.stderr || version.stdout).trim().split('\n')[0]}` };
  }
  return binary;
}

/** No ICU needed (the tool compares no culture-specific text), no telemetry. */
const DOTNET_ENV = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };

/** The errors the Multitool's SARIF and GitHub rules report on a file: "rule message-id where". */
function errorsOf(tool: string, file: string): string[] {
  const output = `${file}.validation.sarif`;
  const run = spawnSync(tool, ['validate', '--rule-kind', 'Sarif;Gh', '--output', output, file], { encoding: 'utf8', env: DOTNET_ENV, timeout: 120_000 });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const log = JSON.parse(fs.readFileSync(output, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[] }[] };
  return (log.runs[0].results ?? [])
    .filter((r) => r.level === 'error')
    .map((r) => `${r.ruleId} ${r.message.id ?? r.message.text} ${r.message.arguments?.[0] ?? ''}`.trim());
}
