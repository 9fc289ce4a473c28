// Wrong punctuation inside an official Chinese form: a comma or slash between its parts, a
// quotation mark turned the wrong way, typed in ASCII, single or as a title mark (“十四五“规划,
// "十四五"规划, '十四五'规划, 《十四五》规划; single marks nested in a quotation are right); and quotation
// marks around a form that do not pair (“一区两群“) or that close in the wrong place
// (“十四五规划”). The enumeration comma and the quotation marks may be left out; that is no slip.

import { NUMERALS } from './chineseWindows';
import type { Classified } from './classify';
import { say, type Locale } from './messages';
import { isCjk, isSoftPunct } from './normalize';
import type { Occurrence, Phrasing } from './types';

const QUOTES = '“”"「」';
/** Marks typed where a form's quotation marks belong: single quotes, title marks (‘十四五’规划, 《十四五》规划). */
const WRONG_QUOTES = "'‘’《》";
const QUOTE_CODES = new Set([...QUOTES].map((c) => c.charCodeAt(0)));

/** A quotation mark a Chinese form may hold: “ ” " 「 」 (as a UTF-16 code unit). */
export function isQuote(code: number): boolean {
  return QUOTE_CODES.has(code) || WRONG_QUOTE_CODES.has(code);
}

const WRONG_QUOTE_CODES = new Set([...WRONG_QUOTES].map((c) => c.charCodeAt(0)));

/** Soft punctuation inside a Chinese form, keyed by how many Chinese characters precede it. */
function innerMarks(s: string, from: number, to: number): Map<number, string> {
  const marks = new Map<number, string>();
  let chars = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isCjk(c)) chars++;
    else if (chars > 0 && isSoftPunct(c)) marks.set(chars, s[i]);
  }
  return marks;
}

/** Chinese on both sides of a quotation [open, close], or on one side with the other a line's edge or a mark. */
function inChineseText(text: string, open: number, close: number): boolean {
  const chinese = (i: number) => i >= 0 && i < text.length && (isCjk(text.charCodeAt(i)) || CHINESE_MARKS.includes(text[i]));
  const edge = (i: number) => i < 0 || i >= text.length || /[\s]/.test(text[i]);
  return (chinese(open - 1) && (chinese(close + 1) || edge(close + 1))) || (edge(open - 1) && chinese(close + 1));
}

/** The quotation marks that pair: “…”, "…", 「…」. */
function pairs(open: number, close: number): boolean {
  return (open === 0x201c && close === 0x201d) || (open === 0x22 && close === 0x22) || (open === 0x300c && close === 0x300d);
}

const hasSingleQuote = (s: string): boolean => /['‘’]/.test(s);

/** Inside `code` or a link's address on the line (an odd number of backticks before, or "](" or "://" before with no space). */
function inCodeOrLink(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  return (before.split('`').length - 1) % 2 === 1 || /(?:\]\(|:\/\/)[^\s)]*$/.test(before);
}

/** Single quotation marks inside an open “…” on the line: quotation marks nested in a quotation, as Chinese writes them. */
function nestedSingle(text: string, at: number, open: number, close: number): boolean {
  if (!((open === 0x2018 && close === 0x2019) || (open === 0x27 && close === 0x27))) return false;
  // In English text (no Chinese character or mark right before it) single quotes are English style ('一区两群').
  const prev = text.charCodeAt(at - 1);
  if (at > 0 && !isCjk(prev) && !CHINESE_MARKS.includes(text[at - 1])) return true;
  let depth = 0;
  // A quotation may open on an earlier line of the same paragraph: back to a blank line.
  for (let i = at - 1; i >= 0 && i >= at - 800; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 && /\n[ \t\r\u3000]*$/.test(text.slice(Math.max(0, i - 20), i))) break;
    if (c === 0x201d) depth--;
    else if (c === 0x201c && ++depth > 0) return true;
  }
  return false;
}

