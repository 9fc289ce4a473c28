// Offsets <-> LSP positions (UTF-16 code units) and findings -> diagnostics.

import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixOf } from '../core/fixes';
import { DIAGNOSTIC_SOURCE } from '../protocol';
import { LineIndex } from '../core/positions';
import type { Finding, Severity } from '../core/types';


/**
 * Offsets <-> positions of one text: an open TextDocument keeps its line starts up to date
 * edit by edit, so open drafts use it; other texts (unopened drafts, the readout) get a
 * LineIndex. Both count UTF-16 code units and clamp out-of-range positions.
 */
export interface Positions {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
}

export function positionsOf(doc: TextDocument | undefined, text: string): Positions {
  return doc ?? new LineIndex(text);
}

export function rangeOf(lines: Positions, start: number, end: number): Range {
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
  /** A certain fix: one replacement that --fix would apply (fixOf). */
  fixable: boolean;
  actual: string;
}

export function toDiagnostic(lines: Positions, f: Finding): Diagnostic {
  const data: DiagnosticData = { phrasingId: f.phrasingId, replacements: f.replacements.map((r) => r.text), fixable: fixOf(f) !== undefined, actual: f.actual };
  return {
    range: rangeOf(lines, f.start, f.end),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: f.message,
    data,
  };
}
