// The draft's headings, each with the policy areas its section touches. One pass over the
// lines and one over the occurrences: linear in the draft, whatever its headings hold
// (VS Code asks for symbols by itself, for the outline and the breadcrumbs).

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

const CHINESE_NUMERALS = '一二三四五六七八九十';

/** A Markdown ATX heading ("## Title ##") or a Chinese one ("一、总体要求", "（一）稳增长") on the line [start, end). */
function headingOf(text: string, start: number, end: number): { level: number; title: string } | undefined {
  let i = start;
  while (i < end && i - start < 7 && text[i] === '#') i++;
  const hashes = i - start;
  if (hashes >= 1 && hashes <= 6 && (text[i] === ' ' || text[i] === '\t')) {
    let e = end;
    while (e > i && (text[e - 1] === ' ' || text[e - 1] === '\t' || text[e - 1] === '#' || text[e - 1] === '\r')) e--;
    const title = text.slice(i, e).trim();
    return title ? { level: hashes, title } : undefined;
  }
  let j = start;
  const bracket = text[j] === '（';
  if (bracket) j++;
  const numerals = j;
  while (j < end && CHINESE_NUMERALS.includes(text[j])) j++;
  if (j === numerals) return undefined;
  if (bracket ? text[j] !== '）' : text[j] !== '、') return undefined;
  let e = end;
  if (text[e - 1] === '\r') e--;
  const rest = e - (j + 1);
  if (rest < 1 || rest > 60) return undefined;
  return { level: bracket ? 3 : 2, title: text.slice(start, e).trim() };
}

export function outline(index: PhrasingIndex, text: string): Section[] {
  const flat: Section[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const h = headingOf(text, start, end);
    if (h) flat.push({ title: h.title, level: h.level, headingStart: start, headingEnd: text[end - 1] === '\r' ? end - 1 : end, start, end: text.length, areas: [], children: [] });
    start = end + 1;
  }
  if (flat.length === 0) return [];
  // Nesting and section ends with one stack: a heading closes the open sections of its level or deeper.
  const roots: Section[] = [];
  const stack: Section[] = [];
  for (const s of flat) {
    while (stack.length && stack[stack.length - 1].level >= s.level) stack.pop()!.end = s.start;
    (stack.length ? stack[stack.length - 1].children : roots).push(s);
    stack.push(s);
  }
  // Each occurrence's area goes to the deepest section around it, then to that section's parents.
  const areaIds = new Map<Section, Set<string>>(flat.map((s) => [s, new Set<string>()]));
  const parent = new Map<Section, Section>();
  for (const s of flat) for (const c of s.children) parent.set(c, s);
  let k = -1;
  for (const o of index.occurrences(text)) {
    while (k + 1 < flat.length && flat[k + 1].start <= o.start) k++;
    if (k < 0) continue;
    let s: Section | undefined = flat[k];
    while (s && !(o.start >= s.start && o.end <= s.end)) s = parent.get(s);
    const area = index.phrasing(o.phrasingId)!.area;
    for (; s; s = parent.get(s)) {
      const ids = areaIds.get(s)!;
      if (ids.has(area)) break;
      ids.add(area);
    }
  }
  for (const s of flat) s.areas = [...areaIds.get(s)!].map((id) => index.termBase.areas.get(id)?.name ?? id);
  return roots;
}
