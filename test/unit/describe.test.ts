// Hover text: the phrasing under the cursor, what is wrong with it, its definition and the
// sentence of the readout that fixed it.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { citationOf, describePhrasing, phrasingAt } from '../../server/src/core/describe';
import { atCursor } from '../support/cursor';
import { builtinIndex, readout, withTeamFile } from '../support/termBase';

const index = builtinIndex();

/** The hover text at the cursor marker, or undefined. */
function hover(marked: string): string | undefined {
  const { text, offset } = atCursor(marked);
  const at = phrasingAt(index, text, offset);
  if (!at) return undefined;
  return describePhrasing(index, index.phrasing(at.occurrence.phrasingId)!, at.use);
}

describe('phrasingAt', () => {
  test('finds the occurrence under the cursor, at its edges too', () => {
    const { text, offset } = atCursor('We build the Chengdu-Chong|qing economic circle now.');
    const at = phrasingAt(index, text, offset)!;
    assert.equal(text.slice(at.occurrence.start, at.occurrence.end), 'Chengdu-Chongqing economic circle');
    assert.equal(at.use.problem, undefined);
    assert.equal(phrasingAt(index, text, text.indexOf('Chengdu'))?.occurrence.phrasingId, 'chengdu-chongqing-economic-circle');
    assert.equal(phrasingAt(index, text, text.indexOf(' now'))?.occurrence.phrasingId, 'chengdu-chongqing-economic-circle');
  });

  test('finds an unlisted misspelling', () => {
    const { text, offset } = atCursor('expand ecological prot|ecton now');
    const at = phrasingAt(index, text, offset)!;
    assert.match(at.use.problem ?? '', /looks like a misspelling/);
    assert.equal(at.occurrence.phrasingId, 'ecological-protection');
    assert.equal(text.slice(at.occurrence.start, at.occurrence.end), 'ecological protecton');
  });

  test('nothing under ordinary words', () => {
    assert.equal(hover('The com|mittee met on Monday.'), undefined);
  });

  test('works deep inside a long draft', () => {
    const filler = 'Ordinary words fill this draft. '.repeat(200);
    const { text, offset } = atCursor(`${filler}We pursue common pros|perity.${filler}`);
    assert.equal(phrasingAt(index, text, offset)?.occurrence.phrasingId, 'common-prosperity');
  });
});

describe('describePhrasing', () => {
  test('an official form: title, check mark, area, definition, citation, variants', () => {
    // The readout's sentences keep its no-break spaces; compare them as spaces.
    const md = hover('We build the Chengdu-Chong|qing economic circle.')!.replace(/\u00a0/g, ' ');
    const lines = md.split('\n');
    assert.equal(lines[0], '**Chengdu-Chongqing economic circle** · **成渝地区双城经济圈**');
    assert.ok(lines.includes('✓ Official phrasing'));
    assert.ok(lines.includes('Policy area: Regional coordination (区域协调发展)'));
    assert.ok(md.includes('twin-city economic circle'), 'the definition');
    assert.ok(lines.includes('> First, to deepen the development of Chengdu-Chongqing economic circle, we should put forward the major plans, projects, platforms, and policies in an effective way.'));
    assert.ok(lines.includes('— Chongqing Economic Work Conference Makes Action Guide for Further Development, paragraph 3'));
    assert.ok(lines.includes('Mentioned 2 times in the official sources.'));
    assert.match(md, /Deprecated: "Chongqing-Chengdu economic circle", .*"成渝经济圈"/);
  });

  test('a Chinese variant names the official Chinese form', () => {
    const md = hover('推动成渝经|济圈建设')!;
    assert.ok(md.includes('⚠ "成渝经济圈" is an informal form of the official phrasing "成渝地区双城经济圈"'), md);
  });

  test('a listed misspelling and a fuzzy one', () => {
    assert.ok(hover('market partici|pates')!.includes('⚠ "market participates" is a misspelling of the official phrasing "market participants"'));
    assert.ok(hover('expand ecological prot|ecton now')!.includes('⚠ "ecological protecton" looks like a misspelling of the official phrasing "ecological protection"'));
  });

  test('an outdated form', () => {
    assert.ok(hover('the Yang|tse River')!.includes('is an earlier name of the official phrasing "Yangtze River"'));
  });

  test('an official phrasing written with other hyphens or lost capitals is not called official', () => {
    const hyphen = hover('We build the Chengdu Chong|qing economic circle.')!;
    assert.doesNotMatch(hyphen, /✓ Official phrasing/);
    assert.match(hyphen, /⚠ "Chengdu Chongqing economic circle": write the official phrasing as "Chengdu-Chongqing economic circle" \(policy area: Regional coordination\): a hyphen is missing/);
    assert.match(hover('the chengdu-chong|qing economic circle')!, /⚠ "chengdu-chongqing economic circle": write the official phrasing "Chengdu-Chongqing economic circle" with its capitals/);
    assert.match(hover('High-quality develop|ment is the theme.')!, /✓ Official phrasing/, 'a capital at a sentence start is fine');
  });

  test('without an occurrence: no verdict line', () => {
    const md = describePhrasing(index, index.phrasing('public-services')!);
    assert.doesNotMatch(md, /✓|⚠/);
    assert.doesNotMatch(md, /Deprecated:/, 'public services lists no variants');
  });
});

describe('citationOf', () => {
  test('the cited sentence stands at its offsets in the readout', () => {
    for (const p of index.phrasings) {
      const cite = citationOf(index, p);
      assert.ok(cite, p.id);
      assert.equal(readout().slice(cite.start, cite.end), cite.sentence, p.id);
      assert.equal(cite.paragraph, p.source!.paragraph);
    }
  });
});

describe('hover Markdown from term files', () => {
  test('links, images, HTML and command links in a definition are escaped', () => {
    const { index } = withTeamFile('terms:\n  - id: common-prosperity\n    definition: "See [here](command:workbench.action.terminal.new) ![x](http://x/y.png) <img src=x>"\n');
    const md = describePhrasing(index, index.phrasing('common-prosperity')!);
    // Every bracket and angle bracket is escaped: nothing renders as a link, an image or HTML.
    const definition = md.split('\n').find((l) => l.startsWith('See '))!;
    assert.doesNotMatch(definition, /(?<!\\)[[\]<>]/, definition);
    assert.match(md, /\\\[here\\\]\(command:/);
  });
});
