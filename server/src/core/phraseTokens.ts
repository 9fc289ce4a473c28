// Tokens of an English sentence for phrase-level near-matching: words (folded to lower
// case, hyphens split them) and the marks that stand for "and" between coordinated parts
// (a comma, slash, ampersand, plus sign, "plus", "as well as"). A sentence ends at . ! ? ; :
// or a Chinese full stop, at a blank line, a line that starts a list item, a heading or a
// table row, and a hard break (lineBreaks.ts): no phrasing is matched across them.

import { breaksPhrase } from './lineBreaks';

export interface Token {
  /** Folded text: a lower-case word, or "," for any mark of coordination. */
  text: string;
  start: number;
  end: number;
  word: boolean;
}

/** Articles, prepositions and determiners that drafts add, drop or change inside a phrasing. */
export const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'into', 'its', 'their', 'our', 'this']);
export const ARTICLES = new Set(['a', 'an', 'the']);
/** Forms of "be" and "have" and the modals: a word after a noun phrase that starts no compound with it. */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'shall', 'can', 'may', 'must', 'should', 'would', 'could']);
/** Words right before a verb in its base form: a modal, "to", a subject ("we will coordinate …", "to optimize …"). */
export const VERB_HELPERS = new Set(['to', 'will', 'shall', 'must', 'should', 'can', 'may', 'would', 'could', 'we', 'they', 'also', 'further']);
/** A word that carries meaning: not a function word, not "and", not a mark of coordination. */
export const isContent = (t: string): boolean => !FUNCTION_WORDS.has(t) && t !== 'and' && t !== ',';
/** Marks that a drafter puts for "and". */
export const COORDINATION = new Set([',', '/', '&', '+', 'plus', 'as well as']);

const SEARCH_LIMIT = 400;


/** A character of a word: Latin letters and digits. */
export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7);
}

/** ASCII codes that may end a sentence or a block: ! ? ; . : and line breaks. */
const MAY_END = new Uint8Array(128);
for (const c of '!?;.:\n\r') MAY_END[c.charCodeAt(0)] = 1;
/** Full-width marks that end a sentence: 。！？；： */
const mayEndWide = (code: number): boolean => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0xff1a;

/** True when the character at i ends a sentence or the line break at i ends a block. */
function endsSentence(text: string, i: number): boolean {
  // Nearly every character is none of the marks: one table look-up, no string made.
  const code = text.charCodeAt(i);
  if (code < 128 ? MAY_END[code] === 0 : !mayEndWide(code)) return false;
  const c = text[i];
  if (c === '!' || c === '?' || c === ';' || c === '。' || c === '！' || c === '？' || c === '；' || c === '：') return true;
  if (c === '.' || c === ':') {
    const n = text.charCodeAt(i + 1);
    if (n === 32 && c === '.' && abbreviationStop(text, i)) return false;
    return Number.isNaN(n) || n === 32 || n === 10 || n === 13 || n === 9 || n === 0xa0 || n === 0x22 || n === 0x201d || n === 0x2a;
  }
  if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) return breaksPhrase(text, i);
  return false;
}

/**
 * The full stop at i closes an abbreviation inside a sentence, not the sentence: a lower-case
 * word goes on after it ("cf. the 2011 plan", "i.e. the"), or a number after a short word
 * ("p. 12", "No. 3", "Fig. 2").
 */
function abbreviationStop(text: string, i: number): boolean {
  const n = text.charCodeAt(i + 2);
  if (n >= 0x61 && n <= 0x7a) return true;
  if (!(n >= 0x30 && n <= 0x39)) return false;
  let k = i;
  while (k > i - 5 && k > 0 && isLetter(text.charCodeAt(k - 1))) k--;
  return k < i && i - k <= 4 && (k === 0 || !isLetter(text.charCodeAt(k - 1)));
}

