// Findings for drift found by similarity rather than listed: misspelled phrasings, English
// near misses (inflection, conjunction, function words, order) and Chinese near misses
// (homophones, traditional characters, numerals, a missing or extra character, parts
// swapped). Each message says what changed; each fix is the official form, offered as a
// suggestion (only folding traditional characters is certain enough for --fix).

import { areaOf, matchInitialCase, type Classified } from './classify';
import type { ChineseHit } from './chineseNear';
import { isQuote, keepEnumerationCommas } from './chinesePunctuation';
import { lowerInTitle } from './context';
import type { NearHit, NearKind } from './englishNear';
import { changeText, chineseChange, say, type Locale } from './messages';
import { isCjk } from './normalize';
import type { PhrasingIndex } from './phrasingIndex';
import type { RuleId } from './types';

export function misspellingFinding(index: PhrasingIndex, text: string, hit: { start: number; end: number; phrasingId: string; official: string; admitted: boolean }, locale: Locale): Classified {
  const p = index.phrasing(hit.phrasingId)!;
  const actual = text.slice(hit.start, hit.end);
  const area = areaOf(index, p, locale);
  return {
    start: hit.start, end: hit.end, ruleId: 'misspelled-term', phrasingId: p.id, actual,
    message: say(locale).misspelling(actual, p.en, area, hit.admitted ? hit.official : undefined),
    replacements: [{ text: inDraftCapitals(actual, matchInitialCase(text, hit.start, hit.official)), phrasingId: p.id }],
    fixable: false,
  };
}

const RULE_OF_NEAR: Record<NearKind, RuleId> = {
  order: 'term-order',
  inflection: 'term-inflection',
  conjunction: 'term-conjunction',
  'function-word': 'term-function-word',
  misspelling: 'misspelled-term',
  clipping: 'non-standard-term',
  numeral: 'non-standard-term',
};
const NEAR_PRIORITY: NearKind[] = ['order', 'clipping', 'inflection', 'numeral', 'conjunction', 'function-word', 'misspelling'];

export function englishNearFinding(index: PhrasingIndex, text: string, hit: NearHit & { phrasingId: string; official: string; admitted: boolean }, locale: Locale): Classified {
  const p = index.phrasing(hit.phrasingId)!;
  const { official } = hit;
  const actual = text.slice(hit.start, hit.end);
  const kind = NEAR_PRIORITY.find((k) => hit.edits.some((e) => e.kind === k))!;
  // The tokens read every mark of coordination as a comma: the message names the draft's own (&, /, +).
  // The official form's own commas are matched, not edits: one comma of the draft for each is set aside.
  const marks: string[] = actual.match(/[,/&+，、]/g) ?? [];
  for (let own = (official.match(/,/g) ?? []).length, i = marks.indexOf(','); own > 0 && i >= 0; own--, i = marks.indexOf(',')) marks.splice(i, 1);
  let mark = 0;
  const changes = hit.edits.map((e) => changeText(locale, e.kind, e.official, e.draft === ',' ? marks[mark++] ?? ',' : e.draft));
  return {
    start: hit.start, end: hit.end, ruleId: RULE_OF_NEAR[kind], phrasingId: p.id, actual,
    message: say(locale).differs(actual, p.en, areaOf(index, p, locale), changes, hit.admitted ? official : undefined),
    replacements: [{ text: inDraftCapitals(actual, matchInitialCase(text, hit.start, keepSerialComma(actual, official))), phrasingId: p.id }],
    fixable: false,
  };
}

/**
 * The fix in the draft's Title Case where the draft writes the phrase so ("The Chengdu-Chongquing
 * Economic Circle: Twin Engines" → "Chengdu-Chongqing Economic Circle"): a title keeps its capitals.
 */
