// policy-lint on real files: stylish, JSON (ESLint's shape) and SARIF output, exit codes.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseJson, runCli, workspace } from '../support/cli';
import { RULE_IDS } from '../../server/src/core/types';
import { fixture, READOUT_PATH } from '../support/termBase';

const SLIPS = fixture('drafts', 'slips-en.md');
const CLEAN = fixture('drafts', 'clean-en.md');

describe('stylish output', () => {
  test('file, line:column, severity, message, rule and a summary; exit 1', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS });
    const run = runCli(['plan.md'], dir);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.split('\n');
    assert.ok(lines.includes('plan.md'), run.stdout);
    assert.match(run.stdout, /^ {2}3:20 +warning +"Chengdu Chongqing economic circle": write the official phrasing as "Chengdu-Chongqing economic circle".* term-hyphenation$/m);
    assert.match(run.stdout, /^ {2}3:65 +warning +"common prosperty" is a misspelling of the official phrasing "common prosperity".* misspelled-term$/m);
    assert.match(run.stdout, /^ {2}4:28 +warning +"carbon peaking and neutrality" is an informal form .* non-standard-term$/m);
    assert.match(run.stdout, /✖ 3 findings \(0 errors, 3 warnings\) in 1 draft/);
    assert.match(run.stdout, /3 findings fixable with the --fix option\./);
    assert.equal(run.stderr, '');
  });

  test('a clean draft: exit 0 and a check mark', (t) => {
    const dir = workspace(t, { 'clean.md': CLEAN });
    const run = runCli(['clean.md'], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /✔ 1 draft checked, no findings\./);
  });

  test('no colour codes when not on a terminal', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS });
    // eslint-disable-next-line no-control-regex -- looks for the ANSI escape that starts a colour
    assert.doesNotMatch(runCli(['plan.md'], dir).stdout, /\u001b\[/);
  });

  test('the readout itself reports "market participates"', (t) => {
    const dir = workspace(t);
    const run = runCli([READOUT_PATH], dir);
    assert.equal(run.status, 1);
    assert.equal(run.stdout.match(/"market participates"/g)?.length, 2, run.stdout);
    assert.match(run.stdout, /"coordinate development of urban and rural areas"/);
    assert.match(run.stdout, /✖ 4 findings \(0 errors, 4 warnings\)/);
  });
});

describe('--format json', () => {
  test("ESLint's result shape", (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS, 'clean.md': CLEAN });
    const run = runCli(['--format', 'json', 'plan.md', 'clean.md'], dir);
    assert.equal(run.status, 1);
    const results = parseJson(run);
    assert.equal(results.length, 2);
    const [plan, clean] = results;
    assert.equal(plan.filePath, `${dir}/plan.md`);
    assert.equal(plan.warningCount, 3);
    assert.equal(plan.errorCount, 0);
    assert.deepEqual(clean.messages, []);
    const m = plan.messages[0];
    assert.equal(m.ruleId, 'term-hyphenation');
    assert.equal(m.severity, 1);
    assert.deepEqual([m.line, m.column, m.endLine, m.endColumn], [3, 20, 3, 53]);
    assert.ok(m.fix);
    assert.equal(SLIPS.slice(m.fix.range[0], m.fix.range[1]), 'Chengdu Chongqing economic circle');
    assert.equal(m.fix.text, 'Chengdu-Chongqing economic circle');
    assert.deepEqual(m.suggestions, [{ desc: 'Replace with "Chengdu-Chongqing economic circle"', fix: m.fix }]);
    for (const msg of plan.messages) {
      assert.ok([1, 2].includes(msg.severity));
      assert.equal(typeof msg.message, 'string');
    }
  });

  test('columns are 1-based UTF-16 code units on a Chinese line with an emoji before the finding', (t) => {
    const text = '第一行。\n😀推动成渝经济圈建设，实现碳中和碳达峰目标。\n';
    const dir = workspace(t, { 'zh.md': text });
    const [result] = parseJson(runCli(['-f', 'json', 'zh.md'], dir));
    assert.deepEqual(result.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn]), [[2, 5, 2, 10], [2, 15, 2, 21]]);
    assert.equal(text.slice(result.messages[0].fix!.range[0], result.messages[0].fix!.range[1]), '成渝经济圈');
  });

  test('an error severity from a team file is 2 and counted as an error', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS, 'team.yaml': 'rules:\n  non-standard-term: error\n' });
    const run = runCli(['-f', 'json', '-t', 'team.yaml', 'plan.md'], dir);
    assert.equal(run.status, 1);
    const [r] = parseJson(run);
    assert.deepEqual(r.messages.map((m) => m.severity), [1, 1, 2]);
    assert.equal(r.errorCount, 1);
    assert.equal(r.warningCount, 2);
  });
});

