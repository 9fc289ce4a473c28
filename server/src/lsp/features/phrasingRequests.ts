// Requests of the extension's own views and commands: the whole term base (side bar, quick
// pick) and the phrasing under the cursor (Show Phrasing Details).

import { RequestType0 } from 'vscode-languageserver';
import type { Phrasing } from '../../core/types';
import type { ServerContext } from '../context';
import { phrasingUnder } from './definition';
import { guard } from './guard';

export const PHRASINGS_REQUEST = 'policyPhrasing/phrasings';
export const PHRASING_AT_REQUEST = 'policyPhrasing/phrasingAt';
export const STATUS_NOTIFICATION = 'policyPhrasing/status';

export function registerPhrasingRequests(ctx: ServerContext): void {
  ctx.connection.onRequest(new RequestType0(PHRASINGS_REQUEST), guard(ctx.connection, 'phrasings', null, () => ({
    areas: [...ctx.loaded.termBase.areas.values()].map(({ id, name, nameZh }) => ({ id, name, nameZh })),
    phrasings: ctx.loaded.index.phrasings.map((p) => toWire(ctx, p)),
  })));

  ctx.connection.onRequest(PHRASING_AT_REQUEST, guard(ctx.connection, 'phrasingAt', null,
    (params: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
      const at = phrasingUnder(ctx, params);
      return at ? toWire(ctx, ctx.loaded.index.phrasing(at.occurrence.phrasingId)!) : null;
    }));
}

function toWire(ctx: ServerContext, p: Phrasing) {
  return {
    id: p.id, en: p.en, zh: p.zh, area: p.area,
    areaName: ctx.loaded.termBase.areas.get(p.area)?.name ?? p.area,
    definition: p.definition, source: p.source,
    variants: p.variants.map(({ form, kind, lang }) => ({ form, kind, lang })),
  };
}
