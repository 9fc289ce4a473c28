// Kinds of English drift that show only in the words around an exact form:
// - a lost plural in a phrasing of two content words ("the vitality of market participant"):
//   the singular is matched as a form of its own, and is drift only where English needs the
//   plural: a bare noun right after "of", "and" or "or" with nothing after it that it
//   modifies, or after a count of more than one before a mark or a plural verb ("a market
//   participant", "market participant registration" stay clean);
// - a dropped article before a name the official source writes with "the" ("under the
//   leadership of Party Central Committee"): only right after a preposition, not as a modifier;
// - "the" added before a name whose head is a proper name, or before an abstract noun the
//   source writes bare after the word the source puts before it ("achieved positive results
//   in the high-quality development,"), where the phrase ends at a mark;
// - a plural added to a two-word phrasing the readout writes as a mass noun, right after the
//   word the readout puts before it ("expand effective investments").
// All are suggestions: the message says what changed, the fix is the official wording.

import type { Classified } from './classify';
import { changeText, say, type Locale } from './messages';
import { foldKey } from './normalize';
import { FUNCTION_WORDS, inflectionOf, isContent } from './phraseTokens';
import type { Occurrence, Phrasing } from './types';

/** Words right before which a bare singular of a plural phrasing is drift. */
const BARE_AFTER = new Set(['of', 'and', 'or']);
/** Prepositions after which a name that takes "the" cannot stand bare. */
export const PREPOSITIONS = new Set(['of', 'by', 'under', 'from', 'with', 'to', 'for', 'in', 'on', 'at', 'into', 'along', 'throughout', 'within',
  'across', 'through', 'between', 'among', 'towards', 'toward', 'upon', 'around', 'beyond', 'via', 'over']);
/** What may follow a bare noun phrase that ends where it stands: a conjunction or a preposition. */
const AFTER_PHRASE = new Set(['and', 'or', 'as', ...PREPOSITIONS]);

/** The singular of a regular English plural ("participants" → "participant"), or undefined. */
export function singularOf(word: string): string | undefined {
  if (word.length < 4 || /(ss|us|is)$/.test(word)) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : undefined;
}

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z0-9'’-]/.test(c);

/** The word just before `at` across spaces only, lower-cased ('' at a mark or a line break), and where it starts. */
function wordBeforeAt(text: string, at: number): { word: string; start: number } {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0')) i--;
  let j = i;
  while (j > 0 && isLetter(text[j - 1])) j--;
  const word = text.slice(j, i).toLowerCase();
  // A list marker ("-") or a lone apostrophe is no word.
  return { word: /[a-z0-9]/.test(word) ? word : '', start: j };
}

export function wordBefore(text: string, at: number): string {
  return wordBeforeAt(text, at).word;
}

/** The word just after `at` across spaces only, lower-cased; '' when a mark, a line end or the text end comes first. */
export function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00a0')) i++;
  let j = i;
  while (j < text.length && isLetter(text[j])) j++;
  return text.slice(i, j).toLowerCase();
}

/** Determiners that make a noun phrase count, not mass ("a good innovation ecology"). */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'each', 'every', 'any']);
/** Nouns with those endings that count ("the economic work conference"): never a mass noun here. */
const COUNT_HEADS = new Set(['conference', 'environment', 'residence', 'audience', 'agency', 'entity', 'facility', 'city', 'community', 'university', 'meeting', 'building', 'settlement', 'department', 'government', 'instrument', 'document', 'agreement', 'station', 'institution', 'organization', 'organisation', 'nation', 'region', 'province', 'mission', 'commission', 'session', 'division', 'association', 'corporation', 'foundation', 'federation']);
/** True for a noun English also uses uncountably ("reform", "service", "industry"): its singular may stand bare. */
export const isMassToo = (word: string): boolean => MASS_TOO.has(word);

/** True for a noun that counts things one by one ("conference", "commission"): several of them are as plain as one. */
export const isCountHead = (word: string): boolean => COUNT_HEADS.has(word);
/** Heads of abstract nominalizations that official English writes without an article ("high-quality development"). */
const ABSTRACT_HEAD = /(ment|ity|ness|tion|sion|ing|ance|ence)$/;

/** Words that count more than one: a singular noun cannot follow them ("3,860 new market participant"). */
const PLURAL_COUNT = new Set(['many', 'several', 'numerous', 'various', 'multiple', 'these', 'those', 'both', 'few', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
  'millions', 'billion', 'billions']);
