// Abbreviations drafters write for one word of a phrasing: a compass point ("NE Chongqing" for
// "northeastern Chongqing"), the initials of a pinyin place name ("CQ metropolitan area") and
// the clipped words of notes and chat ("infra investment", "biz environment").
// They are derived from the phrasing's own words, not listed: every phrasing of two words or
// more, built-in or a team's, that holds such a word gets them. An abbreviation counts only in
// capitals, as written ("ne" or "cq" in lower case is no abbreviation of anything); a clipped
// word in any case, as drafters write it.

import type { Classified } from './classify';
import { say, type Locale } from './messages';
import type { Occurrence, Phrasing } from './types';

const COMPASS: Record<string, string> = {
  northeast: 'NE', northeastern: 'NE', southeast: 'SE', southeastern: 'SE',
  northwest: 'NW', northwestern: 'NW', southwest: 'SW', southwestern: 'SW',
};

/** Clipped words of English notes, each standing for one word only. */
const CLIPPED: Record<string, readonly string[]> = {
  infrastructure: ['infra'], business: ['biz'], government: ['govt', "gov't"], management: ['mgmt'], international: ['intl'],
  department: ['dept'], information: ['info'], manufacturing: ['mfg'], economic: ['econ'], technology: ['tech'],
  development: ['dev'], environment: ['env'],
};

/** One toneless pinyin syllable: an initial (or none) and a final. */
const SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|v)$/;

/** The syllables of a word written in pinyin ("chongqing" → chong, qing), or undefined. */
export function pinyinSyllables(word: string): string[] | undefined {
  // Longest syllable first at each point, backtracking: "chengdu" is cheng + du, not chen + gdu.
  const split = (at: number): string[] | undefined => {
    if (at === word.length) return [];
    for (let end = Math.min(word.length, at + 6); end > at; end--) {
      if (!SYLLABLE.test(word.slice(at, end))) continue;
      const rest = split(end);
      if (rest) return [word.slice(at, end), ...rest];
    }
    return undefined;
  };
  return split(0);
}

const initialsOf = new Map<string, string | undefined>();

/**
 * The initials of a capitalised word written in pinyin, two or three syllables ("Chongqing" →
 * "CQ"). Whether it is an English word instead is asked only where a draft writes the
 * initials (writesAbbreviation), so that building the index loads no dictionary.
 */
function placeInitials(word: string): string | undefined {
  if (!/^[A-Z][a-z]+$/.test(word)) return undefined;
  if (!initialsOf.has(word)) {
    const syllables = pinyinSyllables(word.toLowerCase());
    initialsOf.set(word, syllables && syllables.length >= 2 && syllables.length <= 3 ? syllables.map((s) => s[0].toUpperCase()).join('') : undefined);
  }
  return initialsOf.get(word);
}

export interface Abbreviated {
  /** The phrasing with one word abbreviated ("NE Chongqing"). */
  form: string;
  /** Which word (counted by spaces) is abbreviated, and to what. */
  word: number;
  abbreviation: string;
  /** The place name it abbreviates, for initials (a compass point has none). */
  place?: string;
  /** A clipped word ("infra"): written in any case. */
  clipped?: boolean;
}

/** The abbreviated forms of an English phrasing, one word abbreviated in each. */
export function abbreviationsOf(en: string): Abbreviated[] {
  const words = en.split(' ');
  if (words.length < 2) return [];
  const found: Abbreviated[] = [];
  words.forEach((w, k) => {
    // A given name after a one-syllable surname ("Xi Jinping") is a person's, not abbreviated so.
    const compass = COMPASS[w.toLowerCase()];
    const surname = k > 0 && /^[A-Z][a-z]+$/.test(words[k - 1]) && pinyinSyllables(words[k - 1].toLowerCase())?.length === 1;
    const abbreviation = compass ?? (surname ? undefined : placeInitials(w));
    const withWord = (a: string) => [...words.slice(0, k), a, ...words.slice(k + 1)].join(' ');
    if (abbreviation) found.push({ form: withWord(abbreviation), word: k, abbreviation, place: compass ? undefined : w });
    for (const clip of CLIPPED[w.toLowerCase()] ?? []) found.push({ form: withWord(clip), word: k, abbreviation: clip, clipped: true });
  });
  return found;
}

/** True when text[start, end) writes the abbreviation in capitals at its word, of a place name that is no English word. */
export function writesAbbreviation(text: string, start: number, end: number, a: Abbreviated, isEnglishWord: (w: string) => boolean): boolean {
  const word = text.slice(start, end).split(/[\s\u00a0]+/)[a.word];
  if (a.clipped) return word?.toLowerCase() === a.abbreviation;
  return word === a.abbreviation && !(a.place !== undefined && isEnglishWord(a.place.toLowerCase()));
}

/** The finding for an abbreviated phrasing: an informal form, a suggestion of the official one. */
export function abbreviationFinding(text: string, o: Occurrence, p: Phrasing, area: () => string, official: string, locale: Locale): Classified {
  const actual = text.slice(o.start, o.end);
  return {
    start: o.start, end: o.end, ruleId: 'non-standard-term', phrasingId: p.id, actual,
    message: say(locale).variant(actual, 'informal', p.en, area()),
    replacements: [{ text: official, phrasingId: p.id }], fixable: false,
  };
}
