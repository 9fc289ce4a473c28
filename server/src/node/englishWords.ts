// A dictionary of English words (the word-list package, copied next to the bundles at build
// time), loaded on first use: only a window that already looks like a misspelled phrasing
// asks, so clean drafts never pay for it.

import * as fs from 'node:fs';
import * as path from 'node:path';

let words: Set<string> | null | undefined;

function locate(): string | undefined {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'english-words.txt'), path.join(dir, 'node_modules', 'word-list', 'words.txt')]) {
      if (fs.existsSync(candidate)) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

export function isEnglishWord(word: string): boolean {
  if (words === undefined) {
    const file = locate();
    words = file ? new Set(fs.readFileSync(file, 'utf8').split('\n')) : null;
  }
  return words !== null && words.has(word);
}
