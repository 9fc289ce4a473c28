// Output for people: file, then line:column, severity, message and rule; a summary line.

import type { Locale } from '../../core/messages';
import { counts, range1, type DraftReport } from '../report';

export function formatStylish(reports: readonly DraftReport[], color: boolean, locale: Locale = 'en'): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let out = '';
  for (const r of reports) {
    if (r.findings.length === 0) continue;
    out += `\n${paint('4', r.displayPath)}\n`;
    const rows = r.findings.map((f) => {
      const at = range1(r, f.start, f.end);
      return [`${at.line}:${at.column}`, f.severity, f.message, f.ruleId];
    });
    // A loop, not a spread: a draft may have hundreds of thousands of findings.
    const width = [0, 0];
    for (const row of rows) for (const k of [0, 1]) if (row[k].length > width[k]) width[k] = row[k].length;
    for (const [pos, sev, msg, rule] of rows) {
      const sevText = paint(sev === 'error' ? '31' : sev === 'warning' ? '33' : '36', sev.padEnd(width[1]));
      out += `  ${paint('2', pos.padEnd(width[0]))}  ${sevText}  ${msg}  ${paint('2', rule)}\n`;
    }
  }
  const { errors, warnings, notes, fixable } = counts(reports);
  const fixed = reports.reduce((n, r) => n + r.fixed, 0);
  const total = errors + warnings + notes;
  const files = reports.length;
  const words = SUMMARY[locale];
  if (fixed > 0) out += `\n${words.fixed(fixed)}\n`;
  if (total === 0) return out + `${fixed ? '' : '\n'}${paint('32', '✔')} ${words.clean(files)}\n`;
  out += `\n${paint(errors ? '31;1' : warnings ? '33;1' : '36;1', `✖ ${words.found(total, errors, warnings, notes)}`)}${words.inDrafts(files)}\n`;
  if (fixable > 0) out += `  ${words.fixable(fixable)}\n`;
  return out;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The summary lines in each language: one layout, two vocabularies. */
const SUMMARY: Record<Locale, {
  fixed(n: number): string; clean(files: number): string; found(total: number, errors: number, warnings: number, notes: number): string;
  inDrafts(files: number): string; fixable(n: number): string;
}> = {
  en: {
    fixed: (n) => `Fixed ${plural(n, 'finding')}.`,
    clean: (files) => `${plural(files, 'draft')} checked, no findings.`,
    found: (total, errors, warnings, notes) => `${plural(total, 'finding')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${notes ? `, ${plural(notes, 'note')}` : ''})`,
    inDrafts: (files) => ` in ${plural(files, 'draft')}`,
    fixable: (n) => `${plural(n, 'finding')} fixable with the --fix option.`,
  },
  zh: {
    fixed: (n) => `已修复 ${n} 处。`,
    clean: (files) => `已检查 ${files} 份文稿，未发现问题。`,
    found: (total, errors, warnings, notes) => `共 ${total} 处问题（错误 ${errors}，警告 ${warnings}${notes ? `，提示 ${notes}` : ''}）`,
    inDrafts: (files) => `，涉及 ${files} 份文稿`,
    fixable: (n) => `其中 ${n} 处可用 --fix 自动修复。`,
  },
};
