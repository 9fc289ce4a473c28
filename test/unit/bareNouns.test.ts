// Drift that shows only in the words around an exact form: the lost plural of a two-word
// phrasing where English needs the plural, an article dropped before a name the readout writes
// with "the", an article added before a name whose head is a proper name; and inflections the
// readout writes itself are grammar, not drift.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { singularOf } from '../../server/src/core/bareNouns';
import { assertFindings, findingsOf, onlyFinding } from '../support/assertions';
import { builtinIndex, withTeamFiles } from '../support/termBase';

describe('bare nouns and articles', () => {
  test('singulars of regular plurals only', () => {
    assert.deepEqual(['participants', 'industries', 'businesses', 'services', 'progress', 'consensus', 'basis', 'gas'].map(singularOf),
      ['participant', 'industry', 'business', 'service', undefined, undefined, undefined, undefined]);
  });

  test('a two-word phrasing with its plural lost, where a bare noun stands: a suggestion that names the change', () => {
    const f = onlyFinding('Stimulate the vitality of market participant through tax relief.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['term-inflection', 'market participant', 'market participants', false]);
    assert.match(f.message, /"participant": the official phrasing is plural \("participants"\)/);
    assert.equal(onlyFinding('We promote intelligent manufacturing and intelligent application.').replacement, 'intelligent applications');
    // After "of", a head English also uses as a mass noun is no lost plural.
    assertFindings('The growth of intelligent application.', []);
    assertFindings('He retired after 35 years of public service.', []);
    assertFindings('Liangjiang has become a hub of intelligent industry.', []);
    // A singular determiner before the coordination makes it one thing.
    assertFindings('We keep a stable and open channel.', []);
    assertFindings('Each district has a pillar or leading industry.', []);
  });

  test('the singular after a count of more than one, before a mark or a plural verb', () => {
    assert.equal(onlyFinding('Last year we welcomed 3,860 new market participant.').replacement, 'market participants');
    assert.equal(onlyFinding('We met several market participant and banks.').replacement, 'market participants');
    assert.equal(onlyFinding('In Dazu, 3,860 new market participant were registered.').replacement, 'market participants');
    // A plural verb alone may agree with another subject.
    assertFindings('The duties of a market participant are listed here.', []);
    assertFindings('Three types of market participant are covered.', []);
    assertFindings('Teaching, research and public service are the duties of a university.', []);
    assertFindings('In 2021 market participant registration doubled.', []);
    assertFindings('By 2021, every new market participant was registered.', []);
    assertFindings('One new market participant registered.', []);
    assertFindings('Only 1 market participant registered.', []);
    assertFindings('Two market participant groups met.', []);
    assert.equal(onlyFinding('Some 1.2 million new market participant were registered.').replacement, 'market participants');
    // A verb in the past ends the noun phrase as a mark does; a noun in -eed may be one it modifies.
    assert.equal(onlyFinding('The vitality of market participant grew last year.').replacement, 'market participants');
    assert.equal(onlyFinding('The vitality of market participant improved.').replacement, 'market participants');
    assertFindings('The vitality of market participant need surveys.', []);
    // After a noun that names a kind, the singular is English.
    assertFindings('We cover three types of market participant.', []);
    assertFindings('Two kinds of market participant registered.', []);
  });

  test('the singular stays clean after a determiner, before a word it modifies, and as a possessive', () => {
    assertFindings('Each market participant files a report.', []);
    assertFindings('We helped a market participant.', []);
    assertFindings('Market participant registration is online.', []);
    assertFindings("The market participant's rights are protected.", []);
    assertFindings('Its intelligent application.', []);
    assertFindings('Public service', []);
    assertFindings('- intelligent industry\n', []);
    // An adjective or a possessive may carry a determiner; other prepositions read it as a mass noun.
    assertFindings('Every new market participant.', []);
    assertFindings('The law protects China\'s market participant.', []);
    assertFindings('She is a former market participant.', []);
    assertFindings('She built a career in public service.', []);
    assertFindings('He studied public service in college.', []);
    assertFindings('Many firms in intelligent industry and logistics grew.', []);
    assertFindings('Tourism became Chongqing\'s leading industry.', []);
  });

  test('a singular never displaces a listed form it overlaps', () => {
    // "industry investment" is a listed informal form of "industrial investment".
    assert.equal(onlyFinding('We support intelligent industry investment.').actual, 'industry investment');
    assert.deepEqual(builtinIndex().occurrences('the public service industry').map((o) => o.phrasingId), ['service-industry']);
  });

  test('a name the readout writes with "the", bare after a preposition', () => {
    const f = onlyFinding('Under the strong leadership of Party Central Committee, the city grew.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['term-function-word', 'Party Central Committee', 'the Party Central Committee', false]);
    assert.match(f.message, /"the" is missing/);
    assertFindings('Under the strong leadership of the Party Central Committee, the city grew.', []);
    assertFindings('Party Central Committee decisions come first.', []);
    // As a modifier the article goes before the head noun.
    assertFindings('We met with Party Central Committee members.', []);
    assertFindings('Under Party Central Committee guidance, we act.', []);
    assertFindings('Trade with Yangtze River ports grew.', []);
  });

  test('"the" before a name whose head is a proper name, where the phrase ends', () => {
    const f = onlyFinding('As the central city of the northeastern Chongqing, Wanzhou leads.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement], ['term-function-word', 'the northeastern Chongqing', 'northeastern Chongqing']);
    assert.match(f.message, /"the" is added/);
    assertFindings('The northeastern Chongqing region is green.', []);
    // A verb the phrase is the subject of ends it as a mark does.
    assert.equal(onlyFinding('The northeastern Chongqing is greener each year.').actual, 'The northeastern Chongqing');
    assertFindings('Wanzhou leads northeastern Chongqing.', []);
    assertFindings('We visited the northeastern Chongqing and southwestern Sichuan border areas.', []);
  });

  test('"the" before an abstract noun the readout writes bare, where the phrase ends', () => {
    const f = onlyFinding('We achieved positive results in the high-quality development, as planned.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['term-function-word', 'the high-quality development', 'high-quality development', false]);
    assert.match(f.message, /"the" is added/);
    assert.equal(onlyFinding('We will take steps to promote the common prosperity.').replacement, 'common prosperity');
    // A phrase that goes on ("of …", a noun it modifies, "and …") may take the article.
    assertFindings('We studied the high-quality development of the manufacturing industry.', []);
    assertFindings('The high-quality development stage has begun.', []);
    assertFindings('We expand the effective investment and consumption of households.', []);
    // The first item of a list the article covers; words quoted as they were said.
    assertFindings('Chongqing ranked fifth in the high-quality development, innovation and openness indices.', []);
    assertFindings('The leader said we would "promote the common prosperity."', []);
    // Only after the word the readout puts before it: elsewhere "the" may mean a particular amount or event.
    assertFindings('Municipal leaders attended the economic work conference.', []);
    assertFindings('The district accounted for nearly half of the industrial investment.', []);
    assertFindings('Residents in Yuzhong welcomed the urban upgrading.', []);
    // A count noun ("the service industry") and a phrase the readout writes with an article keep theirs.
    assertFindings('We will optimize the service industry.', []);
    assertFindings('We integrate into the new development pattern.', []);
  });

  test('the plural of a two-word mass phrasing, right after the word the readout puts before it', () => {
    const f = onlyFinding('Expand effective investments in transport and water conservancy.');
    assert.deepEqual([f.ruleId, f.actual, f.replacement, f.fixable], ['term-inflection', 'effective investments', 'effective investment', false]);
    assert.match(f.message, /"investments": the official phrasing is singular/);
    assert.equal(onlyFinding('We expanded effective investments, as planned.').replacement, 'effective investment');
    // Elsewhere the plural may be plain English.
    assertFindings('These were effective investments.', []);
    assertFindings('We made effective investments in schools.', []);
    assertFindings('Policy banks promote infrastructure investments that pay for themselves.', []);
  });

  test('the verbs of a verb phrasing as gerunds are grammar; other inflections are drift', () => {
    assertFindings('We focus on preventing and resolving potential risks.', []);
    assert.equal(onlyFinding('We will prevent and resolve potential risk.').ruleId, 'term-inflection');
    // "one area and two clusters" stands in the readout: its words, not a part of one, are what count.
    assert.equal(onlyFinding('We support one area and two cluster in the city.').ruleId, 'term-inflection');
  });

  test('an inflection a source of the term base writes itself is no drift', () => {
    const team = [
      'terms:',
      '  - id: smart-port-cluster',
      '    en: smart port cluster construction',
      '    area: innovation',
      'sources:',
      '  - id: port-plan',
      '    title: Port plan',
      '    path: port.txt',
      '',
    ].join('\n');
    const { index } = withTeamFiles({ 'team.yaml': team, 'port.txt': 'We speed up smart port clusters construction this year.\n' }, ['team.yaml']);
    assertFindings('We speed up smart port clusters construction.', [], undefined, index);
    // Without the source that writes it, the same inflection is drift.
    const bare = withTeamFiles({ 'team.yaml': team.slice(0, team.indexOf('sources:')) }).index;
    assertFindings('We speed up smart port clusters construction.', ['term-inflection'], undefined, bare);
    assert.deepEqual(findingsOf('We plan smart ports cluster construction.', undefined, index).map((f) => f.ruleId), ['term-inflection']);
  });
});

describe('a noun picked from many', () => {
  test('"one of" (each of, many of) before a singular that ends its phrase is the plural lost', () => {
    assertFindings('Tourism can be built into one of Chongqing\'s leading industry, with the Group as a main investor.', ['term-inflection']);
    assertFindings('One of the leading industry is tourism.', ['term-inflection']);
    // The singular modifies a noun of its own, and "most of" may take a mass noun.
    assertFindings('Tourism is one of the leading industry sectors here.', []);
    assertFindings('Most of the leading industry is in Liangjiang.', []);
  });

  test('State Council English keeps "within a reasonable range"', () => {
    assertFindings('The conference called for efforts to keep the economy running within a reasonable range.', []);
  });
});

describe('a singular that ends a list of mass nouns', () => {
  test('after "and" a head that is also uncountable stays clean; a count noun does not', () => {
    assertFindings('The university will serve the city through teaching, research and public service.', []);
    assertFindings('We will build one area and two cluster.', ['term-inflection']);
  });
});