/** Heads that English also uses as mass nouns ("decades of public service", "a hub of intelligent industry"): after "of" their singular is no drift. */
const MASS_TOO = new Set(['reform', 'service', 'industry', 'trade', 'investment', 'security', 'infrastructure', 'energy', 'land', 'work', 'research',
  'support', 'cooperation', 'innovation', 'transport', 'finance', 'manufacturing', 'logistics', 'tourism', 'culture', 'management', 'governance']);
/** A list that goes on after a comma: items of one to three words, then "and" or "or". */
const LIST_GOES_ON = /^,((?:[ \u00a0]+[A-Za-z][\w'’-]*){1,3}(?:,(?:[ \u00a0]+[A-Za-z][\w'’-]*){1,3})*),?[ \u00a0]+(?:and|or)\b/;
/** Words that make what follows them one thing ("a stable and open channel", "one pillar or leading industry"). */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'each', 'every', 'this', 'that', 'its', 'single', 'another']);
/** Verbs that agree with a plural subject right after it ("3,860 new market participant were registered"). */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);

/** True when one of the three words before `at` (across spaces, not past a mark) passes `test`. */
export function wordWithinThree(text: string, at: number, test: (word: string) => boolean): boolean {
  let start = at;
  for (let k = 0; k < 3; k++) {
    const w = wordBeforeAt(text, start);
    if (!w.word) return false;
    if (test(w.word)) return true;
    start = w.start;
  }
  return false;
}

/** A singular determiner within the three words before `at` ("a stable and …", "one pillar or …"). */
export function oneThingBefore(text: string, at: number): boolean {
  return wordWithinThree(text, at, (w) => SINGULAR_DETERMINERS.has(w));
}

/** A count of more than one, a number or a word; not "1" and not a year. */
export function countsMany(word: string): boolean {
  return PLURAL_COUNT.has(word) || (/^\d+$/.test(word) && word !== '1' && !/^(1[89]|20)\d\d$/.test(word));
}

/** A count of more than one right before `at`, or before one word (an adjective: "3,860 new …"). */
function manyBefore(text: string, at: number): boolean {
  const first = wordBeforeAt(text, at);
  if (!first.word) return false;
  return countsMany(first.word) || (/^[a-z]+$/.test(first.word) && !DETERMINERS.has(first.word) && countsMany(wordBefore(text, first.start)));
}

/**
 * The finding for the singular of a two-word phrasing where English needs the plural, or
 * undefined where it is correct: after a determiner, before a word it modifies, or before an
 * apostrophe. English needs the plural for a bare noun right after "of", "and" or "or"
 * ("the vitality of market participant", "… and intelligent application"), after a count of
 * more than one, with nothing after it or a plural verb ("3,860 new market participant were
 * registered"). An adjective or possessive before it may carry a determiner
 * we cannot see ("every new market participant"), and after other prepositions a singular
 * often reads as a mass noun ("a career in public service").
 */
export function bareSingularFinding(text: string, o: Occurrence, p: Phrasing, area: () => string, official: string, locale: Locale, sourceBefore: readonly string[] = []): Classified | undefined {
  if (text[o.end] === "'" || text[o.end] === '’') return undefined;
  const next = wordAfter(text, o.end);
  // "such as" gives examples of the noun before it, which is then plural or mass ("resource factor such as land").
  const endsHere = !next || AFTER_PHRASE.has(next) || next === 'such';
  // A plural verb alone says little: its subject may be another noun ("the duties of a market
  // participant are …"); after a count of more than one it agrees with this one.
  const before = wordBeforeAt(text, o.start);
  const singular = singularOf(p.en.split(/[\s-]+/).pop()!.toLowerCase()) ?? '';
  // Bare after "of", "and", "or", or after the readout's own word before the phrasing ("cultivate
  // first-class innovation subject among …"): a count noun there with no determiner is the plural lost.
  // After the readout's verb, a singular that a comma or "and" joins to more modifiers may share
  // their plural head ("improve public service and social security systems"), and a noun that
  // is also uncountable is English bare ("deepen market-oriented reform in the energy sector").
  const listGoesOn = text[o.end] === ',' || next === 'and' || next === 'or';
  const afterVerb = before.word !== '' && sourceBefore.includes(before.word) && !DETERMINERS.has(before.word) && !listGoesOn && !MASS_TOO.has(singular) && !ABSTRACT_HEAD.test(singular);
  const after = BARE_AFTER.has(before.word) || afterVerb;
  const bare = endsHere && after && (before.word === 'of' ? !MASS_TOO.has(singular) && !ABSTRACT_HEAD.test(singular) : !oneThingBefore(text, before.start));
  const plural = bare || ((endsHere || PLURAL_VERBS.has(next)) && manyBefore(text, o.start)) || sourceListGoesOn(text, o.end, p);
  if (!plural) return undefined;
  return numberFinding(text, o, p, area, official, locale);
}

