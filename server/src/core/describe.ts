// What a drafter reads about a phrasing: on hover, in completion documentation, in the
// details command. Markdown, built from the term base and the source index only.

import { guardAt } from './classify';
import { judge, type LintOptions } from './lint';
import { say, type Locale } from './messages';
import { EN_FORM, isNumberForm, type PhrasingIndex } from './phrasingIndex';
import { locateSentence, type SourceUse } from './sourceIndex';
import type { Finding, Occurrence, Phrasing, SourceDocument } from './types';


/**
 * The phrasing under an offset and how the draft writes it. The finding there comes from the
 * lint itself, with the same options (ignore list, severities, similarity on or off, locale),
 * so the hover never contradicts the diagnostics: the editor passes the draft's findings as
 * its diagnostics have them; without them the text around the offset is linted.
 */
export function phrasingAt(index: PhrasingIndex, text: string, offset: number, options: LintOptions = {}, findings?: readonly Finding[]):
  { occurrence: Occurrence; use: DraftUse } | undefined {
  const from = Math.max(0, offset - 300);
  const to = Math.min(text.length, offset + 300);
  const under = (s: { start: number; end: number }) => s.start <= offset && offset <= s.end && s.start !== s.end;
  // The window judged once, and only where it is needed: for the findings when the editor
  // does not pass them, for what the team silenced when no finding stands there.
  let judged: ReturnType<typeof judge> | undefined;
  const window = () => (judged ??= judge(index, text, { ...options, from, to }));
  const finding = (findings ?? window().findings).find(under);
  // A singular is a phrasing's form only where it is drift (the finding above says so).
  const hit = index.scan(text, from, to).occurrences.find((o) => under(o) && !isNumberForm(o.form));
  if (finding) {
    const occurrence = hit && hit.start === finding.start && hit.end === finding.end ? hit : { start: finding.start, end: finding.end, phrasingId: finding.phrasingId, form: EN_FORM };
    return { occurrence, use: { actual: finding.actual, problem: finding.message } };
  }
  if (!hit) return undefined;
  const actual = text.slice(hit.start, hit.end);
  const p = index.phrasing(hit.phrasingId)!;
  const official = hit.form >= 0 && p.variants[hit.form].lang === 'zh' && p.zh ? p.zh : p.en;
  const t = say(options.locale ?? 'en');
  // A finding the team silenced: neither a warning nor "official".
  const silenced = window().suppressed.find((s) => s.start === hit.start && s.end === hit.end);
  if (silenced) return { occurrence: hit, use: { actual, note: t.silenced(actual, silenced.reason, silenced.ruleId, official) } };
  const guard = guardAt(index, text, hit);
  if (!guard) return { occurrence: hit, use: { actual } };
  return { occurrence: hit, use: { actual, note: t.guarded(actual, guard, official) } };
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

/** Text from a term file, shown as Markdown: brackets, angle brackets and backticks escaped, so it cannot link, embed an image or HTML, or run a command. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`[\]<>]/g, '\\$&');
}

const LABELS = {
  en: { official: '✓ Official phrasing', area: 'Policy area', paragraph: 'paragraph', mentioned: (n: number) => `Mentioned ${n} times in the official sources.`, admitted: 'Admitted', deprecated: 'Deprecated', superseded: 'Superseded' },
  zh: { official: '✓ 规范表述', area: '政策领域', paragraph: '段', mentioned: (n: number) => `官方文件中出现 ${n} 次。`, admitted: '可接受', deprecated: '不规范', superseded: '旧称' },
};

/**
 * What the drafter reads about a phrasing, in Markdown (hover, side bar) or as plain text
 * (a modal message): one rendering for every view, so they never disagree.
 */
export function describePhrasing(index: PhrasingIndex, p: Phrasing, use?: DraftUse, locale: Locale = 'en', format: 'markdown' | 'text' = 'markdown'): string {
  const plain = format === 'text';
  const md = plain ? (text: string) => text : escapeMarkdown;
  const bold = (text: string) => (plain ? text : `**${text}**`);
  const area = index.termBase.areas.get(p.area);
  const l = LABELS[locale];
  const zhFirst = locale === 'zh' && p.zh;
  const lines: string[] = [];
  lines.push(p.zh ? (zhFirst ? `${bold(md(p.zh))} · ${bold(md(p.en))}` : `${bold(md(p.en))} · ${bold(md(p.zh))}`) : bold(md(p.en)), '');
  if (use) lines.push(use.problem ? `⚠ ${md(use.problem)}` : use.note ? `ℹ ${md(use.note)}` : l.official, '');
  if (area) {
    const name = locale === 'zh' ? `${area.nameZh ?? area.name}（${area.name}）` : `${area.name}${area.nameZh ? ` (${area.nameZh})` : ''}`;
    lines.push(`${l.area}: ${md(name)}`, '');
  }
  const definition = locale === 'zh' ? p.definitionZh ?? p.definition : p.definition;
  if (definition) lines.push(md(definition), '');
  const cite = citationOf(index, p);
  if (cite) {
    const where = locale === 'zh' ? `— ${md(cite.document.title)}，第 ${cite.paragraph} ${l.paragraph}` : `— ${md(cite.document.title)}, ${l.paragraph} ${cite.paragraph}`;
    lines.push(plain ? `“${cite.sentence}”` : `> ${md(cite.sentence)}`, '', where);
    const more = index.sourceUses(p.id).length;
    if (more > 1) lines.push('', l.mentioned(more));
  }
  const forms = (status: string) => p.variants.filter((v) => v.status === status);
  const quote = (f: string) => (locale === 'zh' ? `“${md(f)}”` : `"${md(f)}"`);
  const sep = locale === 'zh' ? '、' : ', ';
  for (const status of ['admitted', 'deprecated', 'superseded'] as const) {
    const list = forms(status);
    if (list.length) lines.push('', `${l[status]}: ${list.map((v) => quote(v.form) + (status === 'superseded' && v.replaced && locale === 'en' ? ` (${md(v.replaced)})` : '')).join(sep)}`);
  }
  return lines.join('\n');
}
