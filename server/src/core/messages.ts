// Every text a drafter reads from the engine, in English and Simplified Chinese: one
// template per kind of finding, so the CLI, the diagnostics and the hover say the same.

import type { PolicyArea, VariantKind } from './types';

export type Locale = 'en' | 'zh';

/** 'zh' for Chinese locales (zh, zh-cn, zh-Hans, zh-tw …), else 'en'. */
export function localeOf(tag: string | undefined): Locale {
  return tag && /^zh\b/i.test(tag) ? 'zh' : 'en';
}

/**
 * Draft text as quoted in a message, on one line: a run of white space that holds a line
 * break or tab, or of two characters or more, reads as one space. A lone space character
 * (no-break, ideographic) stays: it may be what the finding is about.
 */
export function shown(draft: string): string {
  return draft.replace(/\s{2,}|[\t\n\v\f\r\u2028\u2029]/g, ' ');
}

const q = (locale: Locale, s: string) => (locale === 'zh' ? zq(s) : `"${shown(s)}"`);

/** A policy area's name in the locale (the English name where it has no Chinese one). */
export function areaName(locale: Locale, area: PolicyArea): string {
  return locale === 'zh' ? area.nameZh ?? area.name : area.name;
}

export function areaSuffix(locale: Locale, area: PolicyArea | undefined): string {
  if (!area) return '';
  return locale === 'zh' ? `（政策领域：${areaName(locale, area)}）` : ` (policy area: ${area.name})`;
}

/** Titles of the editor's quick fixes. */
export const ACTION_TITLES: Record<Locale, { replace(text: string): string; ignore(phrase: string): string; fixAll(n: number): string }> = {
  en: {
    replace: (text) => `Replace with "${text}"`,
    ignore: (phrase) => `Add "${phrase}" to the team's ignore list`,
    fixAll: (n) => `Fix all terminology issues (${n})`,
  },
  zh: {
    replace: (text) => `替换为“${text}”`,
    ignore: (phrase) => `将“${phrase}”加入团队忽略列表`,
    fixAll: (n) => `修复全部术语问题（${n}）`,
  },
};

const KIND_WORDS: Record<VariantKind, { en: string; zh: string }> = {
  misspelling: { en: 'a misspelling', zh: '错误写法' },
  outdated: { en: 'an outdated form', zh: '旧称' },
  casing: { en: 'a mis-cased form', zh: '大小写有误的写法' },
  hyphenation: { en: 'a mis-hyphenated form', zh: '连字符有误的写法' },
  informal: { en: 'an informal form', zh: '非正式说法' },
  number: { en: 'a singular/plural or numeral variant', zh: '单复数或数字有误的写法' },
  spelling: { en: 'a spelling the team does not use', zh: '团队未采用的拼写' },
  rendering: { en: 'another rendering', zh: '另一种译法' },
};

/** How the separators of a form differ from the official phrasing's (separatorChange in classify). */
export type SeparatorChange = 'missing' | 'added' | 'dash' | 'joined' | 'spaced' | 'width' | 'other';

const SEPARATOR_WORDS: Record<SeparatorChange, { en: string; zh: string }> = {
  missing: { en: 'a hyphen is missing', zh: '缺少连字符' },
  added: { en: 'a hyphen is added', zh: '多出连字符' },
  dash: { en: 'a dash stands for the hyphen', zh: '误用破折号代替连字符' },
  joined: { en: 'words are run together', zh: '单词连写' },
  spaced: { en: 'spaces stand around the hyphen', zh: '连字符两侧多了空格' },
  width: { en: 'full-width characters', zh: '误用全角字符' },
  other: { en: 'hyphens, dashes, punctuation or character widths differ', zh: '连字符、破折号、标点或全半角有误' },
};

export interface Say {
  casing(actual: string, official: string, area: string): string;
  /** Capitals added to a phrasing that is no name ("Common Prosperity" mid-sentence). */
  capitals(actual: string, official: string, area: string): string;
  hyphenation(actual: string, official: string, area: string, change: SeparatorChange): string;
  variant(actual: string, kind: VariantKind, official: string, area: string, note?: string): string;
  superseded(actual: string, official: string, area: string, replaced?: string): string;
  /** Appended to a reworded form before a noun it may modify: why it is not fixed. */
  modifierCaution(next: string): string;
  admitted(actual: string, official: string, area: string): string;
  punctuation(actual: string, official: string, area: string): string;
  /** `accepted`: the admitted form the draft came near, where it is not the official one. */
  misspelling(actual: string, official: string, area: string, accepted?: string): string;
  digits(actual: string, typed: string, words: string, official: string, area: string): string;
  differs(actual: string, official: string, area: string, changes: string[], accepted?: string): string;
  chinese(actual: string, what: string, official: string, area: string): string;
  /** Hover: why a form that is not the official one is kept here (a cited title, a name, …). */
  guarded(actual: string, where: keyof typeof GUARD_PLACES, official: string): string;
  /** Hover: a form the team chose not to be told about (ignore list, or its rule off). */
  silenced(actual: string, reason: 'ignored' | 'off', ruleId: string, official: string): string;
}

