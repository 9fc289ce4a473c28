// Builds one term base from the built-in term file and a team's files, in order:
// later files add phrasings, override built-in ones field by field (by id), switch them
// off, add ignored phrases and set rule severities. Problems carry file:line:column.

import { foldKey, detectLang } from './normalize';
import { locateSentence } from './sourceIndex';
import { respell } from './spelling';
import type { TermFile, TermFileProblem, RawTerm, PathSegment } from './termFile';
import {
  DEFAULT_SEVERITIES, RULE_IDS,
  type Phrasing, type PolicyArea, type RuleId, type SeveritySetting, type SourceDocument, type SpellingChoice, type TermBase,
  type Variant, type VariantKind, type VariantStatus,
} from './types';

/** Reads a source document named by a term file; returns its text or an error message. */
export type SourceReader = (termFile: string, path: string) => string | { error: string };

export interface BuildResult {
  termBase: TermBase;
  problems: TermFileProblem[];
}

export function buildTermBase(files: readonly TermFile[], readSource: SourceReader): BuildResult {
  const problems: TermFileProblem[] = files.flatMap((f) => f.problems);
  const areas = new Map<string, PolicyArea>();
  const sources = new Map<string, SourceDocument>();
  const byId = new Map<string, Phrasing>();
  const where = new Map<string, { file: TermFile; index: number }>();
  const ignore = new Set<string>();
  const names = new Set<string>();
  let spelling: SpellingChoice | undefined;
  let strict = false;
  const severities: Record<RuleId, SeveritySetting> = { ...DEFAULT_SEVERITIES };

  for (const file of files) {
    const data = file.data;
    if (!data) continue;
    const problem = (path: PathSegment[], message: string) =>
      problems.push({ file: file.name, ...file.locate(path), message });

    for (const area of data.areas ?? []) areas.set(area.id, { ...area });
    (data.sources ?? []).forEach((s, i) => {
      const text = readSource(file.name, s.path);
      if (typeof text !== 'string') problem(['sources', i, 'path'], `source "${s.id}": ${text.error}`);
      else sources.set(s.id, { ...s, text });
    });

    const seenHere = new Set<string>();
    (data.terms ?? []).forEach((raw, index) => {
      if (seenHere.has(raw.id)) return problem(['terms', index, 'id'], `duplicate term id "${raw.id}"`);
      seenHere.add(raw.id);
      const base = byId.get(raw.id);
      const merged = mergeTerm(base, raw, file.name);
      if (!merged) return problem(['terms', index], `new term "${raw.id}" needs "en" and "area"`);
      byId.set(raw.id, merged);
      where.set(raw.id, { file, index });
    });

    (data.disable ?? []).forEach((id, i) => {
      if (!byId.delete(id)) problem(['disable', i], `no term with id "${id}" to disable`);
    });
    for (const phrase of data.ignore ?? []) ignore.add(foldKey(phrase));
    for (const name of data.names ?? []) names.add(name);
    if (data.spelling) spelling = data.spelling;
    if (data.profile) strict = data.profile === 'strict';
    for (const rule of RULE_IDS) {
      const s = data.rules?.[rule];
      if (s) severities[rule] = s;
    }
  }

  if (strict && !files.some((f) => f.data?.rules?.['admitted-term'])) severities['admitted-term'] = 'hint';
  for (const p of byId.values()) addSpellings(p, spelling);

  // Checks that need the whole term base: areas, sources, and forms claimed twice.
  const claimed = new Map<string, string>();
  for (const p of byId.values()) {
    for (const form of [p.en, p.zh]) if (form) claimed.set(foldKey(form), p.id);
  }
  for (const p of byId.values()) {
    const at = where.get(p.id)!;
    const problem = (path: PathSegment[], message: string) =>
      problems.push({ file: at.file.name, ...at.file.locate(['terms', at.index, ...path]), message });
    if (!areas.has(p.area)) problem(['area'], `unknown policy area "${p.area}"`);
    if (p.source) {
      const doc = sources.get(p.source.document);
      if (!doc) problem(['source', 'document'], `unknown source document "${p.source.document}"`);
      else if (!locateSentence(doc, p.source.paragraph, p.source.sentence)) {
        problem(['source', 'sentence'], `sentence not found in paragraph ${p.source.paragraph} of "${doc.id}"`);
      }
    }
    // Variants merge across files: a problem points at the variant in the file that gave it.
    const given = at.file.data?.terms?.[at.index]?.variants ?? [];
    p.variants.forEach((v) => {
      const i = given.findIndex((g) => g.form === v.form);
      if (i < 0) return;
      // A form of one Latin letter or of punctuation only would match everywhere ("." in every sentence).
      const key = foldKey(v.form);
      if (!/[\p{L}\p{N}]/u.test(key) || (key.length < 2 && !/\p{Script=Han}/u.test(key))) {
        return problem(['variants', i, 'form'], `variant "${v.form}" is too short or has no letters: it would match ordinary text`);
      }
      const owner = claimed.get(key);
      if (owner === p.id && v.status === 'admitted') return;
      if (owner === p.id) problem(['variants', i, 'form'], `variant "${v.form}" only differs from the official form by case, hyphens or spacing, which is found without listing it`);
      else if (owner) problem(['variants', i, 'form'], `variant "${v.form}" is the official form of "${owner}"`);
      if (v.lang === 'zh' && !p.zh) problem(['variants', i, 'lang'], `Chinese variant "${v.form}" but the term has no "zh" form`);
    });
  }

  const phrasings = [...byId.values()];
  return { termBase: { areas, phrasings, byId, sources, ignore, severities, names: [...names], spelling }, problems };
}

