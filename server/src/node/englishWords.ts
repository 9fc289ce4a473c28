// A dictionary of English words (the word-list package), sorted and copied next to the
// bundles at build time. Looked up by binary search in the file's text: no Set of 274,000
// strings to build, so the first look-up costs a file read, not a hundred milliseconds.
// Only a window that already looks like a misspelled phrasing asks.

import * as fs from 'node:fs';
import * as path from 'node:path';

let words: string | null | undefined;

function load(): string | null {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    for (const sorted of [path.join(dir, 'english-words.txt'), path.join(dir, 'dist', 'english-words.txt')]) {
      if (fs.existsSync(sorted)) return fs.readFileSync(sorted, 'utf8');
    }
    const raw = path.join(dir, 'node_modules', 'word-list', 'words.txt');
    if (fs.existsSync(raw)) return sortWordList(fs.readFileSync(raw, 'utf8'));
    if (path.dirname(dir) === dir) return null;
  }
}

/** One word a line, in JavaScript's string order (what the binary search compares with). */
function sortWordList(text: string): string {
  return text.split('\n').filter(Boolean).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join('\n');
}

export function isEnglishWord(word: string): boolean {
  if (words === undefined) words = load();
  if (!words) return false;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = words.lastIndexOf('\n', mid - 1) + 1;
    let end = words.indexOf('\n', start);
    if (end < 0) end = words.length;
    const line = words.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end + 1;
    else hi = start;
  }
  return false;
}
