// The draft outline: Markdown and Chinese headings, nested, each with the policy areas its
// section touches.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { outline, type Section } from '../../server/src/core/outline';
import { builtinIndex } from '../support/termBase';

const index = builtinIndex();
const shape = (sections: Section[]): unknown[] => sections.map((s) => ({ title: s.title, level: s.level, areas: s.areas, ...(s.children.length ? { children: shape(s.children) } : {}) }));

describe('outline', () => {
  const draft = [
    '# Plan', '', 'We pursue common prosperity.', '',
    '## Region', '', 'Build the Chengdu-Chongqing economic circle.', '',
    '### Ecology ###', '', 'Protect the Yangtze River and reach the carbon peaking and neutrality.', '',
    '# Annex', '', 'Nothing here.', '',
  ].join('\n');

  test('nests Markdown headings and lists the areas of each section, its subsections included', () => {
    assert.deepEqual(shape(outline(index, draft)), [
      {
        title: 'Plan', level: 1,
        areas: ["People's wellbeing and common prosperity", 'Regional coordination', 'Ecology and environment'],
        children: [{
          title: 'Region', level: 2, areas: ['Regional coordination', 'Ecology and environment'],
          children: [{ title: 'Ecology', level: 3, areas: ['Ecology and environment'] }],
        }],
      },
      { title: 'Annex', level: 1, areas: [] },
    ]);
  });

  test('ranges: a section runs to the next heading of the same or a higher level', () => {
    const [plan, annex] = outline(index, draft);
    assert.equal(draft.slice(plan.headingStart, plan.headingEnd), '# Plan');
    assert.equal(plan.start, 0);
    assert.equal(plan.end, draft.indexOf('# Annex'));
    const region = plan.children[0];
    assert.equal(draft.slice(region.headingStart, region.headingEnd), '## Region');
    assert.equal(region.end, draft.indexOf('# Annex'));
    assert.equal(annex.end, draft.length);
  });

  test('Chinese headings: 一、 is level 2 and （一） level 3', () => {
    const text = '一、总体要求\n推动高质量发展。\n（一）稳增长\n扩大有效投资。\n二、区域协调\n推动成渝经济圈建设。\n';
    assert.deepEqual(shape(outline(index, text)), [
      { title: '一、总体要求', level: 2, areas: ['Overall guidance and development philosophy', 'Stable growth and investment'], children: [{ title: '（一）稳增长', level: 3, areas: ['Stable growth and investment'] }] },
      { title: '二、区域协调', level: 2, areas: ['Regional coordination'] },
    ]);
  });

  test('CRLF line ends stay out of titles and heading ranges', () => {
    const text = '# Plan\r\nWe pursue common prosperity.\r\n## Next\r\ntext\r\n';
    const [plan] = outline(index, text);
    assert.equal(plan.title, 'Plan');
    assert.equal(text.slice(plan.headingStart, plan.headingEnd), '# Plan');
    assert.equal(plan.children[0].title, 'Next');
  });

  test('no headings, no outline; a hash without a space is not a heading', () => {
    assert.deepEqual(outline(index, 'We pursue common prosperity.\n#hashtag\n'), []);
  });
});

describe('outline on hostile drafts', () => {
  test('a 100 KB heading line of spaces and hashes, and 20,000 headings, are read in one pass', () => {
    const index = builtinIndex();
    const long = `# Title${' #'.repeat(50_000)}\n\ncommon prosperity\n`;
    const [s] = outline(index, long);
    assert.equal(s.title, 'Title');
    assert.deepEqual(s.areas, ["People's wellbeing and common prosperity"]);
    const many = Array.from({ length: 20_000 }, (_, i) => `## Section ${i}\n\nhigh-quality development\n`).join('\n');
    const sections = outline(index, many);
    assert.equal(sections.length, 20_000);
    assert.equal(sections[19_999].areas.length, 1);
  });
});
