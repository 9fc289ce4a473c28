// The Node adapter that reads and writes drafts: UTF-8 only, binary refused, a byte order
// mark remembered so a fix can write it back.

import { describe, test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inside } from '../../server/src/node/boundedRead';
import { decodeDraft, readDraft, writeDraftSafely } from '../../server/src/node/drafts';

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

describe('readDraft and writeDraftSafely', () => {
  const tmp = (t: { after: (f: () => void) => void }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-drafts-'));
    t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const statOf = (file: string) => {
    const r = readDraft(file);
    assert.ok(r.ok && r.stat);
    return r.stat;
  };

  test('a missing file, a folder, a FIFO and a device are refused with a reason', (t) => {
    const dir = tmp(t);
    assert.deepEqual(readDraft(path.join(dir, 'missing.md')), { ok: false, reason: 'file not found' });
    assert.deepEqual(readDraft(dir), { ok: false, reason: 'is a folder' });
    assert.deepEqual(readDraft('/dev/zero'), { ok: false, reason: 'not a regular file (a device, FIFO or socket)' });
    const fifo = path.join(dir, 'pipe.md');
    if (spawnSync('mkfifo', [fifo]).status === 0) {
      fs.symlinkSync(fifo, path.join(dir, 'link.md'));
      assert.deepEqual(readDraft(path.join(dir, 'link.md')), { ok: false, reason: 'not a regular file (a device, FIFO or socket)' });
    }
  });

  test('a draft over the cap is refused, naming the cap', (t) => {
    const file = path.join(tmp(t), 'big.md');
    fs.writeFileSync(file, 'x'.repeat(2048));
    const r = readDraft(file, 1024);
    assert.ok(!r.ok && /larger than/.test(r.reason));
  });

  test('writes the text back with or without a byte order mark, keeping the file mode, leaving no temporary file', (t) => {
    const dir = tmp(t);
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, 'old', { mode: 0o640 });
    fs.chmodSync(file, 0o640);
    assert.equal(writeDraftSafely(file, 'new\r\n', true, statOf(file)), undefined);
    assert.deepEqual([...fs.readFileSync(file)], [0xef, 0xbb, 0xbf, 0x6e, 0x65, 0x77, 0x0d, 0x0a]);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.equal(writeDraftSafely(file, 'plain', false, statOf(file)), undefined);
    assert.equal(fs.readFileSync(file, 'utf8'), 'plain');
    assert.deepEqual(fs.readdirSync(dir), ['a.md']);
  });

  test('a symbolic link stays a link and its target is fixed; a hard link stays shared', (t) => {
    const dir = tmp(t);
    const target = path.join(dir, 'target.md');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, path.join(dir, 'link.md'));
    assert.equal(writeDraftSafely(path.join(dir, 'link.md'), 'new', false, statOf(path.join(dir, 'link.md'))), undefined);
    assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink());
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
    fs.linkSync(target, path.join(dir, 'hard.md'));
    assert.equal(writeDraftSafely(target, 'newer', false, statOf(target)), undefined);
    assert.equal(fs.readFileSync(path.join(dir, 'hard.md'), 'utf8'), 'newer');
  });

  test('a draft changed since it was read is not written; nothing is lost', (t) => {
    const file = path.join(tmp(t), 'a.md');
    fs.writeFileSync(file, 'old');
    const stat = statOf(file);
    fs.writeFileSync(file, 'edited meanwhile');
    assert.match(writeDraftSafely(file, 'fixed', false, stat) ?? '', /changed since it was read/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'edited meanwhile');
  });

  test('a read-only draft is not written', (t) => {
    const file = path.join(tmp(t), 'a.md');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o444);
    assert.match(writeDraftSafely(file, 'fixed', false, statOf(file)) ?? '', /read-only/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'old');
  });
});

describe('inside', () => {
  test('a folder named like "..drafts" is inside; "../x" and another root are not', () => {
    assert.equal(inside('/w', '/w/..drafts/a.md'), true);
    assert.equal(inside('/w', '/w'), true);
    assert.equal(inside('/w', '/w/../x.md'), false);
    assert.equal(inside('/w', '/etc/passwd'), false);
  });
});
