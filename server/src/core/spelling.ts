// British and American spellings of the same phrasing ("stabilise growth", "stabilize
// growth"; "innovation centre", "innovation center"). Both are correct English: without a
// team's choice both are admitted; with one, the other is a deprecated spelling variant.
// Rules, not a list of phrasings: the -ise/-ize family and the common word pairs.

import type { SpellingChoice } from './types';

/** British spelling, American spelling. */
const WORD_PAIRS: readonly [string, string][] = [
  ['centre', 'center'], ['centres', 'centers'], ['programme', 'program'], ['programmes', 'programs'],
  ['labour', 'labor'], ['favour', 'favor'], ['favourable', 'favorable'], ['defence', 'defense'],
  ['behaviour', 'behavior'], ['neighbour', 'neighbor'], ['neighbouring', 'neighboring'], ['honour', 'honor'],
  ['colour', 'color'], ['harbour', 'harbor'], ['fulfil', 'fulfill'], ['enrolment', 'enrollment'],
  ['analyse', 'analyze'], ['ageing', 'aging'], ['modelling', 'modeling'], ['catalogue', 'catalog'],
];
const TO_US = new Map(WORD_PAIRS);
const TO_GB = new Map(WORD_PAIRS.map(([gb, us]) => [us, gb]));

/** -ize words that are never -ise, and -ise words that are never -ize. */
const ONLY_IZE = new Set(['size', 'sizes', 'sized', 'seize', 'seized', 'seizes', 'capsize', 'prize', 'prizes', 'maize']);
const ISE_ONLY_STEMS = ['advert', 'adv', 'ar', 'compr', 'comprom', 'desp', 'dev', 'disgu', 'enterpr', 'exerc', 'expert',
  'franch', 'improv', 'rev', 'superv', 'surpr', 'telev', 'merchand', 'prem', 'prom', 'r', 'w', 'otherw', 'prec',
  'conc', 'no', 'cru', 'ra', 'pra', 'po', 'treat', 'chast', 'mid', 'lo', 'appr', 'circumc', 'inc', 'exc'];
const ISE_ONLY = new Set(ISE_ONLY_STEMS.flatMap((s) => [`${s}ise`, `${s}ises`, `${s}ised`, `${s}ising`]));

const IZE_FAMILY = /^([a-z]{3,})i([sz])(e|es|ed|er|ers|ing|ation|ations|ational)$/;

function respellWord(word: string, to: SpellingChoice): string {
  const lower = word.toLowerCase();
  const pair = (to === 'en-US' ? TO_US : TO_GB).get(lower);
  if (pair) return keepCase(word, pair);
  const m = IZE_FAMILY.exec(lower);
  if (!m) return word;
  const [, stem, letter, ending] = m;
  if (to === 'en-US' && letter === 's' && !ISE_ONLY.has(`${stem}ise${ending === 'e' ? '' : ending.replace(/^e/, '')}`) && !ISE_ONLY.has(lower)) {
    return keepCase(word, `${stem}iz${ending}`);
  }
  if (to === 'en-GB' && letter === 'z' && !ONLY_IZE.has(lower)) return keepCase(word, `${stem}is${ending}`);
  return word;
}

function keepCase(original: string, respelled: string): string {
  return original[0] !== original[0].toLowerCase() ? respelled[0].toUpperCase() + respelled.slice(1) : respelled;
}

/** The phrase with every word in the chosen spelling; other characters are kept. */
export function respell(phrase: string, to: SpellingChoice): string {
  return phrase.replace(/[A-Za-z]+/g, (w) => respellWord(w, to));
}
