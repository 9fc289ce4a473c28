// The parts of a draft that are not its prose, where no phrasing is judged and --fix never
// writes: addresses (URLs, e-mail), file names and paths, `code` and fenced code blocks, the
// target of a Markdown link, YAML front matter and HTML comments. A slug or a file name spells
// a phrasing with hyphens or without "and" on purpose (common-prosperity/plan.html), and a
// fix there breaks a link or a command. A revision record keeps the wording it replaces: text
// struck through (~~…~~), the "before" column of a table of changes (原稿表述, "Draft reads"),
// and an example labelled wrong ("Wrong: …", 错误：…). An entry of a list of references cites a
// work by its own title ([3] 成渝经济区区域规划[Z]. 2011.), and the options of a multiple-choice
// question offer wrong forms on purpose (A. 成渝经济区  B. 成渝地区双城经济圈).

import { lineEndWithin, lineStartWithin } from './lineBreaks';

/** How far the checks of one finding look on either side: an address or a file name is never longer. */
const REACH = 300;

/** Extensions of the files drafts name: office documents, data, images, archives, markup. */
const FILE_NAME = /\.(?:docx?|xlsx?|pptx?|pdf|wps|et|dps|ofd|txt|md|csv|json|ya?ml|xml|html?|png|jpe?g|gif|svg|zip|rar|7z)$/i;

/** Characters that end a run of an address or a file name. */
const BREAKS = new Set([...' \t\n\r\u00a0\u3000<>()[]{}"\'“”‘’《》「」『』（）【】，。；：！？、,;|`*'].map((c) => c.charCodeAt(0)));

interface Draft {
  text: string;
  /** Front matter, fenced code blocks and comments. */
  spans: [number, number][];
  /** Whether the draft has a backtick and a link target at all: most drafts have neither. */
  backtick: boolean;
  link: boolean;
  strike: boolean;
  table: boolean;
  /** Whether the draft has a reference entry's type code ([M], [Z], [EB/OL]) at all. */
  references: boolean;
}
/** What the last draft asked about has: a large draft is judged a part at a time. */
let last: Draft | undefined;

/** True when [start, end) lies in a part of the draft that is no prose. */
export function inNonProse(text: string, start: number, end: number): boolean {
  if (last?.text !== text) last = { text, spans: blockSpans(text), backtick: text.includes('`'), link: text.includes(']('), strike: text.includes('~~'), table: text.includes('|'), references: TYPE_CODE.test(text) };
  if (inBlock(last.spans, start) || inAddressOrFile(text, start, end) || inIdentifier(text, start, end) || labelledWrong(text, start) || (last.references && referenceEntry(text, start)) || quizOption(text, start)) return true;
  if (!last.backtick && !last.link && !last.strike && !last.table) return false;
  // The checks on the finding's line share its start.
  const from = lineStart(text, start);
  return (last.backtick && inCodeSpan(text, from, start, end)) || (last.link && inLinkTarget(text, from, start)) ||
    (last.strike && struckThrough(text, from, start, end)) || (last.table && inBeforeColumn(text, from, start));
}

/** Between ~~ and ~~ on the line. */
function struckThrough(text: string, from: number, start: number, end: number): boolean {
  let marks = 0;
  for (let i = text.indexOf('~~', from); i >= 0 && i < start; i = text.indexOf('~~', i + 2)) marks++;
  if (marks % 2 === 0) return false;
  const close = text.indexOf('~~', end);
  const newline = text.indexOf('\n', end);
  return close >= 0 && (newline < 0 || close < newline);
}

