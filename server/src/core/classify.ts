// What an occurrence of a form means for the draft: nothing (the official form, an
// admitted rendering, a guarded context), or a finding with its rule, message and fix.
// A fix is certain (applied by --fix) only for a deprecated listed form in clean context that
// can mean nothing else; English rewordings in plain words ("finance industry"), superseded
// names and anything that may be part of a name are suggestions.

import { endsTitleCaseRun, goesOnInTitleCase, guardOf, inTitleCaseLine, type Guard } from './context';
import { modifiesAWord } from './otherUses';
import { keepEnumerationCommas, punctuationSlip } from './chinesePunctuation';
import { areaSuffix, say, type Locale, type SeparatorChange } from './messages';
import { countsThings, englishDigitsChanged } from './arabicNumerals';
import { collapseSpace } from './normalize';
import { atSentenceStart } from './phraseTokens';
import { ABBREVIATED_FORM, DIGITS_FORM, EN_DIGITS_FORM, EN_FORM, PLURAL_FORM, SINGULAR_FORM, ZH_FORM, type PhrasingIndex } from './phrasingIndex';
import { abbreviationFinding } from './abbreviations';
import { addedArticleFinding, droppedArticleFinding, droppedTheInProse } from './articles';
import { addedPluralFinding, bareSingularFinding, wordAfter } from './bareNouns';
import type { Finding, Occurrence, Phrasing, RuleId, Variant, VariantKind } from './types';

export type Classified = Omit<Finding, 'severity'>;

const RULE_OF_KIND: Record<VariantKind, RuleId> = {
  misspelling: 'misspelled-term',
  outdated: 'outdated-term',
  casing: 'term-casing',
  hyphenation: 'term-hyphenation',
  informal: 'non-standard-term',
  number: 'non-standard-term',
  spelling: 'non-standard-term',
  rendering: 'non-standard-term',
};


/** The finding an occurrence makes before severities and ignore lists; undefined when it is fine as written. */
export function classify(index: PhrasingIndex, text: string, o: Occurrence, locale: Locale = 'en'): Classified | undefined {
  const found = classifyForm(index, text, o, locale);
  if (!found) return undefined;
  return guardAt(index, text, o, found) ? undefined : found;
}

/** Why a form that would be a finding is correct here (for the hover), or undefined. */
export function guardAt(index: PhrasingIndex, text: string, o: Occurrence, found = classifyForm(index, text, o, 'en')): Guard | undefined {
  if (!found) return undefined;
  const p = index.phrasing(o.phrasingId)!;
  const variant = o.form >= 0 ? p.variants[o.form] : undefined;
  return guardOf(text, o.start, o.end, variant, [p.en, p.zh ?? ''], variant?.status === 'superseded' ? index.supersededForms() : []);
}

