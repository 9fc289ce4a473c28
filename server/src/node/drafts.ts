// Reads drafts from disk as text: binary and non-UTF-8 files are refused with a reason,
// a byte order mark is remembered so a fix can write it back.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRAFT_CAP, readBounded } from './boundedRead';

export type DraftRead =
  | { ok: true; text: string; bom: boolean; stat?: fs.Stats }
  | { ok: false; reason: string };

// ignoreBOM keeps the mark in the text, so we can tell it was there and write it back.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeDraft(bytes: Uint8Array): DraftRead {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes)' };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** A draft from disk: a regular file only, at most `cap` bytes (a flag raises it). */
export function readDraft(file: string, cap = DRAFT_CAP): DraftRead {
  const read = readBounded(file, cap);
  if (!read.ok) return read;
  const draft = decodeDraft(read.bytes);
  return draft.ok ? { ...draft, stat: read.stat } : draft;
}

let pendingTemp: string | undefined;
let cleanupInstalled = false;

/** Ctrl+C or a kill while a fix is being written leaves no temporary file behind. */
function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      if (pendingTemp) fs.rmSync(pendingTemp, { force: true });
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Writes a fixed draft as a careful person would: to the real file behind a symbolic link,
 * only if nobody changed it since it was read, not if it is read-only, through an
 * exclusively created temporary file in the same folder and a rename (in place when the
 * file has other hard links), keeping its mode and owner. Returns why it did not write.
 */
export function writeDraftSafely(file: string, text: string, bom: boolean, read: fs.Stats): string | undefined {
  const target = fs.realpathSync(file);
  const now = fs.statSync(target);
  if (now.size !== read.size || now.mtimeMs !== read.mtimeMs || now.ino !== read.ino) return 'changed since it was read; not fixed';
  // Read-only by its mode (root could write it anyway) or by permission.
  let writable = (now.mode & 0o222) !== 0;
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) return 'read-only; not fixed';
  const bytes = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  if (now.nlink > 1) {
    // A rename would split the hard links: write in place.
    fs.writeFileSync(target, bytes);
    return undefined;
  }
  installCleanup();
  // Loaded here: only a fix writes a file.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.policy-lint.tmp`);
  pendingTemp = tmp;
  try {
    const fd = fs.openSync(tmp, 'wx', now.mode & 0o7777);
    try {
      fs.writeSync(fd, bytes);
      try {
        fs.fchownSync(fd, now.uid, now.gid);
      } catch {
        // Only the owner or root may keep another owner; the mode is kept either way.
      }
      fs.fchmodSync(fd, now.mode & 0o7777);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    pendingTemp = undefined;
  }
  return undefined;
}
