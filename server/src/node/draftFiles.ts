// Which files under a folder are drafts: one rule for `policy-lint <folder>` and the editor's
// Lint Workspace and references. The extensions (from the `languages` setting in the editor,
// `--ext` on the command line, matched in any case), never node_modules or .git, and not what
// a .gitignore or .policylintignore leaves out (gitignore syntax, read as git reads them).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Ignore } from 'ignore';
import { DATA_CAP, readBounded } from './boundedRead';
import { repositoryRoot } from './termFiles';

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
  const rules = ignoreRulesFor(folder, globSync);
  const ignored = (file: string) => rules.some(({ dir, matcher }) => {
    const rel = path.relative(dir, file);
    return !rel.startsWith('..') && !path.isAbsolute(rel) && matcher.ignores(rel.split(path.sep).join('/'));
  });
  return found.map((f) => path.join(folder, f)).filter((f) => !ignored(f)).sort();
}

/**
 * The ignore files that apply under `folder`, as git reads them: those of the folder and of its
 * parents up to the repository root, and those below it; each applies to its own folder's tree.
 */
function ignoreRulesFor(folder: string, globSync: typeof import('tinyglobby').globSync): { dir: string; matcher: Ignore }[] {
  const dirs: string[] = [];
  const root = repositoryRoot(folder);
  for (let d = path.resolve(folder); ; d = path.dirname(d)) {
    dirs.push(d);
    if (d === root || path.dirname(d) === d) break;
  }
  const nested = globSync(IGNORE_FILES.map((n) => `**/${n}`), { cwd: folder, ignore: ALWAYS_IGNORED, dot: true, onlyFiles: true });
  const files = [...dirs.flatMap((d) => IGNORE_FILES.map((n) => path.join(d, n))), ...nested.map((f) => path.join(folder, f))];
  const rules: { dir: string; matcher: Ignore }[] = [];
  for (const file of new Set(files)) {
    const read = fs.existsSync(file) ? readBounded(file, DATA_CAP) : undefined;
    if (read?.ok) rules.push({ dir: path.dirname(file), matcher: ignoreLibrary()().add(read.bytes.toString('utf8')) });
  }
  return rules;
}

/** The gitignore matcher library, loaded only where a folder has ignore files. */
const ignoreLibrary = () => require('ignore') as typeof import('ignore');
