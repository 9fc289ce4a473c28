// ESLint's result shape, so tools that read ESLint's JSON read ours. Written piece by piece:
// a draft with a million findings never becomes one string too long for the engine.
// Notes (info and hint) keep ESLint's severity 1, the only one below an error, but are not
// warnings: they are counted in noteCount, never in warningCount, and each message names
// its own severity in policySeverity (fields ESLint's readers pass over).

import { fixOf } from '../../core/fixes';
import type { Finding, Severity } from '../../core/types';
import { eslintSeverity, outcomeOf, range1, type DraftReport } from '../report';

interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  policySeverity: Severity;
  message: string;
  fix?: { range: [number, number]; text: string };
  [key: string]: unknown;
}

function message(r: DraftReport, f: Finding): EslintMessage {
  const edit = fixOf(f);
  return {
    ruleId: f.ruleId,
    severity: eslintSeverity(f.severity),
    policySeverity: f.severity,
    message: f.message,
    ...range1(r, f.start, f.end),
    ...(edit ? { fix: { range: [edit.start, edit.end], text: edit.text } } : {}),
    suggestions: f.replacements.map((rep) => ({
      desc: `Replace with "${rep.text}"`,
      fix: { range: [f.start, f.end], text: rep.text },
    })),
  };
}

export function* formatJson(reports: readonly DraftReport[]): Generator<string> {
  yield '[';
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i];
    const count = { error: 0, warning: 0, note: 0 };
    const fixable = { error: 0, warning: 0, note: 0 };
    yield `${i ? ',' : ''}\n  {"filePath":${JSON.stringify(r.filePath)},"messages":[`;
    for (let k = 0; k < r.findings.length; k++) {
      const m = message(r, r.findings[k]);
      const outcome = outcomeOf(m.policySeverity);
      count[outcome]++;
      if (m.fix) fixable[outcome]++;
      yield `${k ? ',' : ''}\n    ${JSON.stringify(m)}`;
    }
    yield `\n  ],"suppressedMessages":[],"errorCount":${count.error},"fatalErrorCount":0,"warningCount":${count.warning},` +
      `"fixableErrorCount":${fixable.error},"fixableWarningCount":${fixable.warning},"noteCount":${count.note},"fixableNoteCount":${fixable.note}}`;
  }
  yield '\n]\n';
}
