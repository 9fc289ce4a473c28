// What the CLI knows about one linted draft, shared by the output formats.

import * as path from 'node:path';
import { fixOf } from '../core/fixes';
import { LineIndex } from '../core/positions';
import type { Finding, Severity } from '../core/types';

export interface DraftReport {
  /** Absolute path, or the name given for standard input. */
  filePath: string;
  /** The path as users see it: relative to the working folder. */
  displayPath: string;
  text: string;
  lines: LineIndex;
  findings: Finding[];
  /** How many fixes --fix applied to this draft. */
  fixed: number;
}

/** Errors and warnings can fail a run; info and hint findings are notes, reported and never failing. */
export type Outcome = 'error' | 'warning' | 'note';

export function outcomeOf(s: Severity): Outcome {
  return s === 'error' || s === 'warning' ? s : 'note';
}

/** The draft's path relative to the working folder with forward slashes, as CI services name files. */
export function ciPath(report: DraftReport): string {
  return report.displayPath.split(path.sep).join('/');
}

/** ESLint's numbers: 2 for errors, 1 for everything that does not fail a build on its own. */
export function eslintSeverity(s: Severity): 1 | 2 {
  return s === 'error' ? 2 : 1;
}

export interface Range1 {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** 1-based lines and columns in UTF-16 code units, as ESLint and SARIF count them. */
export function range1(report: DraftReport, start: number, end: number): Range1 {
  const s = report.lines.positionAt(start);
  const e = report.lines.positionAt(end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/** Errors, warnings and notes (info and hint: reported, never failing a run), and certain fixes. */
export function counts(reports: readonly DraftReport[]): { errors: number; warnings: number; notes: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  let notes = 0;
  let fixable = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      const outcome = outcomeOf(f.severity);
      if (outcome === 'error') errors++;
      else if (outcome === 'warning') warnings++;
      else notes++;
      if (fixOf(f) !== undefined) fixable++;
    }
  }
  return { errors, warnings, notes, fixable };
}
