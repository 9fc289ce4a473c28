// Chinese drift that nobody listed, anchored on the official Chinese forms: input-method
// homophones (城渝 for 成渝, 碳达锋 for 碳达峰), traditional characters pasted from other
// sources (高質量發展), numerals swapped in numbered formulas (一区三群), and a character
// missing or doubled in forms of five or more characters, two parts swapped. Each form is
// anchored on its pairs of neighbouring characters; a window is verified only around a pair
// found exactly, so the cost per character of the draft is one table look-up.

import { firstCjk, isCjk } from './normalize';
import type { ExactSpan } from './spans';
import { PairTable } from './pairTable';
import { Sounds } from './chineseSounds';
import { verifyWindow } from './chineseVerify';
import { AnchorCheck } from './chineseAnchorCheck';
import { blockSwap, leastPart, nextInRun, ONE_OFF, rarestDisjointPairs, Run, SAME_LENGTH, standsExactly, windowFit, writtenAt } from './chineseWindows';

/** Character tables, generated at build time (pinyin-pro readings, opencc-js variants). */
export interface ChineseTables {
  /** Toneless pinyin syllables of a character code (all readings of a polyphone). */
  readings(code: number): readonly string[] | undefined;
  /** The simplified character code of each code unit (one to one: a traditional one folded, any other itself). */
  simplified(): ArrayLike<number>;
}

export type ChineseDriftKind = 'homophone' | 'traditional' | 'numeral' | 'missing-character' | 'extra-character' | 'order';

export interface ChineseHit {
  start: number;
  end: number;
  /** The index of the form, in the list the matcher was made with. */
  phrasing: number;
  kind: ChineseDriftKind;
  /** The draft's characters that differ, for the message. */
  changed: string;
}

/** True when exact occurrences rule out a near miss of the phrasing at [start, end). */
export type Blocked = (start: number, end: number, phrasing: number) => boolean;

/** A pair of characters shared by more forms than this anchors a form only where it has no rarer pairs. */
const MAX_SHARED = 8;

/** Windows verified around an anchor: shift of the start and change of length (same length, one missing, one extra). */
const WINDOWS = [[0, 0], [0, -1], [1, -1], [0, 1], [-1, 1]] as const;



export class ChineseNearMatcher {
  private readonly forms: (number[] | undefined)[];
  /** The anchor pairs of neighbouring characters: the index into `anchored` of the forms that have each, and where it starts in them. */
  private readonly anchorPairs = new PairTable();
  private readonly anchored: { phrasing: number; position: number }[][] = [];
  /** 1 for a character that starts an anchor pair: the scan skips every other character at once. */
  private readonly isAnchor = new Uint8Array(0x10000);
  /** The same for every code unit as the draft has it (traditional ones folded), made on the first scan with Chinese. */
  private startsAnchor?: Uint8Array;
  /** Sum of each form's character codes: a window with other characters is no swap of it. */
  private readonly sums: number[];
  /** Per form: the shortest part a swap may move (leastPart). */
  private readonly leastParts: number[];
  /** The run of Chinese characters being looked at, its buffers reused from run to run. */
  private readonly run = new Run();
  /** The anchor slot `nextAnchor` found. */
  private slot = -1;
  /** Whether surelyNoSlip may pass over an anchor: switchable so that a test can check it never changes a finding. */
  quickRejects = true;
  /** The cheap look at the characters around an anchor, before its run is gathered. */
  private readonly quick: AnchorCheck;

  /** Which characters sound alike to a pinyin input method. */
  private readonly sounds: Sounds;

