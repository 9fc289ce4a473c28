// Requests of the extension's own views and commands: the whole term base (side bar, quick
// pick), the phrasing under the cursor (Show Phrasing Details) and one phrasing by id (the
// side bar's tooltip). The server renders what is said about a phrasing; the client shows it.

import { RequestType, RequestType0 } from 'vscode-languageserver';
import { describePhrasing, type DraftUse } from '../../core/describe';
import { areaName } from '../../core/messages';
import type { Phrasing } from '../../core/types';
import {
  DESCRIBE_PHRASING_REQUEST, PHRASING_AT_REQUEST, PHRASINGS_REQUEST,
  type DescribePhrasingParams, type PhrasingAtParams, type PhrasingDescription, type PhrasingInfo, type PhrasingsResult,
} from '../../protocol';
import type { ServerContext } from '../context';
import { phrasingUnder } from './definition';
import { guard } from './guard';

export function registerPhrasingRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(new RequestType0<PhrasingsResult | null, void>(PHRASINGS_REQUEST), guard(ctx.connection, 'phrasings', null, () => ({
    areas: [...ctx.loaded.termBase.areas.values()].map(({ id, name, nameZh }) => ({ id, name, nameZh })),
    phrasings: ctx.loaded.index.phrasings.map((p) => toWire(ctx, p)),
  })));

  ctx.connection.onRequest(new RequestType<PhrasingAtParams, PhrasingDescription | null, void>(PHRASING_AT_REQUEST), guard(ctx.connection, 'phrasingAt', null, (params) => {
    const at = phrasingUnder(ctx, params);
    return at ? describe(ctx, ctx.loaded.index.phrasing(at.occurrence.phrasingId)!, at.use) : null;
  }));

  ctx.connection.onRequest(new RequestType<DescribePhrasingParams, PhrasingDescription | null, void>(DESCRIBE_PHRASING_REQUEST), guard(ctx.connection, 'describePhrasing', null, (params) => {
    const p = typeof params?.id === 'string' ? ctx.loaded.index.phrasing(params.id) : undefined;
    return p ? describe(ctx, p) : null;
  }));
}

function describe(ctx: ServerContext, p: Phrasing, use?: DraftUse): PhrasingDescription {
  const { locale } = ctx.lintOptions();
  return {
    phrasing: toWire(ctx, p),
    markdown: describePhrasing(ctx.loaded.index, p, use, locale),
    text: describePhrasing(ctx.loaded.index, p, use, locale, 'text'),
  };
}

function toWire(ctx: ServerContext, p: Phrasing): PhrasingInfo {
  const { termBase } = ctx.loaded;
  const area = termBase.areas.get(p.area);
  const source = p.source && { ...p.source, documentTitle: termBase.sources.get(p.source.document)?.title ?? p.source.document };
  return {
    id: p.id, en: p.en, zh: p.zh, area: p.area,
    areaName: area ? areaName(ctx.lintOptions().locale ?? 'en', area) : p.area,
    definition: p.definition, source,
    variants: p.variants.map(({ form, kind, lang }) => ({ form, kind, lang })),
  };
}