const GUARD_PLACES = {
  title: { en: 'a cited title', zh: '引用的文件标题' },
  name: { en: 'a proper name', zh: '专有名称' },
  history: { en: 'a sentence about the past', zh: '回顾历史的语句' },
  rule: { en: 'a context the term base allows', zh: '术语库允许的语境' },
  use: { en: 'another use of the words (a verb with its object, or a longer phrase)', zh: '词语的其他用法（动词带宾语或更长的短语）' },
};

/** What a near miss is compared with: the official phrasing, or an accepted form of it the draft came near. */
const target = (official: string, accepted?: string) => (accepted ? `"${accepted}", an accepted form of the official phrasing "${official}"` : `the official phrasing "${official}"`);

const EN: Say = {
  casing: (x, o, a) => `"${shown(x)}": write the official phrasing "${o}" with its capitals${a}.`,
  capitals: (x, o, a) => `"${shown(x)}": write the official phrasing "${o}" in lower case${a}: it is not a proper name.`,
  hyphenation: (x, o, a, c) => `"${shown(x)}": write the official phrasing as "${o}"${a}: ${SEPARATOR_WORDS[c].en}.`,
  variant: (x, k, o, a, note) => `"${shown(x)}" is ${KIND_WORDS[k].en} of the official phrasing "${o}"${a}.${note ? ` ${note}` : ''}`,
  modifierCaution: (n) => ` Before "${n}" it may name something else, so it is not fixed automatically.`,
  superseded: (x, o, a, r) => `"${shown(x)}" is an earlier name of the official phrasing "${o}"${a}${r ? `, replaced ${r}` : ''}. It may be a historical reference (an earlier plan or name), so it is not fixed automatically.`,
  admitted: (x, o, a) => `"${shown(x)}" is admitted official usage; the readout writes "${o}"${a}.`,
  punctuation: (x, o, a) => `"${shown(x)}": the punctuation inside the official form differs; write "${o}"${a}.`,
  misspelling: (x, o, a, f) => `"${shown(x)}" looks like a misspelling of ${target(o, f)}${a}.`,
  digits: (x, d, w, o, a) => `"${shown(x)}": ${d} in place of ${w} of the official phrasing "${o}"${a}.`,
  differs: (x, o, a, c, f) => `"${shown(x)}" differs from ${target(o, f)}${a}: ${c.join('; ')}.`,
  chinese: (x, w, o, a) => `"${shown(x)}": ${w}; the official form is "${o}"${a}.`,
  guarded: (x, w, o) => `"${shown(x)}" stands in ${GUARD_PLACES[w].en} and is kept as written. The current official phrasing is "${o}".`,
  silenced: (x, r, id, o) => `"${shown(x)}" is not reported here: ${r === 'ignored' ? 'it is on the team\'s ignore list' : `the rule ${id} is off`}. The official phrasing is "${o}".`,
};