  constructor(chineseForms: readonly (string | undefined)[], private readonly tables: ChineseTables) {
    this.sounds = new Sounds(tables);
    this.quick = new AnchorCheck(this.sounds);
    this.forms = chineseForms.map((f) => {
      const chars = f ? [...f].map((c) => c.charCodeAt(0)).filter(isCjk) : [];
      return chars.length >= 4 ? chars : undefined;
    });
    this.sums = this.forms.map((f) => (f ?? []).reduce((a, c) => a + c, 0));
    this.leastParts = this.forms.map((f) => (f ? leastPart(f) : 3));
    // Pairs of characters are far rarer in drafts than single ones, and one slip leaves some
    // pair of the form intact (a traditional character is folded before the look-up). A pair
    // that many forms share (a large team term base) would wake them all at every use: a form
    // is anchored on its pairs that few forms share, and on more only where it has too few.
    const pairOf = (chars: number[], i: number) => chars[i] * 0x10000 + chars[i + 1];
    const shared = new Map<number, number>();
    for (const chars of this.forms) {
      if (!chars) continue;
      const own = new Set<number>();
      for (let i = 0; i + 1 < chars.length; i++) own.add(pairOf(chars, i));
      for (const key of own) shared.set(key, (shared.get(key) ?? 0) + 1);
    }
    // Characters that recur across the official forms (发, 展, 发展) are the domain's common
    // ones, which drafts use everywhere: a pair of rarer characters wakes its form less often.
    const recurs = new Map<number, number>();
    for (const chars of this.forms) for (const c of new Set(chars)) recurs.set(c, (recurs.get(c) ?? 0) + 1);
    const commonness = (chars: number[], i: number) => 4 * shared.get(pairOf(chars, i))! + recurs.get(chars[i])! + recurs.get(chars[i + 1])!;
    this.forms.forEach((chars, phrasing) => {
      if (!chars) return;
      // Pairs that share no character, so that each slip takes one at most: two survive one
      // slip, three two (forms of six characters or more).
      let picked = rarestDisjointPairs(chars.length - 1, chars.length >= 6 ? 3 : 2,
        (i) => (shared.get(pairOf(chars, i))! <= MAX_SHARED ? commonness(chars, i) : Infinity));
      // Too few pairs that few forms share: two more that share no character, from all of them.
      if (picked.length < 2) picked = [...new Set([...picked, ...rarestDisjointPairs(chars.length - 1, 2, (i) => commonness(chars, i))])];
      for (const position of picked) {
        const [first, second] = [chars[position], chars[position + 1]];
        this.isAnchor[first] = 1;
        let slot = this.anchorPairs.get(first, second);
        if (slot < 0) this.anchorPairs.set(first, second, (slot = this.anchored.push([]) - 1));
        this.anchored[slot].push({ phrasing, position });
      }
    });
  }

  /**
   * Near misses in text[from, to) that `blocked` does not rule out. `exact` are the exact
   * occurrences and names, sorted and not overlapping, and `owners` the phrasing each form's
   * own occurrences belong to (or a number no span has): they tell at once of most anchors
   * that every window there is blocked. `first`: where the first Chinese character stands, if
   * the caller knows.
   */
  scan(text: string, from: number, to: number, blocked: Blocked, exact: readonly ExactSpan[] = [], owners: readonly number[] = [], first = firstCjk(text, from, to)): ChineseHit[] {
    const hits: ChineseHit[] = [];
    if (first >= to) return hits; // a draft without Chinese characters never loads the tables
    const simplified = this.tables.simplified();
    // Which code units are anchors once folded to simplified: one array read per character.
    if (!this.startsAnchor) {
      this.startsAnchor = new Uint8Array(0x10000);
      for (let code = 0; code < 0x10000; code++) if (isCjk(code) && this.isAnchor[simplified[code]]) this.startsAnchor[code] = 1;
    }
    const { anchored, forms } = this;
    const run = this.run;
    run.reset();
    // A run of Chinese characters (soft punctuation inside it skipped) is gathered only where an
    // anchor pair stands in it that is not inside its own form written as it is.
    let next = 0;
    let around: ExactSpan | undefined;
    let aroundChars = 0;
    for (let i = this.nextAnchor(text, first, to, simplified); i < to; i = this.nextAnchor(text, i + 1, to, simplified)) {
      // Most anchors stand inside an official form, their own written as it is or another
      // too long to stand inside any window of theirs: nothing to find. Anchors come in text
      // order, so the exact span around one is found by walking on.
      while (next < exact.length && exact[next].end <= i) next++;
      if (next < exact.length && exact[next].start <= i && exact[next] !== around) {
        around = exact[next];
        aroundChars = cjkCount(text, around.start, around.end);
      }
      const inside = around !== undefined && around.start <= i && i < around.end;
      const candidates = anchored[this.slot];
      let open = false;
      for (let j = 0; j < candidates.length && !open; j++) {
        const { phrasing, position } = candidates[j];
        const form = forms[phrasing]!;
        open = !(inside && (around!.phrasing === owners[phrasing] || aroundChars > form.length + 1)) &&
          !writtenAt(text, from, to, i - position, form) && !(this.quickRejects && this.quick.surelyNoSlip(text, from, to, i, position, form, this.leastParts[phrasing], this.sums[phrasing], simplified));
      }
      if (!open) continue;
      if (!run.holds(i)) run.gather(text, from, to, i, simplified);
      this.scanAnchor(text, run, run.indexOf(i), candidates, blocked, hits);
    }
    // Of two near misses of one span, the one of an official form (listed first) before an admitted one.
    hits.sort((a, b) => a.start - b.start || b.end - a.end || a.phrasing - b.phrasing);
    const kept: ChineseHit[] = [];
    for (const h of hits) if (!kept.length || h.start >= kept[kept.length - 1].end) kept.push(h);
    return kept;
  }

