// Paragraphs and sentences of official source documents, and where each phrasing is used
// in them ("as used in the readout, paragraph 3"). Paragraphs are blocks separated by blank
// lines; a one-line first block without closing punctuation is the title and is not counted.

import { paragraphs } from './lineBreaks';
import type { Occurrence, SourceDocument } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** 1-based; 0 for the title. */
  number: number;
  sentences: Span[];
}

export interface SourceUse extends Span {
  document: string;
  paragraph: number;
  /** The sentence the phrasing stands in. */
  sentence: Span;
}

const cache = new WeakMap<SourceDocument, Paragraph[]>();

export function paragraphsOf(doc: SourceDocument): Paragraph[] {
  let paragraphs = cache.get(doc);
  if (!paragraphs) {
    paragraphs = splitParagraphs(doc.text);
    cache.set(doc, paragraphs);
  }
  return paragraphs;
}

function splitParagraphs(text: string): Paragraph[] {
  const blocks: Span[] = [];
  for (let [start, end] of paragraphs(text)) {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (start < end) blocks.push({ start, end });
  }
  const first = blocks[0];
  const hasTitle = first !== undefined && !/[\r\n]/.test(text.slice(first.start, first.end)) &&
    !/[.!?。！？]$/.test(text.slice(first.start, first.end)) && blocks.length > 1;
  return blocks.map((b, i) => ({
    ...b,
    number: hasTitle ? i : i + 1,
    sentences: splitSentences(text, b),
  }));
}

/** Sentences end at . ! ? before a space or the end ("3.5%" and "No.5" go on), or at 。！？. */
function splitSentences(text: string, block: Span): Span[] {
  const sentences: Span[] = [];
  let start = block.start;
  const close = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) sentences.push({ start: start + lead, end });
    start = end;
  };
  for (let i = block.start; i < block.end; i++) {
    const c = text[i];
    if (c === '。' || c === '！' || c === '？') close(i + 1);
    else if ((c === '.' || c === '!' || c === '?') && (i + 1 === block.end || /\s/.test(text[i + 1]))) close(i + 1);
  }
  close(block.end);
  return sentences;
}

export function paragraphByNumber(doc: SourceDocument, n: number): Paragraph | undefined {
  return paragraphsOf(doc).find((p) => p.number === n);
}

/** Where a quoted sentence stands in a paragraph, or undefined when it is not there verbatim. */
export function locateSentence(doc: SourceDocument, paragraph: number, sentence: string): Span | undefined {
  const p = paragraphByNumber(doc, paragraph);
  if (!p) return undefined;
  const at = doc.text.slice(p.start, p.end).indexOf(sentence);
  return at < 0 ? undefined : { start: p.start + at, end: p.start + at + sentence.length };
}

/** Maps occurrences found in a source document to paragraphs and sentences. */
export function toSourceUses(doc: SourceDocument, occurrences: readonly Occurrence[]): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>();
  const paragraphs = paragraphsOf(doc);
  for (const o of occurrences) {
    const p = paragraphs.find((q) => o.start >= q.start && o.end <= q.end);
    if (!p) continue;
    const sentence = p.sentences.find((s) => o.start >= s.start && o.start < s.end) ?? p;
    const list = uses.get(o.phrasingId) ?? [];
    list.push({ start: o.start, end: o.end, document: doc.id, paragraph: p.number, sentence: { start: sentence.start, end: sentence.end } });
    uses.set(o.phrasingId, list);
  }
  return uses;
}
