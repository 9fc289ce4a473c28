// History guards: a superseded name, or any listed form, where the draft tells of the time it
// was current (2011年，国务院批复《成渝经济区区域规划》; “五大功能区域”时期; from … to …), and a numbered
// formula that names another real plan (“十三五”规划圆满收官, “十五五”规划).

import { sentenceAround } from './phraseTokens';

/** A five-year plan's number: 十一五, 十三五, 十五五 … */
const PLAN_NUMBER = /十([一二三四五六七八九])五/;
const DIGITS = '一二三四五六七八九';

/**
 * True when a numeral changed in a numbered formula at [start, end) names another real thing:
 * an earlier plan in a sentence about the past ("“十三五”规划圆满收官"), or a later plan
 * (“十五五”规划, being drafted where the official form has “十四五”).
 */
export function numberNamesAnother(text: string, start: number, end: number, official: string, superseded: readonly string[]): boolean {
  const draft = PLAN_NUMBER.exec(text.slice(start, end));
  const planned = PLAN_NUMBER.exec(official);
  if (draft && planned && DIGITS.indexOf(draft[1]) > DIGITS.indexOf(planned[1])) return true;
  return historicalSentence(text, start, end, [], superseded);
}

/** A year, not one since which a time runs to now (2019年以来, since 2019). */
const YEAR = /(?<!\d|\bsince[ \u00a0])(1[89]\d\d|20\d\d)(?!\d)(?!年?(?:以来|来|至今|起))/gi;

/** Words that bring a telling to the present or the future. */
const PRESENT = /如今|现在|目前|当前|今天|今日|今年|明年|今后|未来|下一步|新时代|新起点|近年来|一年来|过去一年|这一年|\b(?:now|today|currently|this year|next year|at present|in the past year|over the past year)\b/i;

/** Words that put a sentence in the past: a superseded name there is history, not drift. English ones as whole words ("was", not "wastewater"). */
const PAST_MARKERS = /曾经|曾|此前|之前|以前|年前|过去|以往|原来|原属|当年|当时|彼时|昔日|前身|早在|回顾|历经|先后|基础上|相比|相较|收官|圆满完成|胜利完成|顺利完成|已经完成|已完成|历史名称|旧称|原名|曾用名|旧名|\b(?:formerly|previously|earlier|former|once|used to|at the time|was|were|had been|historically|historical (?:name|term|plan)s?|old (?:name|term)s?)\b/i;

/** A year before 2020 earlier in the clause or the one before, with no later year or "now" after it. */
export function earlierYearBefore(text: string, start: number): boolean {
  // Most findings have no digit before them in their sentence: a look for one first.
  let digit = false;
  for (let i = start - 1, min = Math.max(0, start - 200); i >= min && !digit; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 10) break;
    digit = c >= 0x30 && c <= 0x39;
  }
  if (!digit) return false;
  const near = text.slice(Math.max(0, start - 200), start);
  const sentence = near.split(/[。！？!?\n]|\.\s/).pop()!;
  const told = sentence.split(/[，,；;]/).slice(-2).join('，');
  const years = [...told.matchAll(YEAR)];
  if (years.length === 0) return false;
  const last = years[years.length - 1];
  // "…, 到如今…", "now": the telling has come to the present.
  return Number(last[1]) < 2020 && !PRESENT.test(told.slice(last.index));
}

/**
 * The sentence around a superseded name speaks of the past: a past marker, a year before
 * 2020 (the current names date from 2020 and later), or the current name after it
 * (从“一圈两翼”到“一区两群”).
 */
