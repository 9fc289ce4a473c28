// Applies the certain fixes of findings to a text. Overlapping fixes keep the first.

import type { Finding } from './types';

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The edit a finding makes when it has exactly one certain replacement. */
export function fixOf(finding: Finding): TextEdit | undefined {
  if (!finding.fixable || finding.replacements.length !== 1) return undefined;
  return { start: finding.start, end: finding.end, text: finding.replacements[0].text };
}

export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = edits.slice().sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
    applied++;
  }
  return { text: out + text.slice(pos), applied };
}

export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  return applyEdits(text, findings.map(fixOf).filter((e): e is TextEdit => e !== undefined));
}
