// Diagnostics for open drafts: debounced after each edit, computed by the draft's
// paragraph-caching linter, dropped when the draft changed while they were computed.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import { guard } from './guard';

export interface DiagnosticsFeature {
  schedule(doc: TextDocument): void;
  validateAll(): void;
}

export function registerDiagnostics(ctx: ServerContext): DiagnosticsFeature {
  const timers = new Map<string, NodeJS.Timeout>();

  const validate = guard(ctx.connection, 'diagnostics', undefined, (uri: string) => {
    const doc = ctx.documents.get(uri);
    if (!doc || !ctx.isDraft(uri) || !ctx.ready) return;
    const version = doc.version;
    const text = doc.getText();
    const findings = ctx.linterFor(uri).lint(text);
    if (ctx.documents.get(uri)?.version !== version) return;
    void ctx.connection.sendDiagnostics({ uri, version, diagnostics: findings.map((f) => toDiagnostic(doc, f)) });
  }, false);

  const lastRun = new Map<string, number>();

  // The first edit after a pause is checked at once (after the current batch of messages);
  // edits that follow within the delay are gathered into one check at its end.
  const schedule = (doc: TextDocument) => {
    const delay = ctx.settings.diagnosticsDelay;
    const pending = timers.get(doc.uri);
    const idle = pending === undefined && performance.now() - (lastRun.get(doc.uri) ?? -Infinity) >= delay;
    clearTimeout(pending);
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      lastRun.set(doc.uri, performance.now());
      validate(doc.uri);
    }, idle ? 0 : delay));
  };

  ctx.documents.onDidChangeContent((e) => schedule(e.document));
  ctx.documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    lastRun.delete(e.document.uri);
    if (ctx.isDraft(e.document.uri)) void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  return {
    schedule,
    validateAll: () => ctx.documents.all().forEach((d) => validate(d.uri)),
  };
}
