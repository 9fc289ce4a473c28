// Quoted words kept as written. A draft that quotes the readout verbatim keeps the
// readout's own wording, slips and all ("promote carbon neutral work in an orderly manner"),
// and a draft that speaks of words rather than uses them (the term "upper reach", the phrase
// "…", a quotation marked [sic]) names them as they are. Either way a careful editor leaves
// the quotation alone, so the lint does too. Only the line around a finding is read.

import { containsWords } from './grammar';
import { lineEndWithin, lineStartWithin } from './lineBreaks';
import { foldKey } from './normalize';
import type { Span } from './spans';

/** Opening quotation marks and the mark that closes each. */
const CLOSES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’', '「': '」', '『': '』' };
/** How far the search for a quotation's marks goes on either side (a longer quotation is not looked into). */
const REACH = 400;
/** Words that introduce a quotation as words, not as use ("the term", 提法, "drafts write", 误写为), or as words to avoid ("rather than", 不是, 不要写成). "So-called" and 所谓 introduce a use. */
const MENTION_BEFORE = /(?:\b(?:term|terms|phrase|phrases|word|words|wording|expression|expressions|formula|formulation|slogan|label|abbreviation|abbreviations|acronym|acronyms|short form|short forms|shorthand|dubbed|(?<!so-)called|titled|entitled|known as|referred to as|rather than|instead of|in place of|as opposed to|not|avoid|avoiding|write|writes|wrote|written|used|uses|reads|draft's|text's)(?:[ \u00a0]*,?[ \u00a0]+(?:such as|like|e\.g\.|including))?[ \u00a0]*,?[ \u00a0]*|(?:提法|表述|字样|题为|标题[是为]?|名为|称为|称作|简称|叫做|不是|并非|而非|[不别勿][要能应宜得]?写[成作为]?|避免使用|[误错]写[为成]|[误错][作为]|写成了|写错为|打成了?|写为|写作|发现|出现)[ \u00a0]*)$/i;
/** English words after a form or a quotation that call it a slip ("… is a typo", "… was a mistranslation"). */
const CALLED_A_SLIP = '(?:is|was) (?:a |an )?(?:common |frequent )?(?:mistranslation|mistake|misspelling|misprint|typo|typing error|error|slip|wrong|incorrect|erroneous)';
/** Words after a form that call it unfit for use, quoted or not: "… is an informal name", 是不规范的简称, （…不宜使用）. */
const CALLED_UNFIT = String.raw`(?:is|was|are|were) (?:an? |the )?(?:informal|non-?standard|unofficial|outdated|obsolete|deprecated|discouraged)\b|(?:is|are) not (?:the )?(?:official|standard|correct)\b|should not be used\b|(?:是|为|属于?)?(?:不规范|非正式|不正式|不正确|不准确)的?|[（(][^）)\n]{0,12}(?:不宜使用|不宜采用|不得使用|不再使用|勿用|不规范|非正式|误写|错误)`;
/** [sic], (sic) or 原文如此 right after words: quoted with their slip on purpose. */
export const SIC = /^[ \u00a0]*(?:\[sic\]|\(sic\)|（sic）|（原文如此）|\[原文如此\])/i;
/** A mark after a quotation that it is quoted as it stands, or words after it, past more quoted items, that speak of it as words (“经商环境”一词, “成渝经济区”“成渝城市群”等原有名称, "X" is a mistranslation). */
const SIC_AFTER = new RegExp(String.raw`^(?:[、，,]?[“"][^”"\n]{1,20}[”"])*[ \u00a0]*(?:→|->|=>|⇒|等?(?:原有|原来的|旧|旧的|过去的|历史)?(?:名称|称谓|叫法|称呼|提法|说法|表述)|一词|的说法|这一提法|这种提法|的提法|提法|等简称|等说法|的表述|这一表述|字样|这种说法|这个词|的写法|可以作为|能否|是否规范|应改为|改为|改成|修改为|替换为|更正为|for [“"]|${CALLED_A_SLIP}|(?:should|must) (?:read|be(?: (?:written|spelt|spelled|changed|corrected|replaced)(?: (?:as|to|with|by))?)?)[ \u00a0]*[“"‘']|with [“"]|(?:的|是|为|系|属)?(?:一个|一种)?(?:错别字|笔误|错字|别字|错误|错的|有误|误写|历史名称|旧称|原名|曾用名))`, 'i');
/** Words before a quotation that speak of it as words not to use ("do not use", "replace", "translate 安全生产 as", 不宜使用); a plain "use" uses it. */
const USE_BEFORE = /(?:\b(?:(?:not|n't|never|avoid|stop)[ \u00a0]+(?:use|using|write|writing)|replace|replacing|(?:translat|render|mis-?(?:print|spel|typ|writ|translat|render)|print|spell|spelt|typ)\w*\b[^"“”]{0,30}\bas)|不宜使用|不要使用|避免使用|不再使用|不再沿用|改为|写成|统一为)[ \u00a0]*$/i;
/** Where a quoted passage is cut: an ellipsis leaves out words, so each piece stands alone. */
const ELLIPSIS = /\.\.\.|…|\[…\]|\[\.\.\.\]/;

const lineEnd = (text: string, i: number): number => lineEndWithin(text, i, REACH);

const isQuoteMark = (code: number): boolean => code === 0x22 || code === 0x201c || code === 0x201d || code === 0x2018 || code === 0x2019 || code === 0x300c || code === 0x300d || code === 0x300e || code === 0x300f;

/** A block quote's mark opening a line ("> …", "> > …"), as Markdown and e-mail replies quote others' text. */
const BLOCK_QUOTE = /^[ \t]*>[ \t]?/;

/** True when `at` is on a line of a block quote. */
export function inBlockQuote(text: string, at: number): boolean {
  const from = lineStartWithin(text, at, REACH);
  return BLOCK_QUOTE.test(text.slice(from, from + 8));
}

/** A letter, a digit or a Chinese character: what an apostrophe stands between. */
const wordChar = (code: number): boolean => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code >= 0xc0;

/**
 * A straight single quotation mark that opens a quotation ('X') or closes one, told from an
 * apostrophe (the draft's, the districts') by what stands on either side of it.
 */
const opensSingle = (text: string, i: number): boolean => text[i] === "'" && !wordChar(text.charCodeAt(i - 1)) && wordChar(text.charCodeAt(i + 1));
const closesSingle = (text: string, i: number): boolean => text[i] === "'" && !wordChar(text.charCodeAt(i + 1)) && i > 0 && text.charCodeAt(i - 1) !== 32;

/**
 * The quotation that holds [start, end) on its line: the span between its marks (an open
 * mark before the span with no close between, and its close after), or the text of a
 * Markdown block quote ("> …"). Undefined when the span is not quoted. Most findings have
 * no mark before them on their line: one backward walk tells, and nothing else is read.
 */
export function quotationAround(text: string, start: number, end: number): Span | undefined {
  const min = Math.max(0, start - REACH);
  let from = start;
  let marks = false;
  for (; from > min; from--) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 13) break;
    if (isQuoteMark(c) || (c === 0x27 && opensSingle(text, from - 1))) marks = true;
  }
  const to = lineEnd(text, end);
  // In a block quote ("> …") the quotation is its text, or the quotation marks inside it.
  const quote = BLOCK_QUOTE.exec(text.slice(from, Math.min(start, from + 8)));
  const block = quote ? { start: from + quote[0].length, end: to } : undefined;
  if (!marks) return block;
  // Straight quotes open and close alike: the span is inside when an odd number stand before it.
  let straight = 0;
  let open = -1;
  for (let i = from; i < start; i++) {
    const c = text[i];
    if (c === '"') {
      straight++;
      if (straight % 2 === 1) open = i;
    } else if (c === "'") {
      if (opensSingle(text, i)) open = i;
      else if (open >= 0 && text[open] === "'" && closesSingle(text, i)) open = -1;
    } else if (CLOSES[c] !== undefined) open = i;
    else if (open >= 0 && text[open] !== '"' && c === CLOSES[text[open]]) open = -1;
  }
  if (open < 0 || (text[open] === '"' && straight % 2 === 0)) return block;
  let close = text.indexOf(CLOSES[text[open]], end);
  while (text[open] === "'" && close >= 0 && close <= to && !closesSingle(text, close)) close = text.indexOf("'", close + 1);
  if (close < 0 || close > to) return block;
  return { start: open + 1, end: close };
}

/**
 * True when a slip of traditional characters was written so on purpose: its quotation (where
 * the draft has quotation marks, `quotes`) or its sentence is in traditional characters beyond
 * the slips found (`found`, sorted).
 */
export function traditionalOnPurpose(text: string, slip: Span, simplified: ArrayLike<number>, found: readonly Span[], quotes: boolean): boolean {
  return (quotes && quotedInTraditional(text, slip.start, slip.end, simplified)) || inTraditionalPassage(text, slip.start, slip.end, simplified, found);
}

/**
 * True when [start, end) stands in a quotation written in traditional characters beyond it
 * (台湾媒体报道称：“成渝地區雙城經濟圈發展迅速”): a headline or a statement quoted as its source
 * wrote it, which a fix would leave half simplified. `simplified` folds each code unit.
 */
function quotedInTraditional(text: string, start: number, end: number, simplified: ArrayLike<number>): boolean {
  const quotation = quotationAround(text, start, end);
  if (!quotation) return false;
  for (let i = quotation.start; i < quotation.end; i++) {
    if (i === start) i = end;
    const c = text.charCodeAt(i);
    if (i < quotation.end && simplified[c] !== c) return true;
  }
  return false;
}

/** True when text[from, to) has a quotation mark or a block quote: else no finding there can be quoted, and none is looked at. */
export function mayQuote(text: string, from: number, to: number): boolean {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  // One pass of a character class (a multi-line "^" in the same pattern was four times slower).
  return QUOTE_SIGN.test(part) || /^[ \t]*>/.test(part) || opensSingleIn(part);
}

/** A quotation mark, or a block quote's mark at a line start. */
const QUOTE_SIGN = /["“‘「『]|\n[ \t]*>/;

/** A straight single quotation mark that opens a quotation: English has apostrophes everywhere, which open none. */
function opensSingleIn(text: string): boolean {
  for (let i = text.indexOf("'"); i >= 0; i = text.indexOf("'", i + 1)) if (opensSingle(text, i)) return true;
  return false;
}

/** True when the quotation is words mentioned, not used: "the term …", “…”一词, or marked [sic] after it. */
export function mentioned(text: string, quotation: Span): boolean {
  // Earlier quotations of the same list stand between the words and this one ('the terms "A", "B" and "C"').
  let before = text.slice(Math.max(0, quotation.start - 160), Math.max(0, quotation.start - 1));
  for (let k = 0; k < 4 && QUOTED_ITEM.test(before); k++) before = before.replace(QUOTED_ITEM, '');
  return MENTION_BEFORE.test(before) || USE_BEFORE.test(before) || SIC.test(text.slice(quotation.end + 1, quotation.end + 13)) || SIC_AFTER.test(text.slice(quotation.end + 1, quotation.end + 40));
}

/** Words right before a form, quoted or not, that speak of it as written: 写成了成渝双城经济圈, "the draft wrote high quality development". */
const NAMED_BEFORE = /(?:写成了?|误作|误写[为成]?|错写[为成]|\b(?:wrote|writes|misspel(?:t|led|ls)|misprint(?:ed|s)?))[ \u00a0]*$/i;
/** Words right after a form that call it a slip or say what it was corrected to: …之误, …已改为…, "… is a typo". */
const NAMED_AFTER = new RegExp(String.raw`^[”"’」』]?[ \u00a0]*(?:→|->|=>|⇒|(?:系|为|是)[^。；;\n]{1,24}?之误|之误|系笔误|为笔误|是笔误|是错别字|是错的|有误|已改为|应改为|应写为|应写作|应更正为|${CALLED_A_SLIP}\b|${CALLED_UNFIT}|should read\b)`, 'i');
/** Words right before a form that set it against the right one, "…, not …", 而不是…: a finding there is a suggestion. */
const CONTRASTED_BEFORE = /(?:而不是|而非|并非|,[ \u00a0]*not|\b(?:rather than|instead of))[ \u00a0]*$/i;

/** True when the words right around [start, end) speak of it as written, quoted or not (see NAMED_BEFORE, NAMED_AFTER). */
export function namedAsWritten(text: string, start: number, end: number): boolean {
  return NAMED_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || NAMED_AFTER.test(text.slice(end, end + 32));
}

/** True when the words right before [start, end) set it against another wording ("write X, not Y", 而不是…). */
export function contrasted(text: string, start: number): boolean {
  return CONTRASTED_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

/** A quoted item of a list before a quotation, with the comma or "and" after it. */
const QUOTED_ITEM = /[“"][^”"\n]{1,60}[”"][ \u00a0]*(?:,|and|or|, and|, or|、|和|或)?[ \u00a0]*$/;

/**
 * True when the quoted piece around [start, end) (the quotation cut at its ellipses) stands
 * word for word in one of the folded sources and holds more than the span: a citation of
 * the source. A quotation of the phrase alone is a use of it, and stays checked.
 */
export function citesSource(text: string, quotation: Span, start: number, end: number, foldedSources: readonly string[]): boolean {
  let a = quotation.start;
  let b = quotation.end;
  const inside = text.slice(a, b);
  for (const m of inside.matchAll(new RegExp(ELLIPSIS.source, 'g'))) {
    const at = a + m.index!;
    if (at + m[0].length <= start) a = at + m[0].length;
    else if (at >= end && at < b) b = at;
  }
  // A comma or full stop inside the closing mark is the draft's punctuation, not the source's.
  const piece = foldKey(text.slice(a, b).replace(/[.,;:!?。，；：！？]+$/, ''));
  if (piece.length <= foldKey(text.slice(start, end)).length) return false;
  return foldedSources.some((source) => containsWords(source, piece));
}

/**
 * True when the sentence around [start, end) is written in traditional characters beyond the
 * slips found in it (`found`, sorted): a passage for readers in Hong Kong or Taiwan, or a
 * quoted report (重慶亦將有序推進碳達峰碳中和工作，…), not a phrase pasted into simplified text.
 * Two such characters are enough; the sentence is read at most REACH characters either way.
 */
function inTraditionalPassage(text: string, start: number, end: number, simplified: ArrayLike<number>, found: readonly Span[]): boolean {
  let a = start;
  const min = Math.max(0, start - REACH);
  while (a > min && !SENTENCE_END.has(text.charCodeAt(a - 1))) a--;
  let b = end;
  const max = Math.min(text.length, end + REACH);
  while (b < max && !SENTENCE_END.has(text.charCodeAt(b))) b++;
  let count = 0;
  let k = 0;
  for (let i = a; i < b; i++) {
    while (k < found.length && found[k].end <= i) k++;
    if (k < found.length && found[k].start <= i) {
      i = found[k].end - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (simplified[c] !== c && ++count >= 2) return true;
  }
  return false;
}

const SENTENCE_END = new Set([...'。！？\n'].map((c) => c.charCodeAt(0)));

/**
 * True when the quotation is a headline or a title in title case with words of its own beyond
 * [start, end) ("One Area, Two Clusters: Chongqing Redraws Its Map"): quoted as it was printed.
 */
export function headline(text: string, quotation: Span, start: number, end: number): boolean {
  const outside = (text.slice(quotation.start, start) + ' ' + text.slice(end, quotation.end)).match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const long = outside.filter((w) => w.length > 3);
  return long.length >= 2 && long.every((w) => /^[A-Z]/.test(w));
}
