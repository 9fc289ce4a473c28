// LineIndex: offsets (UTF-16 code units) to LSP positions and back, for LF, CRLF and CR
// line ends, astral characters, and out-of-range input.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/positions';
import { Prng } from '../support/prng';

describe('LineIndex', () => {
  test('LF, CRLF and CR each end a line', () => {
    const text = 'a\nbb\r\nccc\rd';
    const lines = new LineIndex(text);
    assert.equal(lines.lineCount, 4);
    assert.deepEqual([0, 1, 2, 4, 6, 9, 10].map((o) => lines.positionAt(o)), [
      { line: 0, character: 0 }, { line: 0, character: 1 }, { line: 1, character: 0 }, { line: 1, character: 2 },
      { line: 2, character: 0 }, { line: 2, character: 3 }, { line: 3, character: 0 },
    ]);
    assert.deepEqual([0, 1, 2, 3].map((l) => lines.lineStart(l)), [0, 2, 6, 10]);
  });

  test('a trailing line end opens an empty last line; an empty text has one line', () => {
    assert.equal(new LineIndex('a\r\n').lineCount, 2);
    assert.deepEqual(new LineIndex('a\r\n').positionAt(3), { line: 1, character: 0 });
    assert.equal(new LineIndex('').lineCount, 1);
    assert.deepEqual(new LineIndex('').positionAt(0), { line: 0, character: 0 });
  });

  test('columns count UTF-16 code units: an emoji is two', () => {
    const text = '😀推动成渝经济圈\n😀😀x';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(text.indexOf('成')), { line: 0, character: 4 });
    assert.deepEqual(lines.positionAt(text.indexOf('x')), { line: 1, character: 4 });
    assert.equal(lines.offsetAt({ line: 1, character: 4 }), text.indexOf('x'));
  });

  test('out-of-range offsets and positions are clamped to the text', () => {
    const text = 'ab\r\ncd';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
    assert.equal(lines.offsetAt({ line: -1, character: 3 }), 0);
    assert.equal(lines.offsetAt({ line: 7, character: 0 }), text.length);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2, 'a column past the end stops before the line end');
    assert.equal(lines.offsetAt({ line: 1, character: -3 }), 4);
    assert.equal(lines.lineStart(99), 4);
    assert.equal(lines.lineStart(-1), 0);
  });

  test('offsetAt inverts positionAt on random mixed text', () => {
    const rng = new Prng(7);
    const pieces = ['a', 'é', '成', '😀', '\n', '\r\n', '\r', ' ', '𠀀'];
    for (let round = 0; round < 50; round++) {
      let text = '';
      for (let i = 0; i < 40; i++) text += rng.pick(pieces);
      const lines = new LineIndex(text);
      for (let o = 0; o <= text.length; o++) {
        // Inside a CRLF pair there is no position of its own.
        if (text[o - 1] === '\r' && text[o] === '\n') continue;
        assert.equal(lines.offsetAt(lines.positionAt(o)), o, `offset ${o} of ${JSON.stringify(text)}`);
      }
      assert.equal(lines.lineCount, text.split(/\r\n|\r|\n/).length);
    }
  });
});
