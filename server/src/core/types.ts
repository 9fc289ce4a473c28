// Plain data shared by the engine, the CLI and the language server.
// Offsets are UTF-16 code unit indices into the draft (JavaScript string indices).

export type Lang = 'en' | 'zh';

export type VariantKind =
  | 'misspelling'
  | 'informal'
  | 'outdated'
  | 'casing'
  | 'hyphenation'
  | 'number'
  | 'spelling'
  | 'rendering';

/**
 * Term statuses as terminology management has them (TBX, ISO 30042). The canonical forms
 * of a phrasing are preferred; a variant is admitted (established official usage, never a
 * warning), deprecated (drift) or superseded (an outdated name, perhaps cited on purpose).
 */
export type VariantStatus = 'admitted' | 'deprecated' | 'superseded';

/** British or American spelling, when a team picks one. */
export type SpellingChoice = 'en-GB' | 'en-US';

export const RULE_IDS = [
  'non-standard-term',
  'misspelled-term',
  'outdated-term',
  'term-casing',
  'term-hyphenation',
  'admitted-term',
  'term-inflection',
  'term-conjunction',
  'term-function-word',
  'term-order',
  'zh-homophone',
  'zh-traditional',
  'zh-numeral',
  'zh-missing-character',
  'zh-extra-character',
  'zh-order',
  'zh-punctuation',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'hint', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];
export type Severity = Exclude<SeveritySetting, 'off'>;

export interface Variant {
  form: string;
  kind: VariantKind;
  lang: Lang;
  status: VariantStatus;
  note?: string;
  /** For a superseded form: when or by which document it was replaced. */
  replaced?: string;
  /** Context guards: the form is no finding right after / before any of these. */
  notAfter?: string[];
  notBefore?: string[];
}

interface SourceRef {
  document: string;
  paragraph: number;
  sentence: string;
}

/** An official phrasing of the conference, with its Chinese counterpart and known variants. */
export interface Phrasing {
  id: string;
  en: string;
  zh?: string;
  area: string;
  definition?: string;
  /** The definition in Chinese, for the Chinese interface. */
  definitionZh?: string;
  source?: SourceRef;
  variants: Variant[];
  /** The term file this entry (or its last override) came from. */
  origin: string;
}

export interface PolicyArea {
  id: string;
  name: string;
  nameZh?: string;
  description?: string;
}

/** An official source document: its text is indexed so hovers can cite it. */
export interface SourceDocument {
  id: string;
  title: string;
  /** Path as the term file wrote it, resolved by the adapter that read it. */
  path: string;
  published?: string;
  text: string;
}

export interface TermBase {
  areas: Map<string, PolicyArea>;
  phrasings: Phrasing[];
  byId: Map<string, Phrasing>;
  sources: Map<string, SourceDocument>;
  /** Folded forms of phrases a team accepts. */
  ignore: Set<string>;
  /** Proper names and titles that are never drift, whatever phrasing they contain. */
  names: string[];
  spelling?: SpellingChoice;
  severities: Record<RuleId, SeveritySetting>;
}

interface Replacement {
  text: string;
  /** Phrasing the replacement stands for. */
  phrasingId: string;
}

export interface Finding {
  start: number;
  end: number;
  ruleId: RuleId;
  severity: Severity;
  phrasingId: string;
  message: string;
  /** What the draft says, as written. */
  actual: string;
  replacements: Replacement[];
  /** True when exactly one replacement is certain enough for an automatic fix. */
  fixable: boolean;
}

/** A place where a phrasing (canonical or variant) occurs in a text. */
export interface Occurrence {
  start: number;
  end: number;
  phrasingId: string;
  /** -1 for the canonical English form, -2 for the Chinese form, else the variant index. */
  form: number;
}

export const DEFAULT_SEVERITIES: Record<RuleId, SeveritySetting> = {
  'non-standard-term': 'warning',
  'misspelled-term': 'warning',
  'outdated-term': 'warning',
  'term-casing': 'warning',
  'term-hyphenation': 'warning',
  'admitted-term': 'off',
  'term-inflection': 'warning',
  'term-conjunction': 'warning',
  'term-function-word': 'warning',
  'term-order': 'warning',
  'zh-homophone': 'warning',
  'zh-traditional': 'warning',
  'zh-numeral': 'warning',
  'zh-missing-character': 'warning',
  'zh-extra-character': 'warning',
  'zh-order': 'warning',
  'zh-punctuation': 'warning',
};

export const RULE_DESCRIPTIONS: Record<RuleId, string> = {
  'non-standard-term': 'An informal, regional-spelling or singular/plural form of an official phrasing.',
  'misspelled-term': 'A misspelled official phrasing (a listed typo, or one found by fuzzy matching).',
  'outdated-term': 'A superseded name of an official phrasing.',
  'term-casing': 'An official phrasing whose proper-noun capitals are lost.',
  'term-hyphenation': 'An official phrasing written with other hyphens, dashes or punctuation.',
  'admitted-term': 'An admitted rendering (established official usage that is not the readout\'s form); off unless a team asks for the strict profile.',
  'term-inflection': 'An official phrasing with a word in another number or verb form: "one area and two cluster".',
  'term-conjunction': 'An official phrasing with "and" replaced by a comma, slash or ampersand, or dropped: "one area, two clusters".',
  'term-function-word': 'An official phrasing with an article or preposition added, dropped or changed: "revitalization of countryside".',
  'term-order': 'An official phrasing with its coordinated parts swapped: "carbon neutrality and carbon peaking".',
  'zh-homophone': 'An official Chinese form with a character replaced by one that sounds the same or nearly so (an input-method slip): 城渝 for 成渝.',
  'zh-traditional': 'An official Chinese form written in traditional characters: 高質量發展 for 高质量发展.',
  'zh-numeral': 'A numeral changed inside a numbered formula: 一区三群 for 一区两群.',
  'zh-missing-character': 'An official Chinese form of five or more characters with one character missing.',
  'zh-extra-character': 'An official Chinese form of five or more characters with one character doubled or added.',
  'zh-order': 'An official Chinese form with two of its parts swapped: 供应链产业链现代化 for 产业链供应链现代化.',
  'zh-punctuation': 'Wrong punctuation inside an official Chinese form: “十四五“规划, "十四五"规划, 碳达峰，碳中和.',
};
