// Sorted, non-overlapping spans of a text (occurrences, matches): the one binary search
// the engine needs over them.

export interface Span {
  start: number;
  end: number;
}

/** Index of the first span that ends after `offset`, or the length of the list. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when [start, end) overlaps any of the spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstEndingAfter(spans, start);
  return i < spans.length && spans[i].start < end;
}

/** An exact occurrence: of a phrasing (its index), or of a protected name (-1). */
export interface ExactSpan extends Span {
  phrasing: number;
}

/**
 * True when exact occurrences rule out a similarity find of `phrasing` at [start, end): one
 * of the same phrasing overlaps it (the draft is right there), or one overlaps it without
 * standing strictly inside (a shorter official form inside a longer phrasing's window is fine).
 */
export function blockedByExact(exact: readonly ExactSpan[], start: number, end: number, phrasing: number): boolean {
  for (let i = firstEndingAfter(exact, start); i < exact.length && exact[i].start < end; i++) {
    const x = exact[i];
    if (x.phrasing === phrasing || x.start < start || x.end > end || (x.start === start && x.end === end)) return true;
  }
  return false;
}
