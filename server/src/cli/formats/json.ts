// ESLint's result shape, so tools that read ESLint's JSON read ours. Written piece by piece:
// a draft with a million findings never becomes one string too long for the engine.
// Notes (info and hint) keep ESLint's severity 1, the only one below an error, but are not
// warnings: they are counted in noteCount, never in warningCount, and each message names
// its own severity in policySeverity (fields ESLint's readers pass over).

import { fixOf } from '../../core/fixes';
import type { Finding } from '../../core/types';
import { eslintSeverity, outcomeOf, range1, type DraftReport } from '../report';

const q = JSON.stringify;

/**
 * One message as ESLint writes it, built as text: the same bytes JSON.stringify gives the
 * object (keys in this order), without making the object first (a dense draft has tens of
 * thousands). Its outcome and whether it has a certain fix, for the counts.
 */
function message(r: DraftReport, f: Finding): { json: string; outcome: ReturnType<typeof outcomeOf>; fixable: boolean } {
  const edit = fixOf(f);
  const { line, column, endLine, endColumn } = range1(r, f.start, f.end);
  let json = `{"ruleId":${q(f.ruleId)},"severity":${eslintSeverity(f.severity)},"policySeverity":${q(f.severity)},"message":${q(f.message)},` +
    `"line":${line},"column":${column},"endLine":${endLine},"endColumn":${endColumn}`;
  if (edit) json += `,"fix":{"range":[${edit.start},${edit.end}],"text":${q(edit.text)}}`;
  json += ',"suggestions":[';
  f.replacements.forEach((rep, k) => {
    json += `${k ? ',' : ''}{"desc":${q(`Replace with "${rep.text}"`)},"fix":{"range":[${f.start},${f.end}],"text":${q(rep.text)}}}`;
  });
  return { json: `${json}]}`, outcome: outcomeOf(f.severity), fixable: edit !== undefined };
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
      count[m.outcome]++;
      if (m.fixable) fixable[m.outcome]++;
      yield `${k ? ',' : ''}\n    ${m.json}`;
    }
    yield `\n  ],"suppressedMessages":[],"errorCount":${count.error},"fatalErrorCount":0,"warningCount":${count.warning},` +
      `"fixableErrorCount":${fixable.error},"fixableWarningCount":${fixable.warning},"noteCount":${count.note},"fixableNoteCount":${fixable.note}}`;
  }
  yield '\n]\n';
}
