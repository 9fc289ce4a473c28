// A team's term files on top of the built-in term base: new phrasings, field-by-field
// overrides, disable, ignore and rule severities.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, findingsOf } from '../support/assertions';
import { builtinTermBase, fixture, withTeamFile, withTeamFiles } from '../support/termBase';

describe('the team fixture file', () => {
  const loaded = withTeamFile(fixture('terms', 'team.yaml'));
  const { index, termBase } = loaded;

  test('loads without problems', () => assert.deepEqual(loaded.problems, []));

  test('adds a phrasing with its own area, found in English and Chinese', () => {
    const p = termBase.byId.get('western-land-sea-corridor')!;
    assert.equal(p.origin, 'team.yaml');
    assert.equal(termBase.areas.get('digital-economy')?.name, 'Digital economy');
    assert.deepEqual(p.variants.map((v) => v.lang), ['en', 'zh'], 'languages are detected');
    const text = 'Use the western land-sea corridor, 建设陆海新通道.';
    const findings = assertFindings(text, ['western-land-sea-corridor', 'western-land-sea-corridor'], undefined, index);
    assert.deepEqual(findings.map((f) => f.replacements[0].text), ['New International Land-Sea Trade Corridor', '西部陆海新通道']);
    assert.match(findings[0].message, /policy area: Digital economy/);
    assertFindings('建设西部陆海新通道', [], undefined, index);
  });

  test('overrides a built-in phrasing field by field', () => {
    const p = termBase.byId.get('common-prosperity')!;
    assert.equal(p.definition, "Our team's own definition of common prosperity.");
    assert.equal(p.en, 'common prosperity');
    assert.equal(p.zh, '共同富裕');
    assert.equal(p.source?.paragraph, 3);
    assert.ok(p.variants.some((v) => v.form === 'common prosperty'), 'variants are kept when not given');
    assert.equal(p.origin, 'team.yaml');
    assertFindings('common prosperty', ['common-prosperity'], undefined, index);
  });

  test('disable switches a phrasing off', () => {
    assert.equal(termBase.byId.has('yangtze-river'), false);
    assertFindings('the Yangtse River', [], undefined, index);
    assert.equal(termBase.phrasings.length, builtinTermBase().termBase.phrasings.length, 'one built-in off, one added');
  });

  test('ignore drops a finding whose text is accepted, in any case or hyphenation', () => {
    assertFindings('We pursue the carbon peaking and neutrality and the Dual-Carbon Goals.', [], undefined, index);
    assertFindings('We pursue the carbon peaking and neutrality.', ['non-standard-term']);
    assertFindings('We pursue 碳中和碳达峰.', ['non-standard-term'], undefined, index);
  });

  test('rules change severities, and off removes a rule', () => {
    const findings = findingsOf('the chengdu-chongqing economic circle, not the Chengdu-Chongqing economic zone', undefined, index);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['term-casing', 'error']]);
    assert.equal(termBase.severities['outdated-term'], 'off');
  });
});

describe('overrides', () => {
  test('given variants add to the built-in ones; removeVariants takes one out', () => {
    const { index, problems } = withTeamFile('terms:\n  - id: common-prosperity\n    variants:\n      - { form: shared wealth, kind: informal }\n');
    assert.deepEqual(problems, []);
    assertFindings('collective prosperity and shared wealth', ['non-standard-term', 'non-standard-term'], undefined, index);
    const removed = withTeamFile('terms:\n  - id: common-prosperity\n    removeVariants: [collective prosperity]\n');
    assert.deepEqual(removed.problems, []);
    assertFindings('collective prosperity', [], undefined, removed.index);
    assert.equal(findingsOf('shared wealth', undefined, index)[0].replacements[0].text, 'common prosperity');
  });

  test('a later team file overrides an earlier one', () => {
    const { termBase, problems } = withTeamFiles({
      'a.yaml': 'terms:\n  - id: common-prosperity\n    definition: From A.\n',
      'b.yaml': 'terms:\n  - id: common-prosperity\n    definition: From B.\nrules:\n  misspelled-term: info\n',
    });
    assert.deepEqual(problems, []);
    assert.equal(termBase.byId.get('common-prosperity')?.definition, 'From B.');
    assert.equal(termBase.byId.get('common-prosperity')?.origin, 'b.yaml');
    assert.equal(termBase.severities['misspelled-term'], 'info');
  });

  test('a JSON team file works like YAML', () => {
    const { index, problems } = withTeamFile(JSON.stringify({ rules: { 'non-standard-term': 'error' } }), '.policy-terms.json');
    assert.deepEqual(problems, []);
    assert.equal(findingsOf('carbon peaking and neutrality', undefined, index)[0].severity, 'error');
  });

  test('a team source document is read next to the team file and cited', () => {
    const { termBase, problems } = withTeamFiles({
      'notes.txt': 'Team notes\n\nWe build the western corridor. It links the sea.\n',
      'team.yaml': [
        'sources:', '  - { id: notes, title: Team notes, path: notes.txt }',
        'terms:', '  - id: western-corridor', '    en: western corridor', '    area: reform-opening',
        '    source: { document: notes, paragraph: 1, sentence: "We build the western corridor." }', '',
      ].join('\n'),
    }, ['team.yaml']);
    assert.deepEqual(problems, []);
    assert.equal(termBase.sources.get('notes')?.title, 'Team notes');
  });
});
