// A table from a pair of small non-negative integers (two characters, two word ids) to a
// small integer, for the look-ups the near-matchers make at every anchor of a draft. A Map
// keyed by the pair as one number hashes a heap number once the key passes 2^30; open
// addressing over typed arrays answers in a multiply and one or two array reads.

export class PairTable {
  private firsts: Uint32Array;
  private seconds: Uint32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor() {
    this.firsts = new Uint32Array(16);
    this.seconds = new Uint32Array(16);
    this.values = new Int32Array(16).fill(-1);
    this.mask = 15;
  }

  get size(): number {
    return this.count;
  }

  /** Empties the table, back to its first size if it grew (a table emptied often stays small). */
  clear(): void {
    if (this.count === 0) return;
    if (this.values.length > 64) {
      this.firsts = new Uint32Array(16);
      this.seconds = new Uint32Array(16);
      this.values = new Int32Array(16);
      this.mask = 15;
    }
    this.values.fill(-1);
    this.count = 0;
  }

  /** The value of the pair (first, second), or -1. */
  get(first: number, second: number): number {
    for (let i = slotOf(first, second) & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i];
      if (v < 0 || (this.firsts[i] === first && this.seconds[i] === second)) return v;
    }
  }

  /** Sets the value (a non-negative integer) of the pair. */
  set(first: number, second: number, value: number): void {
    if (2 * (this.count + 1) > this.values.length) this.grow();
    for (let i = slotOf(first, second) & this.mask; ; i = (i + 1) & this.mask) {
      if (this.values[i] < 0) {
        this.firsts[i] = first;
        this.seconds[i] = second;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (this.firsts[i] === first && this.seconds[i] === second) {
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const size = 2 * values.length;
    this.firsts = new Uint32Array(size);
    this.seconds = new Uint32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < values.length; i++) if (values[i] >= 0) this.set(firsts[i], seconds[i], values[i]);
  }
}

function slotOf(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 7;
}
