// Ordinary Chinese words against the Chinese near-matcher: every word of four to twelve
// characters in the dictionaries of opencc-js (its phrase tables, folded to simplified) and
// pinyin-pro, one a line, through the built CLI. A finding on an ordinary word is a false
// alarm unless the word is itself a listed variant. Used by npm run eval.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

function wordsIn(dir, out) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) wordsIn(p, out);
    else if (/\.(js|mjs|cjs)$/.test(f)) for (const m of readFileSync(p, 'utf8').matchAll(/[\u4e00-\u9fff]{4,12}/g)) out.add(m[0]);
  }
  return out;
}

/** `lintFiles(dir, names)`: the evaluation's own run of the built CLI (JSON results). */
export function checkWordList(lintFiles, listed) {
  const OpenCC = require('opencc-js');
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const raw = new Set();
  const root = new URL('../node_modules/', import.meta.url).pathname;
  for (const pkg of ['opencc-js', 'pinyin-pro']) wordsIn(join(root, pkg), raw);
  const words = [...new Set([...raw].map((w) => toSimplified(w)))].filter((w) => !listed.has(w)).sort();
  const tmp = mkdtempSync(join(tmpdir(), 'policy-words-'));
  writeFileSync(join(tmp, 'words.txt'), words.join('\n') + '\n');
  const [result] = lintFiles(tmp, ['words.txt']);
  rmSync(tmp, { recursive: true, force: true });
  const flagged = result.messages.map((m) => ({ word: words[m.line - 1], rule: m.ruleId }));
  return { words: words.length, flagged };
}
