// Wording judged in the draft's own words: a form the same clause calls wrong, informal or
// replaced ("the informal "Chengyu economic circle"", “成渝经济圈”等不规范简称, 把“X”统一为“Y”,
// "… , which is incorrect") is spoken of, not used, and makes no finding. A judgement further
// off in the sentence may be about the form or about something else: a finding there is a
// suggestion that --fix leaves alone.

/** Words that judge wording, in English. */
const JUDGED_EN = /\b(?:incorrect(?:ly)?|wrong(?:ly)?|mistaken(?:ly)?|mistakes?|errors?|erroneous(?:ly)?|in error|mistranslat\w*|misprint\w*|misspel\w*|typos?|informal|unofficial|non-?standard|deprecated|obsolete|withdrawn|not used|should not|must not|shouldn't|do not use|don't use|avoid\w*|corrects?|corrected|corrections?|errat(?:um|a))\b/i;

/** Words that judge wording, in Chinese. */
const JUDGED_ZH = /不规范|非规范|不正确|不准确|不严谨|错误|错别字|笔误|误[作写用为]|[勿别]用|不得|不宜|避免|统一为|统一改为|改为|更正|勘误|应为|混用|（误）|\(误\)|（×）|\(×\)|（错）/;

/** Chinese words that can only judge wording: enough for a form the draft does not quote (把成渝经济圈等不规范简称统一为…). */
const WORDING_ZH = /不规范|非规范|错别字|笔误|误[作写用]|统一为|统一改为|（误）|\(误\)|（×）|\(×\)|（错）/;

/** Marks that end an English clause or sentence, and a Chinese clause. */
const CLAUSE_END_EN = /[.!?;:\n]/;
const CLAUSE_END_ZH = /[。！？；;：:，,\n]/;
const SENTENCE_END = /[.!?。！？\n]/;

/** How far a clause or a sentence is read on either side. */
const REACH = 200;

/** The text around [start, end) out to the nearest mark of `ends` on either side, the span itself left out. */
function around(text: string, start: number, end: number, ends: RegExp): string {
  let a = start;
  const min = Math.max(0, start - REACH);
  while (a > min && !ends.test(text[a - 1])) a--;
  let b = end;
  const max = Math.min(text.length, end + REACH);
  // A full stop inside a number or an abbreviation ("No. 3") ends nothing; a stop with a space or a line end after it does.
  while (b < max && !(ends.test(text[b]) && (text[b] !== '.' || /[\s"”')]/.test(text[b + 1] ?? ' ')))) b++;
  return text.slice(a, start) + ' ' + text.slice(end, b);
}

/**
 * True when the clause of [start, end) judges wording: the form there is spoken of. A quoted
 * form is judged by any such word; one the draft does not quote only by words that judge
 * wording alone, in Chinese ("avoid" or 避免 in a clause of plain prose is about the work).
 */
export function judgedInClause(text: string, start: number, end: number, chinese: boolean, quoted: boolean): boolean {
  if (chinese) return (quoted ? JUDGED_ZH : WORDING_ZH).test(around(text, start, end, CLAUSE_END_ZH));
  // An English clause runs on past a comma to a relative clause about the form (", which is incorrect").
  return quoted && JUDGED_EN.test(around(text, start, end, CLAUSE_END_EN));
}

/** True when the sentence of [start, end) judges wording somewhere: a finding there is a suggestion. */
export function judgedInSentence(text: string, start: number, end: number): boolean {
  const sentence = around(text, start, end, SENTENCE_END);
  return JUDGED_EN.test(sentence) || JUDGED_ZH.test(sentence);
}
