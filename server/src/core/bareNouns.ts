// Kinds of English drift that show only in the words around an exact form:
// - a lost plural in a phrasing of two content words ("the vitality of market participant"):
//   the singular is matched as a form of its own, and is drift only where English needs the
//   plural: a bare noun right after "of", "and" or "or" with nothing after it that it
//   modifies, or after a count of more than one before a mark or a plural verb ("a market
//   participant", "market participant registration" stay clean);
// - (articles: see articles.ts);
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
export const AFTER_PHRASE = new Set(['and', 'or', 'as', ...PREPOSITIONS]);

/** The singular of a regular English plural ("participants" → "participant"), or undefined. */
export function singularOf(word: string): string | undefined {
  if (word.length < 4 || /(ss|us|is)$/.test(word)) return undefined;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(s|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : undefined;
}

const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z0-9'’-]/.test(c);

/** The word just before `at` across spaces only, lower-cased ('' at a mark or a line break), and where it starts. */
export function wordBeforeAt(text: string, at: number): { word: string; start: number } {
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
export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'each', 'every', 'any']);
/** Nouns with those endings that count ("the economic work conference"): never a mass noun here. */
export const COUNT_HEADS = new Set(['conference', 'environment', 'residence', 'audience', 'agency', 'entity', 'facility', 'city', 'community', 'university', 'meeting', 'building', 'settlement', 'department', 'government', 'instrument', 'document', 'agreement', 'station', 'institution', 'organization', 'organisation', 'nation', 'region', 'province', 'mission', 'commission', 'session', 'division', 'association', 'corporation', 'foundation', 'federation', 'plan', 'programme', 'program', 'outline']);
/** True for a noun English also uses uncountably ("reform", "service", "industry"): its singular may stand bare. */
export const isMassToo = (word: string): boolean => MASS_TOO.has(word);

/** True for a noun that counts things one by one ("conference", "commission"): several of them are as plain as one. */
export const isCountHead = (word: string): boolean => COUNT_HEADS.has(word);
/** Heads of abstract nominalizations that official English writes without an article ("high-quality development"). */
export const ABSTRACT_HEAD = /(ment|ity|ness|tion|sion|ing|ance|ence)$/;

/** Words that count more than one: a singular noun cannot follow them ("3,860 new market participant"). */
const PLURAL_COUNT = new Set(['many', 'several', 'numerous', 'various', 'multiple', 'these', 'those', 'both', 'few', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million',
  'millions', 'billion', 'billions']);
/** Heads that English also uses as mass nouns ("decades of public service", "a hub of intelligent industry"): after "of" their singular is no drift. */
const MASS_TOO = new Set(['reform', 'service', 'industry', 'trade', 'investment', 'security', 'infrastructure', 'energy', 'land', 'work', 'research',
  'support', 'cooperation', 'innovation', 'transport', 'finance', 'manufacturing', 'logistics', 'tourism', 'culture', 'management', 'governance']);
/** A list that goes on after a comma: items of one to three words, then "and" or "or". */
export const LIST_GOES_ON = /^,((?:[ \u00a0]+[A-Za-z][\w'’-]*){1,3}(?:,(?:[ \u00a0]+[A-Za-z][\w'’-]*){1,3})*),?[ \u00a0]+(?:and|or)\b/;
/** Words that make what follows them one thing ("a stable and open channel", "one pillar or leading industry"). */
export const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'each', 'every', 'this', 'that', 'its', 'single', 'another']);
/** Past tenses that cannot be a noun the phrasing modifies: regular ones in -ed (not "need", "speed"), and common irregular ones. */
const isPastVerb = (word: string): boolean => (word.length >= 5 && word.endsWith('ed') && !word.endsWith('eed')) || PAST_IRREGULAR.has(word);
const PAST_IRREGULAR = new Set(['grew', 'rose', 'fell', 'became', 'saw', 'kept', 'made', 'took', 'got', 'began', 'led', 'won', 'held', 'met', 'found', 'gave', 'brought']);
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