export function historicalSentence(text: string, start: number, end: number, current: readonly string[] = [], superseded: readonly string[] = []): boolean {
  const [a] = sentenceAround(text, start, 0, text.length);
  let [, b] = sentenceAround(text, end, 0, text.length);
  // What a colon opens tells of the name before it ("… Economic Zone (p. 12): the name of the 2011 plan").
  if (text[b] === ':' || text[b] === '：') b = sentenceAround(text, b + 1, 0, text.length)[1];
  const sentence = text.slice(a, start) + ' ' + text.slice(end, b);
  if (PAST_MARKERS.test(sentence)) return true;
  // A period named by a superseded name, this one or another (“五大功能区域”时期): the sentence tells of that time.
  // 原 right before a name: "the former …" (原都市功能拓展区).
  if (PERIOD_AFTER.test(text.slice(end, end + 4)) || text[start - 1] === '原') return true;
  const whole = text.slice(a, b);
  if (superseded.some((name) => periodNamed(whole, name))) return true;
  // Told as an evolution, old to new: the current name follows in the same clause, or in the
  // same sentence when it is built as a change (从…到…, from … to …, renamed). A current name
  // clauses later is only mentioned beside it (按照渝东北生态涵养发展区功能定位，……推动渝东北……).
  const after = text.slice(end, b).toLowerCase();
  const before = text.slice(a, start).toLowerCase();
  const change = (before.includes('从') && after.includes('到')) || (/\bfrom\b/.test(before) && /\bto\b/.test(after)) ||
    /(?:改|更名|调整|变|升级)为|\brenamed\b|\breplaced by\b/.test(after);
  const reach = change ? after : after.split(/[，,；;]/)[0];
  if (current.some((c) => c && reach.includes(c.toLowerCase()))) return true;
  for (const m of sentence.matchAll(YEAR)) if (Number(m[1]) < 2020) return true;
  // "Until 2020", "before 2021": a time that ended.
  if (/\b(?:until|till|before|prior to)\s+(?:19\d\d|20[0-2][01])\b/i.test(sentence)) return true;
  return false;
}

/**
 * The draft tells of a year before 2020 when it reaches a superseded name: the last year named
 * before it, in its paragraph or the paragraphs of its section before it (up to a heading),
 * is earlier, and nothing after that year brings the telling to the present (2011年5月，国务院批复
 * 《成渝经济区区域规划》。规划提出，把成渝经济区建设成为…). "2013年以来" is a time up to now.
 */
export function toldOfEarlierYear(text: string, start: number): boolean {
  const from = sectionStart(text, start);
  const told = text.slice(from, start);
  let last: RegExpExecArray | undefined;
  for (const m of told.matchAll(YEAR)) last = m;
  if (!last || Number(last[1]) >= 2020) return false;
  return !PRESENT.test(told.slice(last.index! + last[0].length));
}

/** How far back a telling is read: a few paragraphs. */
const TELLING = 1200;

/** Where the section around `at` starts: after the last heading line before it, or TELLING characters back. */
function sectionStart(text: string, at: number): number {
  const min = Math.max(0, at - TELLING);
  // lastIndexOf reads a negative start as 0: the first line is looked for only from 1 on.
  let line = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  while (line > min) {
    const previous = line >= 2 ? text.lastIndexOf('\n', line - 2) + 1 : 0;
    if (HEADING.test(text.slice(previous, Math.min(line, previous + 40)))) return line;
    line = previous;
  }
  return Math.max(line, min);
}

/** A heading line: Markdown #, a numbered Chinese heading (一、（一）第一章), a bold run-in line. */
const HEADING = /^[ \t]*(?:#{1,6}[ \t]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分]|\*\*[^*\n]{1,40}\*\*[ \t]*\r?\n)/;

/** A period word right after a name, past a closing quote: the name names a time. */
const PERIOD_AFTER = /^[”"」』]?(?:时期|阶段|年代|期间|战略实施期间)/;

/** True when the sentence names a period by `name` (“一圈两翼”时期). */
function periodNamed(sentence: string, name: string): boolean {
  for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
    if (PERIOD_AFTER.test(sentence.slice(at + name.length, at + name.length + 4))) return true;
  }
  return false;
}