function classifyForm(index: PhrasingIndex, text: string, o: Occurrence, locale: Locale): Classified | undefined {
  // A formula written with digits is told with the Chinese near misses (chineseNearMisses).
  if (o.form === DIGITS_FORM) return undefined;
  const p = index.phrasing(o.phrasingId)!;
  // Most occurrences are official and make no finding: nothing is made for them, and the
  // message parts only for findings.
  const area = () => areaOf(index, p, locale);
  if (o.form === ZH_FORM) return punctuationSlip(text, o, p, area, locale);
  if (o.form === EN_FORM && o.end - o.start === p.en.length && text.startsWith(p.en, o.start)) {
    const article = index.articleUse(p);
    if (article === 'the') return droppedArticleFinding(text, o, p, area, locale);
    if (article === 'bare') return addedArticleFinding(text, o, p, area, locale);
    if (article === 'mass') return addedArticleFinding(text, o, p, area, locale, index.wordsBefore(p));
    return droppedTheInProse(text, o, p, index.wordsBeforeThe(p), area, locale);
  }
  if (o.form === PLURAL_FORM) return addedPluralFinding(text, o, p, index.wordsBefore(p), area, matchInitialCase(text, o.start, p.en), locale);
  if (o.form === EN_DIGITS_FORM) {
    // Digits for the formula's number words: a suggestion, as the Chinese numeral near misses are;
    // with "of" after, the digits count things ("1 area and 2 clusters of shops").
    if (countsThings(text, o.start, o.end)) return undefined;
    const actual = text.slice(o.start, o.end);
    const { typed, official } = englishDigitsChanged(p.en, actual);
    return {
      start: o.start, end: o.end, phrasingId: p.id, actual, ruleId: 'non-standard-term',
      message: say(locale).digits(actual, typed, official, p.en, area()),
      replacements: [{ text: matchInitialCase(text, o.start, p.en), phrasingId: p.id }], fixable: false,
    };
  }
  if (o.form === ABBREVIATED_FORM) return abbreviationFinding(text, o, p, area, matchInitialCase(text, o.start, p.en), locale);
  if (o.form === SINGULAR_FORM) {
    // A singular the dictionary does not know ("crise" from "crises") is no English word.
    const singular = text.slice(o.start, o.end).split(/[\s-]+/).pop()!;
    return index.knowsWord(singular) ? bareSingularFinding(text, o, p, area, matchInitialCase(text, o.start, p.en), locale, index.wordsBefore(p)) : undefined;
  }
  const actual = text.slice(o.start, o.end);
  const base = { start: o.start, end: o.end, phrasingId: p.id, actual };
  const t = say(locale);
  if (o.form === EN_FORM) {
    // The Unicode hyphen and the non-breaking hyphen are hyphens, as typeset text writes them.
    const surface = collapseSpace(actual).replace(/[\u2010\u2011]/g, '-');
    if (surface === p.en || sameAsOfficial(text, o.start, surface, p.en)) return undefined;
    // An admitted form in a title's capitals ("Reform and Opening-Up") is that form: only lost capitals would be drift.
    const admitted = p.variants.find((v) => v.status === 'admitted' && (sameAsOfficial(text, o.start, surface, v.form) ||
      (surface.toLowerCase() === v.form.toLowerCase() && !lostCapital(surface, v.form))));
    if (admitted) return admittedFinding(p, admitted, base, area(), locale);
    if (surface.toLowerCase() === p.en.toLowerCase()) {
      if (lostCapital(surface, p.en)) {
        return {
          ...base, ruleId: 'term-casing',
          message: t.casing(actual, p.en, area()),
          replacements: [{ text: p.en, phrasingId: p.id }], fixable: true,
        };
      }
      // A phrasing of common words in Title Case in running text ("moves towards Common
      // Prosperity."): a suggestion, since a heading, a title or a longer name may write it so.
      // A phrasing that holds a proper name is often so written ("Southeastern Chongqing").
      if (/[A-Z]/.test(p.en) || NAME_HEADS.test(p.en) || !addedCapital(surface, p.en, atSentenceStart(text, o.start)) || setApart(text, o.start, o.end) ||
        inTitleCaseLine(text, o.start, o.end) || endsTitleCaseRun(text, o.start) || goesOnInTitleCase(text, o.end)) return undefined;
      return {
        ...base, ruleId: 'term-casing',
        message: t.capitals(actual, p.en, area()),
        replacements: [{ text: matchInitialCase(text, o.start, p.en), phrasingId: p.id }], fixable: false,
      };
    }
    // An en dash between two names ("Chengdu–Chongqing") is typography, not drift (inside a
    // compound word, "first–class", "Five–Year", it is a slip); hyphens
    // added to make the phrasing a compound modifier ("service-industry output") are English.
    const typeset = dashBetweenNames(surface, (w) => index.knowsWord(w));
    if (sameAsOfficial(text, o.start, typeset, p.en) || capitalsOfAName(typeset, p.en) || hyphenatedModifier(text, o.end, surface, p.en)) return undefined;
    // A name written in Title Case keeps its capitals; only its separators change.
    const hyphenated = separatorsOf(surface, p.en);
    return withNameCaution(text, {
      ...base, ruleId: 'term-hyphenation',
      message: t.hyphenation(actual, p.en, area(), separatorChange(surface, p.en)),
      replacements: [{ text: capitalsOfAName(hyphenated, p.en) ? hyphenated : matchInitialCase(text, o.start, p.en), phrasingId: p.id }], fixable: true,
    });
  }
  const variant = p.variants[o.form];
  if (variant.status === 'admitted') return admittedFinding(p, variant, base, area(), locale);
  const zh = variant.lang === 'zh' && p.zh;
  const official = zh ? keepEnumerationCommas(actual, p.zh!) : matchInitialCase(text, o.start, p.en);
  const superseded = variant.status === 'superseded';
  // A reworded English form in plain lower-case words is ordinary English too ("safe
  // production", "finance industry", "the prevention and control of pollution in the basin"),
  // which a careful editor may keep: a suggestion, never a fix. One with a name, a numeral or
  // an abbreviation in it ("Chongqing-Chengdu economic circle", "S&T innovation"), or one
  // that only leaves out words of the official form ("carbon peaking and neutrality"), means
  // nothing else. Before a noun a reworded form may also name something else, and says so.
  const reworded = !zh && (variant.kind === 'informal' || variant.kind === 'number');
  const plainWords = reworded && plainRewording(variant, p.en);
  const modified = reworded && modifiesNext(text, o.end) ? wordAfter(text, o.end) : '';
  const named = zh ? p.zh! : p.en;
  // A form joined by hyphens before a noun is a compound modifier ("the one-area-two-clusters
  // layout"): the official words there need quotation marks or another order, the editor's call.
  const compoundModifier = !zh && /^\S+-\S+$/.test(actual) && modifiesAWord(text, o.end);
  const found: Classified = {
    ...base, ruleId: superseded ? 'outdated-term' : RULE_OF_KIND[variant.kind],
    message: superseded ? t.superseded(actual, named, area(), variant.replaced) : t.variant(actual, variant.kind, named, area(), variant.note) + (modified && t.modifierCaution(modified)),
    replacements: superseded ? successors(p, variant, official, actual) : [{ text: official, phrasingId: p.id }],
    fixable: !superseded && !plainWords && !modified && !compoundModifier && !(variant.kind === 'number' && singularVerbAfter(text, o.end)),
  };
  return zh ? found : withNameCaution(text, found);
}

