// Chinese drift that nobody listed, anchored on the official Chinese forms: input-method
// homophones (城渝 for 成渝, 碳达锋 for 碳达峰), traditional characters pasted from other
// sources (高質量發展), numerals swapped in numbered formulas (一区三群), and a character
// missing or doubled in forms of five or more characters. Each form is anchored on its three
// characters that fewest forms share; a window is verified only around an anchor found
// exactly, so the cost per character of the draft is one table look-up.

import { isCjk, isSoftPunct } from './normalize';

/** Character tables, generated at build time (pinyin-pro readings, opencc-js variants). */
export interface ChineseTables {
  /** Toneless pinyin syllables of a character code (all readings of a polyphone). */
  readings(code: number): readonly string[] | undefined;
  /** The simplified character code of a traditional one (one to one), or the code itself. */
  simplify(code: number): number;
  /** How common a character is in Chinese words: 0 for the most common, larger for rarer ones. */
  rarity(code: number): number;
}

export type ChineseDriftKind = 'homophone' | 'traditional' | 'numeral' | 'missing-character' | 'extra-character' | 'order';

export interface ChineseHit {
  start: number;
  end: number;
  phrasing: number;
  kind: ChineseDriftKind;
  /** The draft's characters that differ, for the message. */
  changed: string;
}

/** True when exact occurrences rule out a near miss of the phrasing at [start, end). */
export type Blocked = (start: number, end: number, phrasing: number) => boolean;

const NUMERALS = new Set([...'一二两三四五六七八九十'].map((c) => c.charCodeAt(0)));

/** Initials and finals a south-western speaker's input method confuses, folded together. */
function nearSyllable(s: string): string {
  return s.replace(/^([zcs])h/, '$1').replace(/^n/, 'l').replace(/eng$/, 'en').replace(/ing$/, 'in');
}

export class ChineseNearMatcher {
  private readonly forms: (number[] | undefined)[];
  private readonly anchors = new Map<number, { phrasing: number; position: number }[]>();
  /** Sum of each form's character codes: a window with other characters is no swap of it. */
  private readonly sums: number[];
  /** Near-folded syllables per character, computed on first use. */
  private readonly sounds = new Map<number, readonly string[]>();

  constructor(chineseForms: readonly (string | undefined)[], private readonly tables: ChineseTables) {
    this.forms = chineseForms.map((f) => {
      const chars = f ? [...f].map((c) => c.charCodeAt(0)).filter(isCjk) : [];
      return chars.length >= 4 ? chars : undefined;
    });
    this.sums = this.forms.map((f) => (f ?? []).reduce((a, c) => a + c, 0));
    const shared = new Map<number, number>();
    for (const chars of this.forms) for (const c of new Set(chars ?? [])) shared.set(c, (shared.get(c) ?? 0) + 1);
    this.forms.forEach((chars, phrasing) => {
      if (!chars) return;
      const picked = chars.map((c, position) => ({ c, position }))
        // Characters few forms share and drafts rarely use: each anchor wakes few windows.
        .sort((a, b) => Math.min(shared.get(a.c)!, 2) - Math.min(shared.get(b.c)!, 2) || this.tables.rarity(b.c) - this.tables.rarity(a.c) || a.position - b.position)
        .slice(0, 3);
      for (const { c, position } of picked) {
        const list = this.anchors.get(c) ?? [];
        list.push({ phrasing, position });
        this.anchors.set(c, list);
      }
    });
  }

