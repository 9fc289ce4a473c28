// Document symbols: the draft's headings, each with the policy areas its section touches.

import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { outline, type Section } from '../../core/outline';
import type { ServerContext } from '../context';
import { lineIndexOf, rangeOf } from '../convert';
import { guard } from './guard';
import type { LineIndex } from '../../core/positions';

export function registerSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(guard(ctx.connection, 'documentSymbol', null, (params) => {
    const doc = ctx.documents.get(params.textDocument.uri);
    if (!doc || !ctx.isDraft(doc.uri)) return null;
    const text = doc.getText();
    const lines = lineIndexOf(doc.uri, doc.version, text);
    return outline(ctx.loaded.index, text).map((s) => toSymbol(lines, s));
  }));
}

function toSymbol(lines: LineIndex, s: Section): DocumentSymbol {
  return {
    name: s.title,
    detail: s.areas.join(', '),
    kind: SymbolKind.String,
    range: rangeOf(lines, s.start, s.end),
    selectionRange: rangeOf(lines, s.headingStart, s.headingEnd),
    children: s.children.map((c) => toSymbol(lines, c)),
  };
}
