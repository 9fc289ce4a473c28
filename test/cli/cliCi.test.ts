// policy-lint for CI services on real files: notes apart from warnings in JSON and in
// --max-warnings, GitHub Actions annotations, and a JUnit report as GitLab reads it.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseJson, runCli, workspace, type EslintMessage, type EslintResult } from '../support/cli';
import { fixture } from '../support/termBase';

const SLIPS = fixture('drafts', 'slips-en.md');
const CLEAN = fixture('drafts', 'clean-en.md');
/** On the slips draft: the hyphenation finding stays a warning, the other two become notes. */
const NOTES = 'rules:\n  misspelled-term: hint\n  non-standard-term: info\n';
/** A team phrasing whose note holds a percent sign, a line break and XML's markup characters. */
const ODD_TERMS = [
  'version: 1',
  'areas:',
  '  - { id: ports, name: Ports }',
  'terms:',
  '  - id: harbour',
  '    en: harbour district',
  '    area: ports',
  '    variants:',
  '      - { form: harbor distrikt, kind: misspelling, note: "Seen in 50% of <drafts> & \\"plans\\":\\nfix ]]> first." }',
  '',
].join('\n');

/** The fields policy-lint adds to ESLint's result: what ESLint's readers pass over. */
interface WithNotes extends EslintResult {
  messages: (EslintMessage & { policySeverity: string })[];
  fixableErrorCount: number;
  fixableWarningCount: number;
  noteCount: number;
  fixableNoteCount: number;
}

describe('notes (info and hint) are not warnings', () => {
  test('JSON keeps severity 1 for notes, counts them in noteCount and names their severity', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS, 'team.yaml': NOTES });
    const run = runCli(['-f', 'json', '-t', 'team.yaml', 'plan.md'], dir);
    assert.equal(run.status, 1, 'the one warning fails the run');
    const [r] = parseJson(run) as WithNotes[];
    assert.deepEqual(r.messages.map((m) => [m.ruleId, m.severity, m.policySeverity]), [
      ['term-hyphenation', 1, 'warning'],
      ['misspelled-term', 1, 'hint'],
      ['non-standard-term', 1, 'info'],
    ]);
    assert.deepEqual([r.errorCount, r.warningCount, r.noteCount], [0, 1, 2]);
    assert.deepEqual([r.fixableErrorCount, r.fixableWarningCount, r.fixableNoteCount], [0, 1, 2]);
  });

  test('--max-warnings counts warnings only', (t) => {
    const dir = workspace(t, { 'plan.md': SLIPS, 'team.yaml': NOTES, 'quiet.yaml': `${NOTES}  term-hyphenation: info\n` });
    assert.equal(runCli(['--max-warnings', '1', '-t', 'team.yaml', 'plan.md'], dir).status, 0, 'one warning, two notes');
    assert.equal(runCli(['--max-warnings', '0', '-t', 'team.yaml', 'plan.md'], dir).status, 1);
    const notesOnly = runCli(['--max-warnings', '0', '-t', 'quiet.yaml', 'plan.md'], dir);
    assert.equal(notesOnly.status, 0, notesOnly.stdout);
    assert.match(notesOnly.stdout, /✖ 3 findings \(0 errors, 0 warnings, 3 notes\)/);
    assert.equal(runCli(['-t', 'quiet.yaml', 'plan.md'], dir).status, 0, 'notes alone never fail a run');
  });
});

describe('--format github', () => {
  test('one workflow command per finding, with paths relative to the working folder', (t) => {
    const dir = workspace(t, { 'drafts/plan.md': SLIPS, 'drafts/clean.md': CLEAN, 'team.yaml': NOTES });
    const run = runCli(['--format', 'github', '-t', 'team.yaml', '.'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(run.stdout.split('\n'), [
      '::warning file=drafts/plan.md,line=3,col=20,endLine=3,endColumn=53,title=term-hyphenation (policy-lint)::"Chengdu Chongqing economic circle": write the official phrasing as "Chengdu-Chongqing economic circle" (policy area: Regional coordination): a hyphen is missing.',
      '::notice file=drafts/plan.md,line=3,col=65,endLine=3,endColumn=81,title=misspelled-term (policy-lint)::"common prosperty" is a misspelling of the official phrasing "common prosperity" (policy area: People\'s wellbeing and common prosperity).',
      '::notice file=drafts/plan.md,line=4,col=28,endLine=4,endColumn=57,title=non-standard-term (policy-lint)::"carbon peaking and neutrality" is an informal form of the official phrasing "carbon peaking and carbon neutrality" (policy area: Ecology and environment).',
      '',
    ]);
    assert.equal(run.stderr, '');
  });

  test('an error is ::error; a finding across lines has no columns', (t) => {
    const dir = workspace(t, { 'a.md': 'We pursue common\nprosperty today.\n', 'team.yaml': 'rules:\n  misspelled-term: error\n' });
    const run = runCli(['-f', 'github', '-t', 'team.yaml', 'a.md'], dir);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^::error file=a\.md,line=1,endLine=2,title=misspelled-term \(policy-lint\)::"common prosperty" is a misspelling/);
  });

  test('percent signs and line breaks escaped in the message; colons and commas too in properties', (t) => {
    const name = 'plan, 50%: v2.md';
    const dir = workspace(t, { [name]: 'The harbor distrikt grows.\n', 'team.yaml': ODD_TERMS });
    const run = runCli(['-f', 'github', '-t', 'team.yaml', name], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stdout,
      '::warning file=plan%2C 50%25%3A v2.md,line=1,col=5,endLine=1,endColumn=20,title=misspelled-term (policy-lint)::' +
      '"harbor distrikt" is a misspelling of the official phrasing "harbour district" (policy area: Ports). ' +
      'Seen in 50%25 of <drafts> & "plans":%0Afix ]]> first.\n');
  });

  test('a clean run prints nothing and exits 0', (t) => {
    const dir = workspace(t, { 'clean.md': CLEAN });
    const run = runCli(['-f', 'github', 'clean.md'], dir);
    assert.deepEqual([run.status, run.stdout], [0, '']);
  });
});

interface Case {
  '@_classname': string;
  '@_name': string;
  '@_file': string;
  failure?: { '#text': string; '@_message': string; '@_type': string };
  'system-out'?: string;
}
interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: Case[];
}

