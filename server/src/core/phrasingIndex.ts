// The compiled term base: one automaton over every canonical and variant form, the fuzzy
// matcher for misspellings, and (on first use) where each phrasing stands in the sources.

import { ChineseNearMatcher, type ChineseHit, type ChineseTables } from './chineseNear';
import { EnglishNearMatcher, type NearHit } from './englishNear';
import { FuzzyMatcher, type FuzzyHit } from './fuzzyMatcher';
import { attested, pickMisspellings, pickNearMisses, type OfForm } from './englishHits';
import { abbreviationsOf, writesAbbreviation, type Abbreviated } from './abbreviations';
import { arabicForms, digitsChanged, englishDigitForms } from './arabicNumerals';
import { articleUse, wordsBeforeThe } from './articles';
import { pluralKey, singularKey, wordsBefore } from './bareNouns';
import { foldKey, formKey } from './normalize';
import { PhraseMatcher, type MatchSink } from './phraseMatcher';
import { Triples } from './triples';
import { citesSource, headline, mentioned } from './quotations';
import { toSourceUses, type SourceUse } from './sourceIndex';
import { blockedByExact, overlapsAny, type ExactSpan, type Span } from './spans';
import type { Occurrence, Phrasing, TermBase } from './types';

export const EN_FORM = -1;
export const ZH_FORM = -2;
/** A protected proper name or title of the term base (not a phrasing). */
const NAME_FORM = -3;
/** No phrasing's index: the span rules for other phrasings. */
const OTHER_PHRASING = -4;
/** The singular of a two-word phrasing's plural ("market participant"): drift only as a bare noun (bareNouns.ts). */
export const SINGULAR_FORM = -5;
/** A phrasing with one word abbreviated ("NE Chongqing"; abbreviations.ts): drift where written in capitals. */
export const ABBREVIATED_FORM = -6;
/** The plural of a two-word phrasing the readout writes as a mass noun ("effective investments"): drift only after the readout's verb (bareNouns.ts). */
export const PLURAL_FORM = -7;

/** A numbered formula with digits for its numerals (“14五”规划, 1区2群; arabicNumerals.ts): a Chinese near miss of kind numeral. */
export const DIGITS_FORM = -8;

/** An English phrasing with digits for its number words ("one area and 2 clusters"; arabicNumerals.ts). */
export const EN_DIGITS_FORM = -9;

/** A singular or plural of a phrasing: matched apart, and an occurrence only where it is drift. */
export const isNumberForm = (form: number): boolean => form === SINGULAR_FORM || form === PLURAL_FORM;

export interface ScanResult {
  occurrences: Occurrence[];
  /** Anchor words for the fuzzy matcher, flat: start, end, anchor index, start, end, … */
  anchors: Int32Array;
  /** Anchor words for the English near-matcher, flat as `anchors`. */
  nearAnchors: Int32Array;
  /** The occurrences and the protected names found, sorted and not overlapping: what the similarity finders must not overlap. */
  exact: ExactSpan[];
  /** Where the first Chinese character of text[from, to) stands, or `to`. */
  firstChinese: number;
  from: number;
  to: number;
}

interface FormRef {
  phrasing: number;
  form: number;
  abbreviated?: Abbreviated;
}

/** What the scan does with a form's match: keep it with the listed forms, or apart (a form derived from a phrasing's words). */
const PLAIN = 0;
const DERIVED = 1;

/**
 * One scan's matches, sorted by kind. Derived forms go apart (singulars, abbreviations): one
 * stands only where no listed form does, never displacing one. `match` stays this small: it
 * runs for every match, inlined into the match loop.
 */
class ScanSink implements MatchSink {
  readonly forms = new Triples();
  readonly derived = new Triples();
  readonly anchors = new Triples();
  readonly nearAnchors = new Triples();

  constructor(private readonly formKind: Uint8Array, private readonly formCount: number, private readonly nearFrom: number) {}

