// Matches and anchor words as they come from the scan: number triples (start, end, and a
// pattern or word index) in one growing typed array. A 10 MB draft has hundreds of thousands:
// no object, heap number or copy of a large array for each.

/** A growing list of number triples. */
export class Triples {
  // Small at first: the editor scans a paragraph per keystroke; a large draft doubles it a few times.
  private data = new Int32Array(3 * 64);
  private length = 0;

  push(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /**
   * Adds a match (start, end, pattern) to non-overlapping matches fed in order of their end, as
   * keepLongest does with objects: the longest of overlapping matches stays, the earlier on a tie.
   */
  keepLongest(start: number, end: number, pattern: number): void {
    const data = this.data;
    let i = this.length;
    while (i > 0 && data[i - 2] > start) i -= 3;
    for (let j = i; j < this.length; j += 3) if (data[j + 1] - data[j] >= end - start) return;
    this.length = i;
    this.push(start, end, pattern);
  }
}
