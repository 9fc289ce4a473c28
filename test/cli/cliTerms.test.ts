// policy-lint with a team's term files, and the term base tools: --candidates and --export.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { parseJson, runCli, workspace } from '../support/cli';
import { fixture, READOUT_PATH } from '../support/termBase';

const TEAM = fixture('terms', 'team.yaml');
const DRAFT = 'Use the western land-sea corridor.\nWe pursue the carbon peaking and neutrality on the Yangtse River.\nthe chengdu-chongqing economic circle\n';

describe('team term files', () => {
  test('--terms adds, ignores, disables and re-rates', (t) => {
    const dir = workspace(t, { 'team.yaml': TEAM, 'a.md': DRAFT });
    const [r] = parseJson(runCli(['-f', 'json', '--terms', 'team.yaml', 'a.md'], dir));
    assert.deepEqual(r.messages.map((m) => [m.ruleId, m.severity, m.line]), [['non-standard-term', 1, 1], ['term-casing', 2, 3]]);
    assert.match(r.messages[0].message, /New International Land-Sea Trade Corridor/);
  });

  test('without --terms, none of that', (t) => {
    const dir = workspace(t, { 'a.md': DRAFT });
    const [r] = parseJson(runCli(['-f', 'json', 'a.md'], dir));
    assert.deepEqual(r.messages.map((m) => [m.ruleId, m.severity]), [['non-standard-term', 1], ['outdated-term', 1], ['term-casing', 1]]);
  });

  test('.policy-terms.yaml in the working folder is picked up, unless --no-team-terms', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': TEAM, 'a.md': DRAFT });
    assert.equal(parseJson(runCli(['-f', 'json', 'a.md'], dir))[0].messages.length, 2);
    assert.equal(parseJson(runCli(['-f', 'json', '--no-team-terms', 'a.md'], dir))[0].messages.length, 3);
  });

  test('.policy-terms.yaml in a parent folder is picked up from a subfolder', (t) => {
    const dir = workspace(t, { '.policy-terms.yaml': 'rules:\n  non-standard-term: off\n', 'docs/a.md': 'carbon peaking and neutrality\n' });
    const run = runCli(['a.md'], `${dir}/docs`);
    assert.equal(run.status, 0, run.stdout);
  });

  test('each draft gets the team file nearest to it, the one the editor gives it (not the working folder\'s)', (t) => {
    const dir = workspace(t, {
      '.policy-terms.yaml': 'ignore:\n  - carbon peaking and neutrality\n',
      'plans/.policy-terms.yaml': 'rules:\n  term-hyphenation: off\n',
      'a.md': 'carbon peaking and neutrality; the Chengdu Chongqing economic circle\n',
      'plans/b.md': 'carbon peaking and neutrality; the Chengdu Chongqing economic circle\n',
      'plans/deeper/c.md': 'carbon peaking and neutrality; the Chengdu Chongqing economic circle\n',
    });
    const reports = parseJson(runCli(['-f', 'json', '.'], dir));
    const rules = (name: string) => reports.find((r) => r.filePath.endsWith(name))!.messages.map((m) => m.ruleId);
    assert.deepEqual(rules('a.md'), ['term-hyphenation']);
    assert.deepEqual(rules('plans/b.md'), ['non-standard-term']);
    assert.deepEqual(rules('plans/deeper/c.md'), ['non-standard-term']);
  });

  test('standard input gets the team file of the path --stdin-filename names', (t) => {
    const dir = workspace(t, { 'sub/.policy-terms.yaml': 'ignore:\n  - carbon peaking and neutrality\n' });
    const text = 'carbon peaking and neutrality\n';
    assert.equal(runCli(['--stdin-filename', 'sub/x.md', '-'], dir, text).status, 0);
    assert.equal(runCli(['-'], dir, text).status, 1);
  });

  test('a team file that links out of the repository is read: on the command line the user chose the link', (t) => {
    const shared = workspace(t, { 'terms.yaml': 'ignore:\n  - carbon peaking and neutrality\n' });
    const dir = workspace(t, { 'a.md': 'carbon peaking and neutrality\n' });
    fs.symlinkSync(path.join(shared, 'terms.yaml'), path.join(dir, '.policy-terms.yaml'));
    assert.equal(runCli(['a.md'], dir).status, 0);
  });

  test('a JSON term file', (t) => {
    const dir = workspace(t, { 'terms.json': JSON.stringify({ ignore: ['carbon peaking and neutrality'] }), 'a.md': 'carbon peaking and neutrality\n' });
    assert.equal(runCli(['-t', 'terms.json', 'a.md'], dir).status, 0);
  });
});

