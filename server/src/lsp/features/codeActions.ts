// Quick fixes ride inside the diagnostics (their data), so code actions need no cache:
// one fix per replacement, "add to the team's ignore list", and a source.fixAll action.

import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { fixOf } from '../../core/fixes';
import { ACTION_TITLES } from '../../core/messages';
import type { ServerContext } from '../context';
import { ADD_TO_IGNORE_LIST_COMMAND, DIAGNOSTIC_SOURCE } from '../../protocol';
import { rangeOf, type DiagnosticData } from '../convert';
import { guard } from './guard';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.policyPhrasing`;

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(guard(ctx.connection, 'codeAction', null, (params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc || !ctx.isDraft(doc.uri)) return null;
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
    const actions: CodeAction[] = [];
    const titles = ACTION_TITLES[ctx.lintOptions().locale ?? 'en'];
    if (wants(CodeActionKind.QuickFix)) {
      for (const d of params.context.diagnostics) {
        if (d.source !== DIAGNOSTIC_SOURCE || !d.data) continue;
        const data = d.data as DiagnosticData;
        // The action names its diagnostic by range, code and message only: echoing the client's
        // whole diagnostic (its data) back for every action would multiply the answer's size.
        const named: Diagnostic = { range: d.range, message: d.message, severity: d.severity, code: d.code, source: d.source };
        for (const text of data.replacements) {
          actions.push({
            title: titles.replace(text),
            kind: CodeActionKind.QuickFix,
            diagnostics: [named],
            // The certain fix (fixOf, as --fix applies it) is the preferred action.
            isPreferred: data.fixable,
            edit: { changes: { [doc.uri]: [{ range: d.range, newText: text }] } },
          });
        }
        actions.push(ignoreAction(named, data, titles.ignore(data.actual), doc.uri));
      }
    }
    if (wants(FIX_ALL_KIND)) {
      const text = doc.getText();
      const lines = doc;
      const edits: TextEdit[] = ctx.linterFor(doc.uri).lint(text).map(fixOf).filter((e) => e !== undefined)
        .map((e) => ({ range: rangeOf(lines, e.start, e.end), newText: e.text }));
      if (edits.length > 0) {
        actions.push({ title: titles.fixAll(edits.length), kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } });
      }
    }
    return actions;
  }));
}

function ignoreAction(d: Diagnostic, data: DiagnosticData, title: string, draft: string): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    command: { title: 'Add to ignore list', command: ADD_TO_IGNORE_LIST_COMMAND, arguments: [data.actual, draft] },
  };
}
