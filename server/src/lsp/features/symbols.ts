// Document symbols: the draft's headings, each with the policy areas its section touches.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { outline, type Section } from '../../core/outline';
import { openDraft, type ServerContext } from '../context';
import { rangeOf, type Positions } from '../convert';
import { guard } from './guard';

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(guard(ctx.connection, 'documentSymbol', null, (params) => {
    const draft = openDraft(ctx, params.textDocument.uri);
    return draft ? outline(ctx.termBaseFor(draft.uri).index, draft.text).map((s) => toSymbol(draft.lines, s)) : null;
  }));
}

function toSymbol(lines: Positions, s: Section): DocumentSymbol {
  return {
    name: s.title,
    detail: s.areas.join(', '),
    kind: SymbolKind.String,
    range: rangeOf(lines, s.start, s.end),
    selectionRange: rangeOf(lines, s.headingStart, s.headingEnd),
    children: s.children.map((c) => toSymbol(lines, c)),
  };
}