/**
 * True when the draft goes on as the phrasing's source sentence does, with the next item of
 * the same list ("intelligent industry, intelligent manufacturing and …" where the readout
 * lists "intelligent industries, intelligent manufacturing and intelligent applications"):
 * the draft reproduces the readout's list, so the readout's number holds.
 */
function sourceListGoesOn(text: string, end: number, p: Phrasing): boolean {
  const item = nextItemInSource(p);
  if (!item) return false;
  const draft = /^(?:,|,? and)[ \u00a0]+([a-z]+)[ \u00a0]+([a-z]+)\b/i.exec(text.slice(end, end + 60));
  return draft !== null && `${draft[1]} ${draft[2]}`.toLowerCase() === item;
}

const nextItems = new WeakMap<Phrasing, string>();

/** The first two words of the item after the phrasing in its source sentence's list, or '' (kept per phrasing). */
function nextItemInSource(p: Phrasing): string {
  let item = nextItems.get(p);
  if (item === undefined) {
    const sentence = sourceSentence(p).toLowerCase();
    const at = sentence.indexOf(p.en.toLowerCase());
    item = at < 0 ? '' : /^(?:,|,? and) ([a-z]+ [a-z]+)\b/.exec(sentence.slice(at + p.en.length, at + p.en.length + 40))?.[1] ?? '';
    nextItems.set(p, item);
  }
  return item;
}

/** An inflection finding for a phrasing whose last word's number changed; its message names the word. */
function numberFinding(text: string, o: Occurrence, p: Phrasing, area: () => string, official: string, locale: Locale): Classified {
  const actual = text.slice(o.start, o.end);
  const draftWord = actual.split(/[\s-]+/).pop()!;
  const officialWord = p.en.split(/[\s-]+/).pop()!;
  return {
    start: o.start, end: o.end, ruleId: 'term-inflection', phrasingId: p.id, actual,
    message: say(locale).differs(actual, p.en, area(), [changeText(locale, 'inflection', officialWord.toLowerCase(), draftWord.toLowerCase())]),
    replacements: [{ text: official, phrasingId: p.id }], fixable: false,
  };
}

/** The phrasing's source sentence with its spaces plain (a readout may hold no-break spaces), or ''. */
export function sourceSentence(p: Phrasing): string {
  return p.source?.sentence.replace(/\s+/g, ' ') ?? '';
}

/**
 * How the phrasing's source sentence writes it: 'the' where each of its uses there has "the"
 * before it and it is capitalised ("the Party Central Committee", "the Yangtze River"); 'bare'
 * where none has an article or determiner before it and its head is a proper name of its own,
 * capitalised and no dictionary word ("northeastern Chongqing", not "the Liangjiang New
 * Area"), or an abstract noun in lower case used as a mass noun ("achieved positive results in
 * high-quality development", "promote common prosperity"); else undefined.
 */
export function articleUse(p: Phrasing, isEnglishWord: (word: string) => boolean): 'the' | 'bare' | 'mass' | undefined {
  const sentence = sourceSentence(p);
  if (!sentence) return undefined;
  const lower = sentence.toLowerCase();
  const form = p.en.toLowerCase();
  let uses = 0;
  let withThe = 0;
  let determined = 0;
  for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
    uses++;
    if (/\bthe\s+$/.test(lower.slice(Math.max(0, at - 5), at))) withThe++;
    // The two words before: an adjective may stand between a determiner and the phrase.
    if (lower.slice(Math.max(0, at - 40), at).split(/[^a-z]+/).filter(Boolean).slice(-2).some((w) => DETERMINERS.has(w))) determined++;
  }
  if (uses === 0) return undefined;
  if (withThe === uses && /^[A-Z0-9]/.test(p.en)) return 'the';
  const head = p.en.split(/[\s-]+/).pop()!;
  if (withThe === 0 && /^[A-Z]/.test(head) && !isEnglishWord(head.toLowerCase())) return 'bare';
  if (determined === 0 && /^[a-z]/.test(p.en) && ABSTRACT_HEAD.test(head) && !COUNT_HEADS.has(head)) return 'mass';
  return undefined;
}