/** Headers of the column of a table of changes that holds the wording replaced. */
const BEFORE_HEADER = /原稿|原文|原表述|修改前|错误|不规范|误用|旧提法|\b(?:draft|before|original|old|wrong|incorrect|avoid|don['’]t use|do not use)\b/i;

/** In a cell of a Markdown table whose column header names the wording replaced. */
function inBeforeColumn(text: string, from: number, at: number): boolean {
  if (!/^[ \t]*\|/.test(text.slice(from, from + 8))) return false;
  const column = text.slice(from, at).split('|').length - 1;
  // The table's first row is its header: up the lines that are rows (a few hundred at most).
  let header = from;
  for (let k = 0; k < 500 && header > 0; k++) {
    const previous = lineStart(text, header - 1);
    if (!/^[ \t]*\|/.test(text.slice(previous, previous + 8))) break;
    header = previous;
  }
  if (header === from) return false;
  const cells = text.slice(header, text.indexOf('\n', header) < 0 ? text.length : text.indexOf('\n', header)).split('|');
  return column < cells.length && BEFORE_HEADER.test(cells[column]);
}

/**
 * True when [start, end) is a form's words joined into an identifier: in lower case, joined by
 * hyphens or underscores, set off by quotation marks, "=", "#", "/" or a longer identifier
 * ("topic": "economic-work-conference", ?topic=…, #economic-work-conference, class="…").
 */
function inIdentifier(text: string, start: number, end: number): boolean {
  const written = text.slice(start, end);
  if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(written)) return false;
  const before = text[start - 1] ?? '';
  // After "#", "=" or "/" it is a tag, a query's value or a path, whatever ends it.
  return /^[#=/]$/.test(before) || (IDENTIFIER_EDGE.test(before) && IDENTIFIER_EDGE.test(text[end] ?? ''));
}

/** What stands on either side of an identifier: quotation marks, the marks of a query, a path or a tag, or more of it. */
const IDENTIFIER_EDGE = /^[-_"'`=#/?&.:A-Za-z0-9]$/;

/** A line that shows examples as wrong: "Wrong: …", "Incorrect: …", avoid_examples: [...], 错误：…, 常见误写：…, ×. */
function labelledWrong(text: string, at: number): boolean {
  // The label opens the line of one example sentence: back to the line's start, not past a
  // Chinese full stop or further than an example's length.
  let from = at;
  const min = Math.max(0, at - 120);
  while (from > min && text.charCodeAt(from - 1) !== 10) {
    if (text.charCodeAt(from - 1) === 0x3002) return false;
    from--;
  }
  if (from > 0 && text.charCodeAt(from - 1) !== 10) return false;
  const head = text.slice(from, at);
  return (WRONG_LABEL.test(head.slice(0, 48)) && !/[；;!?！？]/.test(head)) || /^[ \t>*-]*[×✗✘]/.test(head);
}

/**
 * A label for wrong wording that opens a line, then a colon: "Wrong:", "Avoid:", a key such as
 * avoid_examples: [...], 常见误写：…; the examples after it run to the line's end.
 */
const WRONG_LABEL = /^[ \t>*_\-#"'“]*(?:[A-Za-z_ -]{0,20}(?<![A-Za-z])(?:wrong|incorrect|not|avoid|bad|deprecated|discouraged|forbidden|banned|disallowed|don['’]?t|do[ _-]?not|misspellings?|typos?)(?![A-Za-z])[\w -]{0,20}|常见误写|常见错误|错误写法|错误表述|错误示例|错误|误写|误|不规范(?:表述|写法|用法|提法|简称)?|不宜|反例|禁用(?:词|语|表述)?|勿用|避免使用)["'”]?[ \t*_]*[:：]/i;

/** The type code of a reference entry (GB/T 7714): [M] book, [J] journal, [Z] other, [R] report, [N] newspaper, [EB/OL] web page … */
const TYPE_CODE = /\[(?:[MJZNRCDSPAG]|EB|DB|CP)(?:\/(?:OL|CD|MT|DK))?\]/;

/** On a line that is an entry of a list of references: numbered ([3], 3.), with a type code after the finding. */
function referenceEntry(text: string, at: number): boolean {
  const from = lineStart(text, at);
  // Numbered ([3], 3.), or an entry of its own that opens with its authors ("张某.成渝…[J].").
  const numbered = /^[ \t>*-]*(?:\[\d{1,3}\]|\d{1,3}[.)．、])/.test(text.slice(from, from + 12));
  if (!numbered && !/^[ \t>*-]*[^\s。！？；.．]{1,40}[.．]/.test(text.slice(from, at))) return false;
  const newline = text.indexOf('\n', at);
  return TYPE_CODE.test(text.slice(at, newline < 0 ? Math.min(text.length, at + REACH) : Math.min(newline, at + REACH)));
}

/** An option's letter opening a line: "A. ", "B、", "(c) ", "d) ", after a list mark or not. */
const OPTION_MARKER = /^[ \t]*(?:[-*•][ \t]+)?(?:[(（][A-Da-d][)）]|[A-Da-d][.．、)）])[ \t]*/;
/** A question's line: a question mark, a blank to fill in (（ ）, ____) or a trailing ellipsis. */
const QUESTION = /[?？]|[（(][ \t\u3000]*[）)]|_{3,}|…|\.\.\.[ \t*]*$/;

/**
 * On a short option line of a multiple-choice question: the lines above it, back to a
 * question, are options too (a quiz's wrong options are wrong on purpose; its key says so).
 */
function quizOption(text: string, at: number): boolean {
  // The line's head first: most findings stand on no option line, and none needs the whole line.
  let from = lineStart(text, at);
  const marker = OPTION_MARKER.exec(text.slice(from, from + 24));
  if (!marker || lineEndWithin(text, at, 64) - from - marker[0].length > 40) return false;
  for (let k = 0; k < 6 && from > 0; k++) {
    const previous = lineStart(text, from - 1);
    const above = text.slice(previous, from - 1);
    if (QUESTION.test(above)) return true;
    if (above.trim() !== '' && !OPTION_MARKER.test(above)) return false;
    from = previous;
  }
  return false;
}

/** Inside front matter, a fenced code block or an HTML comment. */
function inBlock(spans: readonly [number, number][], at: number): boolean {
  for (const [s, e] of spans) {
    if (at < s) return false;
    if (at < e) return true;
  }
  return false;
}

/** Front matter, fenced code blocks (``` or ~~~, to the closing fence or the end) and <!-- comments -->, in text order. */
function blockSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const front = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 20_000));
  if (front) spans.push([0, front[0].length]);
  for (const fence of ['```', '~~~']) {
    for (let i = text.indexOf(fence); i >= 0; i = text.indexOf(fence, i + 3)) {
      if (!atLineStart(text, i)) continue;
      let close = text.indexOf(`\n${fence}`, i + 3);
      while (close >= 0 && !atLineStart(text, close + 1)) close = text.indexOf(`\n${fence}`, close + 1);
      const end = close < 0 ? text.length : close + 1 + fence.length;
      spans.push([i, end]);
      i = end - 3;
    }
  }
  for (let i = text.indexOf('<!--'); i >= 0; i = text.indexOf('<!--', i + 4)) {
    const close = text.indexOf('-->', i + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push([i, end]);
    i = end - 4;
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans;
}

/** Up to three spaces of indentation before it on its line. */
function atLineStart(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && j > i - 4 && text[j - 1] === ' ') j--;
  return j === 0 || text[j - 1] === '\n';
}

