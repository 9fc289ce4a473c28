// The orders an English phrasing may be written in, each a target the near-matcher aligns a
// draft's words with: the phrasing as it is, its coordinated parts swapped around "and"
// ("carbon neutrality and carbon peaking"), two items of a list of modifiers that opens it
// swapped ("intelligent, high-end and green transformation"), two of its opening modifiers
// swapped ("priority employment policies"), and "A of B" written "B A" ("cultural tourism
// integrated development"). Every target but the first costs an edit.

import { mayStandFor } from './phraseAligner';
import { ARTICLES, isContent, type Token } from './phraseTokens';

export interface Target {
  tokens: string[];
  /** An extra edit every alignment with it costs (a swap of coordinated parts). */
  swapped: boolean;
  /** "A of B" written "B A". */
  inverted?: boolean;
  /** Two content words that stand side by side only in this order (B's last, A's first): a window without them is passed over. */
  junction?: [string, string];
  /** Two neighbouring modifiers swapped: the two words in the official order (the message names them). */
  modifiers?: [string, string];
}

/**
 * The phrasing's tokens, and its coordinated parts swapped around each "and" and within each
 * list ("high-end, intelligent and green"). A phrasing of two content words has no other
 * order: two single words swapped around "and" are plain English ("consumption and trade").
 */
export function targetsOf(tokens: string[], content: number): Target[] {
  const targets: Target[] = [{ tokens, swapped: false }];
  if (content < 3) return targets;
  // Each order once: a swap that gives an order already there adds nothing.
  const add = (target: Omit<Target, 'swapped'>) => {
    const key = target.tokens.join(' ');
    if (!targets.some((t) => t.tokens.join(' ') === key)) targets.push({ ...target, swapped: true });
  };
  tokens.forEach((t, k) => {
    if (t !== 'and' || k === 0 || k === tokens.length - 1) return;
    add({ tokens: [...tokens.slice(k + 1), 'and', ...tokens.slice(0, k)] });
    if (k >= 1 && k + 1 < tokens.length && k + 2 <= tokens.length) {
      const swapped = tokens.slice();
      [swapped[k - 1], swapped[k + 1]] = [swapped[k + 1], swapped[k - 1]];
      add({ tokens: swapped });
    }
    for (const swapped of listSwaps(tokens, k)) add({ tokens: swapped });
  });
  for (const swap of modifierSwaps(tokens)) add(swap);
  const inverted = inversion(tokens);
  if (inverted) add({ ...inverted, inverted: true });
  return targets;
}

/**
 * "A of B" written "B A", as a translation from Chinese word order gives it ("cultural tourism
 * integrated development" for "integrated development of cultural tourism"): A and B are runs
 * of content words (B after an article or none) that make the whole phrasing.
 */
function inversion(tokens: string[]): { tokens: string[]; junction: [string, string] } | undefined {
  const of = tokens.indexOf('of');
  if (of < 1 || tokens.indexOf('of', of + 1) >= 0) return undefined;
  const head = tokens.slice(0, of);
  const tail = tokens.slice(ARTICLES.has(tokens[of + 1]) ? of + 2 : of + 1);
  if (tail.length === 0 || ![...head, ...tail].every(isContent)) return undefined;
  return { tokens: [...tail, ...head], junction: [tail[tail.length - 1], head[0]] };
}

/**
 * Two neighbouring modifiers swapped in the run of content words that opens the phrasing
 * ("priority employment policies", "strategic national scientific and technological forces"):
 * never the run's last word, the head noun or the first of words coordinated by "and".
 */
function modifierSwaps(tokens: string[]): { tokens: string[]; junction: [string, string]; modifiers: [string, string] }[] {
  let run = 0;
  while (run < tokens.length && isContent(tokens[run])) run++;
  const swaps: { tokens: string[]; junction: [string, string]; modifiers: [string, string] }[] = [];
  for (let i = 0; i + 2 < run; i++) {
    const swapped = tokens.slice();
    [swapped[i], swapped[i + 1]] = [swapped[i + 1], swapped[i]];
    swaps.push({ tokens: swapped, junction: [swapped[i], swapped[i + 1]], modifiers: [tokens[i], tokens[i + 1]] });
  }
  return swaps;
}

/** True when the draft has a word that may stand for `a` right before one that may stand for `b`. */
export function hasJunction(draft: readonly Token[], [a, b]: [string, string]): boolean {
  for (let j = 0; j + 1 < draft.length; j++) {
    const x = draft[j].text;
    const y = draft[j + 1].text;
    if ((x === a || mayStandFor(a, x)) && (y === b || mayStandFor(b, y))) return true;
  }
  return false;
}

/**
 * For a list "A, B and C" whose "and" stands at k: the phrasing with two of its items swapped.
 * Items before "and" run between commas, the first from the phrasing's start; the item after
 * "and" is one word (a list of modifiers before a head noun: "high-end, intelligent and green
 * transformation").
 */
function listSwaps(tokens: string[], k: number): string[][] {
  const bounds: [number, number][] = [[k + 1, k + 2]];
  let end = k;
  for (let i = k - 1; i >= 0; i--) {
    if (tokens[i] === ',') {
      bounds.unshift([i + 1, end]);
      end = i;
    } else if (!isContent(tokens[i])) break;
  }
  if (bounds.length < 2 || end === k) return [];
  let first = end;
  while (first > 0 && isContent(tokens[first - 1])) first--;
  // Only a list of modifiers that opens the phrasing: the order of a list of nouns after "of"
  // ("the structure of energy, industry, transportation and land use") is the writer's.
  if (first === end || first > 0) return [];
  bounds.unshift([first, end]);
  const items = bounds.map(([a, b]) => tokens.slice(a, b));
  const swaps: string[][] = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      const order = items.slice();
      [order[a], order[b]] = [order[b], order[a]];
      const list = order.flatMap((item, i) => (i === 0 ? item : [i === order.length - 1 ? 'and' : ',', ...item]));
      swaps.push([...tokens.slice(0, first), ...list, ...tokens.slice(k + 2)]);
    }
  }
  return swaps;
}
