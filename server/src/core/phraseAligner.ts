// The word-by-word alignment behind English near-matching: a small edit-distance table
// between a phrasing's tokens and a stretch of the draft, whose edits are the kinds of drift
// (inflection, "and" replaced or dropped, function words, letter slips). Content words are
// never added or dropped; a phrasing of two content words keeps both exactly.

import { ENGLISH_NUMBERS } from './arabicNumerals';
import { boundedEditDistance } from './editDistance';
import { editBudget } from './draftWords';
import { ARTICLES, COORDINATION, derivationOf, FUNCTION_WORDS, inflectionOf, isContent, type Token } from './phraseTokens';

/** Most edits a near miss may have. */
export const MAX_EDITS = 2;
const INF = 99;
/** What a phrasing token is. */
const T_AND = 0;
const T_COMMA = 1;
const T_FUNCTION = 2;
const T_CONTENT = 3;
/** What a draft token is: bits, several at once (a comma is a mark of coordination too). */
const COORD = 1;
const AND = 2;
const COMMA = 4;
const FUNCTION = 8;
const CONTENT = 16;
const ARTICLE = 32;

function draftKind(d: string): number {
  return (COORDINATION.has(d) ? COORD : 0) | (d === 'and' ? AND : 0) | (d === ',' ? COMMA : 0) |
    (FUNCTION_WORDS.has(d) ? FUNCTION : 0) | (isContent(d) ? CONTENT : 0) | (ARTICLES.has(d) ? ARTICLE : 0);
}

/** How the alignment reached a cell. */
const SUB = 0;
const DROP = 1;
const ADD = 2;

export type NearKind = 'inflection' | 'conjunction' | 'function-word' | 'order' | 'misspelling' | 'clipping' | 'numeral';

/** How a draft word stands for a phrasing's content word; a derivation is reported as an inflection. */
type ContentChange = 'inflection' | 'derivation' | 'misspelling' | 'clipping' | 'numeral' | 'none';

/**
 * A word cut short, as drafters clip long words ("metro" for "metropolitan", "info" for
 * "information"): four letters at least, and three or more of a long word left out.
 */
/** How a draft word may differ in length from the word it stands for; the least a clipping keeps, of a word of at least CLIPPED_FROM letters. */
export const LENGTH_SLACK = 4;
export const CLIPPED_LEAST = 3;
export const CLIPPED_FROM = 8;

function isClipping(official: string, draft: string): boolean {
  return draft.length >= CLIPPED_LEAST && official.length >= CLIPPED_FROM && official.length - draft.length >= 3 && official.startsWith(draft);
}

/**
 * Whether a draft word may stand for a phrasing's content word changed: an inflection or a
 * slip keeps the first letter and about the length, a clipping its start. Most pairs stop here.
 */
export function mayStandFor(official: string, draft: string): boolean {
  return (draft.charCodeAt(0) === official.charCodeAt(0) && (Math.abs(official.length - draft.length) <= LENGTH_SLACK || isClipping(official, draft))) || digitsFor(official, draft);
}

/** True when the draft writes the phrasing's number word in digits (most draft words start with no digit). */
function digitsFor(official: string, draft: string): boolean {
  const c = draft.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && ENGLISH_NUMBERS.get(official) === draft;
}

/** The word in American spelling, as far as regular endings tell (-ise, -isation, -our, -tre, -lled, -ogue). */
function americanSpelling(word: string): string {
  return word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1').replace(/our(s|ed|ing)?$/, 'or$1').replace(/tre(s)?$/, 'ter$1')
    .replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2').replace(/ogue(s)?$/, 'og$1');
}

/** True when the two words are one word in British and American spelling ("modernisation", "centre"). */
function sameSpelling(a: string, b: string): boolean {
  return americanSpelling(a) === americanSpelling(b);
}

export interface NearEdit {
  kind: NearKind;
  /** The phrasing's token and the draft's ('' where one side has none). */
  official: string;
  draft: string;
}


export class PhraseAligner {
  private readonly changes = new Map<string, Map<string, ContentChange>>();

  constructor(private readonly isEnglishWord?: (word: string) => boolean) {}