const lineStart = (text: string, i: number): number => lineStartWithin(text, i, REACH);

/** Between backticks on the line: an odd number of them before, and one after. */
function inCodeSpan(text: string, from: number, start: number, end: number): boolean {
  let ticks = 0;
  for (let i = from; i < start; i++) if (text.charCodeAt(i) === 0x60) ticks++;
  if (ticks % 2 === 0) return false;
  const close = text.indexOf('`', end);
  const newline = text.indexOf('\n', end);
  return close >= 0 && (newline < 0 || close < newline);
}

/** In a Markdown link's target: "](" before it with no ")" or space between. */
function inLinkTarget(text: string, from: number, start: number): boolean {
  for (let i = start - 1; i > from; i--) {
    const c = text[i];
    if (c === ')' || c === ' ' || c === '\t') return false;
    if (c === '(' && text[i - 1] === ']') return true;
  }
  return false;
}

/** In a run with no space or bracket that is an address, an e-mail address, a file name or a path. */
function inAddressOrFile(text: string, start: number, end: number): boolean {
  let a = start;
  const min = Math.max(0, start - REACH);
  while (a > min && !BREAKS.has(text.charCodeAt(a - 1))) a--;
  let b = end;
  const max = Math.min(text.length, end + REACH);
  while (b < max && !BREAKS.has(text.charCodeAt(b))) b++;
  // A full stop or a dash that ends a sentence is no part of the run.
  while (b > end && /[.\-—]/.test(text[b - 1])) b--;
  // Every address, file name and path has one of . : @ \ in it; most runs have none.
  let marks = false;
  for (let i = a; i < b && !marks; i++) {
    const c = text.charCodeAt(i);
    marks = c === 0x2e || c === 0x3a || c === 0x40 || c === 0x5c;
  }
  if (!marks) return false;
  const before = text.slice(a, start);
  // An address from its scheme or "www." on (in Chinese text it may follow a word with no space).
  if (/[a-z]:\/\/|www\./i.test(before)) return true;
  const run = text.slice(a, b);
  if (/^[^\s@]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(run)) return true;
  if (/^[A-Za-z]:\\/.test(run) || run.includes('\\')) return true;
  // A file name: the run ends in a known extension (成渝经济圈项目清单.xlsx).
  return FILE_NAME.test(run);
}