function mergeTerm(base: Phrasing | undefined, raw: RawTerm, origin: string): Phrasing | undefined {
  const en = raw.en ?? base?.en;
  const area = raw.area ?? base?.area;
  if (!en || !area) return undefined;
  // A team's variants add to the built-in ones (its own form wins); removal is explicit.
  const removed = new Set((raw.removeVariants ?? []).map(foldKey));
  const added = (raw.variants ?? []).map(toVariant);
  const addedKeys = new Set(added.map((v) => foldKey(v.form)));
  const variants = [...(base?.variants ?? []).filter((v) => !addedKeys.has(foldKey(v.form))), ...added]
    .filter((v) => !removed.has(foldKey(v.form)));
  return {
    id: raw.id,
    en,
    zh: raw.zh ?? base?.zh,
    area,
    definition: raw.definition ?? base?.definition,
    definitionZh: raw.definitionZh ?? base?.definitionZh,
    source: raw.source ?? base?.source,
    variants,
    origin,
  };
}

function defaultStatus(kind: VariantKind): VariantStatus {
  if (kind === 'outdated') return 'superseded';
  if (kind === 'rendering' || kind === 'spelling') return 'admitted';
  return 'deprecated';
}

function toVariant(v: RawTerm['variants'] extends (infer V)[] | undefined ? V : never): Variant {
  const out: Variant = { form: v.form, kind: v.kind, lang: v.lang ?? detectLang(v.form), status: v.status ?? defaultStatus(v.kind) };
  if (v.note) out.note = v.note;
  if (v.replaced) out.replaced = v.replaced;
  if (v.notAfter) out.notAfter = v.notAfter;
  if (v.notBefore) out.notBefore = v.notBefore;
  return out;
}

/**
 * British and American spellings of a phrasing's English form: both admitted, or, when
 * the team chose one, that one official and the other a deprecated spelling variant.
 */
function addSpellings(p: Phrasing, choice: SpellingChoice | undefined): void {
  const gb = respell(p.en, 'en-GB');
  const us = respell(p.en, 'en-US');
  if (gb === us) return;
  const official = choice === 'en-GB' ? gb : choice === 'en-US' ? us : p.en;
  const other = official === gb ? us : gb;
  const before = foldKey(p.en);
  p.en = official;
  const key = foldKey(other);
  const officialKey = foldKey(official);
  p.variants = p.variants.filter((v) => foldKey(v.form) !== key && (officialKey === before || foldKey(v.form) !== officialKey));
  p.variants.push({ form: other, kind: 'spelling', lang: 'en', status: choice ? 'deprecated' : 'admitted', note: choice ? `The team writes ${choice} spelling.` : 'British and American spellings are both correct.' });
}
