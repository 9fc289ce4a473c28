// A table from a pair of UTF-16 code units to a small integer, for the look-up the Chinese
// near-matcher makes at every anchor character of a draft. A Map keyed by the pair as one
// number hashes a heap number (the key passes 2^30); open addressing over typed arrays
// answers in a multiply and one or two array reads.

export class PairTable {
  private keys: Uint32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    let size = 16;
    while (size < 2 * expected) size *= 2;
    this.keys = new Uint32Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The value of the pair (first, second), or -1. */
  get(first: number, second: number): number {
    const key = ((first << 16) | second) >>> 0;
    for (let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask; ; i = (i + 1) & this.mask) {
      const v = this.values[i];
      if (v < 0 || this.keys[i] === key) return v;
    }
  }

  set(first: number, second: number, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const key = ((first << 16) | second) >>> 0;
    for (let i = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask; ; i = (i + 1) & this.mask) {
      if (this.values[i] < 0) {
        this.keys[i] = key;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Uint32Array(2 * keys.length);
    this.values = new Int32Array(2 * keys.length).fill(-1);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (values[i] >= 0) this.set(keys[i] >>> 16, keys[i] & 0xffff, values[i]);
  }
}
