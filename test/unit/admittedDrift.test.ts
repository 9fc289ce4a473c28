// Slips of an admitted form (a British spelling, the State Council's rendering) are drift as
// slips of the official form are; the fix keeps the form the draft chose.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, onlyFinding } from '../support/assertions';

describe('drift of an admitted form', () => {
  test('a near miss of an admitted form is fixed to that form, and the message names both', () => {
    const british = onlyFinding('We will promote the revitalisation of countryside across the district.');
    assert.deepEqual([british.ruleId, british.replacement], ['term-function-word', 'revitalisation of the countryside']);
    assert.match(british.message, /differs from "revitalisation of the countryside", an accepted form of the official phrasing "revitalization of the countryside"/);
    // "&" for "and" in the State Council's hyphenated form keeps the hyphen the draft writes.
    assert.equal(onlyFinding('We pursue reform & opening-up in every sector.').replacement, 'reform and opening-up');
    assert.equal(onlyFinding('We must keep the economy run within a reasonable range.').replacement, 'keep the economy running within a reasonable range');
    assert.equal(onlyFinding('We will keep economy running within a reasonable range.').ruleId, 'term-function-word');
  });

  test('a misspelling of an admitted form is fixed to it', () => {
    const slip = onlyFinding('We advance the revitalisation of the countrysid.');
    assert.deepEqual([slip.ruleId, slip.replacement], ['misspelled-term', 'revitalisation of the countryside']);
    assert.match(slip.message, /misspelling of "revitalisation of the countryside", an accepted form/);
    assert.equal(onlyFinding('Employment-frist policy will continue.').replacement, 'Employment-first policy');
  });

  test('admitted forms as written, and their grammar, stay clean', () => {
    assertFindings('The conference called for efforts to keep the economy running within a reasonable range.', []);
    assertFindings('Efforts kept the economy running within a reasonable range in 2021.', []);
    assertFindings('We pursue reform and opening-up and the revitalisation of the countryside.', []);
  });
});
