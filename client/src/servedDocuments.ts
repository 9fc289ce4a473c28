// Which documents the language server reads: the draft languages named in the settings,
// plus the team's term files (so their mistakes show up as diagnostics too).
import * as vscode from 'vscode';
import { DEFAULT_DRAFT_LANGUAGES } from './protocol';

export const TERM_FILE_GLOB = '**/.policy-terms.{yaml,yml,json}';

function draftLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration('policyPhrasing').get<unknown>('languages');
  if (!Array.isArray(languages)) return [...DEFAULT_DRAFT_LANGUAGES];
  return languages.filter((language): language is string => typeof language === 'string' && language !== '');
}

/** Plain filters that fit both the language client's selector and `vscode.languages.match`. */
type ServedFilter = { scheme: string; language: string } | { pattern: string };

export function servedDocumentSelector(): ServedFilter[] {
  return [
    ...draftLanguages().flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    { scheme: 'file', pattern: TERM_FILE_GLOB },
  ];
}

export function isServed(document: vscode.TextDocument): boolean {
  return vscode.languages.match(servedDocumentSelector(), document) > 0;
}