function inDraftCapitals(actual: string, fix: string): string {
  const words = actual.split(/[\s\u00a0-]+/).filter((w) => /^[A-Za-z]/.test(w) && !lowerInTitle(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return fix;
  return fix.replace(/(^|[\s\u00a0-])([a-z])([A-Za-z]*)/g, (m, before: string, first: string, rest: string) =>
    (before !== '' && lowerInTitle(first + rest) ? m : before + first.toUpperCase() + rest));
}

/**
 * The official form with the draft's choice of serial comma: a comma before the last "and"
 * of a list is a house style, not drift, so the fix neither adds one nor takes one away
 * ("major plan, projects, platforms and policies" → "major plans, projects, platforms and policies").
 */
function keepSerialComma(actual: string, official: string): string {
  const draftHasIt = /,\s*and\b/i.test(actual);
  const draftLacks = !draftHasIt && /\band\b/i.test(actual);
  if (draftLacks && /, and\b/.test(official)) return official.replace(/, and\b/, ' and');
  // A list of three or more ("A, B and C") takes the comma where the draft writes one.
  if (draftHasIt && /,[^,]*[^,] and\b/.test(official) && !/, and\b/.test(official)) return official.replace(/([^,]) and\b/, '$1, and');
  return official;
}

/** The doubled character, where the character before the window and the window less one character are the official form. */
function doubledBefore(text: string, start: number, end: number, official: string): string | undefined {
  const wider = text.slice(start - 1, end);
  if (start === 0 || wider[0] !== official[0]) return undefined;
  for (let i = 1; i < wider.length; i++) {
    if (wider[i] === wider[i - 1] && wider.slice(0, i) + wider.slice(i + 1) === official) return wider[i];
  }
  return undefined;
}

/** How far a pasted run of traditional characters may reach around a form, and the simplified code of each code unit. */
export interface PastedBounds {
  min: number;
  max: number;
  simplified: ArrayLike<number>;
}

/**
 * The Chinese characters around [start, end) out to the last traditional one on either side
 * (保 is the same in both scripts: 生態環境保護 folds whole), within the bounds and at most
 * eight characters to either side.
 */
function pastedRun(text: string, start: number, end: number, { min, max, simplified }: PastedBounds): [number, number] {
  const traditional = (i: number) => simplified[text.charCodeAt(i)] !== text.charCodeAt(i);
  let from = start;
  for (let i = start - 1; i >= Math.max(min, start - 8) && isCjk(text.charCodeAt(i)); i--) if (traditional(i)) from = i;
  let to = end;
  for (let i = end; i < Math.min(max, end + 8) && isCjk(text.charCodeAt(i)); i++) if (traditional(i)) to = i + 1;
  return [from, to];
}

export function chineseNearFinding(index: PhrasingIndex, text: string, hit: ChineseHit & { phrasingId: string; official: string }, locale: Locale, pasted?: PastedBounds): Classified {
  const p = index.phrasing(hit.phrasingId)!;
  // "共共服务" in 公共共服务 sounds like 公共服务, but the draft doubled a character: the
  // character before it and the window, less the double, are the official form.
  const doubled = hit.kind === 'homophone' ? doubledBefore(text, hit.start, hit.end, hit.official) : undefined;
  if (doubled) hit = { ...hit, start: hit.start - 1, kind: 'extra-character', changed: doubled };
  // The window holds Chinese characters only: a quotation mark the official form opens or
  // closes with, standing there in the draft, belongs to the finding (its fix writes one).
  const { official } = hit;
  const start = isQuote(official.charCodeAt(0)) && isQuote(text.charCodeAt(hit.start - 1)) ? hit.start - 1 : hit.start;
  const end = isQuote(official.charCodeAt(official.length - 1)) && isQuote(text.charCodeAt(hit.end)) ? hit.end + 1 : hit.end;
  const actual = text.slice(start, end);
  // Traditional characters pasted with the form (生態環境保護): the fix folds the whole run.
  const [from, to] = hit.kind === 'traditional' && pasted ? pastedRun(text, start, end, pasted) : [start, end];
  const fold = (a: number, b: number) => String.fromCharCode(...Array.from(text.slice(a, b), (c) => pasted!.simplified[c.charCodeAt(0)]));
  return {
    start: from, end: to, ruleId: `zh-${hit.kind}`, phrasingId: p.id, actual: text.slice(from, to),
    message: say(locale).chinese(actual, chineseChange(locale, hit.kind, hit.changed), hit.official, areaOf(index, p, locale)),
    replacements: [{ text: (from < start ? fold(from, start) : '') + keepEnumerationCommas(actual, hit.official) + (to > end ? fold(end, to) : ''), phrasingId: p.id }],
    // Folding traditional characters is certain; a slip of sound or shape is a suggestion.
    fixable: hit.kind === 'traditional',
  };
}
