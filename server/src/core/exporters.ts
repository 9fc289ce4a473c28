// Exports the term base for the tools teams move between: a prh dictionary (textlint-rule-prh),
// a Vale substitution rule, and plain JSON.

import { stringify } from 'yaml';
import { pinyinKeys, type PinyinOf } from './pinyinKeys';
import type { Phrasing, TermBase } from './types';

function officialFor(p: Phrasing, lang: 'en' | 'zh'): string {
  return lang === 'zh' && p.zh ? p.zh : p.en;
}

export function exportPrh(termBase: TermBase): string {
  const rules = termBase.phrasings.flatMap((p) => {
    const byLang = new Map<string, string[]>();
    for (const v of p.variants) {
      if (v.status === 'admitted') continue;
      const list = byLang.get(v.lang) ?? [];
      list.push(v.form);
      byLang.set(v.lang, list);
    }
    return [...byLang.entries()].map(([lang, patterns]) => ({
      expected: officialFor(p, lang as 'en' | 'zh'),
      patterns: patterns.map(prhPattern),
      ...(lang === 'en' ? { options: { wordBoundary: true } } : {}),
      prh: `${p.id}: official phrasing of the Chongqing Economic Work Conference`,
    }));
  });
  return '# prh dictionary exported by policy-lint --export prh\n' + stringify({ version: 1, rules });
}

export function exportVale(termBase: TermBase): string {
  const swap: Record<string, string> = {};
  for (const p of termBase.phrasings) {
    for (const v of p.variants) if (v.status !== 'admitted') swap[escapeRegex(v.form)] = officialFor(p, v.lang);
  }
  return '# Vale substitution rule exported by policy-lint --export vale\n' + stringify({
    extends: 'substitution',
    message: "Use the official phrasing '%s' instead of '%s'.",
    level: 'warning',
    ignorecase: true,
    swap,
  });
}

export function exportJson(termBase: TermBase): string {
  return JSON.stringify({
    version: 1,
    areas: [...termBase.areas.values()],
    names: termBase.names,
    terms: termBase.phrasings.map(({ origin: _origin, ...p }) => p),
  }, null, 2) + '\n';
}

/**
 * prh turns a string pattern into a regex by escaping "-" as "\\-", which its own `u` flag
 * rejects; such a pattern is written as prh's "/regex/" form instead.
 */
function prhPattern(form: string): string {
  return /[-¥]/.test(form) ? `/${form.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/` : form;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A Rime `custom_phrase.txt`: one line per official Chinese form and code (full pinyin and
 * initials), `text<TAB>code<TAB>weight`, so the official wording comes up in any program.
 */
export function exportRime(termBase: TermBase, pinyinOf: PinyinOf): string {
  const lines = [
    '# Rime table',
    '# coding: utf-8',
    '#@/db_name\tcustom_phrase.txt',
    '#@/db_type\ttabledb',
    '#',
    '# Official phrasings exported by policy-lint --export rime: text, code, weight.',
    '',
  ];
  for (const p of termBase.phrasings) {
    const keys = p.zh ? pinyinKeys(p.zh, pinyinOf) : undefined;
    if (!keys) continue;
    lines.push(`${p.zh}\t${keys.full}\t100`);
    if (keys.initials !== keys.full) lines.push(`${p.zh}\t${keys.initials}\t100`);
  }
  return lines.join('\n') + '\n';
}
