// Capitals: lost from a name ("party central committee") they are a certain fix; added to a
// phrasing of common words in running text ("towards Common Prosperity") a suggestion, and
// never in a heading, a Title Case line, a title or a longer name.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { assertFindings, onlyFinding } from '../support/assertions';

describe('capitals', () => {
  test('a phrasing of common words in Title Case in running text: a suggestion in lower case', () => {
    const f = onlyFinding('Every village moves steadily towards Common Prosperity.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['term-casing', 'Common Prosperity', 'common prosperity', false]);
    assert.match(f.message, /in lower case/);
    // At a sentence start only the first capital is the sentence's.
    assert.equal(onlyFinding('Employment Priority Policies help 3,000 workers.').replacement, 'Employment priority policies');
    assertFindings('Common prosperity is our goal.', []);
  });

  test('headings, Title Case lines, titles and longer names keep their capitals', () => {
    assertFindings('## Common Prosperity\n', []);
    assertFindings('**Promote Common Prosperity**\n', []);
    assertFindings('We visited the Zhejiang Common Prosperity Demonstration Zone last year.', []);
    assertFindings('We read the Guidelines on Common Prosperity for Rural Areas.', []);
    assertFindings('We follow the Outline of the Plan for Common Prosperity.', []);
    assertFindings('WE PURSUE COMMON PROSPERITY.', []);
    // A label, and the name of a body or an event.
    assertFindings('- Common Prosperity: the goal of our work.', []);
    assertFindings('We met at the Economic Work Conference, as planned.', []);
    // A run-in heading, a quotation, emphasis, a title that goes on after it.
    assertFindings('**Common Prosperity.** The city will raise incomes.', []);
    assertFindings('1. High-Quality Development. The city will grow.', []);
    assertFindings('The theme of the forum was "Common Prosperity".', []);
    assertFindings('*Common Prosperity* (2022) is a collection of essays.', []);
    assertFindings("The People's Daily column Common Prosperity in Practice ran for a year.", []);
    // A name given, link text, a glossary line beside the Chinese, a table cell, a slogan.
    assertFindings('The report, titled Urban Upgrading, was released.', []);
    assertFindings('See [Common Prosperity](https://example.org).', []);
    assertFindings('共同富裕 Common Prosperity\n', []);
    assertFindings('| 共同富裕 | Common Prosperity |\n', []);
    assertFindings('The slogan reads: Expand Effective Investment, Boost Consumption.', []);
  });

  test('a phrasing holding a proper name is often capitalised throughout, and left alone', () => {
    assertFindings('As a member of the Wuling Mountain Area Urban Agglomeration in Southeastern Chongqing, the county grew.', []);
    assertFindings('Tourism grew in Southeastern Chongqing.', []);
  });
});
