// The terminology lint: occurrences and misspellings become findings with rule ids,
// severities, messages that name the official phrasing and its policy area, and fixes.

import { areaSuffix, classify, matchInitialCase } from './classify';
import { guardOf } from './context';
import { foldKey } from './normalize';
import type { ChineseDriftKind } from './chineseNear';
import type { PhrasingIndex } from './phrasingIndex';
import type { Finding, RuleId, Severity, SeveritySetting } from './types';

export { matchInitialCase };

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
      if (guardOf(text, hit.start, hit.end)) continue;
      const replacement = matchInitialCase(text, hit.start, p.en);
      push({
        start: hit.start, end: hit.end, ruleId: 'misspelled-term', phrasingId: p.id, actual,
        message: `"${actual}" looks like a misspelling of the official phrasing "${p.en}"${areaSuffix(index, p)}.`,
        replacements: [{ text: replacement, phrasingId: p.id }],
        // Found by similarity, not listed: offered, never applied by --fix.
        fixable: false,
        caution: 'Found by similarity: check that the official phrasing is meant.',
      });
    }
    for (const hit of index.chineseNearMisses(text, scan)) {
      if (guardOf(text, hit.start, hit.end)) continue;
      const p = index.phrasing(hit.phrasingId)!;
      push({
        start: hit.start, end: hit.end, ruleId: `zh-${hit.kind}`, phrasingId: p.id, actual: text.slice(hit.start, hit.end),
        message: chineseMessage(text.slice(hit.start, hit.end), hit.kind, hit.changed, p.zh!),
        replacements: [{ text: p.zh!, phrasingId: p.id }],
        // Folding traditional characters is certain; the other slips are suggestions.
        fixable: hit.kind === 'traditional',
        ...(hit.kind === 'traditional' ? {} : { caution: 'Found by sound or shape: check that the official form is meant.' }),
      });
    }
    findings.sort((a, b) => a.start - b.start);
  }
  return findings;
}


const CHINESE_WORDS: Record<ChineseDriftKind, (changed: string) => string> = {
  homophone: (c) => `"${c}" sounds like the official character (an input-method slip)`,
  traditional: (c) => `"${c}" is written in traditional characters`,
  numeral: (c) => `the numeral "${c}" differs from the official formula`,
  'missing-character': (c) => `the character "${c}" is missing`,
  'extra-character': (c) => `the character "${c}" is extra`,
};

function chineseMessage(actual: string, kind: ChineseDriftKind, changed: string, official: string): string {
  return `"${actual}": ${CHINESE_WORDS[kind](changed)}; the official form is "${official}".`;
}