describe('--candidates', () => {
  test('lists recurring phrases of the readout with count, kind and first line', (t) => {
    const dir = workspace(t);
    const run = runCli(['--candidates', READOUT_PATH], dir);
    assert.equal(run.status, 0, run.stderr);
    const rows = run.stdout.trim().split('\n').map((l) => l.split('\t'));
    assert.ok(rows.length >= 1);
    assert.ok(rows.every((r) => r.length === 4 && /^\d+$/.test(r[0]) && ['quoted', 'recurring'].includes(r[1])), run.stdout);
    const economicWork = rows.find((r) => r[2] === 'economic work');
    assert.ok(economicWork, run.stdout);
    assert.equal(economicWork[0], '3');
    assert.match(economicWork[3], /chongqing-economic-work-conference-2021\.txt:3$/);
    assert.ok(!rows.some((r) => /common prosperity|market participa/i.test(r[2])), 'known phrasings are not candidates');
  });

  test('quoted phrases of a new document', (t) => {
    const dir = workspace(t, { 'new.txt': 'The plan builds "new quality productive forces".\n' });
    const run = runCli(['--candidates', 'new.txt'], dir);
    assert.equal(run.stdout, '1\tquoted\tnew quality productive forces\tnew.txt:1\n');
  });

  test('nothing new: says so', (t) => {
    const dir = workspace(t, { 'a.txt': 'We pursue common prosperity.\n' });
    assert.match(runCli(['--candidates', 'a.txt'], dir).stdout, /^No candidate phrasings/);
  });
});

describe('--export', () => {
  test('prh prints a YAML dictionary', (t) => {
    const run = runCli(['--export', 'prh'], workspace(t));
    assert.equal(run.status, 0);
    const doc = parse(run.stdout) as { version: number; rules: { expected: string; patterns: string[] }[] };
    assert.equal(doc.version, 1);
    assert.equal(doc.rules.find((r) => r.patterns.includes('Yangtse River'))?.expected, 'Yangtze River');
  });

  test('vale prints a substitution rule', (t) => {
    const run = runCli(['--export', 'vale'], workspace(t));
    assert.equal(run.status, 0);
    const doc = parse(run.stdout) as { extends: string; swap: Record<string, string> };
    assert.equal(doc.extends, 'substitution');
    assert.equal(doc.swap['carbon peaking and neutrality'], 'carbon peaking and carbon neutrality');
  });

  test('json includes a team file\'s phrasings', (t) => {
    const dir = workspace(t, { 'team.yaml': TEAM });
    const run = runCli(['--export', 'json', '-t', 'team.yaml'], dir);
    const doc = JSON.parse(run.stdout) as { terms: { id: string }[] };
    assert.ok(doc.terms.some((term) => term.id === 'western-land-sea-corridor'));
    assert.ok(!doc.terms.some((term) => term.id === 'yangtze-river'));
  });
});

describe('--export tbx and --terms glossary.tbx', () => {
  test('the exported TBX, read back, gives the same findings on the example drafts', (t) => {
    const dir = workspace(t);
    const exported = runCli(['--export', 'tbx'], dir);
    assert.equal(exported.status, 0, exported.stderr);
    const examples = fixture('..', '..', 'examples', 'implementation-plan.md');
    const zh = fixture('..', '..', 'examples', 'work-report.zh.md');
    const work = workspace(t, { 'glossary.tbx': exported.stdout, 'plan.md': examples, 'zh.md': zh });
    const plain = parseJson(runCli(['-f', 'json', 'plan.md', 'zh.md'], work));
    const withTbx = parseJson(runCli(['-f', 'json', '--terms', 'glossary.tbx', 'plan.md', 'zh.md'], work));
    const shape = (rs: typeof plain) => rs.map((r) => r.messages.map((m) => [m.ruleId, m.line, m.column, m.message]));
    assert.ok(plain[0].messages.length > 0);
    assert.deepEqual(shape(withTbx), shape(plain));
  });
});

describe('--export rime', () => {
  test('a Rime custom_phrase.txt: its header, then text<TAB>code<TAB>weight with full pinyin and initials', (t) => {
    const run = runCli(['--export', 'rime'], workspace(t));
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n').filter(Boolean);
    assert.deepEqual(lines.slice(0, 4), ['# Rime table', '# coding: utf-8', '#@/db_name\tcustom_phrase.txt', '#@/db_type\ttabledb']);
    const entries = lines.filter((l) => !l.startsWith('#'));
    assert.ok(entries.length > 100);
    for (const line of entries) assert.match(line, /^[^\t\s][^\t]*\t[a-z]+\t\d+$/, line);
    assert.ok(entries.includes('成渝地区双城经济圈\tchengyudiqushuangchengjingjiquan\t100'));
    assert.ok(entries.includes('成渝地区双城经济圈\tcydqscjjq\t100'));
    assert.ok(entries.includes('中共重庆市委\tzhonggongchongqingshiwei\t100'), 'polyphones read in context: 重庆 is chongqing');
  });
});

describe('confinement', () => {
  test("a term file's source outside its folder is refused, not read and quoted", (t) => {
    const dir = workspace(t, { 'team/terms.yaml': 'sources: [{ id: x, title: X, path: ../secret.txt }]\n', 'secret.txt': 'secret\n', 'a.md': 'text\n' });
    const run = runCli(['-t', 'team/terms.yaml', 'a.md'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read \.\.\/secret\.txt: outside the term file's folder/);
    assert.doesNotMatch(run.stdout + run.stderr, /secret\n/);
  });
});
