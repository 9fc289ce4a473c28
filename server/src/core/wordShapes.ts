// The shapes of a sentence's content words (first letter and length) as bits, read in one
// pass without making a token: most places where a phrasing's words stand near each other
// lack a word that could stand for one of its other words, and this tells so before the
// sentence is tokenized and aligned. A test may pass wrongly, never fail wrongly: what it
// cannot describe (a letter outside ASCII) makes every test pass.

import { CLIPPED_FROM, CLIPPED_LEAST, LENGTH_SLACK } from './phraseAligner';
import { FUNCTION_WORDS, isLetter } from './phraseTokens';

/** Lengths of 31 or more share the last bit. */
const LONG = 31;

const isPlainLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** A short word of plain letters, folded to lower case, packed into a number (five bits a letter). */
function packed(text: string, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 32 + ((text.charCodeAt(i) | 0x20) - 0x60);
  return code;
}

const FUNCTION_CODES = new Set([...FUNCTION_WORDS].map((w) => packed(w, 0, w.length)));
const WELL = packed('well', 0, 4);
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS].map((w) => w.length));

/**
 * The first letter a word that may stand for `word` begins with, and the bits of the lengths
 * it may have (mayStandFor in phraseAligner: about the same length, or a clipping of four
 * letters or more of a word of eight or more).
 */
export function shapeOf(word: string): { letter: number; lengths: number } {
  const n = word.length;
  const lo = n >= CLIPPED_FROM ? CLIPPED_LEAST : Math.max(1, n - LENGTH_SLACK);
  const hi = Math.min(LONG, n + LENGTH_SLACK);
  let lengths = 0;
  for (let k = lo; k <= hi; k++) lengths |= 1 << k;
  return { letter: word.charCodeAt(0), lengths };
}

export class WordShapes {
  /** Per lower-case ASCII first letter: the bits of the lengths of the sentence's content words. */
  private readonly lengths = new Int32Array(128);
  /** The sentence has a word this cannot describe. */
  private unsure = false;

  /** Reads the words of text[start, end), as tokenize() splits them. */
  read(text: string, start: number, end: number): void {
    this.lengths.fill(0);
    this.unsure = false;
    let i = start;
    while (i < end) {
      if (!isLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      let ascii = text.charCodeAt(i) < 0x80;
      // Only a word of plain letters can be a function word.
      let plain = isPlainLetter(text.charCodeAt(i));
      for (;;) {
        const c = text.charCodeAt(j);
        if (j < end && isLetter(c)) {
          if (c >= 0x80) ascii = false;
          if (!isPlainLetter(c)) plain = false;
          j++;
        } else if (j < end && (c === 0x27 || c === 0x2019) && isLetter(text.charCodeAt(j + 1))) {
          plain = false;
          j++;
        } else break;
      }
      if (!ascii) this.unsure = true;
      else if (!plain || j - i > LONGEST_FUNCTION_WORD || !FUNCTION_CODES.has(packed(text, i, j))) {
        this.lengths[text.charCodeAt(i) | 0x20] |= 1 << Math.min(LONG, j - i);
        // "as well as" is one token of ten characters.
        if (plain && j - i === 4 && packed(text, i, j) === WELL) this.lengths[0x61] |= 1 << 10;
      }
      i = j;
    }
  }

  /** False when no content word of the sentence could stand for a word of this shape. */
  mayHold(letter: number, lengths: number): boolean {
    return this.unsure || letter >= 0x80 || (this.lengths[letter] & lengths) !== 0;
  }
}
