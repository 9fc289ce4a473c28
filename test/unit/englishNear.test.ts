// English drift nobody listed: inflection, "and" replaced or dropped, function words, order.
// Each finding says what changed and offers the official form; correct English stays clean.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/fixes';
import { assertFindings, findingsOf, onlyFinding } from '../support/assertions';

const one = onlyFinding;

describe('English near-matching', () => {
  test('a comma for "and", and a lost plural, with messages that name the change', () => {
    const comma = one('We support the coordinated development of one area, two clusters.');
    assert.deepEqual([comma.ruleId, comma.actual, comma.replacement], ['term-conjunction', 'one area, two clusters', 'one area and two clusters']);
    assert.match(comma.message, /"," stands for "and"/);
    const plural = one('We support one area and two cluster in the city.');
    assert.deepEqual([plural.ruleId, plural.actual], ['term-inflection', 'one area and two cluster']);
    assert.match(plural.message, /"cluster": the official phrasing is plural/);
  });

  test('other marks for "and", function words, order, inflections', () => {
    assert.equal(one('We promote carbon peaking & carbon neutrality.').ruleId, 'term-conjunction');
    assert.equal(one('We prevent pollution. Pollution prevention/control is key.').actual, 'Pollution prevention/control');
    assert.equal(one('We protect the upper reaches of Yangtze River.').ruleId, 'term-function-word');
    assert.equal(one('We promote the revitalization of countryside.').replacement, 'revitalization of the countryside');
    assert.equal(one('We strengthen technological and scientific innovation.').ruleId, 'term-order');
    assert.equal(one('We integrate into the new development patterns.').ruleId, 'term-inflection');
    // Two items of a list swapped, not only the parts around "and".
    assert.equal(one('We push forward the intelligent, high-end and green transformation of industry.').ruleId, 'term-order');
    assert.equal(one('We push forward the high-end, green and intelligent transformation of industry.').replacement, 'high-end, intelligent and green transformation');
    // "A of B" written "B A", as Chinese word order gives it.
    const inverted = one('Promote cultural tourism integrated development across the region.');
    assert.deepEqual([inverted.ruleId, inverted.replacement], ['term-order', 'integrated development of cultural tourism']);
    assert.match(inverted.message, /another order, with "of" left out/);
    assert.equal(one('The Yangtze River upper reaches are green.').replacement, 'upper reaches of the Yangtze River');
    // A slip one letter off that is a word of its own, in a phrasing of three content words or more;
    // never a British or American spelling of the word.
    assert.deepEqual([one('We integrate into the new development patten.').ruleId, one('We integrate into the new development patten.').replacement],
      ['misspelled-term', 'new development pattern']);
    assertFindings('We promote the modernisation of the industrial supply chain.', []);
    assertFindings('We build a scientific and technological innovation center with national influence.', []);
    // Grammar, not drift: a plural phrasing as a modifier, a verb phrasing in the sentence's tense,
    // a compound's verb without its hyphen (a clause); plain coordination and a list of nouns.
    for (const correct of ['We built 5 first-class innovation park projects.', 'We ran 10 market-oriented reform pilots.',
      'In 2021 Chongqing kept the economy running in a reasonable range.', 'The district prevented and resolved potential risks in finance.',
      'Innovation drove development in the district last year.', 'In the district, innovation leads development.',
      'Consumption and trade both recovered in the fourth quarter.', 'Wanzhou expanded its capacity and raised its quality in 2021.',
      'The two clusters will expand their capacity and raise their quality.',
      'We will build two scientific and technological innovation centres with national influence.', 'The 13th and 14th Five-Year Plans set the goals.',
      'It is a national strategic scientific and technological force.', 'Each firm should become a first-class innovation subject.', 'We will adjust the structure of industry, energy, transportation and land use.']) {
      assertFindings(correct, []);
    }
    // A comma that starts a longer list is no "and" dropped; before a clause it is.
    assertFindings('We deepen reform, opening up and innovation.', []);
    assertFindings('## Reform, Opening Up and Regional Coordination\n', []);
    assertFindings('We coordinate carbon peaking, carbon neutrality, and energy security.', []);
    assert.equal(one('We support one area, two clusters and help the districts grow.').ruleId, 'term-conjunction');
    assert.equal(one('We curb pollution prevention/control and energy waste.').ruleId, 'term-conjunction');
    // Irregular verb forms are inflections too ("led" of "lead", "driven" of "drive").
    assert.deepEqual([one('We pursue innovation-lead development.').ruleId, one('We pursue innovation-drive development.').replacement],
      ['term-inflection', 'innovation-driven development']);
  });

  test('a finding is a suggestion: --fix leaves it, the quick fix gives the official form', () => {
    const text = 'We support one area, two clusters.';
    const findings = findingsOf(text);
    assert.equal(findings[0].fixable, false);
    assert.equal(applyFixes(text, findings).text, text);
  });

  test('correct English stays clean', () => {
    assertFindings('We will put forward major plans, projects, platforms and policies.', []);
    assertFindings('We support one area, and two clusters will follow.', []);
    assertFindings('We pursue high quality. Development comes next.', []);
    assertFindings('- Carbon peaking\n- carbon neutrality and\n- more', []);
    assertFindings('Two clusters of firms and one area of land were sold.', []);
    assertFindings('We stabilize growth and create a good innovation ecology.', []);
  });

  test('a clipped word ("metro" for "metropolitan") is non-standard, with a message that says so', () => {
    const f = onlyFinding('We will develop the Chongqing metro area together.');
    assert.equal(f.ruleId, 'non-standard-term');
    assert.equal(f.actual, 'Chongqing metro area');
    assert.equal(f.replacement, 'Chongqing metropolitan area');
    assert.match(f.message, /"metro" is a clipped form of "metropolitan"/);
    // Short of the phrasing's other words, or a short word that only starts alike: no finding.
    assertFindings('The metro area grows, and Chongqing Metro Line 5 opens.', []);
    // Three letters of a long word are a clipping too ("dev" for "development").
    assert.equal(onlyFinding('Each unit shall align its work with the new dev pattern.').replacement, 'new development pattern');
  });

  test('a two-word phrasing keeps both content words exactly', () => {
    assertFindings('Each market participant pays its taxes.', []);
  });
});