  match(start: number, end: number, pattern: number): void {
    if (pattern < this.formCount) (this.formKind[pattern] === PLAIN ? this.forms : this.derived).keepLongest(start, end, pattern);
    else if (pattern < this.nearFrom) this.anchors.push(start, end, pattern - this.formCount);
    else this.nearAnchors.push(start, end, pattern - this.nearFrom);
  }
}

export class PhrasingIndex {
  readonly phrasings: readonly Phrasing[];
  private readonly forms: FormRef[] = [];
  private readonly matcher: PhraseMatcher;
  private readonly fuzzy: FuzzyMatcher;
  /** Built on the first draft with Chinese in it (an English run never builds it). */
  private chinese?: ChineseNearMatcher;
  private readonly chineseTables?: ChineseTables;
  /** What the Chinese near-matcher's forms are: each phrasing's official form, then its admitted Chinese forms. */
  private readonly chineseTargets: FormRef[] = [];
  /**
   * Per Chinese target: the phrasing whose exact occurrences block its near misses. An admitted
   * form may hold the official one (渝东北 in 渝东北三峡库区城镇群): that occurrence inside its
   * window is expected, so only the rule for other phrasings' spans applies to it.
   */
  private readonly chineseOwners: number[] = [];
  private readonly near: EnglishNearMatcher;
  /** The English near-matcher's forms: each phrasing's official form (target i is phrasing i), then its admitted English forms. */
  private readonly englishTargets: FormRef[] = [];
  private readonly fuzzyAnchorCount: number;
  private readonly positions = new Map<string, number>();
  private readonly formCount: number;
  /** Per form key: PLAIN or DERIVED. */
  private readonly formKind: Uint8Array;
  private uses?: Map<string, SourceUse[]>;
  private foldedSources?: string[];
  private readonly articles = new Map<string, 'the' | 'bare' | 'mass' | undefined>();
  private superseded?: string[];
  private readonly before = new Map<string, string[]>();
  private readonly beforeThe = new Map<string, string[]>();

