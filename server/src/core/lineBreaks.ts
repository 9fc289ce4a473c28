// Where a line break ends what came before it as far as phrasings go: a phrasing may wrap
// onto the next line of its paragraph, but never runs into a list item, heading, quote or
// table row, nor across a Markdown hard break (two spaces or a backslash at the line end).
// And the one definition of a paragraph break (a blank line) that the linter, the fixes and
// the source index share.

/**
 * Whitespace a blank line may hold: spaces and tabs, and the no-break and ideographic spaces
 * that pasted and Chinese text leave on empty lines. A line of these alone is blank.
 */
function isBlankLineSpace(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && BLANK_LINE_SPACE.includes(c);
}
const BLANK_LINE_SPACE = ' \t\u3000\u00a0';

/** A line break (\r\n, \n or \r), a line of blank-line whitespace, and the next line break. */
const PARAGRAPH_BREAK = new RegExp(`(?:\\r\\n|\\n|\\r)[${BLANK_LINE_SPACE}]*(?:\\r\\n|\\n|\\r)`, 'g');

/** [start, end) of each block of text between paragraph breaks, in order (blocks may be empty). */
export function paragraphs(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = new RegExp(PARAGRAPH_BREAK);
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    spans.push([start, m.index]);
    start = m.index + m[0].length;
  }
  spans.push([start, text.length]);
  return spans;
}

/** True when the line starting at i opens a block: a list item, heading, quote, table row or blank line. */
function opensBlock(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && isBlankLineSpace(text[j])) j++;
  const c = text[j];
  if (c === undefined || c === '#' || c === '>' || c === '|' || c === '\n' || c === '\r') return true;
  if ((c === '-' || c === '*' || c === '+' || c === '•' || c === '·') && (text[j + 1] === ' ' || text[j + 1] === '\t')) return true;
  let k = j;
  while (k < text.length && text[k] >= '0' && text[k] <= '9') k++;
  if (k > j && (text[k] === '.' || text[k] === ')' || text[k] === '、') && (text[k + 1] === ' ' || text[k + 1] === '\t' || text[k] === '、')) return true;
  // Chinese numbering: 一、 （一） 1．
  return /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)/.test(text.slice(j, j + 6));
}

/** True when the line break at i (a \n, or a \r not followed by \n) ends the phrase before it. */
export function breaksPhrase(text: string, i: number): boolean {
  const next = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
  if (opensBlock(text, next)) return true;
  let end = i;
  if (text[end - 1] === '\r') end--;
  return text[end - 1] === '\\' || (text[end - 1] === ' ' && text[end - 2] === ' ');
}

/**
 * [from, to) parts of the text of about `size` characters each, cut at paragraph breaks (which
 * no phrasing crosses), in order and covering the text; one part where there is no break.
 */
export function partsOf(text: string, size: number): [number, number][] {
  const parts: [number, number][] = [];
  const re = new RegExp(PARAGRAPH_BREAK);
  let start = 0;
  while (text.length - start > size) {
    re.lastIndex = start + size;
    const m = re.exec(text);
    if (!m) break;
    parts.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  parts.push([start, text.length]);
  return parts;
}

/**
 * The start of the line holding i, read back at most `reach` characters (a guard needs no
 * more, and a draft may be one line of megabytes): the start, or i - reach.
 */
export function lineStartWithin(text: string, i: number, reach: number): number {
  const min = Math.max(0, i - reach);
  while (i > min && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

/** The end of the line holding i, read on at most `reach` characters. */
export function lineEndWithin(text: string, i: number, reach: number): number {
  const max = Math.min(text.length, i + reach);
  while (i < max && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}
