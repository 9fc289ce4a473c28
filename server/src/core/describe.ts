// What a drafter reads about a phrasing: on hover, in completion documentation, in the
// details command. Markdown, built from the term base and the source index only.

import { EN_FORM, ZH_FORM, type PhrasingIndex } from './phrasingIndex';
import { locateSentence, type SourceUse } from './sourceIndex';
import type { Occurrence, Phrasing, SourceDocument } from './types';

const KIND_LABEL: Record<string, string> = {
  misspelling: 'a misspelling', informal: 'an informal form', outdated: 'an outdated form', casing: 'a mis-cased form',
  hyphenation: 'a mis-hyphenated form', number: 'a singular/plural or numeral variant', spelling: 'a regional spelling',
};

/** The phrasing or misspelling under an offset, looking only at the text around it. */
export function phrasingAt(index: PhrasingIndex, text: string, offset: number): { occurrence: Occurrence; misspelled: boolean } | undefined {
  const from = Math.max(0, offset - 300);
  const to = Math.min(text.length, offset + 300);
  const scan = index.scan(text, from, to);
  const hit = scan.occurrences.find((o) => o.start <= offset && offset <= o.end && o.start !== o.end);
  if (hit) return { occurrence: hit, misspelled: false };
  const miss = index.misspellings(text, scan).find((m) => m.start <= offset && offset <= m.end);
  return miss ? { occurrence: { start: miss.start, end: miss.end, phrasingId: miss.phrasingId, form: EN_FORM }, misspelled: true } : undefined;
}

export interface SourceCitation {
  document: SourceDocument;
  paragraph: number;
  sentence: string;
  start: number;
  end: number;
}

/** The sentence that fixed a phrasing, or else its first use in the sources. */
export function citationOf(index: PhrasingIndex, p: Phrasing): SourceCitation | undefined {
  if (p.source) {
    const doc = index.termBase.sources.get(p.source.document);
    const span = doc && locateSentence(doc, p.source.paragraph, p.source.sentence);
    if (doc && span) return { document: doc, paragraph: p.source.paragraph, sentence: p.source.sentence, ...span };
  }
  const use: SourceUse | undefined = index.sourceUses(p.id)[0];
  const doc = use && index.termBase.sources.get(use.document);
  if (!use || !doc) return undefined;
  return { document: doc, paragraph: use.paragraph, sentence: doc.text.slice(use.sentence.start, use.sentence.end), start: use.sentence.start, end: use.sentence.end };
}

export function describePhrasing(index: PhrasingIndex, p: Phrasing, occurrence?: { form: number; actual: string; misspelled: boolean }): string {
  const area = index.termBase.areas.get(p.area);
  const lines: string[] = [];
  const title = p.zh ? `**${p.en}** · **${p.zh}**` : `**${p.en}**`;
  lines.push(title, '');
  if (occurrence?.misspelled) {
    lines.push(`⚠ "${occurrence.actual}" looks like a misspelling of this official phrasing.`, '');
  } else if (occurrence && occurrence.form >= 0) {
    const v = p.variants[occurrence.form];
    const official = v.lang === 'zh' && p.zh ? p.zh : p.en;
    lines.push(`⚠ "${occurrence.actual}" is ${KIND_LABEL[v.kind] ?? 'a variant'} of the official phrasing **${official}**.`, '');
  } else if (occurrence && (occurrence.form === EN_FORM || occurrence.form === ZH_FORM)) {
    lines.push('✓ Official phrasing', '');
  }
  if (area) lines.push(`Policy area: ${area.name}${area.nameZh ? ` (${area.nameZh})` : ''}`, '');
  if (p.definition) lines.push(p.definition, '');
  const cite = citationOf(index, p);
  if (cite) {
    lines.push(`> ${cite.sentence}`, '', `— ${cite.document.title}, paragraph ${cite.paragraph}`);
    const more = index.sourceUses(p.id).length;
    if (more > 1) lines.push('', `Mentioned ${more} times in the official sources.`);
  }
  if (p.variants.length > 0) {
    lines.push('', `Non-standard forms: ${p.variants.map((v) => `"${v.form}"`).join(', ')}`);
  }
  return lines.join('\n');
}