  /** `isEnglishWord` lets the fuzzy matcher leave real English words alone (see FuzzyMatcher). */
  constructor(readonly termBase: TermBase, private readonly isEnglishWord?: (word: string) => boolean, chineseTables?: ChineseTables) {
    this.phrasings = termBase.phrasings;
    const keys: string[] = [];
    const claimed = new Set<string>();
    const claim = (text: string | undefined, ref: FormRef) => {
      const key = text ? formKey(text) : '';
      if (!key || claimed.has(key)) return;
      claimed.add(key);
      keys.push(key);
      this.forms.push(ref);
    };
    // Canonical forms claim their keys before any variant can.
    this.phrasings.forEach((p, i) => {
      this.positions.set(p.id, i);
      claim(p.en, { phrasing: i, form: EN_FORM });
      claim(p.zh, { phrasing: i, form: ZH_FORM });
    });
    this.phrasings.forEach((p, i) => p.variants.forEach((v, k) => claim(v.form, { phrasing: i, form: k })));
    // Names claim last: a name never hides a phrasing's own form, and wins over a shorter
    // variant inside it by the longest-match rule.
    for (const name of termBase.names) claim(name, { phrasing: -1, form: NAME_FORM });
    // Singulars claim after everything a term base lists: a listed form or a name wins.
    if (isEnglishWord) this.phrasings.forEach((p, i) => claim(singularKey(p.en), { phrasing: i, form: SINGULAR_FORM }));
    if (isEnglishWord) this.phrasings.forEach((p, i) => claim(pluralKey(p.en), { phrasing: i, form: PLURAL_FORM }));
    if (isEnglishWord) {
      this.phrasings.forEach((p, i) => abbreviationsOf(p.en).forEach((a) => claim(a.form, { phrasing: i, form: ABBREVIATED_FORM, abbreviated: a })));
    }
    if (chineseTables) this.phrasings.forEach((p, i) => arabicForms(p.zh ?? '').forEach((a) => claim(a.form, { phrasing: i, form: DIGITS_FORM })));
    this.phrasings.forEach((p, i) => englishDigitForms(p.en).forEach((a) => claim(a.form, { phrasing: i, form: EN_DIGITS_FORM })));
    if (chineseTables) {
      // An admitted form is correct as it stands, so a slip of it is drift too (渝东北三峡库区成真群):
      // its fix is the admitted form the draft meant, not another one.
      this.phrasings.forEach((p, i) => {
        if (p.zh) this.chineseTargets.push({ phrasing: i, form: ZH_FORM });
        p.variants.forEach((v, k) => { if (v.status === 'admitted' && v.lang === 'zh') this.chineseTargets.push({ phrasing: i, form: k }); });
      });
      this.chineseTables = chineseTables;
      for (const t of this.chineseTargets) this.chineseOwners.push(t.form === ZH_FORM ? t.phrasing : OTHER_PHRASING);
    }
    // As in Chinese, a slip of an admitted form ("revitalisation of countryside") is drift whose
    // fix is the admitted form the draft meant: its spelling, its rendering.
    this.phrasings.forEach((_, i) => this.englishTargets.push({ phrasing: i, form: EN_FORM }));
    this.phrasings.forEach((p, i) => p.variants.forEach((v, k) => { if (v.status === 'admitted' && v.lang === 'en') this.englishTargets.push({ phrasing: i, form: k }); }));
    const englishOwners = this.englishTargets.map((t) => t.phrasing);
    const englishForms = this.englishTargets.map((t) => this.formText(this.phrasings[t.phrasing], t.form));
    this.fuzzy = new FuzzyMatcher(englishForms, isEnglishWord, englishOwners);
    this.near = new EnglishNearMatcher(englishForms, isEnglishWord, englishOwners);
    // One automaton finds the forms and both matchers' anchor words in the same pass.
    this.formCount = keys.length;
    this.formKind = Uint8Array.from(this.forms, (f) => (isNumberForm(f.form) || f.form === ABBREVIATED_FORM ? DERIVED : PLAIN));
    this.fuzzyAnchorCount = this.fuzzy.anchorWords.length;
    this.matcher = new PhraseMatcher([...keys, ...this.fuzzy.anchorWords, ...this.near.anchorWords]);
  }

  get size(): number {
    return this.phrasings.length;
  }

  phrasing(id: string): Phrasing | undefined {
    const i = this.positions.get(id);
    return i === undefined ? undefined : this.phrasings[i];
  }

  /** One pass over text[from, to): the forms (overlaps resolved, in text order) and the anchor words. */
  scan(text: string, from = 0, to = text.length): ScanResult {
    const sink = new ScanSink(this.formKind, this.formCount, this.formCount + this.fuzzyAnchorCount);
    const firstChinese = this.matcher.forEachMatch(text, from, to, sink);
    const { forms, derived, anchors, nearAnchors } = sink;
    const occurrences: Occurrence[] = [];
    const exact: ExactSpan[] = [];
    const found = forms.view();
    const alone = derived.view();
    let s = 0;
    for (let k = 0; k <= found.length; k += 3) {
      // The derived forms before this form that overlap no form go in first, in text order.
      const formStart = k < found.length ? found[k] : Infinity;
      for (; s < alone.length && alone[s] < formStart; s += 3) {
        const before = k > 0 ? found[k - 2] : -1;
        if (alone[s] < before || alone[s + 1] > formStart) continue;
        const ref = this.forms[alone[s + 2]];
        if (isNumberForm(ref.form)) {
          occurrences.push({ start: alone[s], end: alone[s + 1], phrasingId: this.phrasings[ref.phrasing].id, form: ref.form });
        } else if (writesAbbreviation(text, alone[s], alone[s + 1], ref.abbreviated!, this.isEnglishWord!)) {
          // An abbreviation is the phrasing written otherwise: an exact span, as a listed form is.
          const o: Occurrence & ExactSpan = { start: alone[s], end: alone[s + 1], phrasingId: this.phrasings[ref.phrasing].id, form: ABBREVIATED_FORM, phrasing: ref.phrasing };
          occurrences.push(o);
          exact.push(o);
        }
      }
      if (k === found.length) break;
      const start = found[k];
      const end = found[k + 1];
      const ref = this.forms[found[k + 2]];
      // A name is an exact span of no phrasing (-1): nothing similar is looked for inside it.
      if (ref.form === NAME_FORM) {
        exact.push({ start, end, phrasing: -1 });
        continue;
      }
      // One object serves as the occurrence and its exact span.
      const o: Occurrence & ExactSpan = { start, end, phrasingId: this.phrasings[ref.phrasing].id, form: ref.form, phrasing: ref.phrasing };
      occurrences.push(o);
      exact.push(o);
    }
    return { occurrences, anchors: anchors.view(), nearAnchors: nearAnchors.view(), exact, firstChinese, from, to };
  }

