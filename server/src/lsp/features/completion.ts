// Completion of official phrasings; documentation is resolved lazily for the chosen item.

import { CompletionItemKind, CompletionTriggerKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { describePhrasing } from '../../core/describe';
import { areaName, type Locale } from '../../core/messages';
import type { PolicyArea } from '../../core/types';
import { openDraft, type ServerContext } from '../context';
import { rangeOf } from '../convert';
import { guard } from './guard';

export function registerCompletion(ctx: ServerContext): void {
  ctx.connection.onCompletion(guard(ctx.connection, 'completion', null, (params) => {
    const draft = openDraft(ctx, params.textDocument.uri);
    if (!draft) return null;
    const { text, lines } = draft;
    const offset = lines.offsetAt(params.position);
    const explicit = params.context?.triggerKind === CompletionTriggerKind.Invoked;
    const result = ctx.completerFor(draft.uri).complete(text, offset, explicit);
    if (!result) return null;
    const range = rangeOf(lines, result.start, offset);
    const typed = text.slice(result.start, offset);
    const areas = ctx.termBaseFor(draft.uri).termBase.areas;
    const locale = ctx.lintOptions().locale ?? 'en';
    const items: CompletionItem[] = result.offers.map((o, i) => ({
      label: o.text,
      kind: CompletionItemKind.Constant,
      detail: areaDetail(locale, areas.get(o.phrasing.area)) ?? o.phrasing.area,
      labelDetails: { description: o.lang === 'zh' ? o.phrasing.en : o.phrasing.zh },
      textEdit: { range, newText: o.text },
      insertTextFormat: InsertTextFormat.PlainText,
      // What was typed may be a variant ("成渝经济") or span words: keep every offer visible.
      filterText: typed,
      sortText: String(i).padStart(4, '0'),
      data: { id: o.phrasing.id, uri: draft.uri },
    }));
    return { isIncomplete: true, items };
  }));

  // Resolving adds the documentation; whatever goes wrong, the item comes back as it was.
  const resolve = (item: CompletionItem): CompletionItem => {
    const { id, uri } = (item.data ?? {}) as { id?: unknown; uri?: unknown };
    const { index } = ctx.termBaseFor(typeof uri === 'string' ? uri : undefined);
    const p = typeof id === 'string' ? index.phrasing(id) : undefined;
    if (p) item.documentation = { kind: MarkupKind.Markdown, value: describePhrasing(index, p, undefined, ctx.lintOptions().locale) };
    return item;
  };
  ctx.connection.onCompletionResolve((item) => guard(ctx.connection, 'completionResolve', item, resolve)(item));
}

function areaDetail(locale: Locale, area: PolicyArea | undefined): string | undefined {
  return area && areaName(locale, area);
}
