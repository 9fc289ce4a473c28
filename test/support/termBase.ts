// The built-in term base, loaded once per test process, and team term bases built from
// small YAML strings written to a fresh temporary folder.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadTermBase, type LoadedTermBase } from '../../server/src/node/termFiles';
import type { PhrasingIndex } from '../../server/src/core/phrasingIndex';

/** The repository root, from out/test/support/ or test/support/. */
export const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures');
export const READOUT_PATH = path.join(REPO_ROOT, 'server', 'data', 'sources', 'chongqing-economic-work-conference-2021.txt');
export const TERMS_PATH = path.join(REPO_ROOT, 'server', 'data', 'terms.yaml');

let builtin: LoadedTermBase | undefined;

/** The built-in term base (74 phrasings), with the English dictionary guard of the CLI. */
export function builtinTermBase(): LoadedTermBase {
  builtin ??= loadTermBase([]);
  return builtin;
}

export function builtinIndex(): PhrasingIndex {
  return builtinTermBase().index;
}

export function readout(): string {
  return fs.readFileSync(READOUT_PATH, 'utf8');
}

export function fixture(...parts: string[]): string {
  return fs.readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

/**
 * The built-in term base plus team files written to a temporary folder (removed before this
 * returns), loaded in the order given; problems name them relative to that folder.
 */
export function withTeamFiles(files: Record<string, string>, load: readonly string[] = Object.keys(files)): LoadedTermBase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-team-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return loadTermBase(load.map((name) => path.join(dir, name)), { displayBase: dir });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The built-in term base plus one team file with the given text, named `name` in problems. */
export function withTeamFile(text: string, name = 'team.yaml'): LoadedTermBase {
  return withTeamFiles({ [name]: text });
}