  /** The alignment table and the move that reached each cell, reused from fit to fit. */
  private cost = new Int32Array(256);
  private move = new Uint8Array(256);
  /** The kinds of the draft's tokens (draftKind), reused. */
  private kinds = new Uint8Array(64);

  /** Fitting alignment: the whole target against a stretch of the draft that holds the anchor. */
  fit(target: string[], draft: Token[], anchor: number, extra: number, content: number):
    { cost: number; s: number; e: number; edits: NearEdit[] } | undefined {
    const n = target.length;
    const m = draft.length;
    const w = m + 1;
    if (this.cost.length < (n + 1) * w) {
      this.cost = new Int32Array(2 * (n + 1) * w);
      this.move = new Uint8Array(2 * (n + 1) * w);
    }
    const { cost, move } = this;
    // What each draft token is, once per fit rather than once per cell.
    if (this.kinds.length < m) this.kinds = new Uint8Array(2 * m);
    const kinds = this.kinds;
    for (let j = 0; j < m; j++) kinds[j] = draftKind(draft[j].text);
    for (let j = 0; j <= m; j++) cost[j] = extra;
    for (let i = 1; i <= n; i++) {
      const t = target[i - 1];
      const drop = this.dropCost(t, target[i]);
      const tKind = t === 'and' ? T_AND : t === ',' ? T_COMMA : FUNCTION_WORDS.has(t) ? T_FUNCTION : T_CONTENT;
      // An article may be added before every target token but the first; a comma before "and" when "and" follows in both.
      const addable = i > 0 && i < n;
      const nextIsAnd = target[i] === 'and';
      for (let j = 0; j <= m; j++) {
        // Ties go to a match or substitution, then a drop, then an addition: the walk back prefers matches.
        const dropped = cost[(i - 1) * w + j] + drop;
        let c = dropped;
        let how = DROP;
        if (j > 0) {
          const d = draft[j - 1].text;
          const k = kinds[j - 1];
          // The substitution and addition costs by the tokens' kinds (addCost, below, for the walk back).
          let subStep: number;
          if (t === d) subStep = 0;
          else if (tKind === T_AND) subStep = k & COORD ? 1 : INF;
          else if (tKind === T_COMMA) subStep = k & (COORD | AND) ? (k & COMMA ? 0 : 1) : INF;
          else if (tKind === T_FUNCTION) subStep = k & FUNCTION ? 1 : INF;
          else subStep = !(k & CONTENT) || content <= 2 || !mayStandFor(t, d) ? INF : this.contentCost(t, d, i, target);
          const addStep = !addable ? INF : k & COMMA && nextIsAnd && j < m && kinds[j] & AND ? 0 : k & ARTICLE ? 1 : INF;
          const sub = cost[(i - 1) * w + j - 1] + subStep;
          const added = cost[i * w + j - 1] + addStep;
          if (sub <= c) { c = sub; how = SUB; }
          if (added < c) { c = added; how = ADD; }
        }
        cost[i * w + j] = c;
        move[i * w + j] = how;
      }
    }
    const last = n * w;
    let e = -1;
    for (let j = 1; j <= m; j++) if (cost[last + j] <= MAX_EDITS && (e < 0 || cost[last + j] < cost[last + e])) e = j;
    if (e < 0) return undefined;
    // Walk back to the start and the edits.
    const edits: NearEdit[] = [];
    let i = n;
    let j = e;
    let contentExact = 0;
    while (i > 0) {
      const how = move[i * w + j];
      if (how === SUB) {
        const t = target[i - 1];
        const d = draft[j - 1].text;
        if (t === d) { if (isContent(t)) contentExact++; } else edits.unshift(this.subEdit(t, d));
        i--; j--;
      } else if (how === DROP) {
        if (this.dropCost(target[i - 1], target[i]) > 0) edits.unshift({ kind: target[i - 1] === 'and' || target[i - 1] === ',' ? 'conjunction' : 'function-word', official: target[i - 1], draft: '' });
        i--;
      } else {
        const d = draft[j - 1].text;
        if (this.addCost(d, target[i], draft[j]?.text, i) > 0) edits.unshift({ kind: d === ',' ? 'conjunction' : 'function-word', official: '', draft: d });
        j--;
      }
    }
    const s = j;
    if (anchor < s || anchor >= e) return undefined;
    // Precision: two content words at least stand exactly, half of them at least.
    if (contentExact < 2 || 2 * contentExact < content) return undefined;
    if (draft.slice(s, e).some((t) => t.text === '(')) return undefined;
    return { cost: cost[last + e], s, e, edits };
  }

