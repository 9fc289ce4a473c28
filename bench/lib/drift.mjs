// Drift of one official phrasing, as drafters produce it: a listed variant of the term base
// (any kind), lost capitals, other hyphenation, or a one-letter typo that is NOT listed.
// Each drift knows the rule the engine is expected to report it under.

import { foldKey, isEnglishWord } from './common.mjs';

const RULE_OF_KIND = {
  misspelling: 'misspelled-term', outdated: 'outdated-term', casing: 'term-casing', hyphenation: 'term-hyphenation',
  informal: 'non-standard-term', number: 'non-standard-term', spelling: 'non-standard-term',
};
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const NEIGHBOURS = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** Drift categories and how often a drifted mention is of each (per language). */
export const DRIFT_WEIGHTS = {
  en: {
    'variant:informal': 20, 'variant:misspelling': 10, 'variant:number': 8, 'variant:spelling': 7, 'variant:outdated': 5,
    casing: 15, hyphenation: 15, typo: 20,
  },
  zh: { 'variant:informal': 60, 'variant:outdated': 25, 'variant:misspelling': 15 },
};

/** Every form the term base knows, folded: a typo must not land on one of them. */
export function knownForms(terms) {
  const forms = new Set();
  for (const t of terms) {
    for (const f of [t.en, t.zh, ...t.variants.map((v) => v.form)]) if (f) forms.add(foldKey(f));
  }
  return forms;
}

/** The drift categories a phrasing supports in a language. */
export function categoriesOf(term, lang) {
  const cats = new Set();
  for (const v of term.variants) if (v.lang === lang) cats.add(`variant:${v.kind}`);
  if (lang === 'en') {
    if (/[A-Z]/.test(term.en)) cats.add('casing');
    if (term.en.includes('-') || /\w \w/.test(term.en)) cats.add('hyphenation');
    if (term.en.split(/[\s,-]+/).some((w) => /^[A-Za-z]{5,}$/.test(w) && !STOP_WORDS.has(w.toLowerCase()))) cats.add('typo');
  }
  return [...cats];
}

/**
 * The drifted surface of `term` in `category`, or undefined when the random choice found
 * none (the caller tries another). Returns { surface, category, expectedRule, official }.
 */
export function drift(term, lang, category, rng, forms) {
  const official = lang === 'zh' ? term.zh : term.en;
  const make = (surface, rule) => ({ surface, category, expectedRule: rule, official });
  if (category.startsWith('variant:')) {
    const kind = category.slice(8);
    const options = term.variants.filter((v) => v.lang === lang && v.kind === kind);
    if (options.length === 0) return undefined;
    return make(rng.pick(options).form, RULE_OF_KIND[kind]);
  }
  if (category === 'casing') {
    const words = term.en.split(' ');
    const capitals = words.map((w, i) => (/[A-Z]/.test(w) ? i : -1)).filter((i) => i >= 0);
    if (capitals.length === 0) return undefined;
    const surface = rng.chance(0.6) ? term.en.toLowerCase()
      : words.map((w, i) => (i === rng.pick(capitals) ? w.toLowerCase() : w)).join(' ');
    return surface === term.en ? undefined : make(surface, 'term-casing');
  }
  if (category === 'hyphenation') {
    let surface;
    if (term.en.includes('-')) {
      const r = rng.random();
      surface = r < 0.65 ? term.en.replace(/-/g, ' ') : r < 0.85 ? term.en.replace(/-/g, '\u2013') : term.en.replace('-', ' - ');
    } else {
      const gaps = [...term.en.matchAll(/(?<=\w) (?=\w)/g)].map((m) => m.index);
      if (gaps.length === 0) return undefined;
      const at = rng.pick(gaps);
      surface = term.en.slice(0, at) + '-' + term.en.slice(at + 1);
    }
    if (forms.has(foldKey(surface)) && foldKey(surface) !== foldKey(term.en)) return undefined;
    return make(surface, 'term-hyphenation');
  }
  if (category === 'typo') return typo(term, rng, forms, make);
  return undefined;
}

function typo(term, rng, forms, make) {
  const parts = term.en.split(/([\s,-]+)/);
  const candidates = parts.map((w, i) => (i % 2 === 0 && /^[A-Za-z]{5,}$/.test(w) && !STOP_WORDS.has(w.toLowerCase()) ? i : -1)).filter((i) => i >= 0);
  for (let attempt = 0; attempt < 12; attempt++) {
    const i = rng.pick(candidates);
    const word = parts[i];
    const misspelt = typoWord(word, rng);
    if (!misspelt || misspelt.toLowerCase() === word.toLowerCase()) continue;
    // The engine leaves real words and plural forms alone by design ("common property").
    if (isEnglishWord(misspelt) || isPluralPair(misspelt.toLowerCase(), word.toLowerCase())) continue;
    const surface = parts.map((p, k) => (k === i ? misspelt : p)).join('');
    if (forms.has(foldKey(surface))) continue;
    return make(surface, 'misspelled-term');
  }
  return undefined;
}

/** One typing error that keeps the first letter: a letter dropped, doubled, swapped or mistyped. */
function typoWord(word, rng) {
  const n = word.length;
  const at = 1 + rng.int(n - 1);
  switch (rng.int(4)) {
    case 0: return word.slice(0, at) + word.slice(at + 1);
    case 1: return word.slice(0, at + 1) + word[at] + word.slice(at + 1);
    case 2: return at < n - 1 ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : undefined;
    default: {
      const near = NEIGHBOURS[word[at].toLowerCase()];
      return near ? word.slice(0, at) + rng.pick(near) + word.slice(at + 1) : undefined;
    }
  }
}

function isPluralPair(a, b) {
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  return l === s + 's' || l === s + 'es';
}
