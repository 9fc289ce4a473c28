// Offsets <-> LSP positions (UTF-16 code units) and findings -> diagnostics.
// The LineIndex of each document version is built once and reused by every feature.

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { LineIndex } from '../core/positions';
import type { Finding, Severity } from '../core/types';

export const DIAGNOSTIC_SOURCE = 'policy-phrasing';

const cache = new Map<string, { version: number; length: number; index: LineIndex }>();

/** The line index of a document version; `version` may be undefined for files read from disk. */
export function lineIndexOf(uri: string, version: number | undefined, text: string): LineIndex {
  const hit = cache.get(uri);
  if (hit && version !== undefined && hit.version === version && hit.length === text.length) return hit.index;
  const index = new LineIndex(text);
  if (version !== undefined) cache.set(uri, { version, length: text.length, index });
  return index;
}

export function forgetDocument(uri: string): void {
  cache.delete(uri);
}

export function rangeOf(lines: LineIndex, start: number, end: number): Range {
  return { start: lines.positionAt(start), end: lines.positionAt(end) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a quick fix needs, carried inside the diagnostic so code actions stay stateless. */
export interface DiagnosticData {
  phrasingId: string;
  replacements: string[];
  fixable: boolean;
  actual: string;
}

export function toDiagnostic(lines: LineIndex, f: Finding): Diagnostic {
  const data: DiagnosticData = { phrasingId: f.phrasingId, replacements: f.replacements.map((r) => r.text), fixable: f.fixable, actual: f.actual };
  return {
    range: rangeOf(lines, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data,
  };
}