  /** Every official or variant form in text[from, to), overlaps resolved longest first, in text order (a bare singular is none). */
  occurrences(text: string, from = 0, to = text.length): Occurrence[] {
    return this.scan(text, from, to).occurrences.filter((o) => !isNumberForm(o.form));
  }

  /** Misspelled phrasings where no occurrence of the scan already stands. */
  misspellings(text: string, scan: ScanResult, maxEdits = 2): (FuzzyHit & OfForm)[] {
    return pickMisspellings(this.fuzzy.scan(text, scan.from, scan.to, scan.anchors, scan.exact, maxEdits).map((h) => this.ofTarget(h)));
  }

  /** A hit of an English target as a hit of its phrasing, with the form it found. */
  private ofTarget<T extends { phrasing: number }>(h: T): T & OfForm {
    const { phrasing, form } = this.englishTargets[h.phrasing];
    const p = this.phrasings[phrasing];
    // The hit is the matcher's own, made for this call: told in place, with no copy per hit.
    return Object.assign(h, { phrasing, phrasingId: p.id, official: this.formText(p, form), admitted: form !== EN_FORM });
  }

  /** English near misses (inflection, conjunction, function words, order) away from exact occurrences and `taken` spans (sorted). */
  englishNearMisses(text: string, scan: ScanResult, taken: readonly Span[]): (NearHit & OfForm)[] {
    if (scan.nearAnchors.length === 0) return [];
    const { exact } = scan;
    const found = this.near.scan(text, scan.from, scan.to, scan.nearAnchors, exact).map((h) => this.ofTarget(h))
      .filter((h) => !blockedByExact(exact, h.start, h.end, h.phrasing) && !overlapsAny(taken, h.start, h.end));
    return pickNearMisses(text, found, (h) => attested(text, h, this.phrasings[h.phrasing], h.official, this.sourcesFolded()));
  }

  /**
   * Why [start, end), inside `quotation` (quotationAround), is kept as written: words mentioned
   * ("the term …", [sic]), a headline or title as printed, or a verbatim citation of an official
   * source (quotations.ts); undefined when it is not.
   */
  quotedAsWritten(text: string, quotation: Span, start: number, end: number): 'mention' | 'headline' | 'citation' | undefined {
    if (mentioned(text, quotation)) return 'mention';
    if (headline(text, quotation, start, end)) return 'headline';
    return citesSource(text, quotation, start, end, this.sourcesFolded()) ? 'citation' : undefined;
  }

  private sourcesFolded(): readonly string[] {
    this.foldedSources ??= [...this.termBase.sources.values()].map((d) => foldKey(d.text));
    return this.foldedSources;
  }