/**
 * A singular verb right after the form, or after a relative clause set off by commas ("the
 * upper reach of the Yangtze River, which runs through Chongqing, is fragile"): the form is its
 * subject, and changing its number would break the agreement, so it is a suggestion.
 */
function singularVerbAfter(text: string, end: number): boolean {
  return /^(?:,[ \u00a0]+(?:which|who|where|that)\b[^,.;:!?\n]*,)?[ \u00a0]+(?:is|was|has)\b/i.test(text.slice(end, end + 160));
}

/**
 * The current forms that may replace a superseded name: the official form, and before it,
 * for a name longer than the official form, the admitted forms that spell the official form
 * out, closest in length first (渝东北生态涵养发展区 → 渝东北三峡库区城镇群, then 渝东北).
 * A shorthand (双碳) is never offered for a name.
 */
function successors(p: Phrasing, variant: Variant, official: string, actual: string): { text: string; phrasingId: string }[] {
  const fuller = actual.length <= official.length ? [] : p.variants
    .filter((v) => v.status === 'admitted' && v.lang === variant.lang && v.form.toLowerCase().includes(official.toLowerCase()))
    .map((v) => v.form)
    .sort((x, y) => Math.abs(x.length - actual.length) - Math.abs(y.length - actual.length));
  return [...fuller, official].map((text) => ({ text, phrasingId: p.id }));
}

function admittedFinding(p: Phrasing, v: Variant, base: Pick<Finding, 'start' | 'end' | 'phrasingId' | 'actual'>, area: string, locale: Locale): Classified {
  return {
    ...base, ruleId: 'admitted-term',
    message: say(locale).admitted(base.actual, v.lang === 'zh' && p.zh ? p.zh : p.en, area),
    replacements: [{ text: v.lang === 'zh' && p.zh ? p.zh : p.en, phrasingId: p.id }], fixable: false,
  };
}

