// Choosing among the English similarity finds of one span: the targets are each phrasing's
// official form and its admitted forms, so one slip may come near two forms of a phrasing
// ("reform & opening-up" near "reform and opening up" and "reform and opening-up"). The form
// the draft meant wins: fewer changes, then closer letter by letter, then the official one.
// A near miss that grammar explains for one form is explained for the phrasing.

import { countsThings } from './arabicNumerals';
import { boundedEditDistance } from './editDistance';
import type { NearHit } from './englishNear';
import type { FuzzyHit } from './fuzzyMatcher';
import { containsWords, coordinatedHeads, isGerundOf, isGrammar } from './grammar';
import { foldKey } from './normalize';
import type { NearEdit } from './phraseAligner';
import { resolveOverlaps } from './phraseMatcher';
import type { Phrasing } from './types';

/** A hit told as a hit of its phrasing, with the form it came near. */
export interface OfForm {
  phrasingId: string;
  official: string;
  admitted: boolean;
}

/** Of the misspellings of one span, the nearer, then the official form's; overlaps resolved. */
export function pickMisspellings<T extends FuzzyHit & OfForm>(hits: T[]): T[] {
  hits.sort((a, b) => a.start - b.start || a.end - b.end || a.distance - b.distance || Number(a.admitted) - Number(b.admitted));
  return resolveOverlaps(hits);
}

/**
 * The near misses to report: none of a phrasing at words that grammar explains for one of its
 * forms, or where a number counts things; of one span, the form the draft meant.
 */
export function pickNearMisses<T extends NearHit & OfForm>(text: string, found: T[], explained: (hit: T) => boolean): T[] {
  const grammar = new Set(found.filter((h) => explained(h) || countsThings(text, h.start, h.end)).map((h) => `${h.start}:${h.end}:${h.phrasing}`));
  const hits = found.filter((h) => !grammar.has(`${h.start}:${h.end}:${h.phrasing}`));
  const letters = (h: T) => boundedEditDistance(text.slice(h.start, h.end).toLowerCase(), h.official.toLowerCase(), 64);
  hits.sort((a, b) => a.start - b.start || a.end - b.end || a.edits.length - b.edits.length ||
    (a.admitted !== b.admitted ? letters(a) - letters(b) : 0) || Number(a.admitted) - Number(b.admitted));
  return resolveOverlaps(hits);
}

/**
 * True for a near miss that only inflects the phrasing's words as grammar asks: the verbs of
 * a verb phrasing as gerunds ("for preventing and resolving potential risks" where the
 * phrasing is "prevent and resolve potential risks"), the other uses of grammar.ts, or a
 * form the official sources write themselves. A source's slips of any other kind stay drift
 * (the readout's "carbon neutral work"). `form` is the form the hit came near.
 */
export function attested(text: string, hit: NearHit, p: Phrasing, form: string, sources: readonly string[]): boolean {
  if (isGrammar(text, hit, form === p.en ? p : { ...p, en: form })) return true;
  if (!hit.edits.every((e) => e.kind === 'inflection')) return false;
  if (hit.edits.every((e) => isGerundOf(e.draft, e.official)) && allVerbsGerunds(form, hit.edits)) return true;
  const window = foldKey(text.slice(hit.start, hit.end));
  return sources.some((source) => containsWords(source, window));
}

/**
 * True when every verb of a coordinated verb phrasing (its first word, each word after "and")
 * is a gerund in the draft: "for preventing and resolving potential risks" uses the phrase,
 * "to prevent and resolving potential risks" mixes two forms.
 */
function allVerbsGerunds(form: string, edits: readonly NearEdit[]): boolean {
  return coordinatedHeads(form).every((w) => w.endsWith('ing') || edits.some((e) => e.official === w));
}