describe('--format sarif', () => {
  test('SARIF 2.1.0 with rule metadata, results, regions and fixes', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS });
    const run = runCli(['--format', 'sarif', 'plan.md'], dir);
    assert.equal(run.status, 1);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema, /sarif-2\.1\.0/);
    const [sarifRun] = sarif.runs;
    assert.equal(sarifRun.tool.driver.name, 'policy-lint');
    const ruleIds = sarifRun.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.deepEqual(ruleIds, [...RULE_IDS], 'every rule, in the order of the rule list');
    assert.ok(sarifRun.tool.driver.rules.every((r: { shortDescription: { text: string } }) => r.shortDescription.text.length > 0));
    assert.equal(sarifRun.results.length, 3);
    const first = sarifRun.results[0];
    assert.equal(first.ruleId, 'term-hyphenation');
    assert.equal(first.ruleIndex, 4);
    assert.equal(first.level, 'warning');
    const location = first.locations[0].physicalLocation;
    assert.equal(location.artifactLocation.uri, 'plan.md');
    assert.deepEqual(location.region, { startLine: 3, startColumn: 20, endLine: 3, endColumn: 53, snippet: { text: 'Chengdu Chongqing economic circle' } });
    const change = first.fixes[0].artifactChanges[0];
    assert.equal(change.replacements[0].insertedContent.text, 'Chengdu-Chongqing economic circle');
    assert.equal(change.replacements[0].deletedRegion.startColumn, 20);
  });
});

describe('exit codes and thresholds', () => {
  test('--max-warnings: at or under the limit exits 0, over it exits 1', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS });
    assert.equal(runCli(['--max-warnings', '3', 'plan.md'], dir).status, 0);
    assert.equal(runCli(['--max-warnings', '2', 'plan.md'], dir).status, 1);
    assert.equal(runCli(['--max-warnings', '0', 'plan.md'], dir).status, 1);
  });

  test('errors fail whatever --max-warnings says', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS, 'team.yaml': 'rules:\n  term-hyphenation: error\n' });
    assert.equal(runCli(['--max-warnings', '99', '-t', 'team.yaml', 'plan.md'], dir).status, 1);
  });

  test('--quiet reports errors only', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS });
    const run = runCli(['--quiet', 'plan.md'], dir);
    assert.equal(run.status, 0);
    assert.doesNotMatch(run.stdout, /warning/);
  });

  test('--no-fuzzy leaves unlisted misspellings alone', (t) => {
    const dir = workspace(t, { 'a.md': 'We expanded ecological protecton.\n' });
    assert.equal(runCli(['a.md'], dir).status, 1);
    assert.equal(runCli(['--no-fuzzy', 'a.md'], dir).status, 0);
  });
});

describe('--lang zh', () => {
  test('messages and the summary in Chinese; an unknown language is a usage error', (t) => {
    const dir = workspace(t, { 'zh.md': '推动成渝经济圈建设，推进城渝地区双城经济圈。\n' });
    const run = runCli(['--lang', 'zh', 'zh.md'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /“成渝经济圈”是官方表述“成渝地区双城经济圈”的非正式说法（政策领域：区域协调发展）。 +non-standard-term/);
    assert.match(run.stdout, /“城”疑为“成”的同音字误输入/);
    assert.match(run.stdout, /✖ 共 2 处问题（错误 0，警告 2），涉及 1 份文稿/);
    const bad = runCli(['--lang', 'fr', 'zh.md'], dir);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown language "fr"/);
  });
});

describe('SARIF for GitHub code scanning', () => {
  test('every rule has a full description, help in text and Markdown, and a help URI', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS });
    const sarif = JSON.parse(runCli(['--format', 'sarif', 'plan.md'], dir).stdout);
    for (const rule of sarif.runs[0].tool.driver.rules) {
      assert.ok(rule.fullDescription?.text, rule.id);
      assert.ok(rule.help?.text && rule.help?.markdown, rule.id);
      assert.match(rule.helpUri, /^https:\/\//, rule.id);
    }
  });
});
