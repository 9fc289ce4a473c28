// Completion of official phrasings from what the drafter has typed. The typed text may span
// several words ("Build the Chengdu-Ch" offers "Chengdu-Chongqing economic circle" for
// "Chengdu-Ch"); the longest typed prefix that fits a phrasing wins and is replaced whole.
// Known variants lead to the official form too ("成渝经济" offers 成渝地区双城经济圈).
// Typos are ranked by fuse.js, but only when the drafter asks for completion explicitly.
// In a line written in Chinese, Latin letters typed before the cursor are read as pinyin
// (full, "chengyu", or initials, "cydqsc") and only the Chinese forms are offered.

import Fuse from 'fuse.js';
import { boundedEditDistance } from './editDistance';
import { foldKey, isCjk, WORD, FOLD } from './normalize';
import type { PhrasingIndex } from './phrasingIndex';
import { pinyinKeys, type PinyinOf } from './pinyinKeys';
import type { Phrasing } from './types';

export interface CompletionOffer {
  phrasing: Phrasing;
  /** The official form offered: English or Chinese, following what was typed. */
  text: string;
  lang: 'en' | 'zh';
}

export interface CompletionResult {
  /** The typed text from `start` to the cursor is replaced by the offered phrasing. */
  start: number;
  offers: CompletionOffer[];
}

interface Entry {
  key: string;
  phrasing: number;
  lang: 'en' | 'zh';
}

const LOOK_BACK = 80;
const MAX_OFFERS = 50;
/** Explicit completion with nothing typed lists phrasings up to this many. */
const MAX_ALL = 200;

export class PhrasingCompleter {
  private readonly entries: Entry[];
  /** Pinyin keys of the Chinese forms, sorted; made on the first pinyin completion. */
  private pinyin?: Entry[];

