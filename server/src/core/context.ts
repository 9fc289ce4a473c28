// Context guards: where a form that would be drift elsewhere is correct as written. A
// superseded or informal name inside a cited title (《成渝经济区区域规划》, "the
// Chengdu-Chongqing Economic Zone Regional Plan") names a real document; a phrase inside a
// longer capitalised name (the Sci-Tech Innovation Board) is part of that name.
// Each guard looks only at the line around the finding: linear, no backtracking.

import { lineEndWithin, lineStartWithin } from './lineBreaks';
import { anotherUse, insideHyphenated } from './otherUses';
import { atSentenceStart } from './phraseTokens';
import { SIC } from './quotations';
import { earlierYearBefore, historicalSentence, toldOfEarlierYear } from './history';
import type { Variant } from './types';

export type Guard = 'title' | 'name' | 'rule' | 'history' | 'use';

/** Nouns that end the title of a plan, law or other document. */
const DOCUMENT_NOUNS = new Set(['plan', 'plans', 'outline', 'outlines', 'programme', 'program', 'guideline', 'guidelines',
  'opinion', 'opinions', 'regulation', 'regulations', 'law', 'measures', 'scheme', 'strategy', 'report', 'notice',
  'circular', 'decision', 'decisions', 'proposal', 'proposals', 'initiative', 'blueprint', 'paper', 'provisions',
  'rules', 'resolution', 'communique', 'agreement', 'framework', 'catalogue', 'catalog', 'action']);