/** Chinese punctuation a quotation mark may follow in Chinese text. */
const CHINESE_MARKS = '，。、；：！？（）《》“”：';

/**
 * Quotation marks around a form that do not pair (“一区两群“), or a form whose official
 * quotation marks close inside it quoted whole (“十四五规划” for “十四五”规划): the marks and
 * the form, with the official marks. Undefined where the marks are right or there are none.
 */
function quotedSlip(text: string, o: Occurrence, zh: string): { start: number; end: number; text: string } | undefined {
  const open = text.charCodeAt(o.start - 1);
  const close = text.charCodeAt(o.end);
  if (!isQuote(open) || !isQuote(close)) return undefined;
  const span = { start: o.start - 1, end: o.end + 1 };
  // The form inside keeps the draft's enumeration commas (“碳达峰、碳中和": both are official).
  // Straight quotation marks that pair are right in English text, a half-width slip in Chinese ("一区两群"的布局).
  const fits = (pairs(open, close) && !(open === 0x22 && inChineseText(text, o.start - 1, o.end + 1))) || nestedSingle(text, o.start - 1, open, close);
  if (!isQuote(zh.charCodeAt(0))) return fits ? undefined : { ...span, text: `“${keepEnumerationCommas(text.slice(o.start, o.end), zh)}”` };
  // The official form opens with a quotation mark: the draft's opening one stands for it.
  return innerMarks(text, o.start, o.end).size === 0 && innerMarks(zh, 0, zh.length).size === 1 ? { ...span, text: zh } : undefined;
}

/** The finding for an occurrence of a Chinese form with wrong marks inside, or undefined. */
export function punctuationSlip(text: string, o: Occurrence, p: Phrasing, area: () => string, locale: Locale): Classified | undefined {
  const zh = p.zh!;
  const quoted = quotedSlip(text, o, zh);
  if (quoted) {
    const actual = text.slice(quoted.start, quoted.end);
    return {
      start: quoted.start, end: quoted.end, phrasingId: p.id, actual, ruleId: 'zh-punctuation',
      message: say(locale).punctuation(actual, quoted.text, area()),
      // Single quotation marks may be nested in a quotation opened on an earlier line: a suggestion.
      replacements: [{ text: quoted.text, phrasingId: p.id }], fixable: !hasSingleQuote(actual),
    };
  }
  // An opening quotation mark the official form starts with, written the wrong way (compared
  // as code units: this runs for every occurrence of a Chinese form).
  const before = o.start > 0 ? text.charCodeAt(o.start - 1) : -1;
  const opening = isQuote(zh.charCodeAt(0)) && isQuote(before);
  // ‘十四五’规划 inside a quotation is the form's marks nested, as they should be.
  const nested = opening && nestedSingle(text, o.start - 1, before, before === 0x27 ? 0x27 : 0x2019);
  let wrong = opening && !nested && before !== zh.charCodeAt(0);
  // Most occurrences are the official form as it is: nothing to compare mark by mark.
  if (!wrong && o.end - o.start === zh.length && text.startsWith(zh, o.start)) return undefined;
  const official = innerMarks(zh, 0, zh.length);
  let comma = false;
  for (const [at, mark] of innerMarks(text, o.start, o.end)) {
    const expected = official.get(at);
    if (mark === '，' || mark === ',' || mark === '/' || mark === '／') {
      // Where the official form has no mark, a comma between parts that are no pair ends a
      // clause (完善城市，提升功能 holds 城市提升): the form is not there to punctuate.
      if (expected === undefined && !pairedAt(zh, at)) return undefined;
      wrong = comma = true;
    } else if (mark === '"' || (WRONG_QUOTES.includes(mark) && !nested)) wrong = true;
    else if (QUOTES.includes(mark) && expected !== undefined && expected !== mark) wrong = true;
  }
  if (!wrong) return undefined;
  // A slash in a path, a link or code (政策汇编/碳达峰/碳中和) is no enumeration.
  if (comma && (text[o.start - 1] === '/' || text[o.end] === '/' || inCodeOrLink(text, o.start))) return undefined;
  // A comma may end a clause, the form's last part starting the next one (实现碳达峰，碳中和技术研发同步推进):
  // where characters run on after the form, the comma is a suggestion, not a fix; where an
  // adverb or a verb of its own follows, the last part is the next clause's subject (碳中和则要久久为功).
  if (comma && PREDICATE_OPENERS.has(text.charCodeAt(o.end))) return undefined;
  const runsOn = comma && isCjk(text.charCodeAt(o.end));
  const start = opening ? o.start - 1 : o.start;
  const actual = text.slice(start, o.end);
  return {
    start, end: o.end, phrasingId: p.id, actual, ruleId: 'zh-punctuation',
    message: say(locale).punctuation(actual, keepEnumerationCommas(actual, zh), area()),
    replacements: [{ text: keepEnumerationCommas(actual, zh), phrasingId: p.id }], fixable: !runsOn && !hasSingleQuote(actual),
  };
}

