// Turns the paths on the command line into the list of drafts to lint.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALWAYS_IGNORED, draftFilesIn } from '../node/draftFiles';
import { UsageError } from './args';

export const STDIN = '-';

/** The glob library, loaded only for a folder or a pattern: a run on named files never needs it. */
const glob = () => require('tinyglobby') as typeof import('tinyglobby');

export interface Collected {
  /** Absolute paths, or STDIN; in the order given, without duplicates. */
  drafts: string[];
  notices: string[];
}

export function collectDrafts(paths: readonly string[], extensions: readonly string[], cwd: string): Collected {
  const drafts: string[] = [];
  const notices: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      drafts.push(f);
    }
  };
  for (const p of paths.length ? paths : ['.']) {
    if (p === STDIN) {
      add(STDIN);
      continue;
    }
    const abs = path.resolve(cwd, p);
    const stat = fs.statSync(abs, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = draftFilesIn(abs, extensions);
      if (found.length === 0) notices.push(`${p}: no drafts (${extensions.map((e) => '.' + e).join(', ')}) in this folder`);
      found.forEach(add);
    } else if (stat) {
      add(abs);
    } else if (glob().isDynamicPattern(p)) {
      const found = glob().globSync(p, { cwd, absolute: true, ignore: ALWAYS_IGNORED, onlyFiles: true });
      if (found.length === 0) notices.push(`${p}: no files match this pattern`);
      found.sort().forEach(add);
    } else {
      throw new UsageError(`${p}: no such file or folder`);
    }
  }
  return { drafts, notices };
}