/** Words a title keeps in lower case. */
const TITLE_SMALL = new Set(['of', 'for', 'the', 'and', 'or', 'as', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from']);

/** True for a word a title keeps in lower case: an article, a conjunction, a preposition. */
export function lowerInTitle(word: string): boolean {
  return TITLE_SMALL.has(word) || TITLE_LOWER.has(word);
}

/** How far a guard looks on either side: a title or name is never longer; a long line costs no more. */
const REACH = 300;

const lineStart = (text: string, i: number): number => lineStartWithin(text, i, REACH);
const lineEnd = (text: string, i: number): number => lineEndWithin(text, i, REACH);

/** Why [start, end) is not a finding, or undefined when nothing in its context says so. */
export function guardOf(text: string, start: number, end: number, variant?: Variant, current: readonly string[] = [], superseded: readonly string[] = []): Guard | undefined {
  // Marked by the author as the source's own slip ("market participates [sic]").
  if (SIC.test(text.slice(end, end + 12))) return 'use';
  if (variant && ruleGuard(text, start, end, variant)) return 'rule';
  if (variant?.status === 'superseded' && (historicalSentence(text, start, end, current, superseded) || toldOfEarlierYear(text, start))) return 'history';
  // Any other listed form in a clause that a year before 2020 opens tells of that time (早在2004年前后，学界就提出了“成渝经济圈”构想).
  if (variant && variant.status !== 'admitted' && earlierYearBefore(text, start)) return 'history';
  if (insideChineseTitle(text, start, end) || insideEnglishTitle(text, start, end)) return 'title';
  if (insideLongerName(text, start, end) || (variant?.lang === 'zh' && namesChineseBody(text, end))) return 'name';
  if (variant && NAMED_BY_OTHERS.test(text.slice(end, end + 80))) return 'use';
  if (insideHyphenated(text, start, end) || anotherUse(text, start, end, current[0])) return 'use';
  return undefined;
}

/** A name that the sentence gives as others' ("…, as some foreign media call it", "as the two clusters are informally known"). */
const NAMED_BY_OTHERS = /^,?[ \u00a0]+as[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,5}?(?:call|calls|called|put it|know|known|name|named|term|termed|dub|dubbed|refer to)\b/i;

/** A company, institute or other body named after a short form (重庆成渝双城经济圈投资有限公司), within a few characters. */
const CHINESE_BODY = /^[\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份公司|集团|研究院|研究所|研究会|研究中心|协会|学会|基金会|商会|联盟|联合会)/;

/** A listed form of a phrasing inside the name of a body: the name is registered as it is. */
function namesChineseBody(text: string, end: number): boolean {
  return CHINESE_BODY.test(text.slice(end, end + 16));
}

function ruleGuard(text: string, start: number, end: number, v: Variant): boolean {
  if (v.notAfter?.some((w) => text.endsWith(w, start))) return true;
  return v.notBefore?.some((w) => text.startsWith(w, end)) ?? false;
}

/** Inside 《…》 on the same line (a span that holds a title mark is no title's words: 《十四五》规划). */
function insideChineseTitle(text: string, start: number, end: number): boolean {
  const from = lineStart(text, start);
  let open = false;
  for (let i = start - 1; i >= from; i--) {
    if (text[i] === '》') return false;
    if (text[i] === '《') { open = true; break; }
  }
  if (!open) return false;
  for (let i = start; i < end; i++) if (text[i] === '》' || text[i] === '《') return false;
  const to = lineEnd(text, end);
  for (let i = end; i < to; i++) {
    if (text[i] === '》') return true;
    if (text[i] === '《') return false;
  }
  return false;
}

interface Word { start: number; end: number; text: string }

/** The Latin words of a line (letters, digits, inner hyphens and apostrophes). */
function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  // Searched in the line alone: a search of the whole text would run on past the line, as far
  // as the next Latin word, which in a Chinese draft may be pages away.
  for (const m of text.slice(from, to).matchAll(WORD)) words.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  // A word that runs on past the line's end is taken whole.
  const last = words[words.length - 1];
  if (last && last.end === to && to < text.length) {
    WHOLE_WORD.lastIndex = last.start;
    last.text = WHOLE_WORD.exec(text)![0];
    last.end = last.start + last.text.length;
  }
  return words;
}

const WORD = /[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*/g;
const WHOLE_WORD = /[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*/y;

/** True when text[start, end) has a character of a Latin word: only then can it be part of an English title or name. */
function hasLatin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? /[A-Za-z0-9'-]/.test(text[i]) : c === 0x2019) return true;
  }
  return false;
}

const capital = (w: string) => w[0] >= 'A' && w[0] <= 'Z';

/**
 * True when the word at `start` (the one holding it) begins in lower case and is no small
 * word of a title: then no title or name holds the span, and neither guard reads the line.
 * Most findings are such ("common prosperty").
 */
function startsPlainWord(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && /[A-Za-z0-9'’-]/.test(text[i - 1])) i--;
  const c = text.charCodeAt(i);
  if (c < 0x61 || c > 0x7a) return false;
  let j = i;
  while (j < text.length && /[A-Za-z0-9]/.test(text[j])) j++;
  return !TITLE_SMALL.has(text.slice(i, j));
}

/**
 * An English document title around the span: a run of capitalised words (small words
 * allowed inside) that holds the span, written in Title Case itself, and ends in a
 * document noun ("Plan", "Outline", …). Quotation marks or italics are not required.
 */
function insideEnglishTitle(text: string, start: number, end: number): boolean {
  if (!hasLatin(text, start, end) || startsPlainWord(text, start)) return false;
  const from = lineStart(text, start);
  const to = lineEnd(text, end);
  const words = wordsOf(text, from, to);
  const inside = words.filter((w) => w.end > start && w.start < end);
  if (inside.length === 0 || !inside.every((w) => capital(w.text) || TITLE_SMALL.has(w.text))) return false;
  let last = words.indexOf(inside[inside.length - 1]);
  // Walk on through the title's words, across spaces only, to a document noun.
  for (let k = last; k < words.length; k++) {
    if (k > last && !/^[\s\u00a0]+$/.test(text.slice(words[k - 1].end, words[k].start))) return false;
    const w = words[k].text;
    if (DOCUMENT_NOUNS.has(w.toLowerCase()) && capital(w) && words[k].end >= end) return true;
    if (!capital(w) && !TITLE_SMALL.has(w)) return false;
    last = k;
  }
  return false;
}

/**
 * Part of a longer proper name: the span is written capitalised and a capitalised word
 * follows it, or precedes it mid-sentence ("the Sci-Tech Innovation Board").
 */
function insideLongerName(text: string, start: number, end: number): boolean {
  if (!hasLatin(text, start, end) || startsPlainWord(text, start)) return false;
  const from = lineStart(text, start);
  const to = lineEnd(text, end);
  const words = wordsOf(text, Math.max(from, start - 80), Math.min(to, end + 80));
  const i = words.findIndex((w) => w.end > start);
  if (i < 0) return false;
  const inside = words.filter((w) => w.end > start && w.start < end);
  if (!inside.length || !inside.every((w) => capital(w.text) || TITLE_SMALL.has(w.text))) return false;
  const j = i + inside.length;
  const spaceOnly = (a: number, b: number) => /^[ \u00a0]+$/.test(text.slice(a, b));
  const after = words[j];
  if (after && capital(after.text) && !TITLE_SMALL.has(after.text.toLowerCase()) && spaceOnly(end, after.start)) return true;
  const before = words[i - 1];
  if (before && capital(before.text) && spaceOnly(before.end, start) && !atSentenceStart(text, before.start)) return true;
  return false;
}

/**
 * True when the span stands in a heading ("# …") or in a line written in Title Case: every
 * word of four letters or more outside the span is capitalised, and there is at least one
 * ("**Promote Common Prosperity**", "Employment Priority Policies and Skills").
 */
export function inTitleCaseLine(text: string, start: number, end: number): boolean {
  const from = lineStart(text, start);
  if (/^[ \t]*#/.test(text.slice(from, start))) return true;
  const to = lineEnd(text, end);
  // A line that is the phrase alone, after a section number ("IV. Foreign Trade and Investment"): a heading.
  if (HEADING_NUMBER.test(text.slice(from, start)) && /^[ \t*_]*:?[ \t]*$/.test(text.slice(end, to))) return true;
  // A key before the title ("title: …") is no word of it.
  const key = KEY_BEFORE.exec(text.slice(from, start));
  const outside = wordsOf(text, key ? from + key[0].length : from, to)
    .filter((w) => (w.end <= start || w.start >= end) && /^[A-Za-z]{4}/.test(w.text) && !TITLE_LOWER.has(w.text));
  return outside.length > 0 && outside.every((w) => capital(w.text));
}

/** A lower-case key of a configuration or front matter line before its value ("title: "), or a TeX command ("\\section{"). */
const KEY_BEFORE = /^[ \t-]*(?:[a-z_][\w.-]*[ \t]*[:=][ \t]*["']?|\\[a-z]+\*?(?:\[[^\]\n]*\])?\{)/;
/** Words of four letters or more that a title keeps in lower case: prepositions and conjunctions ("Integrating into the …"). */
const TITLE_LOWER = new Set(['into', 'onto', 'upon', 'with', 'from', 'over', 'than', 'that', 'toward', 'towards', 'within', 'without', 'through', 'across', 'along', 'among', 'amid', 'about', 'after', 'before', 'under', 'between', 'during', 'against', 'beyond', 'versus', 'while', 'when', 'unto']);

/** What may stand before a heading's words on its line: a section number or letter and marks. */
const HEADING_NUMBER = /^[ \t*_]*(?:(?:[IVXLC]+|\d+(?:\.\d+)*|[A-Z])[.)]?[ \t]+)?[*_]*$/;

/**
 * True when capitalised words run up to `start`, small words allowed between, and one of them
 * is not a sentence's first word: the span ends a name or title ("the Outline of the
 * Development Plan for the Chengdu-Chongqing Economic Circle").
 */
export function endsTitleCaseRun(text: string, start: number): boolean {
  const words = wordsOf(text, Math.max(lineStart(text, start), start - 120), start);
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k].text;
    if (k < words.length - 1 && !/^[\s\u00a0]+$/.test(text.slice(words[k].end, words[k + 1].start))) return false;
    if (capital(w)) {
      if (!atSentenceStart(text, words[k].start)) return true;
    } else if (!TITLE_SMALL.has(w)) return false;
  }
  return false;
}

/**
 * True when the words after `end` go on in Title Case: past small words, the next word is
 * capitalised ("the column Common Prosperity in Practice"): the span is part of a title.
 */
export function goesOnInTitleCase(text: string, end: number): boolean {
  const words = wordsOf(text, end, Math.min(lineEnd(text, end), end + 60));
  for (let k = 0; k < words.length; k++) {
    const gap = text.slice(k === 0 ? end : words[k - 1].end, words[k].start);
    // Spaces, or a comma between Title Case items ("Expand Effective Investment, Boost Consumption").
    if (!/^,?[ \u00a0]+$/.test(gap)) return false;
    if (capital(words[k].text)) return true;
    if (!TITLE_SMALL.has(words[k].text)) return false;
  }
  return false;
}
