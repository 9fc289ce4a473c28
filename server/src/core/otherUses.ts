// Where a phrasing's words are used otherwise than as the phrasing, so that a form that would
// be drift elsewhere is none: a phrasal verb or a verb in -ing with its object ("testing
// reforms and opening up the services sector"), an "of" the official form lacks with a phrase
// of its own after the noun ("the prevention and control of pollution from ships"), a span
// that runs into a hyphenated word ("logistic industry-choice model"), a participle's verb after
// a modal ("we will coordinate development of …"), a subject and its verb ("the market
// participates in pricing"). Context guards
// (context.ts) call these; grammar (grammar.ts) asks whether a word is modified.

import { PREPOSITIONS, SINGULAR_DETERMINERS, wordAfter, wordBefore } from './bareNouns';
import { AUXILIARIES, inflectionOf, VERB_HELPERS } from './phraseTokens';

/** Particles that end a phrasal verb ("opening up"). */
const PARTICLES = ['up', 'out', 'down', 'off'];
/** Words that open a noun phrase: after a phrasal verb, its object ("opening up the services sector"). Not "a": "make reform and opening up a priority". */
const OBJECT_OPENERS = new Set(['the', 'its', 'their', 'our', 'this', 'these', 'those']);
/** Words that tie what follows to the noun after "of" ("prevention and control of pollution from ships"). */
const OF_NOUN_TIES = new Set(['from', 'caused', 'generated', 'produced', 'discharged', 'emitted', 'released']);

/**
 * The words are used otherwise than as the phrasing: a phrase that ends in a phrasal verb's
 * particle takes an object ("testing reforms and opening up the services sector"), or the noun
 * after an "of" the official form does not have takes a phrase of its own that the official
 * order cannot hold ("the prevention and control of pollution from ships" has no "pollution
 * prevention and control from ships").
 */
export function anotherUse(text: string, start: number, end: number, official = ''): boolean {
  if (verbPhrase(text, start, end, official) || endsInVerb(text, start, end, official)) return true;
  const particle = PARTICLES.some((w) => end - start > w.length && text.startsWith(w, end - w.length) && (text.charCodeAt(end - w.length - 1) === 0x20 || text.charCodeAt(end - w.length - 1) === 0x2d));
  // A verb in -ing with a determiner after it ("opening up and reforming its state-owned enterprises").
  const gerund = !particle && end - start > 6 && text.startsWith('ing', end - 3);
  const of = !particle && !gerund && !official.includes(' of ') && text.slice(start, end).includes(' of ');
  if (!particle && !gerund && !of) return false;
  const next = wordAfter(text, end);
  if (gerund) return OBJECT_OPENERS.has(next);
  return particle ? OBJECT_OPENERS.has(next) || twoWordObject(text, end) : OF_NOUN_TIES.has(next);
}

/**
 * The official form opens with a participle ("coordinated development of …") and the span with
 * the same verb in its base form after a modal, "to", a subject or an adverb: a verb with its
 * object ("we will coordinate development of urban and rural areas"), not the phrasing.
 */
function verbPhrase(text: string, start: number, end: number, official: string): boolean {
  const first = /^[a-z]+/.exec(official)?.[0];
  if (!first?.endsWith('ed')) return false;
  const word = /^[A-Za-z]+/.exec(text.slice(start, end))?.[0].toLowerCase();
  if (!word || word.endsWith('ed') || !inflectionOf(first, word)) return false;
  const before = wordBefore(text, start);
  return VERB_HELPERS.has(before) || (before.length > 4 && before.endsWith('ly'));
}

/**
 * The span ends in another word than the official form's, in -s, right after a determiner and
 * with the clause going on: a subject and its verb ("the market participates in pricing"), not
 * the slip the readout made of the phrasing ("market participates" for "market participants").
 * A plural of the official word ("the new development patterns of …") is no other word.
 */
function endsInVerb(text: string, start: number, end: number, official: string): boolean {
  if (text.charCodeAt(end - 1) !== 0x73) return false;
  const last = /([a-z]+)$/i.exec(text.slice(start, end))?.[1].toLowerCase();
  const own = /([a-z]+)$/i.exec(official)?.[1].toLowerCase();
  if (!last || !own || last === own || !/[^su]s$/.test(last) || inflectionOf(own, last)) return false;
  // After a determiner of one thing (or "the", "any"), a word in -s after the noun is its verb.
  const determiner = wordBefore(text, start);
  return (SINGULAR_DETERMINERS.has(determiner) || determiner === 'the' || determiner === 'any') && wordAfter(text, end) !== '';
}

/** Words that end a noun phrase or join it to the sentence: no object starts with them. */
const NOT_OBJECT = new Set([...PREPOSITIONS, ...AUXILIARIES, 'and', 'or', 'but', 'yet', 'so', 'as', 'than', 'if', 'when', 'while', 'where', 'because', 'after', 'before',
  'until', 'since', 'during', 'including', 'like', 'that', 'which', 'who', 'a', 'an', 'also', 'further', 'step', 'steps']);

/** Two plain lower-case words after the particle ("opening up university laboratories"): an object, not a modifier's head. */
function twoWordObject(text: string, end: number): boolean {
  const m = /^[ \u00a0]+([a-z]+)[ \u00a0]+([a-z]+)\b/.exec(text.slice(end, end + 60));
  return m !== null && !NOT_OBJECT.has(m[1]) && !NOT_OBJECT.has(m[2]);
}

/** A plain lower-case word after `end` that the words before may modify ("… output", "… rankings"): no function word, verb helper or conjunction. */
export function modifiesAWord(text: string, end: number): boolean {
  const m = /^[ \u00a0]+([a-z]+)\b/.exec(text.slice(end, end + 40));
  return m !== null && !NOT_OBJECT.has(m[1]);
}

/** The span runs into a hyphenated word ("logistic industry-choice model"): it is part of that word, not the phrasing. */
export function insideHyphenated(text: string, start: number, end: number): boolean {
  const letter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return (text.charCodeAt(end) === 0x2d && letter(text.charCodeAt(end + 1))) || (text.charCodeAt(start - 1) === 0x2d && letter(text.charCodeAt(start - 2)));
}
