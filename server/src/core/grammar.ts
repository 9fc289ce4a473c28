// Near misses that are English grammar, not drift: what a sentence does to a phrasing's words
// when it uses the phrasing (checked after alignment, on the few near misses found).
// - A plural phrasing as a modifier takes the singular ("5 first-class innovation park
//   projects", "market-oriented reform pilots").
// - A verb phrasing takes the sentence's tense and person ("Chongqing kept the economy running
//   in a reasonable range", "the district prevented and resolved potential risks").
// - A compound adjective ("innovation-led") whose hyphen is gone and whose verb is inflected
//   is a clause ("innovation leads development"), not the compound.
// - The head noun takes the number its determiner or count asks for ("two innovation centres
//   with national influence", "a national strategic scientific and technological force").
// - An article left out before a noun that modifies the next word ("of countryside tourism").
// - "of" after a noun that English completes with "to" is written "to" ("a good start to the
//   14th Five-Year Plan").
// - A comma for "and" followed by "and" and a last item of a few words that ends the phrase
//   is a longer list ("deepen reform, opening up and innovation."), not the phrasing; "and"
//   before a clause ("one area, two clusters and help the …") is not.

import { countsMany, isCountHead, isMassToo, oneThingBefore, PREPOSITIONS, wordBefore, wordBeforeAt, singularOf, sourceSentence, wordAfter, wordWithinThree } from './bareNouns';
import type { NearHit } from './englishNear';
import { WORD } from './normalize';
import { modifiesAWord } from './otherUses';
import { ARTICLES, atSentenceStart, AUXILIARIES, derivationOf, FUNCTION_WORDS, VERB_HELPERS } from './phraseTokens';
import type { Phrasing } from './types';

/** The indefinite article: one of a kind. */
const INDEFINITE = new Set(['a', 'an']);

/** Words that cannot be a noun a phrasing modifies, nor an item of a list. */
const FUNCTION = new Set([...FUNCTION_WORDS, 'and', 'or', 'as', 'that', 'which']);
/** Words before a phrasing in its source that make it a verb phrase ("it is necessary to keep …"). */
const VERB_CUES = /\b(?:to|should|will|must|shall|can|may)\s+$/;

/**
 * The near miss's one change, when it is the number of the phrasing's last word: that word,
 * and whether the draft made it singular (else plural).
 */
function headNumber(hit: NearHit, en: string): { head: string; singular: boolean } | undefined {
  if (hit.edits.length !== 1) return undefined;
  const [edit] = hit.edits;
  const head = en.toLowerCase().split(/[\s-]+/).pop()!;
  if (edit.official !== head) return undefined;
  if (singularOf(head) === edit.draft) return { head, singular: true };
  return singularOf(edit.draft) === head ? { head, singular: false } : undefined;
}

/** The plural phrasing's last word made singular before a noun it modifies. */
function modifierSingular(text: string, hit: NearHit, en: string): boolean {
  if (!headNumber(hit, en)?.singular) return false;
  const next = wordAfter(text, hit.end);
  return /^[a-z]/.test(next) && !FUNCTION.has(next) && !PREPOSITIONS.has(next) && !AUXILIARIES.has(next);
}

/**
 * A noun's number changed to agree with a count or a determiner before the phrasing ("two
 * … innovation centres with national influence", "the 13th and 14th Five-Year Plans", "a
 * national strategic scientific and technological force").
 */
function agreesWithCount(text: string, hit: NearHit): boolean {
  if (hit.edits.length !== 1) return false;
  const [edit] = hit.edits;
  if (singularOf(edit.draft) === edit.official) return wordWithinThree(text, hit.start, countsMany) || /\b\d+(?:st|nd|rd|th) and $/i.test(text.slice(Math.max(0, hit.start - 20), hit.start));
  return singularOf(edit.official) === edit.draft && oneThingBefore(text, hit.start);
}

/** Words before a plural that make it several of a kind held over time ("the past economic work conferences"). */
const SERIES = new Set(['past', 'previous', 'successive', 'recent', 'annual', 'earlier', 'all', 'both']);
/** Two years after the phrase ("of 2020 and 2021", "in 2019-2021"): one of a kind each year. */
const YEARS_AFTER = /^[ \u00a0]+(?:of|in|held in|from)[ \u00a0]+(?:19|20)\d\d[ \u00a0]*(?:and|to|,|-|–)[ \u00a0]*(?:19|20)\d\d\b/;

/**
 * The phrasing names one thing of a countable kind, and the sentence speaks of several ("the
 * economic work conferences of 2020 and 2021", "the past economic work conferences", "district
 * economic work conferences"): its head in the plural is grammar. After a bare "the" with no
 * such word the plural stays drift ("as required by the economic work conferences").
 */
