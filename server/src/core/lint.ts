// The terminology lint: occurrences and misspellings become findings with rule ids,
// severities, messages that name the official phrasing and its policy area, and fixes.

import { collapseSpace, foldKey } from './normalize';
import { EN_FORM, ZH_FORM, type PhrasingIndex } from './phrasingIndex';
import type { Finding, Occurrence, Phrasing, RuleId, Severity, SeveritySetting, VariantKind } from './types';

export interface LintOptions {
  /** Look for misspelled phrasings too (default true). */
  fuzzy?: boolean;
  from?: number;
  to?: number;
  /** Most typing errors a misspelled phrasing may have, 1 or 2 (default 2). */
  maxEdits?: number;
  /** Severities that override the term base's, from editor settings. */
  severities?: Partial<Record<RuleId, SeveritySetting>>;
}

const RULE_OF_KIND: Record<VariantKind, RuleId> = {
  misspelling: 'misspelled-term',
  outdated: 'outdated-term',
  casing: 'term-casing',
  hyphenation: 'term-hyphenation',
  informal: 'non-standard-term',
  number: 'non-standard-term',
  spelling: 'non-standard-term',
};

const KIND_WORDS: Record<VariantKind, string> = {
  misspelling: 'a misspelling',
  outdated: 'an outdated form',
  casing: 'a mis-cased form',
  hyphenation: 'a mis-hyphenated form',
  informal: 'an informal form',
  number: 'a singular/plural or numeral variant',
  spelling: 'a regional spelling',
};

export function lint(index: PhrasingIndex, text: string, options: LintOptions = {}): Finding[] {
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  const scan = index.scan(text, from, to);
  const findings: Finding[] = [];
  const push = (f: Omit<Finding, 'severity'> | undefined) => {
    if (!f) return;
    const severity = options.severities?.[f.ruleId] ?? index.termBase.severities[f.ruleId];
    if (severity === 'off' || index.termBase.ignore.has(foldKey(f.actual))) return;
    findings.push({ ...f, severity: severity as Severity });
  };
  for (const o of scan.occurrences) push(classify(index, text, o));
  if (options.fuzzy !== false) {
    for (const hit of index.misspellings(text, scan, options.maxEdits)) {
      const p = index.phrasing(hit.phrasingId)!;
      const actual = text.slice(hit.start, hit.end);
      const replacement = matchInitialCase(text, hit.start, p.en);
      push({
        start: hit.start, end: hit.end, ruleId: 'misspelled-term', phrasingId: p.id, actual,
        message: `"${actual}" looks like a misspelling of the official phrasing "${p.en}"${areaSuffix(index, p)}.`,
        replacements: [{ text: replacement, phrasingId: p.id }],
        fixable: true,
      });
    }
    findings.sort((a, b) => a.start - b.start);
  }
  return findings;
}

/** The finding an occurrence makes, before severities and ignore lists; undefined when it is as official. */
export function classify(index: PhrasingIndex, text: string, o: Occurrence): Omit<Finding, 'severity'> | undefined {
  const p = index.phrasing(o.phrasingId)!;
  const actual = text.slice(o.start, o.end);
  const base = { start: o.start, end: o.end, phrasingId: p.id, actual };
  if (o.form === ZH_FORM) return undefined;
  if (o.form === EN_FORM) {
    if (actual === p.en) return undefined;
    const surface = collapseSpace(actual);
    if (surface === p.en) return undefined;
    if (surface.toLowerCase() === p.en.toLowerCase()) {
      if (!lostCapital(surface, p.en)) return undefined;
      return {
        ...base, ruleId: 'term-casing',
        message: `Write the official phrasing "${p.en}" with its capitals${areaSuffix(index, p)}.`,
        replacements: [{ text: p.en, phrasingId: p.id }], fixable: true,
      };
    }
    const replacement = matchInitialCase(text, o.start, p.en);
    return {
      ...base, ruleId: 'term-hyphenation',
      message: `Write the official phrasing as "${p.en}"${areaSuffix(index, p)}: hyphens, dashes, punctuation or character widths differ.`,
      replacements: [{ text: replacement, phrasingId: p.id }], fixable: true,
    };
  }
  const variant = p.variants[o.form];
  const official = variant.lang === 'zh' && p.zh ? p.zh : matchInitialCase(text, o.start, p.en);
  return {
    ...base, ruleId: RULE_OF_KIND[variant.kind],
    message: `"${actual}" is ${KIND_WORDS[variant.kind]} of the official phrasing "${variant.lang === 'zh' && p.zh ? p.zh : p.en}"${areaSuffix(index, p)}.`,
    replacements: [{ text: official, phrasingId: p.id }], fixable: true,
  };
}

function areaSuffix(index: PhrasingIndex, p: Phrasing): string {
  const area = index.termBase.areas.get(p.area);
  return area ? ` (policy area: ${area.name})` : '';
}

/** True when a capital letter of the official form stands in lower case in the draft. */
function lostCapital(surface: string, official: string): boolean {
  for (let i = 0; i < official.length && i < surface.length; i++) {
    const c = official[i];
    if (c !== c.toLowerCase() && surface[i] === c.toLowerCase()) return true;
  }
  return false;
}

/**
 * "High quality development" at a sentence start becomes "High-quality development"; mid-
 * sentence the official form keeps its own case ("S&T innovation" → "scientific and …").
 */
export function matchInitialCase(text: string, start: number, official: string): string {
  const a = text[start];
  const o = official[0];
  if (a && o && a !== a.toLowerCase() && o === o.toLowerCase() && atSentenceStart(text, start)) return o.toUpperCase() + official.slice(1);
  return official;
}

/** True at the start of the text, a line (after heading or list marks) or a sentence. */
function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[ \t\u00a0\u3000"'“‘(（#*>_`-]/.test(text[i])) i--;
  if (i < 0) return true;
  return /[\n\r.!?。！？:：]/.test(text[i]) || (/\d/.test(text[i]) && /^\d+[.)]\s*$/.test(text.slice(text.lastIndexOf('\n', i) + 1, start)));
}
