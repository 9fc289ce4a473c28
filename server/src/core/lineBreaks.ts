// Where a line break ends what came before it as far as phrasings go: a phrasing may wrap
// onto the next line of its paragraph, but never runs into a list item, heading, quote or
// table row, nor across a Markdown hard break (two spaces or a backslash at the line end).

/** True when the line starting at i opens a block: a list item, heading, quote, table row or blank line. */
export function opensBlock(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\u3000' || text[j] === '\u00a0')) j++;
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
