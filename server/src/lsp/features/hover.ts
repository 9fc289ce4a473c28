// Hover: the official form, its status, policy area, definition, source sentence and the
// counterpart in the other language; on a variant, which official form it stands for.

import { MarkupKind } from 'vscode-languageserver';
import { describePhrasing, phrasingAt } from '../../core/describe';
import { openDraft, type ServerContext } from '../context';
import { rangeOf } from '../convert';
import { guard } from './guard';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(guard(ctx.connection, 'hover', null, (params) => {
    const draft = openDraft(ctx, params.textDocument.uri);
    if (!draft) return null;
    const { text, lines } = draft;
    // The same options as the diagnostics: the hover never contradicts them.
    const options = ctx.lintOptions();
    const findings = ctx.linterFor(params.textDocument.uri).lint(text);
    const { index } = ctx.termBaseFor(draft.uri);
    const at = phrasingAt(index, text, lines.offsetAt(params.position), options, findings);
    if (!at) return null;
    const p = index.phrasing(at.occurrence.phrasingId)!;
    return {
      contents: { kind: MarkupKind.Markdown, value: describePhrasing(index, p, at.use, options.locale) },
      range: rangeOf(lines, at.occurrence.start, at.occurrence.end),
    };
  }));
}