/**
 * A singular determiner within the three words before `at` ("a stable and …", "one pillar or
 * …"). A preposition ends the search: a determiner before it belongs to another noun ("a batch
 * of …", "one of the …"), unless that noun names a kind ("each type of …").
 */
export function oneThingBefore(text: string, at: number): boolean {
  let start = at;
  for (let k = 0; k < 3; k++) {
    const w = wordBeforeAt(text, start);
    if (!w.word) return false;
    if (SINGULAR_DETERMINERS.has(w.word)) return true;
    // "the most promising …", "the only …", "the largest …": one thing.
    if (ONE_OF_A_KIND.test(w.word) && wordBefore(text, w.start) === 'the') return true;
    start = w.start;
    // A word in -ing after anything but a determiner or an adverb is a verb, its object the
    // phrasing ("this means building first-class innovation park"), not an adjective ("a leading …").
    if (w.word.length > 4 && w.word.endsWith('ing')) {
      const b = wordBefore(text, start);
      if (!DETERMINERS.has(b) && !SINGULAR_DETERMINERS.has(b) && !ADVERBS.has(b) && !b.endsWith('ly')) return false;
    }
    if (!PREPOSITIONS.has(w.word)) continue;
    // "each type of …", "a new kind of …": the determiner of a classifier counts for the noun after "of".
    const classifier = wordBeforeAt(text, start);
    if (w.word !== 'of' || !CLASSIFIERS.has(classifier.word)) return false;
    start = classifier.start;
    k = 0;
  }
  return false;
}

/** Words after "the" that single out one thing: superlatives, "only", "first". */
const ONE_OF_A_KIND = /^(?:most|least|best|worst|only|sole|same|first|last|[a-z]{3,}est)$/;

/** Adverbs before an adjective in -ing ("the most promising …"). */
const ADVERBS = new Set(['most', 'more', 'very', 'less', 'least', 'fast', 'ever', 'so', 'too', 'still']);

/** Nouns that name a kind: after "a type of", "each kind of" a count noun stays singular. */
const CLASSIFIERS = new Set(['type', 'kind', 'sort', 'form', 'category', 'class', 'model', 'example', 'instance']);

/** A noun that names a kind right before `at` ("three types of market participant"): the noun after its "of" may stay singular. */
function afterClassifier(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  return CLASSIFIERS.has(word) || CLASSIFIERS.has(singularOf(word) ?? '');
}