/** The finding for such a name right after a preposition with no article ("of Party Central Committee"), or undefined. */
export function droppedArticleFinding(text: string, o: Occurrence, p: Phrasing, area: () => string, locale: Locale): Classified | undefined {
  if (!PREPOSITIONS.has(wordBefore(text, o.start))) return undefined;
  // A name used as a modifier ("with Party Central Committee members") takes the article before the head noun.
  const next = wordAfter(text, o.end);
  if (next !== '' && !AFTER_PHRASE.has(next)) return undefined;
  const actual = text.slice(o.start, o.end);
  return {
    start: o.start, end: o.end, ruleId: 'term-function-word', phrasingId: p.id, actual,
    message: say(locale).differs(actual, `the ${p.en}`, area(), [changeText(locale, 'function-word', 'the', '')]),
    replacements: [{ text: `the ${actual}`, phrasingId: p.id }], fixable: false,
  };
}

/** The words the source sentence puts right before "the" and the phrasing ("optimize the business environment" → optimize). */
export function wordsBeforeThe(p: Phrasing): string[] {
  // Only a count noun needs its article; an abstract noun takes "the" for an "of" after it
  // ("promote the synergistic development of …"), which a draft may leave out with the "of".
  const head = p.en.toLowerCase().split(/[\s-]+/).pop()!;
  if (ABSTRACT_HEAD.test(head) && !COUNT_HEADS.has(head)) return [];
  const sentence = sourceSentence(p).toLowerCase();
  const form = ` the ${p.en.toLowerCase()}`;
  const words: string[] = [];
  for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
    if (/^ of\b/.test(sentence.slice(at + form.length))) continue;
    const word = /([a-z]+)$/.exec(sentence.slice(Math.max(0, at - 30), at))?.[1];
    if (word && !DETERMINERS.has(word) && !PREPOSITIONS.has(word) && word !== 'and') words.push(word);
  }
  return words;
}

/** Words right before a verb in prose: its helper or subject ("we will optimize", "continue to optimize"). */
const HELPERS = new Set(['will', 'shall', 'should', 'must', 'can', 'may', 'would', 'could', 'to', 'we', 'they', 'also', 'further', 'continuously', 'and', 'actively', 'vigorously', 'better']);

/** True when the sentence from `at` on ends in a full stop on its line, and the line is no table row. */
function endsWithStop(text: string, at: number): boolean {
  const lineEnd = text.indexOf('\n', at);
  const rest = text.slice(at, lineEnd < 0 ? Math.min(text.length, at + 400) : Math.min(lineEnd, at + 400));
  const lineStart = text.lastIndexOf('\n', at) + 1;
  return /[.!?。]/.test(rest) && !/^[ \t]*\|/.test(text.slice(lineStart, at)) && !/^[^.!?]*\]\(/.test(rest);
}

/**
 * The finding for a phrasing right after the readout's own verb with the readout's "the" left
 * out, the noun phrase ending there ("optimize business environment in every window"), or
 * undefined. Before a noun it modifies ("optimize business environment indicators") or an "of"
 * it takes none.
 */
export function droppedTheAfterVerb(text: string, o: Occurrence, p: Phrasing, verbs: readonly string[], area: () => string, locale: Locale): Classified | undefined {
  if (verbs.length === 0) return undefined;
  const verb = wordBeforeAt(text, o.start);
  if (!sameWordAsSource(verb.word, verbs)) return undefined;
  const next = wordAfter(text, o.end);
  // With "of" after it a noun needs no article ("coordinate systematic management of rivers").
  if (next === 'of' || (next !== '' && !AFTER_PHRASE.has(next))) return undefined;
  // Headlines, list items, table cells and link text drop articles as a style ("Chongqing to
  // optimize business environment with 20 new measures", "- Optimize business environment"):
  // only prose counts, a verb after its subject or helper in a sentence that ends in a stop.
  if (!HELPERS.has(wordBefore(text, verb.start)) || !endsWithStop(text, o.end)) return undefined;
  const actual = text.slice(o.start, o.end);
  return {
    start: o.start, end: o.end, ruleId: 'term-function-word', phrasingId: p.id, actual,
    message: say(locale).differs(actual, `the ${p.en}`, area(), [changeText(locale, 'function-word', 'the', '')]),
    replacements: [{ text: `the ${actual}`, phrasingId: p.id }], fixable: false,
  };
}

/**
 * The finding for "the" before a name whose head is a proper name or before an abstract noun
 * the source writes bare, the phrase ending there ("the northeastern Chongqing,", "promote
 * the common prosperity."), or undefined.
 */
