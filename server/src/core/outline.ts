// The draft's headings, each with the policy areas its section touches.

import type { PhrasingIndex } from './phrasingIndex';

export interface Section {
  title: string;
  level: number;
  /** The heading line. */
  headingStart: number;
  headingEnd: number;
  /** The section: from the heading to the next heading of the same or a higher level. */
  start: number;
  end: number;
  areas: string[];
  children: Section[];
}

// Markdown ATX headings, and Chinese headings such as "一、总体要求" or "（一）稳增长".
const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$|^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(.{1,60})$/gm;

export function outline(index: PhrasingIndex, text: string): Section[] {
  const flat: Section[] = [];
  for (const m of text.matchAll(HEADING)) {
    const level = m[1] ? m[1].length : m[3].startsWith('（') ? 3 : 2;
    const title = (m[2] ?? `${m[3]}${m[4]}`).trim();
    flat.push({ title, level, headingStart: m.index!, headingEnd: m.index! + m[0].length, start: m.index!, end: text.length, areas: [], children: [] });
  }
  for (let i = 0; i < flat.length; i++) {
    const next = flat.slice(i + 1).find((s) => s.level <= flat[i].level);
    flat[i].end = next ? next.start : text.length;
  }
  if (flat.length === 0) return [];
  const occurrences = index.occurrences(text);
  for (const s of flat) {
    const ids = new Set<string>();
    for (const o of occurrences) if (o.start >= s.start && o.end <= s.end) ids.add(index.phrasing(o.phrasingId)!.area);
    s.areas = [...ids].map((id) => index.termBase.areas.get(id)?.name ?? id);
  }
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const s of flat) {
    while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop();
    (stack.length ? stack[stack.length - 1].children : roots).push(s);
    stack.push(s);
  }
  return roots;
}
