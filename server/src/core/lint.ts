// The terminology lint: occurrences and misspellings become findings with rule ids,
// severities, messages that name the official phrasing and its policy area, and fixes.

import { classify } from './classify';
import { guardOf } from './context';
import { numberNamesAnother } from './history';
import { chineseNearFinding, englishNearFinding, misspellingFinding } from './nearFindings';
import type { Locale } from './messages';
import { foldKey } from './normalize';
import { partsOf } from './lineBreaks';
import { withEntityQuotes } from './entityQuotes';
import { mayQuote, traditionalOnPurpose } from './quotations';
import { inContext } from './spokenOf';
import { firstEndingAfter } from './spans';
import type { PhrasingIndex } from './phrasingIndex';
import type { Finding, RuleId, Severity, SeveritySetting } from './types';


export interface LintOptions {
  /** Look for misspelled phrasings too (default true). */
  fuzzy?: boolean;
  from?: number;
  to?: number;
  /** Most typing errors a misspelled phrasing may have, 1 or 2 (default 2). */
  maxEdits?: number;
  /** Severities that override the term base's, from editor settings. */
  severities?: Partial<Record<RuleId, SeveritySetting>>;
  /** The language of the messages (default English). */
  locale?: Locale;
}

/** A finding the team chose not to see: its phrase is on the ignore list, or its rule is off. */
export interface Suppressed {
  start: number;
  end: number;
  phrasingId: string;
  ruleId: RuleId;
  actual: string;
  reason: 'ignored' | 'off';
}

export function lint(index: PhrasingIndex, text: string, options: LintOptions = {}): Finding[] {
  return judge(index, text, options).findings;
}

/** Characters of a part of a large draft (see lintInParts). */
const PART = 1 << 18;

/**
 * The findings of a whole draft, a part at a time: parts end at paragraph breaks, which no
 * phrasing crosses, so the findings are the same as in one pass, and the scan's tables and
 * the near-matchers' work stay the size of a part (a 10 MB draft peaks tens of MB lower).
 */
export function lintInParts(index: PhrasingIndex, text: string, options: Omit<LintOptions, 'from' | 'to'> = {}): Finding[] {
  if (text.length <= PART) return lint(index, text, options);
  const findings: Finding[] = [];
  for (const [from, to] of partsOf(text, PART)) for (const f of lint(index, text, { ...options, from, to })) findings.push(f);
  return findings;
}

/**
 * The findings of a draft, and apart from them the ones the team's ignore list or severities
 * silence: one path for the diagnostics and for what the hover says about a phrase.
 */
export function judge(index: PhrasingIndex, text: string, options: LintOptions = {}): { findings: Finding[]; suppressed: Suppressed[] } {
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  const scan = index.scan(text, from, to);
  const findings: Finding[] = [];
  const suppressed: Suppressed[] = [];
  const view = withEntityQuotes(text);
  const quotes = mayQuote(view, from, to);
  const push = (found: Omit<Finding, 'severity'> | undefined) => {
    const f = found && inContext(index, text, view, quotes, found);
    if (!f) return;
    const severity = options.severities?.[f.ruleId] ?? index.termBase.severities[f.ruleId];
    const reason = severity === 'off' ? 'off' : index.termBase.ignore.has(foldKey(f.actual)) ? 'ignored' : undefined;
    if (reason) suppressed.push({ start: f.start, end: f.end, phrasingId: f.phrasingId, ruleId: f.ruleId, actual: f.actual, reason });
    else findings.push({ ...f, severity: severity as Severity });
  };
  const locale = options.locale ?? 'en';
  for (const o of scan.occurrences) push(classify(index, text, o, locale));
  if (options.fuzzy !== false) {
    // Similarity finds, in order of trust: listed-shape misspellings, English near misses, Chinese.
    const taken: { start: number; end: number }[] = [];
    for (const hit of index.misspellings(text, scan, options.maxEdits)) {
      if (guardOf(text, hit.start, hit.end)) continue;
      taken.push(hit);
      push(misspellingFinding(index, text, hit, locale));
    }
    const near = index.englishNearMisses(text, scan, taken).filter((hit) => !guardOf(text, hit.start, hit.end));
    // A near miss of a longer phrasing says all that an article finding inside it says
    // ("upper reaches of Yangtze River" holds "of Yangtze River"): that one goes.
    // So does one that names an inflection about a lost plural inside it ("intelligent industry,
    // intelligent manufacturing and intelligent applications" holds "intelligent industry").
    if (near.length > 0) {
      dropInside(findings, near, 'term-function-word');
      dropInside(findings, near.filter((hit) => hit.edits.some((e) => e.kind === 'inflection')), 'term-inflection');
    }
    for (const hit of near) push(englishNearFinding(index, text, hit, locale));
    const chinese = index.chineseNearMisses(text, scan);
    const traditional = chinese.filter((hit) => hit.kind === 'traditional');
    chinese.forEach((hit, k) => {
      if (guardOf(text, hit.start, hit.end)) return;
      // Digits for the formula's own numerals name nothing else (“145”规划期间 is the same plan).
      if (hit.kind === 'numeral' && !/\d/.test(hit.changed) && numberNamesAnother(text, hit.start, hit.end, hit.official, index.supersededForms())) return;
      if (hit.kind === 'traditional' && traditionalOnPurpose(view, hit, index.simplifiedCodes()!, traditional, quotes)) return;
      // A run of pasted traditional characters reaches no further than the next or last near
      // miss; between two traditional ones, the first takes the characters between them.
      const previous = chinese[k - 1];
      const min = previous?.kind === 'traditional' ? hit.start : previous?.end ?? from;
      const pasted = hit.kind === 'traditional' ? { min, max: chinese[k + 1]?.start ?? to, simplified: index.simplifiedCodes()! } : undefined;
      push(chineseNearFinding(index, text, hit, locale, pasted));
    });
    findings.sort((a, b) => a.start - b.start);
  }
  return { findings, suppressed };
}

/**
 * Removes, in place, the findings of a rule that stand inside one of the spans (sorted by
 * start and not overlapping, as resolveOverlaps leaves them): one binary search each.
 */
function dropInside(findings: Finding[], spans: readonly { start: number; end: number }[], ruleId: RuleId): void {
  let kept = 0;
  for (const f of findings) {
    if (f.ruleId === ruleId) {
      const s = spans[firstEndingAfter(spans, f.start)];
      if (s && s.start <= f.start && f.end <= s.end) continue;
    }
    findings[kept++] = f;
  }
  findings.length = kept;
}
