// Output for people: file, then line:column, severity, message and rule; a summary line.

import type { Locale } from '../../core/messages';
import { counts, range1, type DraftReport } from '../report';

export function formatStylish(reports: readonly DraftReport[], color: boolean, locale: Locale = 'en'): string {
  const zh = locale === 'zh';
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
  if (zh) {
    if (fixed > 0) out += `\n已修复 ${fixed} 处。\n`;
    if (total === 0) return out + `${fixed ? '' : '\n'}${paint('32', '✔')} 已检查 ${files} 份文稿，未发现问题。\n`;
    out += `\n${paint(errors ? '31;1' : '33;1', `✖ 共 ${total} 处问题（错误 ${errors}，警告 ${warnings}${notes ? `，提示 ${notes}` : ''}）`)}，涉及 ${files} 份文稿\n`;
    if (fixable > 0) out += `  其中 ${fixable} 处可用 --fix 自动修复。\n`;
    return out;
  }
  if (fixed > 0) out += `\nFixed ${fixed} finding${fixed === 1 ? '' : 's'}.\n`;
  if (total === 0) return out + `${fixed ? '' : '\n'}${paint('32', '✔')} ${files} draft${files === 1 ? '' : 's'} checked, no findings.\n`;
  const noteText = notes ? `, ${notes} note${notes === 1 ? '' : 's'}` : '';
  out += `\n${paint(errors ? '31;1' : warnings ? '33;1' : '36;1', `✖ ${total} finding${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${noteText})`)} in ${files} draft${files === 1 ? '' : 's'}\n`;
  if (fixable > 0) out += `  ${fixable} finding${fixable === 1 ? '' : 's'} fixable with the --fix option.\n`;
  return out;
}
