// Drift of one official phrasing, as drafters produce it: a listed variant of the term base
// (any kind), lost capitals, other hyphenation, or a one-letter typo that is NOT listed.
// The dense corpus adds drift made by rule, of the kinds the engine finds without a list
// ("rule:" categories): in English a plural lost or added, "and" replaced, the parts around
// "and" swapped, "the" put in; in Chinese a character dropped, two parts swapped, a
// traditional character, another numeral. Each drift knows the rule the engine is expected
// to report it under.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, foldKey, isEnglishWord } from './common.mjs';

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

/** The dense corpus: today's categories and drift made by rule, of the kinds the engine finds without a list. */
export const DENSE_DRIFT_WEIGHTS = {
  en: {
    'variant:informal': 10, 'variant:misspelling': 5, 'variant:number': 4, 'variant:spelling': 4, 'variant:outdated': 3,
    casing: 8, hyphenation: 8, typo: 10,
    'rule:plural': 16, 'rule:conjunction': 12, 'rule:swap': 10, 'rule:article': 10,
  },
  zh: {
    'variant:informal': 25, 'variant:outdated': 10, 'variant:misspelling': 7,
    'rule:zh-missing': 18, 'rule:zh-swap': 12, 'rule:zh-traditional': 20, 'rule:zh-numeral': 8,
  },
};

const RULE_OF_CATEGORY = {
  'rule:plural': 'term-inflection', 'rule:conjunction': 'term-conjunction', 'rule:swap': 'term-order', 'rule:article': 'term-function-word',
  'rule:zh-missing': 'zh-missing-character', 'rule:zh-swap': 'zh-order', 'rule:zh-traditional': 'zh-traditional', 'rule:zh-numeral': 'zh-numeral',
};
const ARTICLES = new Set(['a', 'an', 'the']);
const ZH_NUMERALS = ['一', '两', '三'];
const CJK = /^[\u3400-\u9fff]$/;

let traditionalOf;
/**
 * Simplified → traditional characters, from the table the build writes for the engine
 * (dist/zh-tables.json, scripts/chinese-tables.mjs: the characters opencc-js maps one to one).
 */
function traditionalTable() {
  if (!traditionalOf) {
    const file = path.join(ROOT, 'dist', 'zh-tables.json');
    if (!fs.existsSync(file)) throw new Error('dist/zh-tables.json is missing: run npm run build first');
    const { traditional, simplified } = JSON.parse(fs.readFileSync(file, 'utf8'));
    traditionalOf = new Map();
    // Several traditional characters may fold to one simplified one: the first in code order stands for them.
    for (let i = 0; i < simplified.length; i++) if (!traditionalOf.has(simplified[i])) traditionalOf.set(simplified[i], traditional[i]);
  }
  return traditionalOf;
}

/** Every form the term base knows, folded: a typo must not land on one of them. */
export function knownForms(terms) {
  const forms = new Set();
  for (const t of terms) {
    for (const f of [t.en, t.zh, ...t.variants.map((v) => v.form)]) if (f) forms.add(foldKey(f));
  }
  return forms;
}

/** The drift categories a phrasing supports in a language (with `rules`, the categories made by rule too). */
export function categoriesOf(term, lang, { rules = false } = {}) {
  const cats = new Set();
  for (const v of term.variants) if (v.lang === lang) cats.add(`variant:${v.kind}`);
  if (lang === 'en') {
    if (/[A-Z]/.test(term.en)) cats.add('casing');
    if (term.en.includes('-') || /\w \w/.test(term.en)) cats.add('hyphenation');
    if (term.en.split(/[\s,-]+/).some((w) => /^[A-Za-z]{5,}$/.test(w) && !STOP_WORDS.has(w.toLowerCase()))) cats.add('typo');
  }
  if (rules) for (const c of Object.keys(RULE_OF_CATEGORY)) if (c.startsWith('rule:zh-') === (lang === 'zh') && ruleDrifts(term, lang, c).length) cats.add(c);
  return [...cats];
}

