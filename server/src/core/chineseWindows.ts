// The window arithmetic of Chinese near-matching, apart from the scan: which pairs anchor a
// form, which windows around an anchor can hold it, whether a window is the form with two
// parts swapped, and whether the form stands there as written; the run of characters looked at.

import { isCjk, isSoftPunct } from './normalize';
import { PairTable } from './pairTable';

/**
 * Up to `want` of the pair positions 0..count-1, no two neighbours (they would share a
 * character), of least total cost (Infinity: never); fewer where no more can be had.
 */
export function rarestDisjointPairs(count: number, want: number, cost: (i: number) => number): number[] {
  // best[i * w + j]: least cost of j pairs among positions i and after (Infinity: not to be had).
  const w = want + 1;
  const best = new Float64Array((count + 2) * w);
  for (let i = count; i < count + 2; i++) for (let j = 1; j <= want; j++) best[i * w + j] = Infinity;
  for (let i = count - 1; i >= 0; i--) {
    const c = cost(i);
    for (let j = 1; j <= want; j++) best[i * w + j] = Math.min(best[(i + 1) * w + j], c + best[(i + 2) * w + j - 1]);
  }
  let k = want;
  while (k > 0 && best[k] === Infinity) k--;
  const picked: number[] = [];
  for (let i = 0, j = k; j > 0; ) {
    if (best[i * w + j] === best[(i + 1) * w + j]) i++;
    else { picked.push(i); i += 2; j--; }
  }
  return picked;
}

export const SAME_LENGTH = 1;
export const ONE_OFF = 2;

/**
 * Which windows can hold the form when it starts at `start`, in one pass that stops as soon as
 * neither can: a window of its length keeps half its characters in place (SAME_LENGTH); one
 * character missing or extra (forms of five or more) keeps every other character in place,
 * or one place to either side of it (ONE_OFF).
 */
export function windowFit(chars: Int32Array, size: number, start: number, form: readonly number[]): number {
  const n = form.length;
  let offPlace = 0;
  let offNear = n >= 5 ? 0 : 2;
  const end = size;
  for (let j = 0; j < n; j++) {
    const c = form[j];
    const at = start + j;
    if (at >= 0 && at < end && chars[at] === c) continue;
    offPlace++;
    if (!((at > 0 && at - 1 < end && chars[at - 1] === c) || (at + 1 >= 0 && at + 1 < end && chars[at + 1] === c))) offNear++;
    if (2 * offPlace > n && offNear > 1) return 0;
  }
  return (2 * offPlace <= n ? SAME_LENGTH : 0) | (offNear <= 1 ? ONE_OFF : 0);
}

/**
 * The window at chars[at] is the form with two adjacent parts swapped (供应链产业链 for 产业链供应链,
 * 绿色发展生态优先 for 生态优先绿色发展; parts as long as leastPart allows): the swapped parts, or undefined.
 */
export function blockSwap(text: string, offsets: Int32Array, chars: ArrayLike<number>, at: number, form: readonly number[]): string | undefined {
  const n = form.length;
  if (!withinClause(text, offsets[at], offsets[at + n - 1])) return undefined;
  const least = leastPart(form);
  let p = 0;
  while (p < n && chars[at + p] === form[p]) p++;
  let s = n;
  while (s > p && chars[at + s - 1] === form[s - 1]) s--;
  // The parts may share characters with what stays (产业链/供应链 both end in 链): try every cut
  // between the first and the last difference and the ends of the form.
  for (let from = p; from >= 0; from--) {
    for (let to = s; to <= n; to++) {
      for (let k = from + least; k <= to - least; k++) {
        const b = to - k;
        // Two words of two characters swapped, or longer parts: a two-character word moved past
        // a longer part is often a clause of plain Chinese (经济运行保持在合理区间).
        if ((k - from < 3 || b < 3) && (k - from !== 2 || b !== 2 || !twoWordSwap(text, offsets, at, form, from, to))) continue;
        // The whole form as two parts swapped is often a modifier and its noun in the other
        // order, itself a phrase (中国特色社会主义新时代, 智能化大数据, 现代化产业链供应链): only
        // two coordinated parts, with 、 between them in the draft (绿色发展、生态优先) or parallel
        // (供应链产业链: as long as each other, neither an "-ization" in 化), or a numbered formula.
        if (from === 0 && to === n && text.charCodeAt(offsets[at + b - 1] + 1) !== 0x3001 && !numbered(form) &&
          (k !== n - k || form[k - 1] === HUA || form[n - 1] === HUA)) continue;
        if (swapsTo(chars, at, form, from, k, to)) return partsAtMarks(text, offsets, chars, at, form) ?? parts(form, from, k, to);
      }
    }
  }
  return undefined;
}

