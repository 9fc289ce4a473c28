// The readout itself: the lint finds exactly its own slips, and the source index splits it
// into the paragraphs the term base cites.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findingsOf, show } from '../support/assertions';
import { builtinIndex, builtinTermBase, readout } from '../support/termBase';
import { locateSentence, paragraphByNumber, paragraphsOf, toSourceUses } from '../../server/src/core/sourceIndex';
import type { SourceDocument } from '../../server/src/core/types';

const text = readout();

describe('lint over the readout', () => {
  test('finds exactly its slips: "market participates" twice, "coordinate development of …", "carbon neutral work"', () => {
    const findings = findingsOf(text);
    assert.deepEqual(findings.map((f) => [f.ruleId, f.phrasingId, text.slice(f.start, f.end)]), [
      ['misspelled-term', 'market-participants', 'market participates'],
      ['misspelled-term', 'coordinated-development-of-urban-and-rural-areas', 'coordinate development of urban and rural areas'],
      ['non-standard-term', 'carbon-peaking-and-carbon-neutrality', 'carbon neutral work'],
      ['misspelled-term', 'market-participants', 'market participates'],
    ], findings.map((f) => show(text, f)).join('\n'));
    assert.deepEqual(findings.map((f) => f.replacements[0].text), ['market participants', 'coordinated development of urban and rural areas', 'carbon peaking and carbon neutrality', 'market participants']);
  });

  test('the slips stand in paragraphs 2, 2, 2 and 3', () => {
    const doc = builtinTermBase().termBase.sources.get('cq-ewc-2021')!;
    const para = (offset: number) => paragraphsOf(doc).find((p) => p.start <= offset && offset < p.end)?.number;
    assert.deepEqual(findingsOf(text).map((f) => para(f.start)), [2, 2, 2, 3]);
  });
});

describe('source index', () => {
  const doc = (body: string): SourceDocument => ({ id: 'doc', title: 'Doc', path: 'doc.txt', text: body });

  test('the readout has a title and three numbered paragraphs before the byline', () => {
    const paragraphs = paragraphsOf(builtinTermBase().termBase.sources.get('cq-ewc-2021')!);
    assert.equal(paragraphs[0].number, 0);
    assert.match(text.slice(paragraphs[1].start, paragraphs[1].end), /^On December 20,/);
    assert.match(text.slice(paragraphs[2].start, paragraphs[2].end), /^Next, we/);
    assert.match(text.slice(paragraphs[3].start, paragraphs[3].end), /^The meeting pointed out that it is necessary/);
  });

  test('locateSentence finds a sentence verbatim in its paragraph only', () => {
    const d = doc('Title\n\nFirst one. Second one.\n\nThird one.\n');
    const span = locateSentence(d, 1, 'Second one.');
    assert.ok(span);
    assert.equal(d.text.slice(span.start, span.end), 'Second one.');
    assert.equal(locateSentence(d, 2, 'Second one.'), undefined);
    assert.equal(locateSentence(d, 1, 'Second  one.'), undefined, 'verbatim, not folded');
    assert.equal(locateSentence(d, 9, 'Third one.'), undefined);
  });

  test('a text without a title counts from 1, and CRLF blank lines separate paragraphs', () => {
    const d = doc('First paragraph ends here.\r\n\r\nSecond paragraph.\r\n');
    assert.deepEqual(paragraphsOf(d).map((p) => p.number), [1, 2]);
    assert.equal(d.text.slice(paragraphByNumber(d, 2)!.start, paragraphByNumber(d, 2)!.end), 'Second paragraph.');
  });

  test('sentences split at end punctuation, not inside numbers', () => {
    const d = doc('Growth was 3.5% this year. 我们要稳增长。Next step!');
    assert.deepEqual(paragraphsOf(d)[0].sentences.map((s) => d.text.slice(s.start, s.end)), ['Growth was 3.5% this year.', '我们要稳增长。', 'Next step!']);
  });

  test('toSourceUses maps occurrences to paragraph and sentence', () => {
    const source = builtinTermBase().termBase.sources.get('cq-ewc-2021')!;
    const uses = toSourceUses(source, builtinIndex().occurrences(source.text)).get('common-prosperity')!;
    assert.deepEqual(uses.map((u) => u.paragraph), [2, 3]);
    assert.equal(text.slice(uses[1].sentence.start, uses[1].sentence.end),
      'We should promote common prosperity, implement employment priority policies, optimize the income distribution structure and improve public services.');
  });
});
