// What a drafter reads about a phrasing: on hover, in completion documentation, in the
// details command. Markdown, built from the term base and the source index only.

import { classify, guardAt } from './classify';
import { EN_FORM, type PhrasingIndex } from './phrasingIndex';
import { locateSentence, type SourceUse } from './sourceIndex';
import type { Occurrence, Phrasing, SourceDocument } from './types';


/** The phrasing or misspelling under an offset, looking only at the text around it, with what is wrong with it. */
export function phrasingAt(index: PhrasingIndex, text: string, offset: number): { occurrence: Occurrence; use: DraftUse } | undefined {
  const from = Math.max(0, offset - 300);
  const to = Math.min(text.length, offset + 300);
  const scan = index.scan(text, from, to);
  const hit = scan.occurrences.find((o) => o.start <= offset && offset <= o.end && o.start !== o.end);
  if (hit) {
    const actual = text.slice(hit.start, hit.end);
    const guard = guardAt(index, text, hit);
    if (guard) {
      const p = index.phrasing(hit.phrasingId)!;
      const official = hit.form >= 0 && p.variants[hit.form].lang === 'zh' && p.zh ? p.zh : p.en;
      const where = guard === 'title' ? 'a cited title' : guard === 'name' ? 'a proper name' : guard === 'history' ? 'a sentence about the past' : 'a context the term base allows';
      return { occurrence: hit, use: { actual, note: `"${actual}" stands in ${where} and is kept as written. The current official phrasing is "${official}".` } };
    }
    return { occurrence: hit, use: { actual, problem: classify(index, text, hit)?.message } };
  }
  const miss = index.misspellings(text, scan).find((m) => m.start <= offset && offset <= m.end);
  if (!miss) return undefined;
  const actual = text.slice(miss.start, miss.end);
  const official = index.phrasing(miss.phrasingId)!.en;
  return {
    occurrence: { start: miss.start, end: miss.end, phrasingId: miss.phrasingId, form: EN_FORM },
    use: { actual, problem: `"${actual}" looks like a misspelling of this official phrasing ("${official}").` },
  };
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

/** How the draft writes a phrasing, for the hover: its text and what is wrong with it, if anything. */
export interface DraftUse {
  actual: string;
  /** The finding's message when the draft's form is not the official one. */
  problem?: string;
  /** Why a form that is not the official one is fine here (a cited title, a name). */
  note?: string;
}

export function describePhrasing(index: PhrasingIndex, p: Phrasing, use?: DraftUse): string {
  const area = index.termBase.areas.get(p.area);
  const lines: string[] = [];
  const title = p.zh ? `**${p.en}** · **${p.zh}**` : `**${p.en}**`;
  lines.push(title, '');
  if (use) lines.push(use.problem ? `⚠ ${use.problem}` : use.note ? `ℹ ${use.note}` : '✓ Official phrasing', '');
  if (area) lines.push(`Policy area: ${area.name}${area.nameZh ? ` (${area.nameZh})` : ''}`, '');
  if (p.definition) lines.push(p.definition, '');
  const cite = citationOf(index, p);
  if (cite) {
    lines.push(`> ${cite.sentence}`, '', `— ${cite.document.title}, paragraph ${cite.paragraph}`);
    const more = index.sourceUses(p.id).length;
    if (more > 1) lines.push('', `Mentioned ${more} times in the official sources.`);
  }
  const byStatus = (status: string) => p.variants.filter((v) => v.status === status);
  const admitted = byStatus('admitted');
  if (admitted.length) lines.push('', `Admitted: ${admitted.map((v) => `"${v.form}"`).join(', ')}`);
  const deprecated = byStatus('deprecated');
  if (deprecated.length) lines.push('', `Deprecated: ${deprecated.map((v) => `"${v.form}"`).join(', ')}`);
  const superseded = byStatus('superseded');
  if (superseded.length) {
    lines.push('', `Superseded: ${superseded.map((v) => `"${v.form}"${v.replaced ? ` (${v.replaced})` : ''}`).join(', ')}`);
  }
  return lines.join('\n');
}

