// TBX-Basic export and import: the term base read back from its own TBX gives the same
// findings on the example drafts as the built-in term base.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PhrasingIndex } from '../../server/src/core/phrasingIndex';
import { exportTbx, parseTbx } from '../../server/src/core/tbx';
import { buildTermBase } from '../../server/src/core/termBase';
import { parseTermFile } from '../../server/src/core/termFile';
import { lint } from '../../server/src/core/lint';
import { builtinIndex, builtinTermBase, REPO_ROOT } from '../support/termBase';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

describe('TBX-Basic', () => {
  const tbx = exportTbx(builtinTermBase().termBase);

  test('statuses travel as administrativeStatus values', () => {
    assert.match(tbx, /<tbx style="dct" type="TBX-Basic"/);
    for (const s of ['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']) assert.ok(tbx.includes(s), s);
  });

  test('read back alone, it gives the same findings on the example drafts', () => {
    const file = parseTermFile('glossary.tbx', tbx);
    assert.deepEqual(file.problems, []);
    const { termBase, problems } = buildTermBase([file], () => ({ error: 'no sources' }));
    assert.deepEqual(problems, []);
    const fromTbx = new PhrasingIndex(termBase);
    const builtin = builtinIndex();
    let compared = 0;
    for (const name of fs.readdirSync(EXAMPLES)) {
      const text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
      const shape = (index: PhrasingIndex) => lint(index, text, { fuzzy: false }).map((f) => [f.start, f.end, f.ruleId, f.replacements[0].text, f.fixable]);
      assert.deepEqual(shape(fromTbx), shape(builtin), name);
      compared += shape(builtin).length;
    }
    assert.ok(compared >= 5, `the examples hold findings to compare (${compared})`);
  });

  test('a file that is not TBX is a clear problem', () => {
    const file = parseTermFile('x.tbx', '<glossary/>');
    assert.match(file.problems[0].message, /not a TBX file/);
    assert.throws(() => parseTbx('<<<'), /./);
  });
});