function severalOfThem(text: string, hit: NearHit, en: string): boolean {
  const change = headNumber(hit, en);
  if (!change || change.singular || !isCountHead(change.head) || oneThingBefore(text, hit.start)) return false;
  // Anything but "the", "this" or "that" right before it tells which several: years, places, a
  // possessive, an adjective ("the 2020 and 2021 economic work conferences", "their …").
  if (!ONE_OF_THEM.has(wordBefore(text, hit.start))) return true;
  return wordWithinThree(text, hit.start, (w) => SERIES.has(w)) || YEARS_AFTER.test(text.slice(hit.end, hit.end + 40));
}

/**
 * The head in the plural with an "of" of its own after it names several things of the kind,
 * each someone's ("the new development patterns of the tea industry", "the 14th five-year
 * plans of the 38 districts"), not the one thing the readout names.
 */
function pluralOfTheirOwn(text: string, hit: NearHit, p: Phrasing): boolean {
  const change = headNumber(hit, p.en);
  if (change === undefined || change.singular || wordAfter(text, hit.end) !== 'of') return false;
  // After the readout's own word the draft speaks of the thing the readout names ("integrate
  // into the new development patterns of the region").
  const article = wordBeforeAt(text, hit.start);
  const before = article.word === 'the' ? wordBefore(text, article.start) : article.word;
  const source = sourceSentence(p).toLowerCase();
  const en = p.en.toLowerCase();
  return !before || !(source.includes(`${before} the ${en}`) || source.includes(`${before} ${en}`));
}

/** Determiners before a plural that may stand for the one thing the phrasing names ("the economic work conferences"). */
const ONE_OF_THEM = new Set(['the', 'this', 'that']);

/**
 * The plural phrasing's head in the singular with "of" after it names one reform of a thing
 * ("deepening market-oriented reform of factor allocation"), or is a noun also uncountable:
 * English, not drift.
 */
function oneOfItsKind(text: string, hit: NearHit, en: string): boolean {
  const change = headNumber(hit, en);
  if (!change?.singular) return false;
  // A noun English also uses uncountably stands bare in the singular ("deepen market-oriented
  // reform in the energy sector"), unless a count asks for the plural.
  return wordAfter(text, hit.end) === 'of' || (isMassToo(singularOf(change.head)!) && !wordWithinThree(text, hit.start, countsMany));
}

/** Words that open a verb's object ("expand its capacity", "keep the economy running"): a verb phrase. */
const OBJECT_DETERMINERS = new Set(['its', 'their', 'our', 'the', 'a', 'an']);
/** Possessives that agree with the subject ("the clusters will expand their capacity"); "the" for "its" is another wording. */
const POSSESSIVES = new Set(['its', 'their', 'our']);

/**
 * The phrasing's verbs (its first word and each word right after "and"), for a verb phrase:
 * its source puts a modal or "to" before it, or its first word takes a determiner ("expand its
 * capacity and raise its quality").
 */
function verbsOf(p: Phrasing): string[] {
  const sentence = sourceSentence(p).toLowerCase();
  const at = sentence.indexOf(p.en.toLowerCase());
  const words = p.en.toLowerCase().split(/\s+/);
  if (!(at >= 0 && VERB_CUES.test(sentence.slice(Math.max(0, at - 12), at))) && !OBJECT_DETERMINERS.has(words[1])) return [];
  return coordinatedHeads(p.en);
}

/** A form's first word and each word right after "and": the heads of its coordinated parts, verbs in a verb phrase. */
export function coordinatedHeads(form: string): string[] {
  const words = form.toLowerCase().split(/\s+/);
  return words.filter((w, k) => k === 0 || words[k - 1] === 'and');
}

