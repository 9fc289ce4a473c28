// The parts of a draft that are no prose (nonProse.ts): addresses, file names, code, link
// targets, front matter and comments are never judged, so --fix never writes there; the prose
// around them still is. Cases from a precision review of drafts with links and attachments.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { inNonProse } from '../../server/src/core/nonProse';
import { assertFindings } from '../support/assertions';

describe('parts of a draft that are no prose', () => {
  test('addresses, e-mail addresses, file names and paths', () => {
    assertFindings('See https://www.cq.gov.cn/zwgk/common-prosperity/plan.html for the full text.', []);
    assertFindings('Visit www.cq.gov.cn/carbon-peaking-and-neutrality or write to common.prosperity@bn.cq.gov.cn today.', []);
    assertFindings('The template is one-area-two-clusters.pdf in the shared folder.', []);
    assertFindings('附件见“成渝经济圈项目清单.xlsx”。网址：https://bn.cq.gov.cn/成渝经济圈/', []);
    assertFindings('共享文件夹路径：D:\\文件\\碳中和碳达峰\\汇总表.docx', []);
  });

  test('code, link targets, front matter, fenced blocks and comments', () => {
    assertFindings('Run `policy-lint --fix chengdu-chongqing-economic-circle.md` before submission.', []);
    assertFindings('The plan is [here](docs/one-area-two-clusters.pdf).', []);
    assertFindings('---\nslug: carbon-peaking-and-neutrality\ntags: [common-prosperity]\n---\n\n# Notice\n', []);
    assertFindings('Forms to avoid:\n\n```text\ncarbon peaking and neutrality\n成渝经济圈\n```\n', []);
    assertFindings('<!-- 校对：碳中和碳达峰 的顺序待核 -->\n', []);
  });

  test('the prose beside them is still read', () => {
    assertFindings('We pursue the carbon peaking and neutrality (see https://www.cq.gov.cn/plan.html).', ['carbon-peaking-and-carbon-neutrality']);
    assertFindings('The [carbon peaking and neutrality plan](docs/plan.pdf) is out.', ['carbon-peaking-and-carbon-neutrality']);
    assertFindings('Use `x` and pursue the carbon peaking and neutrality.', ['carbon-peaking-and-carbon-neutrality']);
    assertFindings('```\ncode\n```\n\nWe pursue the carbon peaking and neutrality.\n', ['carbon-peaking-and-carbon-neutrality']);
    // A slash for "and" is drift, not a path.
    assertFindings('We pursue carbon peaking/carbon neutrality this year.', ['term-conjunction']);
    // A dash at a sentence's end is no part of a file name; an unclosed comment runs to the end.
    assert.equal(inNonProse('a <!-- note', 8, 10), true);
    assert.equal(inNonProse('We pursue it. Then more.', 3, 9), false);
  });
});
