// Lint Workspace: every draft, opened or not, with work-done progress; diagnostics are
// published for the drafts that are not open (open ones have their own, live).

import { RequestType0, type CancellationToken } from 'vscode-languageserver';
import { LINT_WORKSPACE_REQUEST, type LintWorkspaceResult } from '../../protocol';
import type { ServerContext } from '../context';
import { positionsOf, toDiagnostic } from '../convert';
import { lint } from '../../core/lint';
import { forEachDraft } from './workspaceDrafts';
import { guard } from './guard';

// A request without parameters: its handler receives only the cancellation token (or, from a
// client that sends `params: null`, null in its place).
const lintWorkspaceRequest = new RequestType0<LintWorkspaceResult, void>(LINT_WORKSPACE_REQUEST);

export function registerWorkspaceLint(ctx: ServerContext): void {
  ctx.connection.onRequest(lintWorkspaceRequest, guard(ctx.connection, 'lintWorkspace', Promise.resolve({ drafts: 0, findings: 0 }), async (token: CancellationToken | null) => {
    const progress = await ctx.connection.window.createWorkDoneProgress();
    progress.begin('Linting drafts', 0, 'Looking for drafts…', true);
    let findings = 0;
    try {
      const cancelled = { get isCancellationRequested() { return progress.token.isCancellationRequested || token?.isCancellationRequested === true; } };
      const drafts = await forEachDraft(ctx, cancelled, (uri, text, version, open) => {
        const found = open ? ctx.linterFor(uri).lint(text) : lint(ctx.termBaseFor(uri).index, text, ctx.lintOptions());
        findings += found.length;
        if (!open) {
          const lines = positionsOf(undefined, text);
          void ctx.connection.sendDiagnostics({ uri, diagnostics: found.map((f) => toDiagnostic(lines, f)) });
        }
      }, (done, total) => progress.report(Math.round((done / total) * 100), `${done} of ${total} drafts`));
      return { drafts, findings };
    } finally {
      progress.done();
    }
  }));
}