/** The last item of a list after the near miss: "and"/"or", one to three words, then a mark, the line's end or a plural verb ("… and innovation are the engines"). */
const LAST_ITEM = /^[ \u00a0]*,?[ \u00a0]+(?:and|or)[ \u00a0]+((?:(?!(?:are|is|were|was|have|has|will|must|should|shall|can|remain|form|make)\b)[A-Za-z][\w'’-]*[ \u00a0]*){1,3}?)(?:[.,;:!?)\r\n]|$|[ \u00a0]*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]|(?<verb>are|is|were|was|have|has|will|must|should|shall|can|remain|form|make)\b)/;

/** The comma for "and" is a real comma, and the near miss is the start of a longer list. */
function inLongerList(text: string, hit: NearHit): boolean {
  const window = text.slice(hit.start, hit.end);
  if (!window.includes(',') || /[/&+]/.test(window)) return false;
  const last = LAST_ITEM.exec(text.slice(hit.end, hit.end + 80));
  if (last === null || !last[1].trim().split(/[ \u00a0]+/).every((w) => !FUNCTION.has(w.toLowerCase()))) return false;
  // A verb after the last item makes the list a subject, so it opens the sentence ("Reform,
  // opening up and innovation are …"); mid-sentence, "and" with a verb begins a clause ("…
  // improving reform, opening up, and other departments will …").
  return last.groups?.verb === undefined || atSentenceStart(text, hit.start);
}

/** Nouns whose complement English puts after "to" or "for" ("a good start to the year", "the key to growth", "a good start for the plan"). */
const NOUNS_TAKING_TO = /\b(?:start|approach|key|contribution|response|commitment|access|threat|solution|answer|alternative|introduction|prelude|gateway|boost|end|return|path|road)[ \u00a0]+(?:to|for)$/i;

/** "of" after such a noun written "to" or "for": the idiom of English, not drift ("a good start to the 14th Five-Year Plan"). */
function idiomaticTo(text: string, hit: NearHit): boolean {
  if (hit.edits.length !== 1) return false;
  const [edit] = hit.edits;
  if (edit.kind !== 'function-word' || edit.official !== 'of' || (edit.draft !== 'to' && edit.draft !== 'for')) return false;
  const window = text.slice(hit.start, hit.end);
  const to = new RegExp(`\\b${edit.draft}\\b`, 'i').exec(window);
  return to !== null && NOUNS_TAKING_TO.test(text.slice(Math.max(0, hit.start - 20), hit.start + to.index + edit.draft.length));
}

/**
 * An article after "and" that starts a noun phrase of its own: the first item has the same
 * article ("between the one area and the two clusters"), or the second takes its own "of"
 * ("reform and the opening up of markets").
 */
function parallelArticle(text: string, hit: NearHit): boolean {
  if (!hit.edits.every((e) => e.kind === 'function-word' && e.official === '' && ARTICLES.has(e.draft))) return false;
  const added = /\band[ \u00a0]+(the|a|an)\b/i.exec(text.slice(hit.start, hit.end));
  if (!added) return false;
  return wordBefore(text, hit.start) === added[1].toLowerCase() || wordAfter(text, hit.end) === 'of';
}

/** True when every change of the near miss is grammar that uses the phrasing (above). */
export function isGrammar(text: string, hit: NearHit, p: Phrasing): boolean {
  if (idiomaticTo(text, hit) || parallelArticle(text, hit)) return true;
  // An article left out before a noun that modifies the next word ("the revitalization of
  // countryside tourism"): the compound takes no article there.
  if (hit.edits.every((e) => e.kind === 'function-word' && ARTICLES.has(e.official) && e.draft === '') && modifiesAWord(text, hit.end)) return true;
  if (hit.edits.every((e) => e.kind === 'conjunction' && e.official === 'and' && e.draft === ',')) return inLongerList(text, hit);
  const verbs = verbsOf(p);
  // In a verb phrase the verbs take the sentence's tense and person, and a possessive agrees
  // with the subject ("the clusters will expand their capacity").
  // Coordinated verbs take the same form: "to prevent and resolving" mixes two.
  const inflected = hit.edits.filter((e) => e.kind === 'inflection').length;
  if (verbs.length > 0 && (inflected === 0 || inflected === verbs.length) && hit.edits.every((e) => (e.kind === 'inflection' && verbs.includes(e.official)) ||
    (e.kind === 'function-word' && POSSESSIVES.has(e.official) && POSSESSIVES.has(e.draft)))) return true;
  if (!hit.edits.every((e) => e.kind === 'inflection')) return false;
  // The phrasing's gerunds, coordinated with its first word, as verbs after "to", a modal or a
  // subject ("continue to reform and open up"): the phrase used as a verb phrase. Not an
  // object's verb ("keep the economy run").
  const window = text.slice(hit.start, hit.end).toLowerCase();
  if (hit.edits.every((e) => isGerundOf(e.official, e.draft) && new RegExp(`\\band[ \u00a0]+${e.draft}\\b`).test(window)) && VERB_HELPERS.has(wordBefore(text, hit.start))) return true;
  if (modifierSingular(text, hit, p.en) || agreesWithCount(text, hit) || severalOfThem(text, hit, p.en) || pluralOfTheirOwn(text, hit, p) || oneOfItsKind(text, hit, p.en)) return true;
  // A word of another class after "a" describes one of a kind ("a new developing pattern of
  // late-summer storms"), not the official thing.
  if (hit.edits.some((e) => derivationOf(e.official, e.draft)) && INDEFINITE.has(wordBefore(text, hit.start))) return true;
  // A compound's inflected verb without its hyphen reads as a clause ("innovation leads development").
  return hit.edits.some((e) => p.en.toLowerCase().includes(`-${e.official}`) && !window.includes(`-${e.draft}`));
}

/** True when `words` stands in `text` as whole words ("two cluster" is not in "two clusters"). */
export function containsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!WORD[text.charCodeAt(at - 1)] && !WORD[text.charCodeAt(at + words.length)]) return true;
  }
  return false;
}

/** True when `draft` is the -ing form of the verb `official` (prevent → preventing, resolve → resolving, plan → planning). */
export function isGerundOf(draft: string, official: string): boolean {
  if (!draft.endsWith('ing') || official.endsWith('ing')) return false;
  const stem = draft.slice(0, -3);
  return stem === official || (official.endsWith('e') && stem === official.slice(0, -1)) || stem === official + official[official.length - 1];
}
