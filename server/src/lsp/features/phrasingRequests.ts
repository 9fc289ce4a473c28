// Requests of the extension's own views and commands: the whole term base (side bar, quick
// pick), the phrasing under the cursor (Show Phrasing Details) and one phrasing by id (the
// side bar's tooltip). The server renders what is said about a phrasing; the client shows it.

import { RequestType, RequestType0 } from 'vscode-languageserver';
import { describePhrasing, type DraftUse } from '../../core/describe';
import { areaName } from '../../core/messages';
import type { Phrasing } from '../../core/types';
import type { LoadedTermBase } from '../../node/termFiles';
import {
  DESCRIBE_PHRASING_REQUEST, PHRASING_AT_REQUEST, PHRASINGS_REQUEST,
  type DescribePhrasingParams, type PhrasingAtParams, type PhrasingDescription, type PhrasingInfo, type PhrasingsResult,
} from '../../protocol';
import type { ServerContext } from '../context';
import { phrasingUnder } from './definition';
import { guard } from './guard';

export function registerPhrasingRequests(ctx: ServerContext): void {
  // The side bar and the quick pick show the first workspace folder's term base.
  ctx.connection.onRequest(new RequestType0<PhrasingsResult | null, void>(PHRASINGS_REQUEST), guard(ctx.connection, 'phrasings', null, () => {
    const loaded = ctx.termBaseFor();
    return {
      areas: [...loaded.termBase.areas.values()].map(({ id, name, nameZh }) => ({ id, name, nameZh })),
      phrasings: loaded.index.phrasings.map((p) => toWire(ctx, loaded, p)),
    };
  }));

  ctx.connection.onRequest(new RequestType<PhrasingAtParams, PhrasingDescription | null, void>(PHRASING_AT_REQUEST), guard(ctx.connection, 'phrasingAt', null, (params) => {
    const at = phrasingUnder(ctx, params);
    const loaded = ctx.termBaseFor(params.textDocument.uri);
    return at ? describe(ctx, loaded, loaded.index.phrasing(at.occurrence.phrasingId)!, at.use) : null;
  }));

  ctx.connection.onRequest(new RequestType<DescribePhrasingParams, PhrasingDescription | null, void>(DESCRIBE_PHRASING_REQUEST), guard(ctx.connection, 'describePhrasing', null, (params) => {
    const loaded = ctx.termBaseFor();
    const p = typeof params?.id === 'string' ? loaded.index.phrasing(params.id) : undefined;
    return p ? describe(ctx, loaded, p) : null;
  }));
}

function describe(ctx: ServerContext, loaded: LoadedTermBase, p: Phrasing, use?: DraftUse): PhrasingDescription {
  const { locale } = ctx.lintOptions();
  return {
    phrasing: toWire(ctx, loaded, p),
    markdown: describePhrasing(loaded.index, p, use, locale),
    text: describePhrasing(loaded.index, p, use, locale, 'text'),
  };
}

function toWire(ctx: ServerContext, loaded: LoadedTermBase, p: Phrasing): PhrasingInfo {
  const { termBase } = loaded;
  const area = termBase.areas.get(p.area);
  const source = p.source && { ...p.source, documentTitle: termBase.sources.get(p.source.document)?.title ?? p.source.document };
  return {
    id: p.id, en: p.en, zh: p.zh, area: p.area,
    areaName: area ? areaName(ctx.lintOptions().locale ?? 'en', area) : p.area,
    definition: p.definition, source,
    variants: p.variants.map(({ form, kind, lang }) => ({ form, kind, lang })),
  };
}