/**
 * The same swap told by the parts the draft sets apart with 、 (智能制造、智能产业 for
 * 智能产业、智能制造), where one reading of it has them: the first cut found may split a part
 * in two (产业智能/制造智能), which says nothing to the drafter.
 */
function partsAtMarks(text: string, offsets: Int32Array, chars: ArrayLike<number>, at: number, form: readonly number[]): string | undefined {
  const n = form.length;
  const marked = (j: number) => j === 0 || j === n || text.slice(offsets[at + j - 1] + 1, offsets[at + j]).includes('、');
  for (let from = 0; from < n; from++) {
    for (let to = n; to > from; to--) {
      if (!marked(from) || !marked(to)) continue;
      for (let k = from + 1; k < to; k++) {
        if (marked(from + to - k) && swapsTo(chars, at, form, from, k, to)) return parts(form, from, k, to);
      }
    }
  }
  return undefined;
}

/** The window at chars[at] is the form with its parts [from, k) and [k, to) swapped. */
function swapsTo(chars: ArrayLike<number>, at: number, form: readonly number[], from: number, k: number, to: number): boolean {
  const b = to - k;
  for (let j = from; j < to; j++) if (chars[at + j] !== (j < from + b ? form[k + j - from] : form[j - b])) return false;
  return true;
}

/** The two parts swapped, as the message names them: "产业链/供应链". */
const parts = (form: readonly number[], from: number, k: number, to: number): string =>
  String.fromCharCode(...form.slice(from, k)) + '/' + String.fromCharCode(...form.slice(k, to));

/** A window of the draft within one clause: no mark that ends a clause between its first and last characters (坚持绿色发展，生态优先是底线; 面源污染，防止…). */
export function withinClause(text: string, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (CLAUSE_MARKS.has(text.charCodeAt(i))) return false;
  return true;
}

const HUA = '化'.charCodeAt(0);
const CLAUSE_MARKS = new Set([...'，,；;。：:！!？?'].map((c) => c.charCodeAt(0)));

/**
 * Where two words of two characters swapped (form[from, to)) are a slip, not plain Chinese:
 * with no mark between the window's characters (生态优先，发展绿色 is two clauses), and the
 * form's own characters on both sides (具有全国影响力的创新科技中心; at an edge the moved word
 * often reads as a verb or a predicate: 以改革驱动创新发展, 深度融合文旅发展, 就业政策优先, unless
 * three characters of the form or more stand beside it, 开放改革新高地, or a naming noun ends it,
 * 优先就业政策), or as a whole numbered
 * formula standing alone (“两群一区”, not 两群一区县一策).
 */
function twoWordSwap(text: string, offsets: Int32Array, at: number, form: readonly number[], from: number, to: number): boolean {
  const n = form.length;
  const first = offsets[at];
  const last = offsets[at + n - 1];
  if (last - first !== n - 1) return false;
  if (from > 0 && to < n) return true;
  // At an edge, three characters of the form or more standing beside them still hold it (开放改革新高地),
  // and so does a noun that names the thing, after them (优先就业政策): no verb reads there.
  if (n - (to - from) >= 3) return true;
  if (from === 0 && n - to === 2 && NAMING_HEADS.has(String.fromCharCode(form[n - 2], form[n - 1]))) return true;
  return numbered(form) && !isCjk(text.charCodeAt(first - 1)) && !isCjk(text.charCodeAt(last + 1));
}

/** Nouns that end a form as the thing it names (a policy, a structure, a plan), never a verb or a predicate. */
const NAMING_HEADS = new Set(['政策', '结构', '会议', '规划', '体系', '机制', '格局', '中心', '高地', '战略', '制度', '通道', '工程', '纲要']);

