// Go to definition opens the official source at the sentence that fixed the phrasing;
// find references lists the phrasing's uses across the workspace's drafts.

import type { Location, TextDocumentPositionParams } from 'vscode-languageserver';
import { citationOf, phrasingAt } from '../../core/describe';
import { sourceDocumentPath } from '../../node/termFiles';
import { openDraft, pathToUri, type ServerContext } from '../context';
import { positionsOf, rangeOf } from '../convert';
import { forEachDraft } from './workspaceDrafts';
import { guard } from './guard';

export function registerDefinition(ctx: ServerContext): void {
  ctx.connection.onDefinition(guard(ctx.connection, 'definition', null, (params) => {
    const at = phrasingUnder(ctx, params);
    if (!at) return null;
    const loaded = ctx.termBaseFor(params.textDocument.uri);
    const cite = citationOf(loaded.index, loaded.index.phrasing(at.occurrence.phrasingId)!);
    const file = cite && sourceDocumentPath(loaded, cite.document.id);
    if (!cite || !file) return null;
    const uri = pathToUri(file);
    return { uri, range: rangeOf(positionsOf(undefined, cite.document.text), cite.start, cite.end) };
  }));

  ctx.connection.onReferences(guard(ctx.connection, 'references', null, async (params, token) => {
    const at = phrasingUnder(ctx, params);
    if (!at) return null;
    const id = at.occurrence.phrasingId;
    const loaded = ctx.termBaseFor(params.textDocument.uri);
    const locations: Location[] = [];
    await forEachDraft(ctx, token, (uri, draft) => {
      const lines = positionsOf(ctx.documents.get(uri), draft);
      for (const o of ctx.termBaseFor(uri).index.occurrences(draft)) {
        if (o.phrasingId === id) locations.push({ uri, range: rangeOf(lines, o.start, o.end) });
      }
    });
    if (params.context.includeDeclaration) {
      for (const use of loaded.index.sourceUses(id)) {
        const file = sourceDocumentPath(loaded, use.document);
        const src = loaded.termBase.sources.get(use.document);
        if (file && src) {
          const uri = pathToUri(file);
          locations.push({ uri, range: rangeOf(positionsOf(undefined, src.text), use.start, use.end) });
        }
      }
    }
    return locations;
  }));
}

/** The phrasing under the cursor of a request on an open draft. */
export function phrasingUnder(ctx: ServerContext, params: TextDocumentPositionParams) {
  const draft = openDraft(ctx, params.textDocument.uri);
  // The findings the diagnostics have (cached per paragraph by the draft's linter).
  return draft && phrasingAt(ctx.termBaseFor(draft.uri).index, draft.text, draft.lines.offsetAt(params.position), ctx.lintOptions(), ctx.linterFor(draft.uri).lint(draft.text));
}