/** What differs in the separators of a surface that folds to the official phrasing (for the message). */
function separatorChange(surface: string, official: string): SeparatorChange {
  if (/[\u2010-\u2015\u2212]|--/.test(surface)) return 'dash';
  if (/[\uff01-\uff5e\u3000]/.test(surface)) return 'width';
  const hyphens = (s: string) => s.split('-').length - 1;
  const lower = surface.toLowerCase();
  const target = official.toLowerCase();
  if (lower.replace(/[ -]/g, ' ') === target.replace(/[ -]/g, ' ')) return hyphens(lower) < hyphens(target) ? 'missing' : 'added';
  if (lower.replace(/[ -]/g, '') !== target.replace(/[ -]/g, '')) return 'other';
  // Spaces around the official hyphen ("Chengdu - Chongqing") run nothing together.
  return / -|- /.test(lower) && lower.replace(/ ?- ?/g, '-') === target ? 'spaced' : 'joined';
}

/** The surface with an en dash between two capitalised names that are no dictionary words ("Chengdu–Chongqing", "Chengdu--Chongqing") made a hyphen. */
function dashBetweenNames(surface: string, isWord: (w: string) => boolean): string {
  // "--" is how TeX and plain text write an en dash.
  return surface.replace(/\b([A-Z][a-z]+)(?:\u2013|--)([A-Z][a-z]+)\b/g, (m, a: string, b: string) => (isWord(a) || isWord(b) ? m : `${a}-${b}`));
}

/** The draft joins the official form's words with hyphens, and a plain word follows: a compound modifier ("business-environment rankings"). */
function hyphenatedModifier(text: string, end: number, surface: string, official: string): boolean {
  return surface.includes('-') && surface.replace(/-/g, ' ').toLowerCase() === official.toLowerCase() && modifiesAWord(text, end);
}

const plainRewordings = new WeakMap<Variant, boolean>();

/** A variant in plain lower-case words that does more than leave out words of the official form (kept per variant: asked at every occurrence). */
function plainRewording(variant: Variant, official: string): boolean {
  let plain = plainRewordings.get(variant);
  if (plain === undefined) plainRewordings.set(variant, (plain = /^[a-z][a-z -]*$/.test(variant.form) && !leavesOutWords(variant.form, official)));
  return plain;
}

/** True when the form is the official one with words left out, the rest in order ("carbon peaking and neutrality"). */
function leavesOutWords(form: string, official: string): boolean {
  const words = official.toLowerCase().split(/[\s-]+/);
  let at = 0;
  for (const w of form.toLowerCase().split(/[\s-]+/)) {
    while (at < words.length && words[at] !== w) at++;
    if (at++ >= words.length) return false;
  }
  return true;
}

/**
 * True when a noun that heads longer names follows, across a space: the form modifies it and
 * may name something else ("industry investment funds" are not "industrial investment
 * funds"). Its rewording is then a suggestion, not a fix.
 */
function modifiesNext(text: string, end: number): boolean {
  return COMPOUND_HEADS.test(wordAfter(text, end));
}

/** Nouns that head the names of funds, bodies, places, programmes and rules made of the words before them. */
const COMPOUND_HEADS = /^(?:funds?|centres?|centers?|hubs?|bases?|platforms?|zones?|parks?|boards?|corridors?|compan(?:y|ies)|groups?|alliances?|associations?|programmes?|programs?|projects?|plans?|schemes?|fairs?|expos?|index|indices|laws?|regulations?|bureaus?|offices?|committees?|commissions?|pilots?|demonstrations?)$/;

/** An English finding written in capitals may be part of a name: a suggestion, not a fix. */
function withNameCaution(text: string, f: Classified): Classified {
  const words = f.actual.match(/[A-Za-z]+/g) ?? [];
  const capitalised = words.length > 0 && words.every((w) => /^[A-Z]/.test(w) || w.length <= 3);
  if (!capitalised || atSentenceStart(text, f.start) && words.length === 1) return f;
  return { ...f, fixable: false };
}

/** The draft writes the form, allowing a capital at a sentence start. */
function sameAsOfficial(text: string, start: number, surface: string, form: string): boolean {
  return surface === form || surface === matchInitialCase(text, start, form);
}

/** The policy area, as a message suffix in the locale. */
export function areaOf(index: PhrasingIndex, p: Phrasing, locale: Locale): string {
  return areaSuffix(locale, index.termBase.areas.get(p.area));
}

/**
 * A phrasing that holds a name written with more capitals, as a name may be ("Chengdu-Chongqing
 * Economic Circle"): the same letters, none of the official capitals lost.
 */