  /** Chinese near misses (homophones, traditional characters, …) where no occurrence of the scan stands. */
  chineseNearMisses(text: string, scan: ScanResult): (ChineseHit & { phrasingId: string; official: string })[] {
    if (!this.chineseTables) return [];
    const targets = this.chineseTargets;
    const owners = this.chineseOwners;
    const blocked = (s: number, e: number, target: number) => blockedByExact(scan.exact, s, e, owners[target]);
    if (scan.firstChinese >= scan.to) return []; // an English draft never loads the character tables
    this.chinese ??= new ChineseNearMatcher(targets.map((t) => this.formText(this.phrasings[t.phrasing], t.form)), this.chineseTables);
    const hits = this.chinese.scan(text, scan.from, scan.to, blocked, scan.exact, owners, scan.firstChinese).map((h) => {
      const { phrasing, form } = targets[h.phrasing];
      const p = this.phrasings[phrasing];
      return { ...h, phrasing, phrasingId: p.id, official: this.formText(p, form) };
    });
    const digits = scan.occurrences.filter((o) => o.form === DIGITS_FORM);
    if (digits.length === 0) return hits;
    // A formula written with digits is found exactly; it is told as a numeral near miss.
    for (const o of digits) {
      const phrasing = this.positions.get(o.phrasingId)!;
      const zh = this.phrasings[phrasing].zh!;
      hits.push({ start: o.start, end: o.end, phrasing, kind: 'numeral', changed: digitsChanged(zh, text.slice(o.start, o.end)), phrasingId: o.phrasingId, official: zh });
    }
    return hits.sort((a, b) => a.start - b.start);
  }

  /** The simplified code of each code unit, where the Chinese tables are loaded. */
  simplifiedCodes(): ArrayLike<number> | undefined {
    return this.chineseTables?.simplified();
  }

  /** Every superseded form of the term base (for the history guard: a period named by one). */
  supersededForms(): readonly string[] {
    this.superseded ??= this.phrasings.flatMap((p) => p.variants.filter((v) => v.status === 'superseded').map((v) => v.form));
    return this.superseded;
  }

  /** True when the dictionary knows the word (false without a dictionary). */
  knowsWord(word: string): boolean {
    return this.isEnglishWord?.(word.toLowerCase()) ?? false;
  }

  /** How the phrasing's source writes it as a name, with "the" or bare (see articleUse; cached: asked at every official occurrence). */
  articleUse(phrasing: Phrasing): 'the' | 'bare' | 'mass' | undefined {
    if (!this.articles.has(phrasing.id)) this.articles.set(phrasing.id, this.isEnglishWord ? articleUse(phrasing, this.isEnglishWord) : undefined);
    return this.articles.get(phrasing.id);
  }

  /** The words its source sentence puts before "the" and the phrasing (cached: asked at every exact occurrence). */
  wordsBeforeThe(phrasing: Phrasing): readonly string[] {
    let words = this.beforeThe.get(phrasing.id);
    if (!words) this.beforeThe.set(phrasing.id, (words = wordsBeforeThe(phrasing)));
    return words;
  }

  /** The words the phrasing's source sentence puts right before it (cached: asked at every plural and article). */
  wordsBefore(phrasing: Phrasing): readonly string[] {
    let words = this.before.get(phrasing.id);
    if (!words) this.before.set(phrasing.id, (words = wordsBefore(phrasing)));
    return words;
  }

  /** The text of a form of a phrasing. */
  formText(phrasing: Phrasing, form: number): string {
    if (form === EN_FORM) return phrasing.en;
    if (form === ZH_FORM) return phrasing.zh ?? phrasing.en;
    return phrasing.variants[form]?.form ?? phrasing.en;
  }

  /** Where a phrasing is used in the official sources, in document order. */
  sourceUses(id: string): SourceUse[] {
    if (!this.uses) {
      this.uses = new Map();
      for (const doc of this.termBase.sources.values()) {
        for (const [pid, list] of toSourceUses(doc, this.occurrences(doc.text))) {
          this.uses.set(pid, [...(this.uses.get(pid) ?? []), ...list]);
        }
      }
    }
    return this.uses.get(id) ?? [];
  }
}
