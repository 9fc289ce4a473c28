// ESLint's result shape, so tools that read ESLint's JSON read ours. Written piece by piece:
// a draft with a million findings never becomes one string too long for the engine.

import { fixOf } from '../../core/fixes';
import type { Finding } from '../../core/types';
import { eslintSeverity, range1, type DraftReport } from '../report';

function message(r: DraftReport, f: Finding): { severity: 1 | 2; fix?: unknown; [key: string]: unknown } {
  const edit = fixOf(f);
  return {
    ruleId: f.ruleId,
    severity: eslintSeverity(f.severity),
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
    let errorCount = 0;
    let warningCount = 0;
    let fixableErrorCount = 0;
    let fixableWarningCount = 0;
    yield `${i ? ',' : ''}\n  {"filePath":${JSON.stringify(r.filePath)},"messages":[`;
    for (let k = 0; k < r.findings.length; k++) {
      const m = message(r, r.findings[k]);
      if (m.severity === 2) {
        errorCount++;
        if (m.fix) fixableErrorCount++;
      } else {
        warningCount++;
        if (m.fix) fixableWarningCount++;
      }
      yield `${k ? ',' : ''}\n    ${JSON.stringify(m)}`;
    }
    yield `\n  ],"suppressedMessages":[],"errorCount":${errorCount},"fatalErrorCount":0,"warningCount":${warningCount},` +
      `"fixableErrorCount":${fixableErrorCount},"fixableWarningCount":${fixableWarningCount}}`;
  }
  yield '\n]\n';
}