/** [start, end) of the sentence around offset, within from/to and at most SEARCH_LIMIT either side. */
export function sentenceAround(text: string, offset: number, from: number, to: number): [number, number] {
  let a = offset;
  const minA = Math.max(from, offset - SEARCH_LIMIT);
  while (a > minA && !endsSentence(text, a - 1)) a--;
  let b = offset;
  const maxB = Math.min(to, offset + SEARCH_LIMIT);
  while (b < maxB && !endsSentence(text, b)) b++;
  return [a, b];
}

/** The tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      while (j < end && (isLetter(text.charCodeAt(j)) || ((text[j] === "'" || text[j] === '’') && isLetter(text.charCodeAt(j + 1))))) j++;
      const word = text.slice(i, j).toLowerCase();
      const prev = tokens[tokens.length - 1];
      const prev2 = tokens[tokens.length - 2];
      // "as well as" is one mark of coordination.
      if (word === 'as' && prev?.text === 'well' && prev2?.text === 'as') {
        tokens.length -= 2;
        tokens.push({ text: 'as well as', start: prev2.start, end: j, word: false });
      } else if (word === 'plus') tokens.push({ text: 'plus', start: i, end: j, word: false });
      else tokens.push({ text: word, start: i, end: j, word: true });
      i = j;
      continue;
    }
    if (c === 0x2c || c === 0x2f || c === 0x26 || c === 0x2b || c === 0xff0c || c === 0x3001) {
      tokens.push({ text: ',', start: i, end: i + 1, word: false });
    } else if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d) {
      // Brackets break a phrasing: no match spans them.
      tokens.push({ text: '(', start: i, end: i + 1, word: false });
    }
    i++;
  }
  return tokens;
}

const lemmas = new Map<string, string>();

/** A rough lemma: what is left when an inflectional ending is taken off ("clusters" → "cluster", "coordinated" → "coordinat"). */
function lemma(word: string): string {
  let l = lemmas.get(word);
  if (l === undefined) {
    l = computeLemma(word);
    if (lemmas.size < 100_000) lemmas.set(word, l);
  }
  return l;
}

/** Irregular past forms of verbs that policy phrasings are made of, by their base form ("innovation-led", "-driven", "built"). */
const IRREGULAR: Record<string, string> = {
  led: 'lead', driven: 'drive', drove: 'drive', built: 'build', rebuilt: 'rebuild', made: 'make', taken: 'take', took: 'take',
  undertaken: 'undertake', given: 'give', gave: 'give', held: 'hold', brought: 'bring', kept: 'keep', ran: 'run', met: 'meet',
  won: 'win', grown: 'grow', grew: 'grow', chosen: 'choose', chose: 'choose', sought: 'seek', begun: 'begin', began: 'begin',
  spent: 'spend', sent: 'send', found: 'find', shown: 'show', known: 'know', knew: 'know', thought: 'think', paid: 'pay',
  laid: 'lay', written: 'write', wrote: 'write', broken: 'break', broke: 'break', risen: 'rise', rose: 'rise', understood: 'understand',
  stood: 'stand', drawn: 'draw', drew: 'draw', struck: 'strike', fought: 'fight', bought: 'buy', sold: 'sell', told: 'tell',
};

function computeLemma(word: string): string {
  const base = IRREGULAR[word];
  if (base !== undefined) return computeLemma(base);
  for (const [ending, repl] of [['ies', 'y'], ['ing', ''], ['ed', ''], ['es', ''], ['s', ''], ['e', '']] as const) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      const stem = word.slice(0, word.length - ending.length);
      // "running", "planned": a consonant doubled before -ing or -ed (not l, s, f or z, which
      // words end in doubled: "filling", "passed").
      return (ending === 'ing' || ending === 'ed') && DOUBLED.test(stem) ? stem.slice(0, -1) : stem + repl;
    }
  }
  return word;
}

const DOUBLED = /([bdgmnprt])\1$/;

/** A word's lemma without a derivational ending: "development" and "developing", "integrative" and "integrated" share one. */
function derivationalStem(lemmaOfWord: string): string {
  const m = /^(.{4,}?)(?:ment|ation|ion|iv)$/.exec(lemmaOfWord);
  return m ? m[1] : lemmaOfWord;
}