/**
 * The shortest part of a form that a swap may move. Two-character words swapped are often plain
 * Chinese (提升城市 beside 城市提升): three characters in a short form; in a form of six or more,
 * where the rest of the form stands around them (优先就业政策), and in a numbered formula
 * (两群一区), which no plain Chinese reads, two words of two characters each.
 */
export function leastPart(form: readonly number[]): number {
  return form.length >= 6 || numbered(form) ? 2 : 3;
}

/** A numbered formula: a form with a numeral in it (一区两群). */
const numbered = (form: readonly number[]): boolean => form.some((c) => NUMERALS.has(c));

/** Numerals a numbered formula may have swapped (一区两群 → 一区三群; 双 for 两 or 二: 成渝地区两城经济圈). */
export const NUMERALS = new Set([...'一二两双三四五六七八九十'].map((c) => c.charCodeAt(0)));

/** True when the form stands at start as it is, in simplified characters (the exact matcher has it). */
export function standsExactly(text: string, offsets: Int32Array, chars: Int32Array, size: number, start: number, form: readonly number[]): boolean {
  if (start < 0 || start + form.length > size) return false;
  for (let j = 0; j < form.length; j++) {
    if (chars[start + j] !== form[j] || text.charCodeAt(offsets[start + j]) !== form[j]) return false;
  }
  return true;
}

/**
 * A run of Chinese characters, soft punctuation inside it skipped: where each character stands
 * in the text and its simplified code, in buffers reused from run to run (allocating them per
 * run cost more than the scan), with the windows already tried.
 */
export class Run {
  start = -1;
  size = 0;
  offsets = new Int32Array(1024);
  chars = new Int32Array(1024);
  /** The windows verified in this run, (start * 4 + kind, form): one anchor's windows are often another's. */
  readonly tried = new PairTable();
  /** Where `indexOf` last answered: anchors come in text order. */
  private cursor = 0;

  reset(): void {
    this.start = -1;
  }

  /** True when the character at text offset `at` is in the run gathered last. */
  holds(at: number): boolean {
    return this.start >= 0 && at >= this.start && this.size > 0 && at <= this.offsets[this.size - 1];
  }

  /** The run around the Chinese character at `at`, within [from, to): from the first character that is neither Chinese nor soft punctuation before it, to the next. */
  gather(text: string, from: number, to: number, at: number, simplified: ArrayLike<number>): void {
    let start = at;
    while (start > from && (isCjk(text.charCodeAt(start - 1)) || isSoftPunct(text.charCodeAt(start - 1)))) start--;
    this.start = start;
    this.tried.clear();
    this.cursor = 0;
    let size = 0;
    for (let i = nextInRun(text, start, to); i >= 0; i = nextInRun(text, i + 1, to)) {
      if (size === this.chars.length) this.grow();
      this.offsets[size] = i;
      this.chars[size++] = simplified[text.charCodeAt(i)];
    }
    this.size = size;
  }

  /** The index of the character at text offset `at`, which is in the run. */
  indexOf(at: number): number {
    if (this.offsets[this.cursor] > at) this.cursor = 0;
    while (this.offsets[this.cursor] < at) this.cursor++;
    return this.cursor;
  }

  private grow(): void {
    const chars = new Int32Array(2 * this.chars.length);
    chars.set(this.chars);
    this.chars = chars;
    const offsets = new Int32Array(2 * this.offsets.length);
    offsets.set(this.offsets);
    this.offsets = offsets;
  }
}

/** The next Chinese character of the run after `i` (soft punctuation skipped), or -1 at its end. */
export function nextInRun(text: string, i: number, to: number): number {
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) return i;
    if (!isSoftPunct(code)) return -1;
  }
  return -1;
}

/** True when the form is written at `start` exactly as it is, with nothing between its characters. */
export function writtenAt(text: string, from: number, to: number, start: number, form: readonly number[]): boolean {
  if (start < from || start + form.length > to) return false;
  for (let j = 0; j < form.length; j++) if (text.charCodeAt(start + j) !== form[j]) return false;
  return true;
}

/** The Chinese character of the run at or before `i` (soft punctuation skipped), or -1 at its start. */
export function prevInRun(text: string, i: number, from: number): number {
  for (; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) return i;
    if (!isSoftPunct(code)) return -1;
  }
  return -1;
}