/**
 * True when the form's Chinese characters on either side of `at` end and start with two parts
 * of the same shape, as coordinated parts are: of the same length, sharing their first or last
 * character (碳达峰|碳中和, 产业链|供应链现代化), not a noun and a verb (城市|提升); or two
 * counted parts of a numbered formula (一区|两群).
 */
function pairedAt(zh: string, at: number): boolean {
  const chars = cjkOf(zh);
  return alikeAt(chars, at) || numberedAt(chars, at);
}

function cjkOf(s: string): string[] {
  return Array.from(s).filter((c) => isCjk(c.charCodeAt(0)));
}

function alikeAt(chars: readonly string[], at: number): boolean {
  for (let k = 2; k <= at && at + k <= chars.length; k++) {
    if (chars[at - k] === chars[at] || chars[at - 1] === chars[at + k - 1]) return true;
  }
  return false;
}

/** Both parts open with a numeral: the counted parts of a formula, which take no mark between them. */
function numberedAt(chars: readonly string[], at: number): boolean {
  if (at < 2 || at + 2 > chars.length || !NUMERALS.has(chars[at].charCodeAt(0))) return false;
  for (let k = at - 2; k >= 0; k--) if (NUMERALS.has(chars[k].charCodeAt(0))) return true;
  return false;
}

/** Characters that open a predicate right after its subject: 则, 也, 还, 要, 是, 将, 已, … */
const PREDICATE_OPENERS = new Set([...'则也还要是将已正仍需须应就都才又必亦更并'].map((c) => c.charCodeAt(0)));

/**
 * The official form, keeping the enumeration comma the draft put between two of its parts
 * (碳中和、碳达峰 → 碳达峰、碳中和): the mark is optional, so the drafter's choice stands.
 * A comma typed in its place (，) becomes the enumeration comma.
 */
export function keepEnumerationCommas(draft: string, official: string): string {
  const marksAfter = new Set<number>();
  let chars = 0;
  for (const ch of draft) {
    if (isCjk(ch.charCodeAt(0))) chars++;
    else if ((ch === '、' || ch === '，' || ch === ',' || ch === '/' || ch === '／') && chars > 0) marksAfter.add(chars);
  }
  // With none between its parts, the draft wrote the form without them, as it may: so does the fix.
  if (marksAfter.size === 0) return official.replace(/、/g, '');
  const officialCjk = cjkOf(official);
  if (officialCjk.length !== chars) return official;
  let out = '';
  let seen = 0;
  const list = [...official];
  for (let i = 0; i < list.length; i++) {
    out += list[i];
    if (!isCjk(list[i].charCodeAt(0))) continue;
    seen++;
    const next = list[i + 1];
    // The counted parts of a formula take no mark (一区，两群 → 一区两群); listed parts keep the drafter's.
    if (marksAfter.has(seen) && seen < chars && next !== undefined && isCjk(next.charCodeAt(0)) && !numberedAt(officialCjk, seen)) out += '、';
  }
  return out;
}
