// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
// diff (::error, ::warning, or ::notice for info and hint findings), escaped as the runner
// unescapes them.

import { ciPath, outcomeOf, range1, type DraftReport, type Outcome } from '../report';

const COMMAND: Record<Outcome, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** The message after "::": percent and line breaks escaped. */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also its separators, colon and comma. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function* formatGithub(reports: readonly DraftReport[]): Generator<string> {
  for (const r of reports) {
    const file = ciPath(r);
    for (const f of r.findings) {
      const at = range1(r, f.start, f.end);
      // Columns only on a one-line annotation: GitHub takes none on one that spans lines.
      const oneLine = at.line === at.endLine;
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${at.line}`,
        ...(oneLine ? [`col=${at.column}`] : []),
        `endLine=${at.endLine}`,
        ...(oneLine ? [`endColumn=${at.endColumn}`] : []),
        `title=${escapeProperty(`${f.ruleId} (policy-lint)`)}`,
      ].join(',');
      yield `::${COMMAND[outcomeOf(f.severity)]} ${props}::${escapeData(f.message)}\n`;
    }
  }
}