  /**
   * One edit for a draft word that stands for the phrasing's content word target[i - 1]. A word
   * of another class ("developing" for "development") only where that word modifies the next
   * content word of the phrasing ("new developing pattern"), and first in the phrasing only as
   * an adjective ("integrative development"): a verb before the rest is its object
   * ("modernizing the industrial supply chain"), a word at the end heads another phrase
   * ("innovation-driven developing economies").
   */
  private contentCost(t: string, d: string, i: number, target: readonly string[]): number {
    const change = this.contentChange(t, d);
    if (change === 'none') return INF;
    // Digits for a number word are the same word written otherwise: named, but no edit of the budget.
    if (change === 'numeral') return 0;
    if (change !== 'derivation') return 1;
    const next = target[i];
    return next !== undefined && isContent(next) && (i > 1 || /(?:ive|al)$/.test(d)) ? 1 : INF;
  }

  /** True when the draft's content word may stand in for the phrasing's in an alignment (fit substitutes it for one edit). */
  mayReplace(t: string, d: string): boolean {
    return mayStandFor(t, d) && this.contentChange(t, d) !== 'none';
  }

  /** How a draft word stands for a phrasing's content word, cached by both words (no key made per look-up): the same pairs recur in every draft. */
  private contentChange(t: string, d: string): ContentChange {
    let byDraft = this.changes.get(t);
    if (byDraft === undefined) this.changes.set(t, (byDraft = new Map<string, ContentChange>()));
    let change = byDraft.get(d);
    if (change === undefined) {
      change = digitsFor(t, d) ? 'numeral' : derivationOf(t, d) ? 'derivation' : inflectionOf(t, d) ? 'inflection' : this.isSlip(t, d) ? 'misspelling' : isClipping(t, d) ? 'clipping' : 'none';
      // A bound on memory for a server that runs for days.
      if (byDraft.size > 5_000) byDraft.clear();
      byDraft.set(d, change);
    }
    return change;
  }

  private subEdit(t: string, d: string): NearEdit {
    if (t === 'and' || t === ',') return { kind: 'conjunction', official: t, draft: d };
    if (FUNCTION_WORDS.has(t)) return { kind: 'function-word', official: t, draft: d };
    const change = this.contentChange(t, d);
    return { kind: change === 'none' ? 'misspelling' : change === 'derivation' ? 'inflection' : change, official: t, draft: d };
  }

  /**
   * A letter slip: within the word's budget, same first letter, and not a word of its own; or
   * one letter off and a word of its own ("new development patten"), which counts only in a
   * phrasing of three content words or more (the aligner substitutes no content word in a
   * shorter one), and never a British or American spelling of the word ("modernisation").
   */
  private isSlip(t: string, d: string): boolean {
    const budget = editBudget(t);
    if (budget === 0 || d[0] !== t[0] || boundedEditDistance(d, t, budget) > budget) return false;
    if (!this.isEnglishWord?.(d)) return true;
    return boundedEditDistance(d, t, 1) <= 1 && !sameSpelling(t, d);
  }

  /** A phrasing token the draft lacks: "and", a comma (free before "and": the serial comma), a function word. */
  private dropCost(t: string, next: string | undefined): number {
    if (t === ',' && next === 'and') return 0;
    if (t === 'and' || t === ',' || FUNCTION_WORDS.has(t)) return 1;
    return INF;
  }

  /** A draft token the phrasing lacks: an article inside it; a comma before "and" is free (the serial comma). */
  private addCost(d: string, nextTarget: string | undefined, nextDraft: string | undefined, i: number): number {
    if (i === 0 || nextTarget === undefined) return INF;
    if (d === ',' && nextTarget === 'and' && nextDraft === 'and') return 0;
    return ARTICLES.has(d) ? 1 : INF;
  }
}
