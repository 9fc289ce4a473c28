// ESLint's result shape, so tools that read ESLint's JSON read ours.

import { fixOf } from '../../core/fixes';
import { eslintSeverity, range1, type DraftReport } from '../report';

export function formatJson(reports: readonly DraftReport[]): string {
  return JSON.stringify(reports.map((r) => {
    let errorCount = 0;
    let warningCount = 0;
    let fixableErrorCount = 0;
    let fixableWarningCount = 0;
    const messages = r.findings.map((f) => {
      const severity = eslintSeverity(f.severity);
      const edit = fixOf(f);
      if (severity === 2) {
        errorCount++;
        if (edit) fixableErrorCount++;
      } else {
        warningCount++;
        if (edit) fixableWarningCount++;
      }
      return {
        ruleId: f.ruleId,
        severity,
        message: f.message,
        ...range1(r, f.start, f.end),
        ...(edit ? { fix: { range: [edit.start, edit.end], text: edit.text } } : {}),
        suggestions: f.replacements.map((rep) => ({
          desc: `Replace with "${rep.text}"`,
          fix: { range: [f.start, f.end], text: rep.text },
        })),
      };
    });
    return {
      filePath: r.filePath,
      messages,
      suppressedMessages: [],
      errorCount,
      fatalErrorCount: 0,
      warningCount,
      fixableErrorCount,
      fixableWarningCount,
    };
  }), null, 2) + '\n';
}