/** Chinese quotation marks, or corner brackets around text that holds quotation marks itself. */
const zq = (s: string) => (/[“”"]/.test(s) ? `「${shown(s)}」` : `“${shown(s)}”`);

const targetZh = (official: string, accepted?: string) => (accepted ? `${zq(accepted)}（官方表述${zq(official)}的可接受用法）` : `官方表述${zq(official)}`);

const ZH: Say = {
  casing: (x, o, a) => `${zq(x)}：官方表述应写作${zq(o)}，注意大写${a}。`,
  capitals: (x, o, a) => `${zq(x)}：官方表述${zq(o)}不是专有名称，应写作小写${a}。`,
  hyphenation: (x, o, a, c) => `${zq(x)}：官方表述应写作${zq(o)}${a}：${SEPARATOR_WORDS[c].zh}。`,
  variant: (x, k, o, a) => `${zq(x)}是官方表述${zq(o)}的${KIND_WORDS[k].zh}${a}。`,
  modifierCaution: (n) => `用在“${n}”之前时可能另有所指，因此不自动修改。`,
  superseded: (x, o, a) => `${zq(x)}是官方表述${zq(o)}的旧称${a}。可能是在回顾历史或引用旧文件，因此不自动修改。`,
  admitted: (x, o, a) => `${zq(x)}是可以接受的官方用法；会议通稿写作${zq(o)}${a}。`,
  punctuation: (x, o, a) => `${zq(x)}：官方表述中的标点有误，应写作${zq(o)}${a}。`,
  misspelling: (x, o, a, f) => `${zq(x)}疑似${targetZh(o, f)}的拼写错误${a}。`,
  digits: (x, d, w, o, a) => `${zq(x)}用数字${d}代替了官方表述${zq(o)}中的${w}${a}。`,
  differs: (x, o, a, c, f) => `${zq(x)}与${targetZh(o, f)}不一致${a}：${c.join('；')}。`,
  chinese: (x, w, o, a) => `${zq(x)}：${w}；规范表述为${zq(o)}${a}。`,
  guarded: (x, w, o) => `${zq(x)}出现在${GUARD_PLACES[w].zh}中，保留原文。现行规范表述为${zq(o)}。`,
  silenced: (x, r, id, o) => `此处不提示${zq(x)}：${r === 'ignored' ? '已列入团队忽略列表' : `规则 ${id} 已关闭`}。规范表述为${zq(o)}。`,
};

export function say(locale: Locale): Say {
  return locale === 'zh' ? ZH : EN;
}

/** What changed, for English near misses. */
export function changeText(locale: Locale, kind: string, official: string, draftText: string): string {
  const zh = locale === 'zh';
  const draft = shown(draftText);
  const plural = official === `${draft}s` || official === `${draft}es` || (official.endsWith('ies') && draft.endsWith('y'));
  const singular = draft === `${official}s` || draft === `${official}es` || (draft.endsWith('ies') && official.endsWith('y'));
  const name = (t: string) => (t === ',' ? (zh ? '逗号' : 'the comma') : t);
  switch (kind) {
    case 'order':
      if (official === 'of') return zh ? '语序颠倒，并省去了“of”' : 'its words stand in another order, with "of" left out';
      if (official.includes(' ')) return zh ? `${q(locale, draft)}应为${q(locale, official)}（语序颠倒）` : `"${draft}" where the official phrasing has "${official}"`;
      return zh ? '并列成分的顺序颠倒' : 'its coordinated parts stand in another order';
    case 'inflection':
      if (plural) return zh ? `${q(locale, draft)}：官方表述为复数（${q(locale, official)}）` : `"${draft}": the official phrasing is plural ("${official}")`;
      if (singular) return zh ? `${q(locale, draft)}：官方表述为单数（${q(locale, official)}）` : `"${draft}": the official phrasing is singular ("${official}")`;
      return zh ? `${q(locale, draft)}应为${q(locale, official)}` : `"${draft}" where the official phrasing has "${official}"`;
    case 'misspelling': return zh ? `${q(locale, draft)}拼写有误（${q(locale, official)}）` : `"${draft}" is misspelt ("${official}")`;
    case 'clipping': return zh ? `${q(locale, draft)}是${q(locale, official)}的简写` : `"${draft}" is a clipped form of "${official}"`;
    case 'numeral': return zh ? `用数字${q(locale, draft)}代替了${q(locale, official)}` : `"${draft}" in place of "${official}"`;
    default:
      if (!draft) return zh ? `缺少${q(locale, name(official))}` : `"${name(official)}" is missing`;
      if (!official) return zh ? `多出${q(locale, draft)}` : `"${draft}" is added`;
      return kind === 'conjunction'
        ? (zh ? `用${q(locale, draft)}代替了${q(locale, name(official) === '逗号' ? '，' : official)}` : `"${draft}" stands for "${official === ',' ? 'a comma' : official}"`)
        : (zh ? `${q(locale, draft)}应为${q(locale, official)}` : `"${draft}" where the official phrasing has "${official}"`);
  }
}

/** What changed in a Chinese near miss. */
export function chineseChange(locale: Locale, kind: string, changedText: string): string {
  const zh = locale === 'zh';
  const changed = shown(changedText);
  switch (kind) {
    case 'homophone': {
      const [typed, official] = changed.split('/');
      return zh ? `“${typed}”疑为“${official}”的同音字误输入（拼音输入法）` : `"${typed}" sounds like "${official}", the official ${[...official].length > 1 ? 'characters' : 'character'} (an input-method slip)`;
    }
    case 'traditional': return zh ? `“${changed}”为繁体字` : `"${changed}" is written in traditional characters`;
    case 'numeral': {
      const [typed, official] = changed.split('/');
      return zh ? `数字“${typed}”应为“${official}”` : `the numeral "${typed}" where the official formula has "${official}"`;
    }
    case 'missing-character': return zh ? `缺少“${changed}”字` : `the character "${changed}" is missing`;
    case 'extra-character': return zh ? `多出“${changed}”字` : `the character "${changed}" is extra`;
    default: {
      const [a, b] = changed.split('/');
      return zh ? `“${a}”与“${b}”顺序颠倒` : `the parts "${a}" and "${b}" are swapped`;
    }
  }
}
