// Articles around an exact English form, judged by how the official source writes it:
// - a dropped article before a name the source writes with "the" ("under the leadership of
//   Party Central Committee"): only right after a preposition, not as a modifier;
// - the source's "the" before a count noun left out right after the source's own verb, in
//   prose ("we will optimize business environment in every window");
// - "the" added before a name whose head is a proper name, or before an abstract noun the
//   source writes bare after the word the source puts before it ("achieved positive results
//   in the high-quality development,"), where the phrase ends at a mark.
// All are suggestions: the message says what changed, the fix is the official wording.

import type { Classified } from './classify';
import { ABSTRACT_HEAD, AFTER_PHRASE, COUNT_HEADS, DETERMINERS, LIST_GOES_ON, PREPOSITIONS, sameWordAsSource, singularOf, sourceSentence, sourceWordsBefore, wordAfter, wordBefore, wordBeforeAt } from './bareNouns';
import { lineEndWithin, lineStartWithin } from './lineBreaks';
import { changeText, say, type Locale } from './messages';
import { AUXILIARIES, FUNCTION_WORDS, VERB_HELPERS } from './phraseTokens';
import type { Occurrence, Phrasing } from './types';

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

/** Prepositions before an aim. */
const GOAL_PREPOSITIONS = new Set(['to', 'towards', 'toward']);
/** Phrasings that name an aim as an abstract noun, which takes no article before "of": prosperity, neutrality, openness. */
const ABSTRACT_GOAL = /(?:ity|ness)$/;

/** The finding for such a name right after a preposition with no article ("of Party Central Committee"), or undefined. */
export function droppedArticleFinding(text: string, o: Occurrence, p: Phrasing, area: () => string, locale: Locale): Classified | undefined {
  if (!PREPOSITIONS.has(wordBefore(text, o.start))) return undefined;
  // A name used as a modifier ("with Party Central Committee members") takes the article before the head noun.
  const next = wordAfter(text, o.end);
  if (next !== '' && !AFTER_PHRASE.has(next)) return undefined;
  return theLeftOut(text, o, p, area, locale);
}

/** The finding for a phrasing whose "the" the draft left out: a suggestion to put it back. */
function theLeftOut(text: string, o: Occurrence, p: Phrasing, area: () => string, locale: Locale): Classified {
  const actual = text.slice(o.start, o.end);
  return {
    start: o.start, end: o.end, ruleId: 'term-function-word', phrasingId: p.id, actual,
    message: say(locale).differs(actual, `the ${p.en}`, area(), [changeText(locale, 'function-word', 'the', '')]),
    replacements: [{ text: `the ${actual}`, phrasingId: p.id }], fixable: false,
  };
}

/**
 * The words the source sentence puts right before "the" and the phrasing: verbs ("optimize the
 * business environment" → optimize) and prepositions ("into the new development pattern" → into).
 */
export function wordsBeforeThe(p: Phrasing): string[] {
  // Only a count noun needs its article; an abstract noun takes "the" for an "of" after it
  // ("promote the synergistic development of …"), which a draft may leave out with the "of".
  const head = p.en.toLowerCase().split(/[\s-]+/).pop()!;
  if (ABSTRACT_HEAD.test(head) && !COUNT_HEADS.has(head)) return [];
  return sourceWordsBefore(p, ` the ${p.en.toLowerCase()}`, (rest) => /^ of\b/.test(rest));
}

/** Words right before a verb in prose: its helper or subject ("we will optimize", "continue to optimize"). */
const HELPERS = new Set([...VERB_HELPERS, 'continuously', 'and', 'actively', 'vigorously', 'better']);

/** True when the sentence from `at` on ends in a full stop on its line, and the line is no table row. */
function endsWithStop(text: string, at: number): boolean {
  // Read at most 400 characters either way: a draft may be one line of megabytes.
  const rest = text.slice(at, lineEndWithin(text, at, 400));
  const lineStart = lineStartWithin(text, at, 400);
  return /[.!?。]/.test(rest) && !/^[ \t]*\|/.test(text.slice(lineStart, at)) && !/^[^.!?]*\]\(/.test(rest);
}

/**
 * The finding for a phrasing whose "the" the readout writes and the draft left out, the noun
 * phrase ending there, or undefined: right after the readout's own verb ("optimize business
 * environment in every window"), or, where the readout writes it after a preposition, a
 * singular count noun right after any preposition ("integrated into new development pattern
 * by …"), which English never leaves bare. Before a noun it modifies ("optimize business
 * environment indicators") or an "of" it takes none.
 */
export function droppedTheInProse(text: string, o: Occurrence, p: Phrasing, before: readonly string[], area: () => string, locale: Locale): Classified | undefined {
  if (before.length === 0) return undefined;
  // This runs at every exact occurrence: the word before settles most of them.
  const previous = wordBeforeAt(text, o.start);
  if (PREPOSITIONS.has(previous.word)) {
    if (!before.some((w) => PREPOSITIONS.has(w)) || singularOf(p.en.toLowerCase().split(/[\s-]+/).pop()!)) return undefined;
  } else {
    // Headlines, list items, table cells and link text drop articles as a style ("Chongqing to
    // optimize business environment with 20 new measures", "- Optimize business environment"):
    // only prose counts, a verb after its subject or helper.
    if (!before.some((w) => !PREPOSITIONS.has(w) && sameWordAsSource(previous.word, [w])) || !HELPERS.has(wordBefore(text, previous.start))) return undefined;
  }
  const next = wordAfter(text, o.end);
  // With "of" after it a noun needs no article ("coordinate systematic management of rivers").
  if (next === 'of' || (next !== '' && !AFTER_PHRASE.has(next))) return undefined;
  // Prose only: a sentence that ends in a stop.
  if (!endsWithStop(text, o.end)) return undefined;
  return theLeftOut(text, o, p, area, locale);
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
  // So does a goal after "to" or "towards" ("contribute to the common prosperity."), where an
  // abstract noun names the aim itself.
  const previous = wordBefore(text, o.start - (before.length - article.index));
  const toGoal = GOAL_PREPOSITIONS.has(previous) && ABSTRACT_GOAL.test(p.en);
  if (sourceWords && !sameWordAsSource(previous, sourceWords) && !toGoal) return undefined;
  // Only where the phrase ends: at a mark, or for a mass noun after the source's word at a
  // preposition other than "of" ("promote the common prosperity through …"). Before "and" the
  // article may belong to a later noun ("the northeastern Chongqing and southwestern Sichuan
  // border areas"), and "of" or a relative clause makes it particular.
  const next = wordAfter(text, o.end);
  // A verb that the phrase is the subject of ends it too ("the common prosperity is not held back").
  // Nor may it before "and" and a preposition: the next item has its own ("to the common prosperity and to better services").
  const andThenPreposition = next === 'and' && PREPOSITIONS.has(wordAfter(text, text.indexOf('and', o.end) + 3));
  if ((next !== '' && !AUXILIARIES.has(next) && !andThenPreposition && !(sourceWords && next !== 'of' && PREPOSITIONS.has(next))) || /^[\s\u00a0]*['’]/.test(text.slice(o.end, o.end + 2))) return undefined;
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