/** Every surface the rule of `category` makes of the phrasing's official form (none: the rule does not apply). */
function ruleDrifts(term, lang, category) {
  const official = lang === 'zh' ? term.zh : term.en;
  if (!official) return [];
  const out = [];
  if (lang === 'en') {
    const words = official.split(' ');
    const last = words[words.length - 1];
    const and = words.indexOf('and');
    const oneAnd = and > 0 && and < words.length - 1 && words.lastIndexOf('and') === and && !words[and - 1].endsWith(',');
    switch (category) {
      case 'rule:plural':
        // A phrasing ending in a plain word: its plural lost, or one added. Three content words
        // or more: the engine keeps both words of a two-word phrasing exact, by design.
        if (words.filter((w) => !STOP_WORDS.has(w.toLowerCase())).length >= 3 && /^[a-z]{3,}$/i.test(last)) out.push([...words.slice(0, -1), pluralFlip(last)].join(' '));
        break;
      case 'rule:conjunction':
        if (oneAnd) for (const by of [', ', ' & ']) out.push(words.slice(0, and).join(' ') + by + words.slice(and + 1).join(' '));
        break;
      case 'rule:swap':
        // The two words around "and" swapped ("technological and scientific innovation"), and,
        // where both parts have as many words, the two parts ("carbon neutrality and carbon peaking").
        if (oneAnd) {
          out.push([...words.slice(0, and - 1), words[and + 1], 'and', words[and - 1], ...words.slice(and + 2)].join(' '));
          if (and * 2 === words.length - 1) out.push([...words.slice(and + 1), 'and', ...words.slice(0, and)].join(' '));
        }
        break;
      case 'rule:article':
        if (words.length >= 2 && !ARTICLES.has(words[words.length - 2].toLowerCase())) out.push([...words.slice(0, -1), 'the', last].join(' '));
        break;
    }
  } else {
    const chars = [...official];
    const allCjk = chars.every((c) => CJK.test(c));
    switch (category) {
      case 'rule:zh-missing':
        // A character dropped from a form of five or more, not the first or the last.
        if (allCjk && chars.length >= 5) for (let i = 1; i < chars.length - 1; i++) out.push(official.slice(0, i) + official.slice(i + 1));
        break;
      case 'rule:zh-swap': {
        // Two adjacent parts of three characters or more swapped: around 、 when it parts the
        // form in two, else at any cut that leaves both parts three characters or more.
        const halves = official.split('、');
        if (halves.length === 2 && halves.every((h) => h.length >= 3 && [...h].every((c) => CJK.test(c)))) out.push(`${halves[1]}、${halves[0]}`);
        else if (allCjk) for (let k = 3; k <= chars.length - 3; k++) out.push(official.slice(k) + official.slice(0, k));
        break;
      }
      case 'rule:zh-traditional': {
        // Forms of four characters or more: the engine leaves shorter ones to the listed variants, by design.
        if (chars.length < 4) break;
        const table = traditionalTable();
        chars.forEach((c, i) => {
          if (table.has(c)) out.push(official.slice(0, i) + table.get(c) + official.slice(i + 1));
        });
        break;
      }
      case 'rule:zh-numeral':
        chars.forEach((c, i) => {
          if (ZH_NUMERALS.includes(c)) for (const n of ZH_NUMERALS) if (n !== c) out.push(official.slice(0, i) + n + official.slice(i + 1));
        });
        break;
    }
  }
  return out.filter((s) => s !== official);
}

/** The plural of a plain English noun lost or added: clusters ↔ cluster, industries ↔ industry, policies ↔ policy. */
function pluralFlip(word) {
  if (/[^aeiou]ies$/i.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/i.test(word)) return word + 'es';
  if (/s$/i.test(word)) return word.slice(0, -1);
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(x|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}

/**
 * The drifted surface of `term` in `category`, or undefined when the random choice found
 * none (the caller tries another). Returns { surface, category, expectedRule, official }.
 * With `avoidAdmitted`, never an admitted form spelled as the term base has it (a hyphen
 * moved can make "reform and opening-up", which is no drift): the dense corpus avoids them;
 * today's corpus keeps its make, so that its figures stay comparable from run to run.
 */
export function drift(term, lang, category, rng, forms, { avoidAdmitted = false } = {}) {
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
    if (avoidAdmitted && term.admitted.some((a) => a.toLowerCase() === surface.toLowerCase())) return undefined;
    return make(surface, 'term-hyphenation');
  }
  if (category === 'typo') return typo(term, rng, forms, make);
  if (category.startsWith('rule:')) {
    // Never a form the term base lists: that would be listed drift, or no drift at all.
    const options = ruleDrifts(term, lang, category).filter((s) => !forms.has(foldKey(s)));
    return options.length ? make(rng.pick(options), RULE_OF_CATEGORY[category]) : undefined;
  }
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
