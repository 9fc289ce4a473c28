// TBX-Basic (ISO 30042, DCT style) import and export, so the term base travels to and from
// the CAT tools translators use (Trados MultiTerm, memoQ, Phrase). A concept entry is a
// phrasing; its terms carry administrativeStatus (preferred, admitted, deprecated,
// superseded). What TBX-Basic has no field for (variant kind, context guards, policy area
// id) rides in a <note> that starts with "policy-phrasing", which other tools keep as text.

import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import type { RawTerm, RawVariant, TermFileData } from './termFile';
import type { TermBase, VariantStatus } from './types';

const STATUS_VALUE: Record<VariantStatus | 'preferred', string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
};
const NOTE_PREFIX = 'policy-phrasing ';
const NAMES_ID = 'protected-names';

type Node = Record<string, unknown>;

function termSec(term: string, status: keyof typeof STATUS_VALUE, extra?: object): Node {
  const sec: Node = { term, termNote: { '@_type': 'administrativeStatus', '#text': STATUS_VALUE[status] } };
  if (extra && Object.keys(extra).length) sec.note = NOTE_PREFIX + JSON.stringify(extra);
  return sec;
}

export function exportTbx(termBase: TermBase): string {
  const entries: Node[] = termBase.phrasings.map((p) => {
    const area = termBase.areas.get(p.area);
    const langs: Node[] = [];
    for (const lang of ['en', 'zh'] as const) {
      const preferred = lang === 'en' ? p.en : p.zh;
      const variants = p.variants.filter((v) => v.lang === lang);
      if (!preferred && !variants.length) continue;
      const secs = preferred ? [termSec(preferred, 'preferred')] : [];
      for (const v of variants) {
        secs.push(termSec(v.form, v.status, {
          kind: v.kind, ...(v.note && { note: v.note }), ...(v.replaced && { replaced: v.replaced }),
          ...(v.notAfter && { notAfter: v.notAfter }), ...(v.notBefore && { notBefore: v.notBefore }),
        }));
      }
      const sec: Node = { '@_xml:lang': lang };
      if (lang === 'en' && p.definition) sec.descrip = { '@_type': 'definition', '#text': p.definition };
      sec.termSec = secs;
      langs.push(sec);
    }
    return {
      '@_id': p.id,
      descrip: { '@_type': 'subjectField', '#text': area?.name ?? p.area },
      note: NOTE_PREFIX + JSON.stringify({ area: p.area, ...(area && { areaName: area.name, areaNameZh: area.nameZh }) }),
      langSec: langs,
    };
  });
  if (termBase.names.length) {
    entries.push({
      '@_id': NAMES_ID,
      note: NOTE_PREFIX + JSON.stringify({ names: true }),
      langSec: [{ '@_xml:lang': 'und', termSec: termBase.names.map((n) => termSec(n, 'preferred')) }],
    });
  }
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tbx: {
      '@_style': 'dct', '@_type': 'TBX-Basic', '@_xml:lang': 'en', '@_xmlns': 'urn:iso:std:iso:30042:ed-2',
      tbxHeader: { fileDesc: { sourceDesc: { p: 'Official phrasings exported by policy-lint --export tbx' } } },
      text: { body: { conceptEntry: entries } },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build(doc) as string;
}

const asList = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const textOf = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : (v as Node | undefined)?.['#text'] as string ?? '');

function noteData(node: Node): Record<string, unknown> {
  for (const n of asList(node.note as unknown)) {
    const t = textOf(n);
    if (t.startsWith(NOTE_PREFIX)) {
      try { return JSON.parse(t.slice(NOTE_PREFIX.length)) as Record<string, unknown>; } catch { /* a note of another tool */ }
    }
  }
  return {};
}

function statusOf(sec: Node): VariantStatus | 'preferred' {
  for (const n of asList(sec.termNote as unknown)) {
    const node = n as Node;
    if (node['@_type'] !== 'administrativeStatus') continue;
    const value = textOf(node);
    const found = (Object.keys(STATUS_VALUE) as (keyof typeof STATUS_VALUE)[]).find((k) => STATUS_VALUE[k] === value);
    if (found) return found;
  }
  return 'deprecated';
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'imported';

/** Term file data from a TBX document; throws with a message when it is not TBX. */
export function parseTbx(text: string): TermFileData {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true, processEntities: true });
  const doc = parser.parse(text) as Node;
  const tbx = doc.tbx as Node | undefined;
  if (!tbx) throw new Error('not a TBX file: no <tbx> root element');
  const body = ((tbx.text as Node | undefined)?.body ?? {}) as Node;
  const data: TermFileData = { version: 1, areas: [], terms: [], names: [] };
  const areas = new Map<string, { id: string; name: string; nameZh?: string }>();
  for (const entry of asList(body.conceptEntry as Node | Node[])) {
    const extra = noteData(entry);
    const langSecs = asList(entry.langSec as Node | Node[]);
    if (extra.names) {
      for (const l of langSecs) for (const s of asList(l.termSec as Node | Node[])) data.names!.push(textOf(s.term));
      continue;
    }
    const subject = asList(entry.descrip as Node | Node[]).find((d) => d['@_type'] === 'subjectField');
    const areaName = (extra.areaName as string | undefined) ?? (subject ? textOf(subject) : 'Imported');
    const areaId = (extra.area as string | undefined) ?? slug(areaName);
    if (!areas.has(areaId)) areas.set(areaId, { id: areaId, name: areaName, ...(extra.areaNameZh ? { nameZh: extra.areaNameZh as string } : {}) });
    const term: RawTerm = { id: slug(String((entry['@_id'] as string | undefined) ?? '')), area: areaId, variants: [] };
    for (const l of langSecs) {
      const lang = l['@_xml:lang'] === 'zh' || String(l['@_xml:lang']).startsWith('zh') ? 'zh' : 'en';
      const definition = asList(l.descrip as Node | Node[]).find((d) => d['@_type'] === 'definition');
      if (definition && lang === 'en') term.definition = textOf(definition);
      for (const sec of asList(l.termSec as Node | Node[])) {
        const form = textOf(sec.term);
        const status = statusOf(sec);
        if (status === 'preferred' && !term[lang]) { term[lang] = form; continue; }
        const meta = noteData(sec);
        const v: RawVariant = {
          form, lang, status: status === 'preferred' ? 'admitted' : status,
          kind: (meta.kind as RawVariant['kind'] | undefined) ?? (status === 'superseded' ? 'outdated' : status === 'admitted' ? 'rendering' : 'informal'),
        };
        for (const key of ['note', 'replaced'] as const) if (typeof meta[key] === 'string') v[key] = meta[key] as string;
        for (const key of ['notAfter', 'notBefore'] as const) if (Array.isArray(meta[key])) v[key] = meta[key] as string[];
        term.variants!.push(v);
      }
    }
    data.terms!.push(term);
  }
  data.areas = [...areas.values()];
  if (!data.names!.length) delete data.names;
  return data;
}