/** "One of" (or another count word that picks from many) and up to three words (a determiner, a possessive, adjectives) right before the noun: "one of Chongqing's", "one of the city's main". */
const ONE_OF = /\b(?:one|each|either|neither|many|several|both|few) of (?:[a-z'’-]+[ \u00a0]+){1,3}$/i;

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
/** What may follow a comma after a noun phrase that ends there: an example, a clause, a verb in -ing. */
const NO_LIST_AFTER = /^[ \u00a0]+(?:including|especially|particularly|notably|such as|which|where|while|so that|thus|[a-z]{3,}ing)\b/;

export function bareSingularFinding(text: string, o: Occurrence, p: Phrasing, area: () => string, official: string, locale: Locale, sourceBefore: readonly string[] = []): Classified | undefined {
  if (text[o.end] === "'" || text[o.end] === '’') return undefined;
  const next = wordAfter(text, o.end);
  // "such as" gives examples of the noun before it, which is then plural or mass ("resource factor such as land").
  // A verb in the past ends the noun phrase as a mark does ("the vitality of market participant grew").
  const endsHere = !next || AFTER_PHRASE.has(next) || next === 'such' || isPastVerb(next);
  // A plural verb alone says little: its subject may be another noun ("the duties of a market
  // participant are …"); after a count of more than one it agrees with this one.
  const before = wordBeforeAt(text, o.start);
  const singular = singularOf(p.en.split(/[\s-]+/).pop()!.toLowerCase()) ?? '';
  // Bare after "of", "and", "or", or after the readout's own word before the phrasing ("cultivate
  // first-class innovation subject among …"): a count noun there with no determiner is the plural lost.
  // After the readout's verb, a singular that a comma or "and" joins to more modifiers may share
  // their plural head ("improve public service and social security systems"), and a noun that
  // is also uncountable is English bare ("deepen market-oriented reform in the energy sector").
  // A comma before an example, a clause or the next verb of a series ends the noun phrase
  // ("smoothing open channel, including …", "building first-class innovation park, cultivating …").
  const listGoesOn = (text[o.end] === ',' && !NO_LIST_AFTER.test(text.slice(o.end + 1, o.end + 40))) || next === 'and' || next === 'or';
  const afterVerb = before.word !== '' && sameWordAsSource(before.word, sourceBefore) && !DETERMINERS.has(before.word) && !listGoesOn && !MASS_TOO.has(singular) && !ABSTRACT_HEAD.test(singular);
  const after = BARE_AFTER.has(before.word) || afterVerb;
  // After "and" or "or" a head that is also uncountable may end a list of mass nouns
  // ("through teaching, research and public service").
  const massAfterAnd = (before.word === 'and' || before.word === 'or') && MASS_TOO.has(singular);
  const bare = endsHere && after && !massAfterAnd && (before.word === 'of' ? !MASS_TOO.has(singular) && !ABSTRACT_HEAD.test(singular) && !afterClassifier(text, before.start) : !oneThingBefore(text, before.start));
  // "One of" picks from many: the noun it picks from is plural, whatever verb agrees with "one".
  const pickedFrom = (endsHere || /^[,;:.)]/.test(text.slice(o.end, o.end + 1)) || next === 'is' || next === 'was') && ONE_OF.test(text.slice(Math.max(0, o.start - 60), o.start));
  const plural = bare || ((endsHere || PLURAL_VERBS.has(next)) && manyBefore(text, o.start)) || pickedFrom || sourceListGoesOn(text, o.end, p);
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
 * The words right before the phrasing in its source sentence ("expand" before "effective
 * investment", "in" before "high-quality development"); articles and "and" are no such word.
 */
export function wordsBefore(p: Phrasing): string[] {
  return sourceWordsBefore(p, ` ${p.en.toLowerCase()}`);
}

/**
 * The word right before each use of `form` (lower case, with its leading space) in the
 * phrasing's source sentence, passing over the uses whose rest `skip` rejects; determiners and
 * "and" are no such word.
 */
export function sourceWordsBefore(p: Phrasing, form: string, skip: (rest: string) => boolean = () => false): string[] {
  const sentence = sourceSentence(p).toLowerCase();
  const words: string[] = [];
  for (let at = sentence.indexOf(form); at >= 0; at = sentence.indexOf(form, at + 1)) {
    if (skip(sentence.slice(at + form.length))) continue;
    const word = /([a-z]+)$/.exec(sentence.slice(Math.max(0, at - 30), at))?.[1];
    if (word && !DETERMINERS.has(word) && word !== 'and') words.push(word);
  }
  return words;
}

/** True when the draft's word is one of the source's words before the phrasing, or an inflection of one. */
export function sameWordAsSource(draft: string, words: readonly string[]): boolean {
  return words.some((w) => w === draft || (!FUNCTION_WORDS.has(w) && inflectionOf(w, draft)));
}

/**
 * The finding for the plural of a two-word phrasing the readout writes as a mass noun, right
 * after the word the readout puts before it ("Expand effective investments" where it writes
 * "expand effective investment"), or undefined: elsewhere the plural may be plain English
 * ("these are effective investments").
 */
export function addedPluralFinding(text: string, o: Occurrence, p: Phrasing, verbs: readonly string[], area: () => string, official: string, locale: Locale): Classified | undefined {
  // Past a "the" the readout does not write ("coordinate the systematic managements of …").
  const first = wordBeforeAt(text, o.start);
  const the = first.word === 'the';
  const before = the ? wordBefore(text, first.start) : first.word;
  if (!before || FUNCTION_WORDS.has(before) || !sameWordAsSource(before, the ? sourceWordsBefore(p, ` the ${p.en.toLowerCase()}`) : verbs)) return undefined;
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