  constructor(private readonly index: PhrasingIndex, private readonly pinyinOf?: PinyinOf) {
    const entries: Entry[] = [];
    index.phrasings.forEach((p, i) => {
      entries.push({ key: foldKey(p.en), phrasing: i, lang: 'en' });
      if (p.zh) entries.push({ key: foldKey(p.zh), phrasing: i, lang: 'zh' });
      for (const v of p.variants) entries.push({ key: foldKey(v.form), phrasing: i, lang: v.lang === 'zh' && p.zh ? 'zh' : 'en' });
    });
    this.entries = entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  complete(text: string, offset: number, explicit: boolean): CompletionResult | undefined {
    const cursor = Math.max(0, Math.min(offset, text.length));
    let lineStart = cursor;
    while (lineStart > 0 && lineStart > cursor - LOOK_BACK && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    const pinyin = this.byPinyin(text, lineStart, cursor);
    if (pinyin) return pinyin;
    for (const start of prefixStarts(text, lineStart, cursor)) {
      const typed = foldKey(text.slice(start, cursor));
      // Two characters at least (one Chinese character pops up a list at every other word), unless asked.
      if (typed.length < 2 && !(explicit && typed.length === 1 && isCjk(typed.charCodeAt(0)))) continue;
      const offers = this.byPrefix(typed);
      if (offers.length > 0) return { start, offers };
    }
    return explicit ? this.byFuzzyOrAll(text, lineStart, cursor) : undefined;
  }

  private byPrefix(typed: string): CompletionOffer[] {
    const lo = this.firstFrom(typed);
    const seen = new Set<string>();
    const offers: CompletionOffer[] = [];
    for (let i = lo; i < this.entries.length && this.entries[i].key.startsWith(typed) && offers.length < MAX_OFFERS; i++) {
      const e = this.entries[i];
      const p = this.index.phrasings[e.phrasing];
      const text = e.lang === 'zh' ? p.zh! : p.en;
      if (seen.has(text)) continue;
      seen.add(text);
      offers.push({ phrasing: p, text, lang: e.lang });
    }
    // Shorter official forms first: the closest fit to what was typed.
    return offers.sort((a, b) => a.text.length - b.text.length || a.text.localeCompare(b.text));
  }

  /**
   * What was typed fits no phrasing exactly: maybe a typo ("Chengdu-Chonqing"). Entries that
   * start with the same letter and are within one or two edits of the typed text's length
   * are the candidates; fuse.js ranks the few that remain. Nothing typed: every phrasing.
   */
  private byFuzzyOrAll(text: string, lineStart: number, cursor: number): CompletionResult {
    const starts = prefixStarts(text, lineStart, cursor).slice(-3);
    for (const start of starts) {
      const typed = foldKey(text.slice(start, cursor));
      if (typed.length < 5) continue;
      const budget = typed.length >= 8 ? 2 : 1;
      const candidates: CompletionOffer[] = [];
      const seen = new Set<string>();
      for (let i = this.firstFrom(typed[0]); i < this.entries.length && this.entries[i].key[0] === typed[0]; i++) {
        const e = this.entries[i];
        if (boundedEditDistance(typed, e.key.slice(0, typed.length), budget) > budget) continue;
        const p = this.index.phrasings[e.phrasing];
        const official = e.lang === 'zh' ? p.zh! : p.en;
        if (seen.has(official)) continue;
        seen.add(official);
        candidates.push({ phrasing: p, text: official, lang: e.lang });
      }
      if (candidates.length === 0) continue;
      const ranked = new Fuse(candidates, { keys: ['text'], ignoreLocation: true, threshold: 1 }).search(text.slice(start, cursor));
      return { start, offers: ranked.map((r) => r.item).slice(0, MAX_OFFERS) };
    }
    // In the middle of a word that fits nothing: nothing to offer. After a space: everything.
    if (cursor > lineStart && /\S/.test(text[cursor - 1])) return { start: cursor, offers: [] };
    return { start: cursor, offers: this.index.phrasings.slice(0, MAX_ALL).map((p) => ({ phrasing: p, text: p.en, lang: 'en' as const })) };
  }

  /**
   * Latin letters typed right before the cursor in a line that holds Chinese: pinyin. Official
   * Chinese forms whose initials or full pinyin start with them, exact initials first.
   */
  private byPinyin(text: string, lineStart: number, cursor: number): CompletionResult | undefined {
    if (!this.pinyinOf) return undefined;
    let start = cursor;
    while (start > lineStart && /[A-Za-z]/.test(text[start - 1])) start--;
    const typed = text.slice(start, cursor).toLowerCase();
    if (typed.length < 2 || !/[\u3400-\u9fff]/.test(text.slice(lineStart, start))) return undefined;
    this.pinyin ??= this.pinyinEntries();
    const entries = this.pinyin;
    const seen = new Set<number>();
    const offers: (CompletionOffer & { exact: boolean })[] = [];
    for (let i = firstFrom(entries, typed); i < entries.length && entries[i].key.startsWith(typed); i++) {
      const e = entries[i];
      if (seen.has(e.phrasing)) continue;
      seen.add(e.phrasing);
      const p = this.index.phrasings[e.phrasing];
      offers.push({ phrasing: p, text: p.zh!, lang: 'zh', exact: e.key === typed });
    }
    offers.sort((a, b) => Number(b.exact) - Number(a.exact) || a.text.length - b.text.length || a.text.localeCompare(b.text));
    return { start, offers: offers.slice(0, MAX_OFFERS).map(({ exact: _exact, ...o }) => o) };
  }

  private pinyinEntries(): Entry[] {
    const entries: Entry[] = [];
    this.index.phrasings.forEach((p, i) => {
      const keys = p.zh ? pinyinKeys(p.zh, this.pinyinOf!) : undefined;
      if (!keys) return;
      entries.push({ key: keys.full, phrasing: i, lang: 'zh' }, { key: keys.initials, phrasing: i, lang: 'zh' });
    });
    return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Index of the first entry whose key is not below `key` (entries are sorted by key). */
  private firstFrom(key: string): number {
    return firstFrom(this.entries, key);
  }
}

/** Where a typed prefix may begin, farthest first: word starts in Latin text, any character in Chinese text. */
function prefixStarts(text: string, lineStart: number, cursor: number): number[] {
  const starts: number[] = [];
  for (let i = lineStart; i < cursor; i++) {
    const c = text.charCodeAt(i);
    if (isCjk(c)) {
      if (cursor - i <= 16) starts.push(i);
      continue;
    }
    const isWord = WORD[FOLD[c]] === 1;
    const prevWord = i > lineStart && WORD[FOLD[text.charCodeAt(i - 1)]] === 1;
    if (isWord && !prevWord) starts.push(i);
  }
  return starts;
}

function firstFrom(entries: readonly Entry[], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
