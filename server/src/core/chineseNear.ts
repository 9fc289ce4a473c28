// Chinese drift that nobody listed, anchored on the official Chinese forms: input-method
// homophones (城渝 for 成渝, 碳达锋 for 碳达峰), traditional characters pasted from other
// sources (高質量發展), numerals swapped in numbered formulas (一区三群), and a character
// missing or doubled in forms of five or more characters. Each form is anchored on its three
// characters that fewest forms share; a window is verified only around an anchor found
// exactly, so the cost per character of the draft is one table look-up.

import { isCjk, isSoftPunct } from './normalize';

/** Character tables, generated at build time (pinyin-pro readings, opencc-js variants). */
export interface ChineseTables {
  /** Toneless pinyin syllables of a character (all readings of a polyphone). */
  readings(ch: string): readonly string[] | undefined;
  /** The simplified character of a traditional one (one to one), or the character itself. */
  simplify(ch: string): string;
}

export type ChineseDriftKind = 'homophone' | 'traditional' | 'numeral' | 'missing-character' | 'extra-character';

export interface ChineseHit {
  start: number;
  end: number;
  phrasing: number;
  kind: ChineseDriftKind;
  /** The draft's characters that differ, for the message. */
  changed: string;
}

/** An exact occurrence: of a phrasing (its index), or of a protected name (-1). */
interface Span { start: number; end: number; phrasing: number }

const NUMERALS = new Set([...'一二两三四五六七八九十']);

/** Initials and finals a south-western speaker's input method confuses, folded together. */
function nearSyllable(s: string): string {
  return s.replace(/^([zcs])h/, '$1').replace(/^n/, 'l').replace(/eng$/, 'en').replace(/ing$/, 'in');
}

export class ChineseNearMatcher {
  private readonly forms: (string[] | undefined)[];
  private readonly anchors = new Map<string, { phrasing: number; position: number }[]>();

  constructor(chineseForms: readonly (string | undefined)[], private readonly tables: ChineseTables) {
    this.forms = chineseForms.map((f) => {
      const chars = f ? [...f].filter((c) => isCjk(c.charCodeAt(0))) : [];
      return chars.length >= 4 ? chars : undefined;
    });
    const shared = new Map<string, number>();
    for (const chars of this.forms) for (const c of new Set(chars ?? [])) shared.set(c, (shared.get(c) ?? 0) + 1);
    this.forms.forEach((chars, phrasing) => {
      if (!chars) return;
      const picked = chars.map((c, position) => ({ c, position }))
        .sort((a, b) => shared.get(a.c)! - shared.get(b.c)! || a.position - b.position).slice(0, 3);
      for (const { c, position } of picked) {
        const list = this.anchors.get(c) ?? [];
        list.push({ phrasing, position });
        this.anchors.set(c, list);
      }
    });
  }

  /** Near misses in text[from, to) that overlap none of the `exact` spans (sorted). */
  scan(text: string, from: number, to: number, exact: readonly Span[]): ChineseHit[] {
    const hits: ChineseHit[] = [];
    // A run of Chinese characters (soft punctuation inside it skipped): offsets and simplified characters.
    let offsets: number[] = [];
    let chars: string[] = [];
    const flush = () => {
      if (chars.length >= 3) this.scanRun(text, offsets, chars, exact, hits);
      offsets = [];
      chars = [];
    };
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isCjk(code)) {
        offsets.push(i);
        chars.push(this.tables.simplify(text[i]));
      } else if (!(isSoftPunct(code) && chars.length)) flush();
    }
    flush();
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: ChineseHit[] = [];
    for (const h of hits) if (!kept.length || h.start >= kept[kept.length - 1].end) kept.push(h);
    return kept;
  }

  private scanRun(text: string, offsets: number[], chars: string[], exact: readonly Span[], hits: ChineseHit[]): void {
    const tried = new Set<string>();
    for (let k = 0; k < chars.length; k++) {
      for (const { phrasing, position } of this.anchors.get(chars[k]) ?? []) {
        const form = this.forms[phrasing]!;
        for (const [shift, length] of [[0, form.length], [0, form.length - 1], [1, form.length - 1], [0, form.length + 1], [-1, form.length + 1]]) {
          const start = k - position + shift;
          if (start < 0 || start + length > chars.length || (length !== form.length && form.length < 5)) continue;
          const key = `${phrasing}:${start}:${length}`;
          if (tried.has(key)) continue;
          tried.add(key);
          const window = chars.slice(start, start + length);
          const found = this.verify(text, offsets, start, window, form);
          if (!found) continue;
          const s = offsets[start];
          const e = offsets[start + length - 1] + 1;
          // A shorter official form may stand inside the window (长江上游 in 长江上游重要生态平账), not across its edge.
          // The same phrasing found exactly there means the draft is right ("碳达峰碳中和和…").
          if (exact.some((x) => x.start < e && s < x.end && (x.phrasing === phrasing || x.start < s || x.end > e || (x.start === s && x.end === e)))) continue;
          hits.push({ start: s, end: e, phrasing, ...found });
        }
      }
    }
  }

  private verify(text: string, offsets: number[], start: number, window: string[], form: string[]): Omit<ChineseHit, 'start' | 'end' | 'phrasing'> | undefined {
    if (window.length === form.length) {
      let same = 0;
      let traditional = 0;
      let numeral = 0;
      let changed = '';
      for (let j = 0; j < form.length; j++) {
        const raw = text[offsets[start + j]];
        if (window[j] === form[j]) {
          same++;
          if (raw !== form[j]) traditional++;
          continue;
        }
        changed += raw;
        if (NUMERALS.has(window[j]) && NUMERALS.has(form[j])) numeral++;
        else if (!this.homophones(window[j], form[j])) return undefined;
      }
      if (same === form.length) return traditional ? { kind: 'traditional', changed: offsets.slice(start, start + form.length).map((o) => text[o]).join('') } : undefined;
      if (2 * same < form.length) return undefined;
      return { kind: numeral ? 'numeral' : 'homophone', changed };
    }
    // One character missing or extra: the rest equal, in order.
    const [short, long] = window.length < form.length ? [window, form] : [form, window];
    for (let skip = 0; skip < long.length; skip++) {
      let equal = true;
      for (let j = 0, m = 0; j < long.length; j++) {
        if (j === skip) continue;
        if (long[j] !== short[m++]) { equal = false; break; }
      }
      if (!equal) continue;
      // At an edge, a missing character is a shorter word and an extra one the word next to it.
      if (skip === 0 || skip === long.length - 1) continue;
      return window.length < form.length ? { kind: 'missing-character', changed: form[skip] } : { kind: 'extra-character', changed: window[skip] };
    }
    return undefined;
  }

  private homophones(a: string, b: string): boolean {
    const ra = this.tables.readings(a);
    const rb = this.tables.readings(b);
    if (!ra || !rb) return false;
    return ra.some((x) => rb.some((y) => x === y || nearSyllable(x) === nearSyllable(y)));
  }
}