  /** Near misses in text[from, to) that `blocked` does not rule out. */
  scan(text: string, from: number, to: number, blocked: Blocked): ChineseHit[] {
    const hits: ChineseHit[] = [];
    // A run of Chinese characters (soft punctuation inside it skipped): offsets and simplified characters.
    let offsets: number[] = [];
    let chars: number[] = [];
    const flush = () => {
      if (chars.length >= 3) this.scanRun(text, offsets, chars, blocked, hits);
      offsets = [];
      chars = [];
    };
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (isCjk(code)) {
        offsets.push(i);
        chars.push(this.tables.simplify(code));
      } else if (chars.length && !isSoftPunct(code)) flush();
    }
    flush();
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: ChineseHit[] = [];
    for (const h of hits) if (!kept.length || h.start >= kept[kept.length - 1].end) kept.push(h);
    return kept;
  }

  private scanRun(text: string, offsets: number[], chars: number[], blocked: Blocked, hits: ChineseHit[]): void {
    const tried = new Set<number>();
    for (let k = 0; k < chars.length; k++) {
      const candidates = this.anchors.get(chars[k]);
      if (!candidates) continue;
      for (const { phrasing, position } of candidates) {
        const form = this.forms[phrasing]!;
        // Most anchors stand inside their own official form, written as it is: nothing to find.
        if (standsExactly(text, offsets, chars, k - position, form)) continue;
        this.findSwaps(text, offsets, chars, k - position, phrasing, blocked, hits, tried);
        // Half the characters at least stand as in the form: a second one must be in reach.
        if (!secondCharacter(chars, k - position, form, position)) continue;
        for (const [shift, length] of [[0, form.length], [0, form.length - 1], [1, form.length - 1], [0, form.length + 1], [-1, form.length + 1]]) {
          const start = k - position + shift;
          if (start < 0 || start + length > chars.length || (length !== form.length && form.length < 5)) continue;
          const key = ((start * 4 + length - form.length + 1) * 4096) + phrasing;
          if (tried.has(key)) continue;
          tried.add(key);
          const window = chars.slice(start, start + length);
          const found = this.verify(text, offsets, start, window, form);
          if (!found) continue;
          const s = offsets[start];
          const e = offsets[start + length - 1] + 1;
          // A shorter official form may stand inside the window (长江上游 in 长江上游重要生态平账), not across its
          // edge; the same phrasing found exactly there means the draft is right ("碳达峰碳中和和…").
          if (blocked(s, e, phrasing)) continue;
          hits.push({ start: s, end: e, phrasing, ...found });
        }
      }
    }
  }

  /**
   * Two parts of the form swapped move the anchor by the length of one of them: windows of
   * the form's length around it, with the same characters (their sum first, cheaply).
   */
  private findSwaps(text: string, offsets: number[], chars: number[], at: number, phrasing: number, blocked: Blocked, hits: ChineseHit[], tried: Set<number>): void {
    const form = this.forms[phrasing]!;
    const n = form.length;
    // Two parts of three characters or more: no swap in a shorter form.
    if (n < 6) return;
    const sum = this.sums[phrasing];
    for (let d = 2 - n; d <= n - 2; d++) {
      const start = at + d;
      if (d === 0 || start < 0 || start + n > chars.length) continue;
      const key = ((start * 4 + 3) * 4096) + phrasing;
      if (tried.has(key)) continue;
      tried.add(key);
      let s = 0;
      for (let j = start; j < start + n; j++) s += chars[j];
      if (s !== sum) continue;
      const swapped = blockSwap(chars.slice(start, start + n), form);
      if (!swapped) continue;
      const from = offsets[start];
      const to = offsets[start + n - 1] + 1;
      if (!blocked(from, to, phrasing)) hits.push({ start: from, end: to, phrasing, kind: 'order', changed: swapped });
    }
  }

  private verify(text: string, offsets: number[], start: number, window: number[], form: number[]): Omit<ChineseHit, 'start' | 'end' | 'phrasing'> | undefined {
    if (window.length === form.length) {
      const swapped = blockSwap(window, form);
      if (swapped) return { kind: 'order', changed: swapped };
      let same = 0;
      let traditional = 0;
      let numeral = 0;
      let changed = '';
      for (let j = 0; j < form.length; j++) {
        const raw = text[offsets[start + j]];
        if (window[j] === form[j]) {
          same++;
          if (raw.charCodeAt(0) !== form[j]) traditional++;
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
      const changed = String.fromCharCode(long[skip]);
      return window.length < form.length ? { kind: 'missing-character', changed } : { kind: 'extra-character', changed };
    }
    return undefined;
  }

  private homophones(a: number, b: number): boolean {
    const ra = this.soundsOf(a);
    const rb = this.soundsOf(b);
    return ra.some((x) => rb.includes(x));
  }

  private soundsOf(code: number): readonly string[] {
    let s = this.sounds.get(code);
    if (!s) {
      s = [...new Set((this.tables.readings(code) ?? []).map(nearSyllable))];
      this.sounds.set(code, s);
    }
    return s;
  }
}

/** True when a character of the form other than the anchor stands where it belongs, give or take one place. */
function secondCharacter(chars: readonly number[], start: number, form: readonly number[], anchor: number): boolean {
  for (let j = 0; j < form.length; j++) {
    if (j === anchor) continue;
    for (let d = -1; d <= 1; d++) if (chars[start + j + d] === form[j]) return true;
  }
  return false;
}

/**
 * The window is the form with two adjacent parts of three or more characters swapped
 * (供应链产业链 for 产业链供应链, 绿色发展生态优先 for 生态优先绿色发展): the swapped parts, or undefined.
 */
function blockSwap(window: readonly number[], form: readonly number[]): string | undefined {
  const n = form.length;
  let p = 0;
  while (p < n && window[p] === form[p]) p++;
  let s = n;
  while (s > p && window[s - 1] === form[s - 1]) s--;
  // The parts may share characters with what stays (产业链/供应链 both end in 链): try every cut
  // between the first and the last difference and the ends of the form.
  for (let from = p; from >= 0; from--) {
    for (let to = s; to <= n; to++) {
      // Parts of three characters or more: a swap of two-character words is often plain Chinese (提升城市).
      for (let k = from + 3; k <= to - 3; k++) {
        const b = to - k;
        let ok = true;
        for (let j = from; j < to && ok; j++) ok = window[j] === (j < from + b ? form[k + j - from] : form[j - b]);
        if (ok) return String.fromCharCode(...form.slice(from, k)) + '/' + String.fromCharCode(...form.slice(k, to));
      }
    }
  }
  return undefined;
}

/** True when the form stands at start as it is, in simplified characters (the exact matcher has it). */
function standsExactly(text: string, offsets: readonly number[], chars: readonly number[], start: number, form: readonly number[]): boolean {
  if (start < 0 || start + form.length > chars.length) return false;
  for (let j = 0; j < form.length; j++) {
    if (chars[start + j] !== form[j] || text.charCodeAt(offsets[start + j]) !== form[j]) return false;
  }
  return true;
}