  /**
   * The offset of the next anchor pair at or after i (its slot in `this.slot`), or `to`. One
   * array read for most characters: this loop touches every character of the draft, and is a
   * function of its own so that the optimiser sees nothing but it.
   */
  private nextAnchor(text: string, i: number, to: number, simplified: ArrayLike<number>): number {
    const { startsAnchor, anchorPairs } = this;
    for (; i < to; i++) {
      if (startsAnchor![text.charCodeAt(i)] === 0) continue;
      const next = nextInRun(text, i + 1, to);
      if (next < 0) continue;
      const slot = anchorPairs.get(simplified[text.charCodeAt(i)], simplified[text.charCodeAt(next)]);
      if (slot < 0) continue;
      this.slot = slot;
      return i;
    }
    return to;
  }

  /** The windows around the anchor pair at run index k of the forms anchored there. */
  private scanAnchor(text: string, run: Run, k: number, candidates: readonly { phrasing: number; position: number }[], blocked: Blocked, hits: ChineseHit[]): void {
    const { offsets, chars, size, tried } = run;
    if (size < 3) return;
    for (const { phrasing, position } of candidates) {
      const form = this.forms[phrasing]!;
      if (standsExactly(text, offsets, chars, size, k - position, form)) continue;
      this.findSwaps(text, offsets, chars, size, k - position, position, phrasing, blocked, hits, tried);
      // Cheap bounds before any window is built: a slip keeps half the characters in place;
      // a missing or extra character keeps all but one, in place on either side of it.
      const n = form.length;
      const fit = windowFit(chars, size, k - position, form);
      const sameLength = (fit & SAME_LENGTH) !== 0;
      const oneOff = (fit & ONE_OFF) !== 0;
      if (!sameLength && !oneOff) continue;
      for (const [shift, extra] of WINDOWS) {
        const length = n + extra;
        if (extra === 0 ? !sameLength : !oneOff) continue;
        const start = k - position + shift;
        if (start < 0 || start + length > size) continue;
        const key = start * 4 + length - form.length + 1;
        if (tried.get(key, phrasing) >= 0) continue;
        tried.set(key, phrasing, 1);
        const found = verifyWindow(text, offsets, chars, start, length, form, this.sounds);
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

  /**
   * Two parts of the form swapped move the anchor by the length of one of them: windows of
   * the form's length around it, with the same characters (their sum first, cheaply).
   */
  private findSwaps(text: string, offsets: Int32Array, chars: Int32Array, size: number, at: number, position: number, phrasing: number, blocked: Blocked, hits: ChineseHit[], tried: PairTable): void {
    const form = this.forms[phrasing]!;
    const n = form.length;
    // The anchor pair (at `position` in the form) moves with the part that holds it, by the
    // length of the other part, `least` characters or more and at most what lies beyond it.
    const least = this.leastParts[phrasing];
    const reach = Math.max(position, n - position - 2);
    // Two parts of `least` characters or more: no swap in a shorter form, nor one that moves the
    // pair less, unless the parts swapped lie beside it and it stays in place (开放改革新高地).
    if (n < 2 * least) return;
    const first = Math.max(0, at - reach);
    const last = Math.min(size - n, at + reach);
    const target = this.sums[phrasing];
    // The sum of the window's codes, slid along from the first window to the last.
    let sum = 0;
    for (let j = first; j < first + n && j < size; j++) sum += chars[j];
    for (let start = first; start <= last; start++) {
      if (start > first) sum += chars[start + n - 1] - chars[start - 1];
      const d = start - at;
      if ((d > -least && d < least && d !== 0) || sum !== target) continue;
      if (tried.get(start * 4 + 3, phrasing) >= 0) continue;
      tried.set(start * 4 + 3, phrasing, 1);
      const swapped = blockSwap(text, offsets, chars, start, form);
      if (!swapped) continue;
      const from = offsets[start];
      const to = offsets[start + n - 1] + 1;
      if (!blocked(from, to, phrasing)) hits.push({ start: from, end: to, phrasing, kind: 'order', changed: swapped });
    }
  }
}

/** How many Chinese characters text[start, end) holds. */
function cjkCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isCjk(text.charCodeAt(i))) n++;
  return n;
}
