// The Node adapter that reads and writes drafts: UTF-8 only, binary refused, a byte order
// mark remembered so a fix can write it back.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decodeDraft, readDraft, writeDraftAtomically } from '../../server/src/node/drafts';

describe('decodeDraft', () => {
  test('plain UTF-8', () => {
    assert.deepEqual(decodeDraft(Buffer.from('成渝 😀\r\n')), { ok: true, text: '成渝 😀\r\n', bom: false });
  });

  test('a byte order mark is reported and left out of the text', () => {
    assert.deepEqual(decodeDraft(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a])), { ok: true, text: 'a\n', bom: true });
  });

  test('NUL bytes mean binary; invalid UTF-8 is refused', () => {
    assert.deepEqual(decodeDraft(Buffer.from([0x61, 0x00, 0x62])), { ok: false, reason: 'binary file (contains NUL bytes)' });
    assert.deepEqual(decodeDraft(Buffer.from([0x63, 0x61, 0x66, 0xe9])), { ok: false, reason: 'not valid UTF-8' });
  });
});

describe('readDraft and writeDraftAtomically', () => {
  test('a missing file and a folder are refused with a reason', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-drafts-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    assert.deepEqual(readDraft(path.join(dir, 'missing.md')), { ok: false, reason: 'file not found' });
    assert.deepEqual(readDraft(dir), { ok: false, reason: 'is a folder' });
  });

  test('writes the text back with or without a byte order mark, keeping the file mode', (t) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-drafts-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'old', { mode: 0o640 });
    fs.chmodSync(file, 0o640);
    writeDraftAtomically(file, 'new\r\n', true);
    assert.deepEqual([...fs.readFileSync(file)], [0xef, 0xbb, 0xbf, 0x6e, 0x65, 0x77, 0x0d, 0x0a]);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    writeDraftAtomically(file, 'plain', false);
    assert.equal(fs.readFileSync(file, 'utf8'), 'plain');
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });
});
