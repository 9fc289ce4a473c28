// The cheap look at an anchor pair of a Chinese form before its run of characters is
// gathered: from the few characters around the form's place, whether no near miss can stand
// there. Most anchors in plain text end here; a test switches it off to check that it never
// changes a finding (ChineseNearMatcher.quickRejects).

import type { Sounds } from './chineseSounds';
import { nextInRun, NUMERALS, prevInRun, windowFit } from './chineseWindows';

export class AnchorCheck {
  /** The characters around a form's place, and how many of them stand before the anchor. */
  private around = new Int32Array(32);
  private left = 0;

  constructor(private readonly sounds: Sounds) {}

  /**
   * True when the form surely has no near miss around the anchor pair at text offset `at`
   * (`position` in the form), from the few characters of its run around it, before the whole
   * run is gathered: no window of the form's characters lies where a swap of two parts could
   * have moved the pair, and no window fits (windowFit). A form of four characters has one window,
   * its own place: there, a character that is neither the form's own, a numeral for a
   * numeral nor alike in sound rules it out. Most anchors in plain text end here.
   */
  surelyNoSlip(text: string, from: number, to: number, at: number, position: number, form: readonly number[], least: number, sum: number, simplified: ArrayLike<number>): boolean {
    const n = form.length;
    // The run's characters from one before the form's place to one after it, as gather() would hold them.
    let size = this.collect(text, from, to, at, position + 1, n + 2, simplified);
    let left = this.left;
    if (!this.noWindowFits(left - position, size, form)) return false;
    // How far a swap of two parts may move the anchor pair (findSwaps): no swap in a form too
    // short for two parts; a swap of two parts beside the pair leaves it in place.
    const moves = Math.max(position, n - position - 2);
    if (n < 2 * least) return true;
    // A swapped window holds the pair and one character at least on one side of it, a
    // character of the form.
    const around = this.around;
    const before = left > 0 ? around[left - 1] : -1;
    const after = left + 2 < size ? around[left + 2] : -1;
    if (!form.includes(before) && !form.includes(after)) return true;
    // A swap keeps the form's characters: some window of its length, moved by `least` or more
    // or in place, has the same sum of codes (findSwaps looks at these windows).
    size = this.collect(text, from, to, at, position + 1 + moves, n + 2 + 2 * moves, simplified);
    left = this.left;
    const wide = this.around;
    const start = left - position;
    const first = Math.max(0, start - moves);
    const last = Math.min(size - n, start + moves);
    let windowSum = 0;
    for (let k = first; k < first + n && k < size; k++) windowSum += wide[k];
    for (let w = first; w <= last; w++) {
      if (w > first) windowSum += wide[w + n - 1] - wide[w - 1];
      if ((w - start <= -least || w - start >= least || w === start) && windowSum === sum) return false;
    }
    return true;
  }

  /**
   * The run's characters around `at` into `around`: up to `before` characters before it (their
   * number in `left`), and from `at` on, up to `total` in all. Returns how many were read.
   */
  private collect(text: string, from: number, to: number, at: number, before: number, total: number, simplified: ArrayLike<number>): number {
    if (this.around.length < total) this.around = new Int32Array(2 * total);
    const around = this.around;
    const cap = total;
    let left = 0;
    for (let q = prevInRun(text, at - 1, from); q >= 0 && left < before; q = prevInRun(text, q - 1, from)) around[cap - 1 - left++] = simplified[text.charCodeAt(q)];
    around.copyWithin(0, cap - left, cap);
    let size = left;
    for (let q = at; q >= 0 && size < total; q = nextInRun(text, q + 1, to)) around[size++] = simplified[text.charCodeAt(q)];
    this.left = left;
    return size;
  }

  /** No window of the form's length, or one character off, fits at `start` of `around` (see surelyNoSlip). */
  private noWindowFits(start: number, size: number, form: readonly number[]): boolean {
    const around = this.around;
    if (form.length > 4) return windowFit(around, size, start, form) === 0;
    // Its one window lies outside the run: nothing to find.
    if (start < 0 || start + 4 > size) return true;
    for (let j = 0; j < 4; j++) {
      const c = around[start + j];
      if (c !== form[j] && !(NUMERALS.has(c) && NUMERALS.has(form[j])) && !this.sounds.alike(c, form[j])) return true;
    }
    return false;
  }
}