export function addedArticleFinding(text: string, o: Occurrence, p: Phrasing, area: () => string, locale: Locale, sourceWords?: readonly string[]): Classified | undefined {
  const before = text.slice(Math.max(0, o.start - 5), o.start);
  const article = /\b(the|The)[ \u00a0]+$/.exec(before);
  if (!article) return undefined;
  // A mass noun takes "the" for a particular amount ("half of the industrial investment"):
  // drift only where the draft goes on as the source sentence does ("expand the effective investment,").
  if (sourceWords && !sameWordAsSource(wordBefore(text, o.start - (before.length - article.index)), sourceWords)) return undefined;
  // Only where the phrase ends at a mark: before "and" the article may belong to a later noun
  // ("the northeastern Chongqing and southwestern Sichuan border areas").
  if (wordAfter(text, o.end) !== '' || /^[\s\u00a0]*['’]/.test(text.slice(o.end, o.end + 2))) return undefined;
  // The first item of a list the article covers ("the high-quality development, innovation and
  // openness indices"), or words quoted as they were said: the article stands.
  const after = text.slice(o.end, o.end + 80);
  const list = LIST_GOES_ON.exec(after);
  if ((list && !list[1].toLowerCase().split(/[\s,]+/).some((w) => FUNCTION_WORDS.has(w))) || /^[.,;:!?]?["”’]/.test(after)) return undefined;
  const start = o.start - (before.length - article.index);
  const actual = text.slice(start, o.end);
  return {
    start, end: o.end, ruleId: 'term-function-word', phrasingId: p.id, actual,
    message: say(locale).differs(actual, p.en, area(), [changeText(locale, 'function-word', '', 'the')]),
    replacements: [{ text: article[1] === 'The' ? p.en[0].toUpperCase() + p.en.slice(1) : p.en, phrasingId: p.id }], fixable: false,
  };
}

/**
 * The words right before the phrasing in its source sentence ("expand" before "effective
 * investment", "in" before "high-quality development"); articles and "and" are no such word.
 */
export function wordsBefore(p: Phrasing): string[] {
  const sentence = sourceSentence(p).toLowerCase();
  const form = p.en.toLowerCase();
  const words: string[] = [];
  for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
    const word = /([a-z]+)\s+$/.exec(sentence.slice(Math.max(0, at - 30), at))?.[1];
    if (word && !DETERMINERS.has(word) && word !== 'and') words.push(word);
  }
  return words;
}

/** True when the draft's word is one of the source's words before the phrasing, or an inflection of one. */
function sameWordAsSource(draft: string, words: readonly string[]): boolean {
  return words.some((w) => w === draft || (!FUNCTION_WORDS.has(w) && inflectionOf(w, draft)));
}

/**
 * The finding for the plural of a two-word phrasing the readout writes as a mass noun, right
 * after the word the readout puts before it ("Expand effective investments" where it writes
 * "expand effective investment"), or undefined: elsewhere the plural may be plain English
 * ("these are effective investments").
 */
export function addedPluralFinding(text: string, o: Occurrence, p: Phrasing, verbs: readonly string[], area: () => string, official: string, locale: Locale): Classified | undefined {
  const before = wordBefore(text, o.start);
  if (!before || FUNCTION_WORDS.has(before) || !sameWordAsSource(before, verbs)) return undefined;
  // Particular ones ("promote infrastructure investments that pay for themselves") are countable.
  const next = wordAfter(text, o.end);
  if (next && !AFTER_PHRASE.has(next)) return undefined;
  if (/^[\s\u00a0]*['’]/.test(text.slice(o.end, o.end + 2))) return undefined;
  return numberFinding(text, o, p, area, official, locale);
}

/**
 * The folded singular of a phrasing of two content words whose last word is a regular plural
 * ("market participants" → "market participant"), or '' (no key). Whether the dictionary
 * knows the singular is asked only where one is found (a run without one never loads it).
 */
export function singularKey(en: string): string {
  const words = foldKey(en).split(' ');
  if (words.filter(isContent).length !== 2) return '';
  const singular = singularOf(words[words.length - 1]);
  return singular ? [...words.slice(0, -1), singular].join(' ') : '';
}

/**
 * The folded plural of a phrasing of two content words whose last word is an abstract noun in
 * lower case ("effective investment" → "effective investments"), or '' (no key).
 */
export function pluralKey(en: string): string {
  const words = foldKey(en).split(' ');
  const head = words[words.length - 1];
  if (!/^[a-z]/.test(en) || words.filter(isContent).length !== 2 || !ABSTRACT_HEAD.test(head)) return '';
  return [...words.slice(0, -1), head.endsWith('y') ? `${head.slice(0, -1)}ies` : `${head}s`].join(' ');
}
