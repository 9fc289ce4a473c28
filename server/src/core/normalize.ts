// Folding of UTF-16 code units so that drafts match phrasings whatever their case,
// hyphens, dashes, spacing, curly quotes or full-width forms. Folding is one code unit to
// one code unit, so a matcher can map every folded position back to the draft.

/** Folded code for every separator: spaces, tabs, line ends, hyphens and dashes. */
export const SEP = 0x20;
/** Marker for code units that are dropped (soft hyphen, zero-width characters, BOM). */
export const SKIP = 0xffff;

export const FOLD: Uint16Array = buildFoldTable();
/** 1 where a folded code unit belongs to a Latin word (letters and digits). */
export const WORD: Uint8Array = buildWordTable();

function buildFoldTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = c;
  for (let c = 0; c < 0x250; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) t[c] = lower.charCodeAt(0);
  }
  // Full-width ASCII forms, common in Chinese drafts: ＡＢＣ１２３ → abc123.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = t[c - 0xfee0];
  const seps = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2d, 0xa0, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
    0x2212, 0xfe58, 0xfe63, 0xff0d];
  for (let c = 0x2000; c <= 0x200a; c++) seps.push(c);
  for (let c = 0x2010; c <= 0x2015; c++) seps.push(c);
  for (const c of seps) t[c] = SEP;
  for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) t[c] = SKIP;
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0xff07]) t[c] = 0x27;
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xff02]) t[c] = 0x22;
  return t;
}

function buildWordTable(): Uint8Array {
  const w = new Uint8Array(0x10000);
  for (let c = 0x30; c <= 0x39; c++) w[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) w[c] = 1;
  for (let c = 0xc0; c < 0x250; c++) if (c !== 0xd7 && c !== 0xf7) w[c] = 1;
  return w;
}

/**
 * Punctuation that official Chinese writes inside a phrasing or leaves out: the enumeration
 * comma (碳达峰、碳中和) and quotation marks (“十四五”规划), and the slips in their place. After
 * a Chinese character it is optional for matching; elsewhere (English text) it is an
 * ordinary character.
 */
export function isSoftPunct(code: number): boolean {
  return SOFT[code] === 1;
}

/** 1 for soft punctuation (isSoftPunct): one table read in the scan's loop. */
export const SOFT: Uint8Array = buildSoftTable();

function buildSoftTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const c of [0x3001, 0x201c, 0x201d, 0x300c, 0x300d]) t[c] = 1;
  // Slips of the same place, matched so that they can be reported (zh-punctuation): ASCII and
  // single quotes, title marks for quotation marks (《十四五》规划), commas and slashes for 、.
  for (const c of [0x22, 0x27, 0x2018, 0x2019, 0x300a, 0x300b, 0xff0c, 0x2c, 0x2f, 0xff0f]) t[c] = 1;
  return t;
}

/** The folded key of a phrase: folded code units with separator runs collapsed and trimmed. */
export function foldKey(text: string): string {
  // Most phrases only need lower case: let the engine do that, then check it is all there is.
  const lower = text.toLowerCase();
  if (SIMPLE_KEY.test(lower)) return lower;
  const out = new Uint16Array(text.length);
  let length = 0;
  let pendingSep = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = FOLD[code];
    if (c === SKIP) continue;
    // Soft punctuation after a Chinese character is not part of a key, as the scan skips it
    // there (PhraseMatcher); nor before one at a key's start, which the scan may have skipped.
    if (isSoftPunct(code) && (isCjk(text.charCodeAt(i - 1)) || (length === 0 && isCjk(text.charCodeAt(i + 1))))) continue;
    if (c === SEP) {
      pendingSep = length > 0;
      continue;
    }
    if (pendingSep) out[length++] = SEP;
    pendingSep = false;
    out[length++] = c;
  }
  return decodeUnits(out, length);
}

/**
 * The key a form is matched by: its folded key without a quotation mark at its start, which
 * the scan skips after a Chinese character (推动“145”规划) and a match never needs.
 */
export function formKey(text: string): string {
  return foldKey(text).replace(/^["']+/, '');
}

/** Lower-case words of ASCII letters, digits or CJK ideographs, single spaces between. */
const SIMPLE_KEY = /^[a-z0-9\u3400-\u9fff]+(?: [a-z0-9\u3400-\u9fff]+)*$/;

function decodeUnits(units: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return s;
}

/** True for CJK ideographs, which need no word boundaries. */
export function isCjk(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

/** The characters isCjk accepts, for the regular expression engine. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Where the first CJK ideograph of text[from, to) stands, or `to`. The regular expression
 * engine finds it (or that there is none: an English draft) faster than a loop; it reads
 * [from, to) only (a slice shares the text's memory), never the rest of a large draft.
 */
export function firstCjk(text: string, from: number, to: number): number {
  const found = CJK.exec(from === 0 && to === text.length ? text : text.slice(from, to));
  return found ? from + found.index : to;
}

/** Collapses whitespace runs to one space, for comparing a draft's surface with a phrasing. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function detectLang(text: string): 'en' | 'zh' {
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) return 'zh';
  return 'en';
}
