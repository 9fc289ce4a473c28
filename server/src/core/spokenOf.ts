// Whether a finding stands where the draft speaks of the wording rather than uses it: a form
// named as written or as a slip, quoted as written (a mention, a headline, a citation), in a
// part that is no prose, or judged by its clause ("the informal "Chengyu circle"",
// “成渝经济圈”等不规范简称). Such a form makes no finding. Where the wording may be someone
// else's (quoted mail, a quotation in traditional characters, a form set against another, a
// sentence that judges wording) the finding is a suggestion that --fix leaves alone.

import { judgedInClause, judgedInSentence } from './judgedWording';
import { isCjk } from './normalize';
import { inNonProse } from './nonProse';
import type { PhrasingIndex } from './phrasingIndex';
import { contrasted, inBlockQuote, namedAsWritten, quotationAround } from './quotations';
import type { Finding } from './types';

type Found = Omit<Finding, 'severity'>;

/**
 * The finding as the draft's context leaves it: undefined where the wording is spoken of, a
 * suggestion where it may be, else as it is. `view` is the draft with its quotation-mark
 * entities as marks (entityQuotes.ts); `quotes` whether the draft has quotation marks at all.
 */
export function inContext(index: PhrasingIndex, text: string, view: string, quotes: boolean, f: Found): Found | undefined {
  if (namedAsWritten(view, f.start, f.end) || inNonProse(text, f.start, f.end)) return undefined;
  const quotation = quotes ? quotationAround(view, f.start, f.end) : undefined;
  const kept = quotation && index.quotedAsWritten(view, quotation, f.start, f.end);
  // A quoted title keeps its wording, but a word no dictionary knows in it is a slip all the
  // same ("The Chengdu-Chongquing Economic Circle: Twin Engines"): a suggestion.
  if (kept && !(kept === 'headline' && f.ruleId === 'misspelled-term')) return undefined;
  const quoted = quotation !== undefined;
  if (judgedInClause(view, f.start, f.end, isCjk(text.charCodeAt(f.start)), quoted)) return undefined;
  if (!f.fixable) return f;
  // Quoted mail or a quoted passage ("> …") is someone else's text; a quotation in traditional
  // characters may be quoted as its source wrote it; a form set against another ("…, not …")
  // may be the wrong one named; a sentence that judges wording may judge this one.
  if (kept || (quotes && inBlockQuote(view, f.start)) || (quoted && f.ruleId === 'zh-traditional') || contrasted(view, f.start) || judgedInSentence(view, f.start, f.end)) return { ...f, fixable: false };
  return f;
}
