// Every read of a file the user did not write by hand goes through here: only regular files
// (after following symbolic links), never devices, FIFOs or sockets, and never more than a
// cap, so a term file naming /dev/zero or a FIFO in a linted folder cannot hang or flood.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Default caps: drafts up to 64 MB (VS Code stops syncing at 50 MB), term files and sources 16 MB. */
export const DRAFT_CAP = 64 * 1024 * 1024;
export const DATA_CAP = 16 * 1024 * 1024;

export type BoundedRead = { ok: true; bytes: Buffer; stat: fs.Stats } | { ok: false; reason: string };

export function readBounded(file: string, cap: number): BoundedRead {
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'is a folder' };
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file (a device, FIFO or socket)' };
    if (stat.size > cap) return { ok: false, reason: `larger than ${Math.round(cap / 1024 / 1024)} MB (${(stat.size / 1024 / 1024).toFixed(1)} MB)` };
    // Opened without blocking, read no further than the cap even if the file grows meanwhile.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { ok: false, reason: 'not a regular file (a device, FIFO or socket)' };
    const bytes = Buffer.alloc(Math.min(opened.size, cap));
    let read = 0;
    while (read < bytes.length) {
      const n = fs.readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: read === bytes.length ? bytes : bytes.subarray(0, read), stat: opened };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === 'ENOENT' ? 'file not found' : err.code === 'EACCES' ? 'permission denied' : err.message };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** True when file is folder or below it, links resolved: the one rule for where term files and sources may be read from. */
export function inside(folder: string, file: string): boolean {
  const rel = path.relative(real(folder), real(file));
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
