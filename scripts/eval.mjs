// Accuracy evaluation (npm run eval): the built CLI on drafts written independently of the
// term base (test/eval/README.md). Each drift is marked [[typed|canonical|kind]], each trap
// {{text|why}}. Reports recall per kind (and for drift the term base does not list), whether
// each finding's first replacement gives the canonical form, false alarms, precision, and
// the clean-text corpus (no finding, --fix changes nothing). Writes EVALUATION.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWordList } from './wordlist-check.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli.js');
const splits = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const write = !process.argv.includes('--no-write');

/** Strips the markup; returns the draft text with drift and trap spans. */
function parseMarked(marked) {
  let text = '';
  const drifts = [];
  const traps = [];
  const re = /\[\[([^|\]]+)\|([^|\]]+)\|([^|\]]+)\]\]|\{\{([^|}]+)\|([^|}]+)\}\}/g;
  let last = 0;
  for (let m = re.exec(marked); m; m = re.exec(marked)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    if (m[1] !== undefined) {
      text += m[1];
      drifts.push({ start, end: text.length, typed: m[1], canonical: m[2], kind: m[3] });
    } else {
      text += m[4];
      traps.push({ start, end: text.length, text: m[4], why: m[5] });
    }
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), drifts, traps };
}

/**
 * The canonical form as it stands where the drift is: an annotation gives it in the readout's
 * case, and at the start of a sentence, where the drafter wrote a capital, English writes one
 * ("Epidemic control and prevention will remain" -> "Epidemic prevention and control").
 */