/** True when a and b are different inflections of one word: number or verb form. */
export function inflectionOf(a: string, b: string): boolean {
  if (a === b) return false;
  const la = lemma(a);
  const lb = lemma(b);
  if (la === lb) return true;
  // "prevent" and "prevention", "upgrade" and "upgrading": a derived -ion is a slip of form too.
  return la.length >= 4 && (lb === la + 'ion' || la === lb + 'ion' || lemma(la) === lemma(lb));
}

/**
 * True when the draft's word is of another word class: its derivational ending changed ("development" and
 * "developing", "integrated" and "integrative"), or an -ing form for a noun ("planning" for
 * "plans"). Unlike an inflection, such a word is often English of its own with the phrasing's
 * other words: the aligner takes it only where the phrasing's word modifies the next (fit).
 */
export function derivationOf(official: string, draft: string): boolean {
  if (official === draft) return false;
  if (inflectionOf(official, draft)) return draft.endsWith('ing') && !official.endsWith('ing') && !official.endsWith('ed');
  const la = lemma(official);
  return la.length >= 4 && derivationalStem(la) === derivationalStem(lemma(draft));
}

/** How far after a line's start a list marker may end (indentation included). */
const MARKER_REACH = 200;
/** A list item's marker alone before the words: "1.", "2)", "(13)", "（一）", "a)". */
const LIST_MARKER = /^[ \t>*+-]*(?:[(（]?(?:\d+|[a-z]|[ivxlc]+|[一二三四五六七八九十]+)[.)）、．]|[(（](?:\d+|[a-z]|[一二三四五六七八九十]+)[)）])[ \t\u00a0]*$/i;

/** True at the start of the text, a line (after heading or list marks), a table cell or a sentence. */
export function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[ \t\u00a0\u3000"'“‘(（#*>_`-]/.test(text[i])) i--;
  if (i < 0) return true;
  // A table cell, a gloss after a dash, or English after Chinese on the line ("高质量发展 — High-quality development").
  if (/[\n\r.!?。！？:：|—–]/.test(text[i]) || /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(text[i])) return true;
  // A spaced hyphen is a dash ("Speaker 2 - High-quality development …"); a block tag ends
  // what stood before it ("<p>Carbon peaking …", "<td>…").
  if (/[ \t\u00a0]-[ \t\u00a0]/.test(text.slice(i + 1, start)) || (text[i + 1] === '>' && BLOCK_TAG_END.test(text.slice(Math.max(0, i - 80), i + 2)))) return true;
  // A list marker stands within a few characters of the line's start: no need to read back
  // further (a draft may be one line of megabytes).
  let lineStart = i;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') {
    if (start - lineStart >= MARKER_REACH) return false;
    lineStart--;
  }
  const head = text.slice(lineStart, start);
  return LIST_MARKER.test(head) || LINE_LABEL.test(head);
}

/** A block-level HTML tag, opening or closing, right before the words. */
const BLOCK_TAG_END = /<\/?(?:p|li|td|th|tr|h[1-6]|div|dd|dt|title|caption|br|section|blockquote|header|footer|article|figcaption|summary|option|label)\b[^<>]*>$/i;
/**
 * Labels that open a line before its words: a speaker or role in brackets ("[Factory manager]",
 * "(Manager)"), a time ("14:05"), a short label set in bold, italics or code ("**Chapter 3**",
 * "`14:05`"), an emoji or a symbol ("2️⃣", "★").
 */
const LINE_LABEL = /^[ \t>*+-]*(?:(?:\*\*|__|\*|_|`)?(?:[[(（【][^\])）】\n]{1,40}[\])）】]|\d{1,2}:\d{2}(?::\d{2})?|[A-Z][a-z]{0,11} \d{1,3}[.:]?|[0-9#*]\ufe0f?\u20e3|[\p{Extended_Pictographic}\u2605\u2606\u25cf\u25cb\u25a0\u25a1\u25c6\u25c7\u25b6\u25ba]\ufe0f?)(?:\*\*|__|\*|_|`)?[ \t\u00a0:]*)+$/u;

