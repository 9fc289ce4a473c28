// Findings for drift found by similarity rather than listed: misspelled phrasings, English
// near misses (inflection, conjunction, function words, order) and Chinese near misses
// (homophones, traditional characters, numerals, a missing or extra character). Each
// message says what changed; each fix is the official form, offered as a suggestion
// (only folding traditional characters is certain enough for --fix).

import { areaSuffix, matchInitialCase, type Classified } from './classify';
import type { ChineseDriftKind, ChineseHit } from './chineseNear';
import type { NearEdit, NearHit, NearKind } from './englishNear';
import type { PhrasingIndex } from './phrasingIndex';
import type { RuleId } from './types';

const SIMILARITY = 'Found by similarity: check that the official phrasing is meant.';

export function misspellingFinding(index: PhrasingIndex, text: string, hit: { start: number; end: number; phrasingId: string }): Classified {
  const p = index.phrasing(hit.phrasingId)!;
  const actual = text.slice(hit.start, hit.end);
  return {
    start: hit.start, end: hit.end, ruleId: 'misspelled-term', phrasingId: p.id, actual,
    message: `"${actual}" looks like a misspelling of the official phrasing "${p.en}"${areaSuffix(index, p)}.`,
    replacements: [{ text: matchInitialCase(text, hit.start, p.en), phrasingId: p.id }],
    fixable: false, caution: SIMILARITY,
  };
}

const RULE_OF_NEAR: Record<NearKind, RuleId> = {
  order: 'term-order',
  inflection: 'term-inflection',
  conjunction: 'term-conjunction',
  'function-word': 'term-function-word',
  misspelling: 'misspelled-term',
};
const NEAR_PRIORITY: NearKind[] = ['order', 'inflection', 'conjunction', 'function-word', 'misspelling'];

function describeEdit(e: NearEdit): string {
  switch (e.kind) {
    case 'order': return 'its coordinated parts stand in another order';
    case 'inflection':
      if (e.official === `${e.draft}s` || e.official === `${e.draft}es` || e.official.endsWith('ies') && e.draft.endsWith('y')) return `"${e.draft}": the official phrasing is plural ("${e.official}")`;
      if (e.draft === `${e.official}s` || e.draft === `${e.official}es` || e.draft.endsWith('ies') && e.official.endsWith('y')) return `"${e.draft}": the official phrasing is singular ("${e.official}")`;
      return `"${e.draft}" where the official phrasing has "${e.official}"`;
    case 'conjunction':
      if (!e.draft) return `"${e.official === ',' ? 'the comma' : e.official}" is missing`;
      if (!e.official) return `"${e.draft}" is added`;
      return `"${e.draft}" stands for "${e.official === ',' ? 'a comma' : e.official}"`;
    case 'function-word':
      if (!e.draft) return `"${e.official}" is missing`;
      if (!e.official) return `"${e.draft}" is added`;
      return `"${e.draft}" where the official phrasing has "${e.official}"`;
    default: return `"${e.draft}" is misspelt ("${e.official}")`;
  }
}

export function englishNearFinding(index: PhrasingIndex, text: string, hit: NearHit & { phrasingId: string }): Classified {
  const p = index.phrasing(hit.phrasingId)!;
  const actual = text.slice(hit.start, hit.end);
  const kind = NEAR_PRIORITY.find((k) => hit.edits.some((e) => e.kind === k))!;
  return {
    start: hit.start, end: hit.end, ruleId: RULE_OF_NEAR[kind], phrasingId: p.id, actual,
    message: `"${actual}" differs from the official phrasing "${p.en}"${areaSuffix(index, p)}: ${hit.edits.map(describeEdit).join('; ')}.`,
    replacements: [{ text: matchInitialCase(text, hit.start, p.en), phrasingId: p.id }],
    fixable: false, caution: SIMILARITY,
  };
}

const CHINESE_WORDS: Record<ChineseDriftKind, (changed: string) => string> = {
  homophone: (c) => `"${c}" sounds like the official character (an input-method slip)`,
  traditional: (c) => `"${c}" is written in traditional characters`,
  numeral: (c) => `the numeral "${c}" differs from the official formula`,
  'missing-character': (c) => `the character "${c}" is missing`,
  'extra-character': (c) => `the character "${c}" is extra`,
  order: (c) => `the parts "${c.replace('/', '" and "')}" are swapped`,
};

export function chineseNearFinding(index: PhrasingIndex, text: string, hit: ChineseHit & { phrasingId: string }): Classified {
  const p = index.phrasing(hit.phrasingId)!;
  const actual = text.slice(hit.start, hit.end);
  const certain = hit.kind === 'traditional';
  return {
    start: hit.start, end: hit.end, ruleId: `zh-${hit.kind}`, phrasingId: p.id, actual,
    message: `"${actual}": ${CHINESE_WORDS[hit.kind](hit.changed)}; the official form is "${p.zh}"${areaSuffix(index, p)}.`,
    replacements: [{ text: p.zh!, phrasingId: p.id }],
    fixable: certain,
    ...(certain ? {} : { caution: 'Found by sound or shape: check that the official form is meant.' }),
  };
}