function capitalsOfAName(surface: string, official: string): boolean {
  return /[A-Z]/.test(official) && surface !== official && surface.toLowerCase() === official.toLowerCase() && !lostCapital(surface, official);
}

/** The draft's letters with the official form's hyphens and spaces, where they line up one for one; else the draft as it is. */
function separatorsOf(surface: string, official: string): string {
  if (surface.length !== official.length) return surface;
  let out = '';
  for (let i = 0; i < official.length; i++) {
    const separator = /[\s\-\u2010-\u2015]/;
    if (separator.test(official[i]) !== separator.test(surface[i])) return surface;
    out += separator.test(official[i]) ? official[i] : surface[i];
  }
  return out;
}

/** True when a capital letter of the official form stands in lower case in the draft. */
function lostCapital(surface: string, official: string): boolean {
  for (let i = 0; i < official.length && i < surface.length; i++) {
    const c = official[i];
    if (c !== c.toLowerCase() && surface[i] === c.toLowerCase()) return true;
  }
  return false;
}

/** Marks that set words apart, and the mark that closes each: quotation, emphasis, link text. */
const CLOSING: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’', '*': '*', _: '_', '[': ']' };

/**
 * Set apart as a label, a run-in heading, a quotation or emphasis, where Title Case is a
 * style: before a colon, alone in its sentence before a full stop ("**Common Prosperity.**
 * The city …"), or between quotation marks or emphasis marks ('"Common Prosperity"').
 */
function setApart(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 4);
  if (/^[*_`]*\s*:/.test(after) || (atSentenceStart(text, start) && /^[*_`]*\./.test(after))) return true;
  if (CLOSING[text[start - 1]] !== undefined && CLOSING[text[start - 1]] === text[end]) return true;
  // A name given ("a report titled Urban Upgrading", "the slogan reads: …"), a table cell, or
  // the English beside a Chinese term on its line ("共同富裕 Common Prosperity").
  const lineFrom = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineFrom, start - 40), start);
  return /\b(?:titled|entitled|called|named|themed|reads)[ \u00a0]*:?[ \u00a0]*$/i.test(before) ||
    /^[ \t]*\|/.test(text.slice(lineFrom, start)) || /[\u3400-\u9fff][ \u00a0]*$/.test(before);
}

/** Nouns that head the names of bodies, events, places and plans ("the Economic Work Conference"): capitals there are the name's. */
const NAME_HEADS = /\b(conference|meeting|session|congress|committee|commission|council|assembly|forum|board|bureau|office|department|ministry|group|zone|area|district|region|park|centre|center|port|corridor|plan|programme|program|project|initiative|strategy|outline)$/i;

/**
 * True when a word the official form writes in lower case starts with a capital in the draft
 * (the first word not at a sentence start); a word in capitals throughout is emphasis, not this.
 */
function addedCapital(surface: string, official: string, sentenceStart: boolean): boolean {
  const draftWords = surface.split(/[\s-]+/);
  const officialWords = official.split(/[\s-]+/);
  if (draftWords.length !== officialWords.length) return false;
  return draftWords.some((w, k) => (k > 0 || !sentenceStart) && /^[A-Z][a-z]/.test(w) && /^[a-z]/.test(officialWords[k]));
}

/**
 * "High quality development" at a sentence start becomes "High-quality development"; mid-
 * sentence the official form keeps its own case ("S&T innovation" → "scientific and …"),
 * unless its first word stands before a name and the draft capitalised it ("Southestern
 * Chongqing" → "Southeastern Chongqing", a capital the readout gives it too).
 */
export function matchInitialCase(text: string, start: number, official: string): string {
  const a = text[start];
  const o = official[0];
  if (!a || !o || a === a.toLowerCase() || o !== o.toLowerCase()) return official;
  // The same first word, capitalised (its first two letters are the official word's), right
  // before a name, of which it may be part ("Southeastern Chongqing"; not "Socialism with Chinese …").
  const sameWord = /^[A-Z][a-z]/.test(text.slice(start, start + 2)) && text.slice(start, start + 2).toLowerCase() === official.slice(0, 2);
  if (atSentenceStart(text, start) || (sameWord && /^[^ ]+ [A-Z]/.test(official))) return o.toUpperCase() + official.slice(1);
  return official;
}
