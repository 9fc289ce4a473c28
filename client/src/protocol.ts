// The custom messages the Policy Phrasing language server understands, beyond standard LSP.
// Kept in one place so the client and the server's contract read side by side.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageclient/node';

export type Lang = 'en' | 'zh';

export interface PolicyAreaInfo {
  id: string;
  name: string;
  nameZh?: string;
}

export interface PhrasingSource {
  document: string;
  /** 1-based paragraph of the source document. */
  paragraph: number;
  sentence: string;
}

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

export const PhrasingsRequest = new RequestType0<PhrasingsResult, void>('policyPhrasing/phrasings');
export const PhrasingAtRequest = new RequestType<PhrasingAtParams, PhrasingInfo | null, void>('policyPhrasing/phrasingAt');
export const LintWorkspaceRequest = new RequestType0<LintWorkspaceResult, void>('policyPhrasing/lintWorkspace');
export const TermBaseStatusNotification = new NotificationType<TermBaseStatus>('policyPhrasing/status');

/** `Diagnostic.source` of every finding the server publishes. */
export const DIAGNOSTIC_SOURCE = 'policy-phrasing';
