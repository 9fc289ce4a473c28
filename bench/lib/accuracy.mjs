// Precision and recall against the injected drift. A finding counts when its range overlaps
// an injected span and it names the same phrasing (its replacement is that phrasing's
// official English or Chinese form); per drift category too.

import { foldKey, loadBuiltinTerms } from './common.mjs';

/** Findings from policy-lint's ESLint-style JSON: [{ start, end, ruleId, text, replacement }]. */
export function findingsFromCli(json, draftText) {
  const out = [];
  for (const file of JSON.parse(json)) {
    for (const m of file.messages) {
      const fix = m.suggestions?.[0]?.fix ?? m.fix;
      if (!fix) continue;
      out.push({ start: fix.range[0], end: fix.range[1], ruleId: m.ruleId, replacement: fix.text, text: draftText?.slice(fix.range[0], fix.range[1]) });
    }
  }
  return out;
}

/** Findings from textlint's JSON with textlint-rule-prh: the fix carries the range and the expected form. */
export function findingsFromTextlint(json, draftText) {
  const out = [];
  for (const file of JSON.parse(json)) {
    for (const m of file.messages) {
      const range = m.fix?.range ?? m.range;
      out.push({ start: range[0], end: range[1], ruleId: m.ruleId, replacement: m.fix?.text ?? '', text: draftText?.slice(range[0], range[1]) });
    }
  }
  return out;
}

let officialForms;
function officialsOf(id) {
  if (!officialForms) {
    // Official: the preferred forms and the admitted ones (a superseded full name is offered the full current name).
    officialForms = new Map(loadBuiltinTerms().map((t) => [t.id, [t.en, t.zh, ...t.admitted].filter(Boolean).map((f) => f.toLowerCase())]));
  }
  return officialForms.get(id) ?? [];
}

/** Does a drifted surface hold another, shorter official phrasing spelled right? */
function holdsShorterPhrasing(d) {
  const key = foldKey(d.surface);
  return loadBuiltinTerms().some((t) => t.id !== d.phrasingId && key.includes(foldKey(t.en)));
}

export function score(truth, findings) {
  const drifts = [...truth.drifts].sort((a, b) => a.start - b.start);
  const recalled = new Uint8Array(drifts.length);
  const ruleAgrees = new Uint8Array(drifts.length);
  let truePositives = 0;
  const falsePositives = [];
  for (const f of findings) {
    let lo = 0;
    let hi = drifts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (drifts[mid].end <= f.start) lo = mid + 1;
      else hi = mid;
    }
    let hit = false;
    for (let i = lo; i < drifts.length && drifts[i].start < f.end; i++) {
      if (!officialsOf(drifts[i].phrasingId).includes(f.replacement.toLowerCase())) continue;
      hit = true;
      recalled[i] = 1;
      if (f.ruleId === drifts[i].expectedRule) ruleAgrees[i] = 1;
    }
    if (hit) truePositives++;
    else falsePositives.push(f);
  }
  const byCategory = {};
  drifts.forEach((d, i) => {
    const c = (byCategory[d.category] ??= { injected: 0, found: 0, recall: 0 });
    c.injected++;
    c.found += recalled[i];
  });
  for (const c of Object.values(byCategory)) c.recall = ratio(c.found, c.injected);
  const found = recalled.reduce((s, x) => s + x, 0);
  return {
    injected: drifts.length,
    findings: findings.length,
    truePositives,
    falsePositives: falsePositives.length,
    precision: ratio(truePositives, findings.length),
    recall: ratio(found, drifts.length),
    ruleAgreement: ratio(ruleAgrees.reduce((s, x) => s + x, 0), found),
    byCategory,
    missedSample: drifts.filter((_, i) => !recalled[i]).slice(0, 8).map((d) => `${d.category}: "${d.surface}"`),
    missedHoldingShorterPhrasing: drifts.filter((d, i) => !recalled[i] && holdsShorterPhrasing(d)).length,
    falsePositiveSample: falsePositives.slice(0, 8).map((f) => `${f.ruleId}: "${f.text}" -> "${f.replacement}"`),
  };
}

function ratio(a, b) {
  return b === 0 ? null : Number((a / b).toFixed(4));
}
