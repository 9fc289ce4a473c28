// Reads drafts from disk as text: binary and non-UTF-8 files are refused with a reason,
// a byte order mark is remembered so a fix can write it back.

import * as fs from 'node:fs';

export type DraftRead =
  | { ok: true; text: string; bom: boolean }
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

export function readDraft(file: string): DraftRead {
  try {
    return decodeDraft(fs.readFileSync(file));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === 'ENOENT' ? 'file not found' : err.code === 'EISDIR' ? 'is a folder' : err.message };
  }
}

/** Writes through a temporary file and a rename, so a draft is never left half written. */
export function writeDraftAtomically(file: string, text: string, bom: boolean): void {
  const tmp = `${file}.policy-lint-${process.pid}.tmp`;
  const mode = fs.statSync(file).mode;
  try {
    fs.writeFileSync(tmp, (bom ? '\uFEFF' : '') + text, { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
