// policy-lint for CI services on real files: notes apart from warnings in JSON and in
// --max-warnings.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseJson, runCli, workspace, type EslintMessage, type EslintResult } from '../support/cli';
import { fixture } from '../support/termBase';

const SLIPS = fixture('drafts', 'slips-en.md');
/** On the slips draft: the hyphenation finding stays a warning, the other two become notes. */
const NOTES = 'rules:\n  misspelled-term: hint\n  non-standard-term: info\n';
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