function parseJunit(xml: string): { '@_tests': string; '@_failures': string; testsuite: Suite[] } {
  assert.equal(XMLValidator.validate(xml), true, 'well-formed for fast-xml-parser');
  // What that parser lets pass: characters XML cannot hold, and bare markup characters.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  assert.doesNotMatch(xml, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, 'no control characters');
  assert.doesNotMatch(xml, /&(?!(amp|lt|gt|quot|apos|#\d+);)/, 'every & starts an entity');
  for (const [, value] of xml.matchAll(/="([^"]*)"/g)) assert.doesNotMatch(value, /[<\n]/, `attribute ${value}`);
  const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, parseAttributeValue: false, parseTagValue: false, trimValues: false, isArray: (n) => n === 'testsuite' || n === 'testcase' });
  return (parser.parse(xml) as { testsuites: ReturnType<typeof parseJunit> }).testsuites;
}

describe('--format junit', () => {
  test('a suite per draft, a case per finding: failures for warnings, output for notes, one passing case for a clean draft', (t) => {
    const dir = workspace(t, { 'drafts/plan.md': SLIPS, 'drafts/clean.md': CLEAN, 'team.yaml': NOTES });
    const run = runCli(['--format', 'junit', '-t', 'team.yaml', 'drafts/plan.md', 'drafts/clean.md'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites /);
    const report = parseJunit(run.stdout);
    assert.deepEqual([report['@_tests'], report['@_failures']], ['4', '1']);
    const [plan, clean] = report.testsuite;
    assert.deepEqual([plan['@_name'], plan['@_tests'], plan['@_failures']], ['drafts/plan.md', '3', '1']);
    assert.deepEqual(plan.testcase.map((c) => [c['@_classname'], c['@_name'], c['@_file']]), [
      ['drafts/plan.md', '3:20 term-hyphenation', 'drafts/plan.md'],
      ['drafts/plan.md', '3:65 misspelled-term', 'drafts/plan.md'],
      ['drafts/plan.md', '4:28 non-standard-term', 'drafts/plan.md'],
    ]);
    const [warning, hint, info] = plan.testcase;
    assert.equal(warning.failure?.['@_type'], 'warning');
    assert.match(warning.failure?.['@_message'] ?? '', /^"Chengdu Chongqing economic circle": write the official phrasing as "Chengdu-Chongqing economic circle"/);
    // GitLab shows the failure's text, not its attributes: the text says it all.
    assert.match(warning.failure?.['#text'] ?? '', /^drafts\/plan\.md:3:20: warning: "Chengdu Chongqing economic circle": write the official phrasing .* \(term-hyphenation\)$/);
    assert.equal(hint.failure, undefined);
    assert.match(hint['system-out'] ?? '', /^drafts\/plan\.md:3:65: hint: "common prosperty" is a misspelling/);
    assert.equal(info.failure, undefined);
    assert.deepEqual([clean['@_name'], clean['@_tests'], clean['@_failures']], ['drafts/clean.md', '1', '0']);
    assert.deepEqual(clean.testcase.map((c) => [c['@_name'], c.failure]), [['no findings', undefined]]);
  });

  test('markup characters, quotes and line breaks escaped; text and attributes read back as written', (t) => {
    const name = 'a & b <"draft">.md';
    const bell = 'bell\u0007.md';
    const dir = workspace(t, { [name]: 'The harbor distrikt grows.\nThe harbor distrikt grows.\n', [bell]: 'The harbor distrikt.\n', 'team.yaml': ODD_TERMS });
    const run = runCli(['-f', 'junit', '-t', 'team.yaml', name, bell], dir);
    assert.equal(run.status, 1, run.stderr);
    const [suite, bellSuite] = parseJunit(run.stdout).testsuite;
    assert.equal(suite['@_name'], name);
    assert.equal(bellSuite['@_name'], 'bell\ufffd.md', 'a character XML cannot hold is replaced');
    assert.deepEqual(suite.testcase.map((c) => c['@_file']), [name, name]);
    const message = '"harbor distrikt" is a misspelling of the official phrasing "harbour district" (policy area: Ports). Seen in 50% of <drafts> & "plans":\nfix ]]> first.';
    assert.equal(suite.testcase[0].failure?.['@_message'], message);
    assert.equal(suite.testcase[1].failure?.['#text'], `${name}:2:5: warning: ${message} (misspelled-term)`);
  });
});
