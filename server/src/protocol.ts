// The contract between the extension (client/) and the language server (server/src/lsp/):
// the custom requests and notifications, their parameters and replies, and the constants
// both sides must agree on. Types and strings only, no runtime dependency, so that either
// side imports it without pulling in the other's libraries.

export type Lang = 'en' | 'zh';

/** Language ids of the drafts served when the `languages` setting says nothing. */
export const DEFAULT_DRAFT_LANGUAGES: readonly string[] = ['markdown', 'plaintext', 'policy-draft'];

/** `Diagnostic.source` of every diagnostic the server publishes (findings and term-file problems). */
export const DIAGNOSTIC_SOURCE = 'policy-phrasing';

/** @public Part of the contract, named for clients. */
export interface PolicyAreaInfo {
  id: string;
  name: string;
  nameZh?: string;
}

/** @public Part of the contract, named for clients. */
export interface PhrasingSource {
  /** Id of the source document (a term file's `sources`). */
  document: string;
  /** The document's title, for attribution ("Chongqing Municipal Economic Work Conference, 2021", a team's own plan). */
  documentTitle: string;
  /** 1-based paragraph of the source document. */
  paragraph: number;
  sentence: string;
}

/** @public Part of the contract, named for clients. */
export interface PhrasingVariant {
  form: string;
  kind: string;
  lang: Lang;
}

/** An official phrasing as the server describes it to the editor. */
export interface PhrasingInfo {
  id: string;
  en: string;
  zh?: string;
  area: string;
  /** The area's name in the interface language. */
  areaName: string;
  definition?: string;
  source?: PhrasingSource;
  variants: PhrasingVariant[];
}

export interface PhrasingsResult {
  areas: PolicyAreaInfo[];
  phrasings: PhrasingInfo[];
}

export interface PhrasingAtParams {
  textDocument: { uri: string };
  position: { line: number; character: number };
}

/** What the server says about one phrasing, rendered once for every view (hover, details, side bar). */
export interface PhrasingDescription {
  phrasing: PhrasingInfo;
  /** Markdown, its term-file text escaped (as the hover shows it). */
  markdown: string;
  /** The same, as plain text (for a modal message). */
  text: string;
}

export interface DescribePhrasingParams {
  id: string;
}

export interface LintWorkspaceResult {
  drafts: number;
  findings: number;
}

/** Sent by the server whenever the term base (re)loads. */
export interface TermBaseStatus {
  phrasings: number;
  termFiles: string[];
  /** Problems found while loading the term files (reported in the output channel). */
  problems: number;
}

/** Every phrasing and policy area: () → PhrasingsResult. */
export const PHRASINGS_REQUEST = 'policyPhrasing/phrasings';
/** The phrasing under a position of an open draft: PhrasingAtParams → PhrasingDescription | null. */
export const PHRASING_AT_REQUEST = 'policyPhrasing/phrasingAt';
/** One phrasing by id: DescribePhrasingParams → PhrasingDescription | null. */
export const DESCRIBE_PHRASING_REQUEST = 'policyPhrasing/describePhrasing';
/** Lint every draft of the workspace: () → LintWorkspaceResult. */
export const LINT_WORKSPACE_REQUEST = 'policyPhrasing/lintWorkspace';
/** Server → client: TermBaseStatus. */
export const STATUS_NOTIFICATION = 'policyPhrasing/status';
/** The command the ignore-list quick fix runs (arguments: the phrase, the draft's URI). */
export const ADD_TO_IGNORE_LIST_COMMAND = 'policyPhrasing.server.addToIgnoreList';