function inSentenceCase(text, drift) {
  const first = drift.canonical[0];
  const opensSentence = /(?:^|[.!?:]\**[ \t]+|\n[ \t]*(?:[-*>#]+[ \t]+|\d+[.)][ \t]+)?|\*\*)$/.test(text.slice(Math.max(0, drift.start - 8), drift.start));
  return opensSentence && drift.typed[0] !== drift.typed[0].toLowerCase() && first === first.toLowerCase() && first !== first.toUpperCase()
    ? first.toUpperCase() + drift.canonical.slice(1)
    : drift.canonical;
}

function lintFiles(dir, files) {
  const run = spawnSync(process.execPath, [CLI, '--no-team-terms', '-f', 'json', ...files], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status === 2) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

// Spaces folded: the readout has a no-break space inside one phrasing.
const READOUT = readFileSync(join(ROOT, 'server/data/sources/chongqing-economic-work-conference-2021.txt'), 'utf8').replace(/\s+/g, ' ');

/**
 * The fix and the annotation differ only in capitals, and the readout itself writes the
 * phrasing both ways ("Northeastern Chongqing" in one paragraph, "northeastern Chongqing" in
 * the next): either is the readout's phrasing. Counted apart, so the strict figure stays.
 */
function readoutWritesBoth(fix, canonical, byFinding, byCanon) {
  return byFinding !== byCanon && byFinding.toLowerCase() === byCanon.toLowerCase() && fix !== canonical &&
    READOUT.includes(fix.replace(/\s+/g, ' ').trim()) && READOUT.includes(canonical.replace(/\s+/g, ' ').trim());
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const fold = (s) => s.toLowerCase().replace(/[\s\-\u2010-\u2015\u00a0]+/g, ' ').trim();

function evaluateSplit(lang, split) {
  const folder = join(ROOT, 'test/eval', lang, split);
  const names = readdirSync(folder).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
  const tmp = mkdtempSync(join(tmpdir(), 'policy-eval-'));
  const drafts = names.map((name) => ({ name, ...parseMarked(readFileSync(join(folder, name), 'utf8')) }));
  for (const d of drafts) writeFileSync(join(tmp, d.name), d.text);
  const results = lintFiles(tmp, names);
  rmSync(tmp, { recursive: true, force: true });
  const out = { drifts: [], falseAlarms: [], findings: 0 };
  drafts.forEach((d, i) => {
    const findings = results[i].messages.map((m) => ({ ...m, start: m.suggestions[0]?.fix.range[0], end: m.suggestions[0]?.fix.range[1] }));
    out.findings += findings.length;
    for (const drift of d.drifts) {
      const hit = findings.find((f) => overlaps(f, drift));
      let fixed = false;
      let otherCapitals = false;
      if (hit) {
        // One finding may cover several drifts of one phrasing: its fix must give all their canonical forms.
        const repl = hit.suggestions[0].fix.text;
        const byFinding = d.text.slice(0, hit.start) + repl + d.text.slice(hit.end);
        let byCanon = d.text;
        for (const x of d.drifts.filter((x) => overlaps(hit, x)).sort((a, b) => b.start - a.start)) {
          byCanon = byCanon.slice(0, x.start) + inSentenceCase(d.text, x) + byCanon.slice(x.end);
        }
        fixed = byFinding === byCanon;
        otherCapitals = !fixed && readoutWritesBoth(repl, byCanon.slice(hit.start, hit.start + repl.length), byFinding, byCanon);
      }
      out.drifts.push({ draft: d.name, ...drift, found: Boolean(hit), fixed: fixed || otherCapitals, otherCapitals, certain: Boolean(hit?.fix), rule: hit?.ruleId });
    }
    for (const f of findings) {
      if (d.drifts.some((x) => overlaps(f, x))) continue;
      const trap = d.traps.find((t) => overlaps(f, t));
      out.falseAlarms.push({ draft: d.name, text: d.text.slice(f.start, f.end), rule: f.ruleId, trap: trap?.why });
    }
  });
  return out;
}

function evaluateClean(lang) {
  const file = join(ROOT, 'test/eval', lang, 'clean.txt');
  const tmp = mkdtempSync(join(tmpdir(), 'policy-clean-'));
  const text = readFileSync(file, 'utf8');
  writeFileSync(join(tmp, 'clean.txt'), text);
  const [r] = lintFiles(tmp, ['clean.txt']);
  spawnSync(process.execPath, [CLI, '--no-team-terms', '--fix', 'clean.txt'], { cwd: tmp });
  const unchanged = readFileSync(join(tmp, 'clean.txt'), 'utf8') === text;
  rmSync(tmp, { recursive: true, force: true });
  return { sentences: text.split('\n').filter(Boolean).length, findings: r.messages.map((m) => `${m.line}: ${m.message}`), unchanged };
}

function listedForms() {
  const base = JSON.parse(execFileSync(process.execPath, [CLI, '--export', 'json'], { encoding: 'utf8' }));
  return new Set(base.terms.flatMap((t) => t.variants.map((v) => fold(v.form))));
}

function chineseWordSection(listed) {
  const { words, flagged } = checkWordList(lintFiles, listed);
  const lines = ['### zh / ordinary words', '', `${words} words of four to twelve characters from the dictionaries of opencc-js and pinyin-pro (simplified, listed variants left out): ${flagged.length} flagged (${pct(flagged.length, words)}).`];
  if (flagged.length) lines.push('', ...flagged.map((f) => `- ${f.word} (${f.rule})`));
  return lines.join('\n');
}

const pct = (a, b) => (b === 0 ? '—' : `${(100 * a / b).toFixed(1)}%`);

function report(lang, split, r, listed) {
  const kinds = [...new Set(r.drifts.map((d) => d.kind))].sort();
  const rows = kinds.map((k) => {
    const all = r.drifts.filter((d) => d.kind === k);
    const found = all.filter((d) => d.found);
    return `| ${k} | ${all.length} | ${found.length} | ${pct(found.length, all.length)} | ${found.filter((d) => d.fixed).length} | ${found.filter((d) => d.certain).length} |`;
  });
  const found = r.drifts.filter((d) => d.found);
  const unlisted = r.drifts.filter((d) => !listed.has(fold(d.typed)));
  const tp = r.findings - r.falseAlarms.length;
  const lines = [
    `### ${lang} / ${split}`, '',
    '| kind | drifts | found | recall | fix gives canonical | certain (--fix) |', '| --- | ---: | ---: | ---: | ---: | ---: |', ...rows,
    `| **all** | ${r.drifts.length} | ${found.length} | ${pct(found.length, r.drifts.length)} | ${found.filter((d) => d.fixed).length} | ${found.filter((d) => d.certain).length} |`, '',
    `- Drift not listed in the term base: ${unlisted.length}, found ${unlisted.filter((d) => d.found).length} (${pct(unlisted.filter((d) => d.found).length, unlisted.length)}).`,
    `- Findings: ${r.findings}; false alarms: ${r.falseAlarms.length} (on marked traps: ${r.falseAlarms.filter((f) => f.trap).length}); precision ${pct(tp, r.findings)}.`,
  ];
  // The holdout split is measured, not studied: its misses are not listed.
  if (split === 'holdout') return lines.join('\n');
  if (r.falseAlarms.length) lines.push('- False alarms: ' + r.falseAlarms.map((f) => `"${f.text}" (${f.rule}${f.trap ? `; trap: ${f.trap}` : ''})`).join('; ') + '.');
  const missed = r.drifts.filter((d) => !d.found);
  if (missed.length) lines.push('- Missed: ' + missed.map((d) => `"${d.typed}" (${d.kind})`).join('; ') + '.');
  const wrong = found.filter((d) => !d.fixed);
  if (wrong.length) lines.push('- Found, but the first replacement is not the canonical form: ' + wrong.map((d) => `"${d.typed}" → expected "${d.canonical}"`).join('; ') + '.');
  const other = found.filter((d) => d.otherCapitals);
  if (other.length) lines.push('- Found, and the fix gives the readout\'s other capitalisation of the phrasing: ' + other.map((d) => `"${d.typed}" (annotated "${d.canonical}")`).join('; ') + '.');
  return lines.join('\n');
}

/** The splits of a language: the development splits (dev, dev2, …) in order, then holdout. */
function splitsOf(lang) {
  const dirs = readdirSync(join(ROOT, 'test/eval', lang), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const number = (d) => (d === 'dev' ? 1 : Number(d.slice(3)));
  return [...dirs.filter((d) => d !== 'holdout').sort((a, b) => number(a) - number(b)), ...dirs.filter((d) => d === 'holdout')];
}

const listed = listedForms();
const sections = [];
const summary = [];
for (const lang of ['en', 'zh']) {
  // Every split of the language pooled: drifts, found, not-listed drifts and found, findings, false alarms, fixes right.
  const all = { drifts: 0, found: 0, unlisted: 0, unlistedFound: 0, findings: 0, falseAlarms: 0, fixed: 0, otherCapitals: 0 };
  for (const split of (splits.length ? splits : splitsOf(lang)).filter((s) => existsSync(join(ROOT, 'test/eval', lang, s)))) {
    const r = evaluateSplit(lang, split);
    sections.push(report(lang, split, r, listed), '');
    const found = r.drifts.filter((d) => d.found).length;
    const unlisted = r.drifts.filter((d) => !listed.has(fold(d.typed)));
    all.drifts += r.drifts.length;
    all.found += found;
    all.unlisted += unlisted.length;
    all.unlistedFound += unlisted.filter((d) => d.found).length;
    all.findings += r.findings;
    all.falseAlarms += r.falseAlarms.length;
    all.fixed += r.drifts.filter((d) => d.found && d.fixed).length;
    all.otherCapitals += r.drifts.filter((d) => d.found && d.otherCapitals).length;
    summary.push(`| ${lang} | ${split} | ${r.drifts.length} | ${pct(found, r.drifts.length)} | ${pct(r.findings - r.falseAlarms.length, r.findings)} | ${r.falseAlarms.length} |`);
  }
  summary.push(`| ${lang} | **all splits** | ${all.drifts} | **${pct(all.found, all.drifts)}** (not listed ${pct(all.unlistedFound, all.unlisted)}; fix gives canonical ${all.fixed} of ${all.found}${all.otherCapitals ? `, ${all.otherCapitals} of them in the readout's other capitals` : ''}) | ${pct(all.findings - all.falseAlarms, all.findings)} | ${all.falseAlarms} |`);
  const clean = evaluateClean(lang);
  sections.push(`### ${lang} / clean text`, '', `${clean.sentences} sentences: ${clean.findings.length} findings; --fix ${clean.unchanged ? 'changed nothing' : 'CHANGED the text'}.`, ...clean.findings.map((f) => `- ${f}`), '');
  summary.push(`| ${lang} | clean | ${clean.sentences} sentences | — | — | ${clean.findings.length} |`);
}
sections.push(chineseWordSection(listed), '');
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const body = [
  '| lang | split | drifts | recall | precision | false alarms |', '| --- | --- | ---: | ---: | ---: | ---: |', ...summary, '', ...sections,
].join('\n');
console.log(body);
if (write) {
  const doc = readFileSync(join(ROOT, 'EVALUATION.md'), 'utf8');
  const marker = '<!-- results -->';
  const head = doc.includes(marker) ? doc.slice(0, doc.indexOf(marker) + marker.length) : doc + '\n' + marker;
  writeFileSync(join(ROOT, 'EVALUATION.md'), `${head}\n\nMeasured at commit ${commit} with \`npm run eval\`.\n\n${body}\n`);
}
