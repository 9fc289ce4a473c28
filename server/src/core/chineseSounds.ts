// Which Chinese characters a pinyin input method can put for one another: characters that
// share a toneless syllable (any reading of a polyphone), with the near syllables a
// south-western speaker types alike (z/zh, c/ch, s/sh, l/n, en/eng, in/ing).

import type { ChineseTables } from './chineseNear';

/** Initials and finals a south-western speaker's input method confuses, folded together. */
function nearSyllable(s: string): string {
  return s.replace(/^([zcs])h/, '$1').replace(/^n/, 'l').replace(/eng$/, 'en').replace(/ing$/, 'in');
}

export class Sounds {
  /** A bit per near-folded syllable of each character, and whether it is computed yet. */
  private readonly masks = new Int32Array(0x10000);
  private readonly masked = new Uint8Array(0x10000);
  /** Near-folded syllables per character, computed on first use. */
  private readonly sounds = new Map<number, readonly string[]>();

  constructor(private readonly tables: ChineseTables) {}

  /** True when the two characters share a syllable, folded as the input method confuses them. */
  alike(a: number, b: number): boolean {
    // A mask of each character's syllables (a bit per syllable, by hash) rules most pairs out
    // in two array reads; only masks that meet are compared syllable by syllable.
    if ((this.soundMask(a) & this.soundMask(b)) === 0) return false;
    const ra = this.soundsOf(a);
    const rb = this.soundsOf(b);
    return ra.some((x) => rb.includes(x));
  }

  private soundMask(code: number): number {
    if (this.masked[code] === 0) {
      let mask = 0;
      for (const syllable of this.soundsOf(code)) {
        let h = 0;
        for (let i = 0; i < syllable.length; i++) h = (Math.imul(h, 31) + syllable.charCodeAt(i)) | 0;
        mask |= 1 << (h & 31);
      }
      this.masks[code] = mask;
      this.masked[code] = 1;
    }
    return this.masks[code];
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
