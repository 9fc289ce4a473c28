// Malformed team files: every problem names file:line:column in that file.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseTermFile } from '../../server/src/core/termFile';
import { withTeamFile, withTeamFiles } from '../support/termBase';

/** The problems of a team file as "file:line:column message". */
function problemsOf(text: string, name = 'team.yaml'): string[] {
  return withTeamFile(text, name).problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

function assertOneProblem(text: string, at: string, message: RegExp, name?: string): void {
  const problems = problemsOf(text, name);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.ok(problems[0].startsWith(`${at} `), `${problems[0]} should start with ${at}`);
  assert.match(problems[0], message);
}

describe('YAML syntax', () => {
  test('a nested mapping in a compact mapping, at its line and column', () => {
    const problems = problemsOf('terms:\n  - id: a-b\n    en: b: c\n');
    assert.ok(problems.length >= 1);
    assert.ok(problems[0].startsWith('team.yaml:3:9 '), problems[0]);
  });

  test('a duplicate key', () => {
    assertOneProblem('terms:\n  - id: a-b\n    id: b-c\n', 'team.yaml:3:5', /unique/);
  });

  test('JSON syntax errors also carry a position', () => {
    const problems = problemsOf('{\n  "rules": {\n    "term-casing": "error",,\n  }\n}\n', '.policy-terms.json');
    assert.ok(problems.length >= 1);
    assert.match(problems[0], /^\.policy-terms\.json:3:\d+ /);
  });
});

describe('schema', () => {
  test('a bad variant kind, at the kind key of a block mapping', () => {
    assertOneProblem('version: 1\nterms:\n  - id: common-prosperity\n    variants:\n      - form: comon prosperity\n        kind: typo\n',
      'team.yaml:6:9', /terms\[0\]\.variants\[0\]\.kind: must be one of misspelling, informal/);
  });

  test('a bad variant kind in a flow mapping points into the line', () => {
    assertOneProblem('terms:\n  - id: common-prosperity\n    variants:\n      - { form: comon prosperity, kind: typo }\n',
      'team.yaml:4:35', /kind: must be one of/);
  });

  test('an unknown property', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n    colour: red\n', 'team.yaml:5:5', /unknown property "colour"/);
  });

  test('an id that is not kebab-case', () => {
    assertOneProblem('terms:\n  - id: Foo Bar\n    en: foo bar baz\n    area: overall\n', 'team.yaml:2:5', /terms\[0\]\.id: must match pattern/);
  });

  test('a bad rule severity', () => {
    assertOneProblem('version: 1\nrules:\n  term-casing: loud\n', 'team.yaml:3:3', /rules\.term-casing: must be one of error, warning, info, hint, off/);
  });

  test('a variant without kind', () => {
    assertOneProblem('terms:\n  - id: common-prosperity\n    variants:\n      - form: comon prosperity\n', 'team.yaml:4:9', /missing required property "kind"/);
  });
});

describe('term base checks', () => {
  test('an unknown area', () => {
    assertOneProblem('areas:\n  - id: mine\n    name: Mine\nterms:\n  - id: foo-bar\n    en: foo bar baz\n    area: nowhere\n',
      'team.yaml:7:5', /unknown policy area "nowhere"/);
  });

  test('an unknown area in a JSON file', () => {
    assertOneProblem('{\n  "terms": [\n    { "id": "foo-bar", "en": "foo bar baz", "area": "nowhere" }\n  ]\n}\n',
      '.policy-terms.json:3:45', /unknown policy area/, '.policy-terms.json');
  });

  test('a duplicate id in one file, at the second one', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n  - id: foo-bar\n    en: foo bar qux\n    area: overall\n',
      'team.yaml:5:5', /duplicate term id "foo-bar"/);
  });

  test('an unknown id to disable, at its item', () => {
    assertOneProblem('disable:\n  - common-prosperity\n  - no-such-term\n', 'team.yaml:3:5', /no term with id "no-such-term" to disable/);
  });

  test('a source sentence that is not in the paragraph', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n    source:\n      document: cq-ewc-2021\n      paragraph: 2\n      sentence: "This sentence is not there."\n',
      'team.yaml:8:7', /sentence not found in paragraph 2 of "cq-ewc-2021"/);
  });

  test('a sentence of the readout cited at the wrong paragraph', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n    source:\n      document: cq-ewc-2021\n      paragraph: 1\n      sentence: "We should promote common prosperity, implement employment priority policies, optimize the income distribution structure and improve public services."\n',
      'team.yaml:8:7', /sentence not found in paragraph 1/);
  });

  test('an unknown source document', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n    source: { document: nowhere, paragraph: 1, sentence: x }\n',
      'team.yaml:5:15', /unknown source document "nowhere"/);
  });

  test('an unreadable source file', () => {
    assertOneProblem('sources:\n  - id: other\n    title: Other\n    path: other.txt\n', 'team.yaml:4:5', /source "other": cannot read other\.txt/);
  });

  test('a new term without en or area', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    area: overall\n', 'team.yaml:2:5', /new term "foo-bar" needs "en" and "area"/);
  });

  test('a variant that only differs from its own official form by case or hyphens', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n    variants:\n      - { form: Foo-Bar baz, kind: casing }\n',
      'team.yaml:6:11', /only differs from the official form/);
  });

  test('a variant that is another phrasing\'s official form', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n    variants:\n      - { form: Common Prosperity, kind: informal }\n',
      'team.yaml:6:11', /is the official form of "common-prosperity"/);
  });

  test('a Chinese variant on a term without a Chinese form', () => {
    assertOneProblem('terms:\n  - id: foo-bar\n    en: foo bar baz\n    area: overall\n    variants:\n      - { form: 某某说法, kind: informal }\n',
      'team.yaml:6:9', /Chinese variant "某某说法" but the term has no "zh" form/);
  });
});

describe('parseTermFile', () => {
  test('an empty file is an empty term file', () => {
    const f = parseTermFile('empty.yaml', '');
    assert.deepEqual(f.problems, []);
    assert.deepEqual(f.data, {});
  });

  test('a byte order mark does not shift positions', () => {
    const f = parseTermFile('bom.yaml', '\uFEFFrules:\n  term-casing: loud\n');
    assert.deepEqual(f.problems.map((p) => [p.line, p.column]), [[2, 3]]);
  });

  test('a missing team file is one problem at 1:1', () => {
    const problems = withTeamFiles({}, ['missing.yaml']).problems;
    assert.deepEqual(problems.map((p) => [p.file, p.line, p.column]), [['missing.yaml', 1, 1]]);
    assert.match(problems[0].message, /cannot read term file: file not found/);
  });
});

describe('hostile term files', () => {
  test('a variant of one letter or of punctuation only is refused at its line and column', () => {
    const { problems } = withTeamFile('terms:\n  - id: common-prosperity\n    variants:\n      - { form: ".", kind: informal }\n      - { form: "a", kind: informal }\n');
    assert.deepEqual(problems.map((p) => [p.line, /too short or has no letters/.test(p.message)]), [[4, true], [5, true]]);
  });

  test('YAML aliases that expand too far are refused, not expanded', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g']]) levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
    const { problems } = withTeamFile(levels.join('\n') + '\nignore: *g\n');
    assert.match(problems[0].message, /aliases expand too far/);
  });
});

describe('JSON term files', () => {
  test('a duplicate key is a problem at its line, not silently dropped', () => {
    const { problems } = withTeamFile('{\n  "ignore": ["a b"],\n  "ignore": ["c d"]\n}\n', '.policy-terms.json');
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [[3, 'duplicate key "ignore": JSON would keep only the last one']]);
  });
});
