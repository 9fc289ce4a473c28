// Which files under a folder are drafts: one rule for `policy-lint <folder>` and the editor's
// Lint Workspace and references. The extensions (from the `languages` setting in the editor,
// `--ext` on the command line, matched in any case), never node_modules or .git, and not what
// the folder's .gitignore or .policylintignore leaves out (gitignore syntax).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ignore } from 'ignore';
import { DATA_CAP, readBounded } from './boundedRead';

/** Never drafts, whatever the ignore files say. */
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** Files in gitignore syntax that leave drafts out, read at the folder's root. */
const IGNORE_FILES = ['.gitignore', '.policylintignore'];

/** Extensions (without the dot) of the files of each language id the editor serves as drafts. */
const EXTENSIONS_OF_LANGUAGE: Record<string, readonly string[]> = {
  markdown: ['md', 'markdown'],
  plaintext: ['txt'],
  // .policy.md and .policy.txt: matched by md and txt.
  'policy-draft': ['md', 'txt'],
};
export const DEFAULT_DRAFT_EXTENSIONS: readonly string[] = ['md', 'markdown', 'txt'];

/** The draft extensions of the languages the editor serves (languages without files of their own add none). */
export function extensionsOf(languages: readonly string[]): string[] {
  return [...new Set(languages.flatMap((l) => EXTENSIONS_OF_LANGUAGE[l] ?? []))];
}

/** The drafts under `folder`, absolute paths, sorted. */
export function draftFilesIn(folder: string, extensions: readonly string[]): string[] {
  if (extensions.length === 0) return [];
  const { globSync } = require('tinyglobby') as typeof import('tinyglobby');
  const pattern = `**/*.${extensions.length === 1 ? extensions[0] : `{${extensions.join(',')}}`}`;
  const found = globSync(pattern, { cwd: folder, ignore: ALWAYS_IGNORED, dot: false, caseSensitiveMatch: false, onlyFiles: true });
  const ignored = ignoreFilesOf(folder);
  return found.filter((f) => !ignored?.ignores(f)).map((f) => path.join(folder, f)).sort();
}

/** The folder's ignore files as one matcher, or undefined when it has none. */
function ignoreFilesOf(folder: string): Ignore | undefined {
  const rules: string[] = [];
  for (const name of IGNORE_FILES) {
    const file = path.join(folder, name);
    const read = fs.existsSync(file) ? readBounded(file, DATA_CAP) : undefined;
    if (read?.ok) rules.push(read.bytes.toString('utf8'));
  }
  if (rules.length === 0) return undefined;
  // Loaded only for a folder that has ignore files.
  const create = require('ignore') as typeof import('ignore');
  const matcher = create();
  for (const text of rules) matcher.add(text);
  return matcher;
}
