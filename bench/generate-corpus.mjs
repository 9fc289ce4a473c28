// Deterministic corpus of follow-up drafts (district implementation plans after the
// municipal economic work conference), in English and Chinese, at 100 KB, 1 MB and 10 MB.
// Official phrasings stand about once per 150-300 characters; some of them drift (listed
// variants of every kind, lost capitals, other hyphenation, unlisted one-letter typos) and
// each drift is recorded with its exact UTF-16 offsets in a JSON file beside the draft.
// The dense corpus (ensureDenseCorpus, for speed and memory only) is the same generator with
// other options: drift in about a third of the mentions, drift made by rule besides the
// listed kinds, few filler sentences, paragraphs of several KB, and one English draft that
// is a single 10 MB paragraph.
// Usage: node bench/generate-corpus.mjs [--force] [--dense]   (generates what is missing or stale)

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR, ROOT, BENCH, ensureDir, foldKey, loadBuiltinTerms, log, prng } from './lib/common.mjs';
import { DENSE_DRIFT_WEIGHTS, DRIFT_WEIGHTS, categoriesOf, drift, knownForms } from './lib/drift.mjs';
import { EN, EN_GRAMMAR, EN_TEMPLATES, ZH, ZH_TEMPLATES } from './lib/vocabulary.mjs';
import { makeVerifier } from './lib/verify.mjs';

export const SIZES = { '100KB': 100_000, '1MB': 1_000_000, '10MB': 10_000_000 };
export const LANGS = ['en', 'zh'];
const SEED = 'policy-phrasing-bench-1';
/** Share of the phrasing mentions in running text that drift. */
const DRIFT_RATE = 0.08;
const ROMAN = ['I', 'II', 'III', 'IV'];

export function corpusPaths(lang, size) {
  const base = path.join(CORPUS_DIR, `drafts-${lang}-${size}`);
  return { draft: `${base}.md`, truth: `${base}.truth.json` };
}

function fingerprint(seed = SEED, extra = []) {
  const h = createHash('sha256').update(seed);
  for (const f of ['generate-corpus.mjs', 'lib/common.mjs', 'lib/drift.mjs', 'lib/vocabulary.mjs', 'lib/verify.mjs']) h.update(fs.readFileSync(path.join(BENCH, f)));
  h.update(fs.readFileSync(path.join(ROOT, 'server', 'data', 'terms.yaml')));
  for (const f of extra) h.update(fs.readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/** Is the draft there, with a truth file of this generator version? */
function isFresh(paths, print) {
  if (!fs.existsSync(paths.draft) || !fs.existsSync(paths.truth)) return false;
  // The fingerprint is the truth file's first field: reading its start is enough.
  const fd = fs.openSync(paths.truth, 'r');
  const head = Buffer.alloc(64);
  fs.readSync(fd, head, 0, 64, 0);
  fs.closeSync(fd);
  return head.toString('utf8').startsWith(`{"fingerprint":"${print}"`);
}

/** Generates the corpus files that are missing or were made by another generator version. */
export function ensureCorpus({ force = false, langs = LANGS, sizes = Object.keys(SIZES) } = {}) {
  ensureDir(CORPUS_DIR);
  const print = fingerprint();
  const out = [];
  for (const lang of langs) {
    for (const size of sizes) {
      const paths = corpusPaths(lang, size);
      if (force || !isFresh(paths, print)) {
        const started = Date.now();
        const { text, truth } = generateDraft(lang, SIZES[size], `${SEED}/${lang}/${size}`);
        fs.writeFileSync(paths.draft, text);
        fs.writeFileSync(paths.truth, JSON.stringify({ fingerprint: print, ...truth }));
        log(`generated ${path.relative(ROOT, paths.draft)}: ${truth.bytes} bytes, ${truth.drifts.length} drifts in ${Date.now() - started} ms`);
      }
      out.push({ lang, size, ...paths });
    }
  }
  return out;
}

// --- The dense corpus: a finding every few hundred bytes, long lines, for speed and memory. ---
const DENSE_SEED = 'policy-phrasing-bench-dense-1';
const DENSE_FILES = [
  { name: 'dense-en-10MB', lang: 'en', layout: 'plans' },
  { name: 'dense-zh-10MB', lang: 'zh', layout: 'plans' },
  { name: 'dense-en-10MB-one-paragraph', lang: 'en', layout: 'one-paragraph' },
];
/** The generator's options for the dense corpus, per language. */
export const DENSE_OPTIONS = {
  en: { driftRate: 0.3, weights: DENSE_DRIFT_WEIGHTS.en, fillerRate: 0.05, groups: [4, 6], avoidAdmitted: true },
  zh: { driftRate: 0.25, weights: DENSE_DRIFT_WEIGHTS.zh, fillerRate: 0.1, groups: [6, 8], avoidAdmitted: true },
};

/** Generates the dense drafts (10 MB each) that are missing or stale; `sizeBytes` is for trying the options at a small size. */
export function ensureDenseCorpus({ force = false, sizeBytes = SIZES['10MB'], files = DENSE_FILES } = {}) {
  ensureDir(CORPUS_DIR);
  // The traditional characters come from the table the build writes: a new table, a new corpus.
  const print = fingerprint(`${DENSE_SEED}/${sizeBytes}`, [path.join(ROOT, 'dist', 'zh-tables.json')]);
  const out = [];
  for (const f of files) {
    const name = sizeBytes === SIZES['10MB'] ? f.name : f.name.replace('10MB', `${sizeBytes}B`);
    const paths = { draft: path.join(CORPUS_DIR, `${name}.md`), truth: path.join(CORPUS_DIR, `${name}.truth.json`) };
    if (force || !isFresh(paths, print)) {
      const started = Date.now();
      const { text, truth } = generateDraft(f.lang, sizeBytes, `${DENSE_SEED}/${f.name}`, { ...DENSE_OPTIONS[f.lang], layout: f.layout });
      fs.writeFileSync(paths.draft, text);
      fs.writeFileSync(paths.truth, JSON.stringify({ fingerprint: print, ...truth }));
      log(`generated ${path.relative(ROOT, paths.draft)}: ${truth.bytes} bytes, ${truth.drifts.length} drifts (one per ${Math.round(truth.bytes / truth.drifts.length)} bytes) in ${Date.now() - started} ms`);
    }
    out.push({ name, lang: f.lang, layout: f.layout, ...paths });
  }
  return out;
}

/**
 * One draft of about `targetBytes`. Options (the defaults make today's corpus): `driftRate`,
 * the share of mentions that drift; `weights`, how often each drift category is chosen;
 * `fillerRate`, the share of sentences without a phrasing; `groups`, [least, extra]: a
 * paragraph is least + rng.int(extra) groups of 3-6 sentences (one group when not given);
 * `layout`, 'plans' (headings and paragraphs) or 'one-paragraph' (every sentence in one line,
 * no heading, no blank line); `avoidAdmitted`, see drift() in bench/lib/drift.mjs.
 */
export function generateDraft(lang, targetBytes, seed, options = {}) {
  const {
    driftRate = DRIFT_RATE, weights = DRIFT_WEIGHTS[lang], fillerRate = lang === 'en' ? 0.4 : 0.6, groups, layout = 'plans', avoidAdmitted = false,
  } = options;
  const rules = Object.keys(weights).some((c) => c.startsWith('rule:'));
  const rng = prng(seed);
  const terms = loadBuiltinTerms();
  const forms = knownForms(terms);
  const verify = makeVerifier(terms);
  const usable = terms.map((t, index) => ({ ...t, index, type: EN_GRAMMAR[t.id]?.[0] ?? 'np', pre: EN_GRAMMAR[t.id]?.[1] ?? '' }))
    .filter((t) => lang === 'en' || t.zh);
  const byCategory = {};
  for (const t of usable) for (const c of categoriesOf(t, lang, { rules })) (byCategory[c] ??= []).push(t);
  const official = (t) => (lang === 'zh' ? t.zh : t.en);

  const mention = (type, canDrift) => {
    const pool = type ? usable.filter((t) => t.type === type) : usable;
    if (canDrift && rng.chance(driftRate)) {
      for (let tries = 0; tries < 20; tries++) {
        const category = rng.weighted(weights);
        const candidates = (byCategory[category] ?? []).filter((t) => !type || t.type === type);
        if (candidates.length === 0) continue;
        const term = rng.pick(candidates);
        const d = drift(term, lang, category, rng, forms, { avoidAdmitted });
        if (d) return { term, surface: d.surface, drift: d };
      }
    }
    const term = rng.pick(pool);
    return { term, surface: official(term), drift: null };
  };

  // A piece of text under construction: strings and mentions, offsets computed on join.
  const build = (parts) => {
    let text = '';
    const mentions = [];
    for (const p of parts) {
      if (typeof p === 'string') text += p;
      else {
        mentions.push({ start: text.length, end: text.length + p.surface.length, term: p.term, drift: p.drift });
        text += p.surface;
      }
    }
    return { text, mentions };
  };
  const fill = (template, slots) => template.split(/(\{[A-Za-z0-9]+\})/).flatMap((seg) => {
    const m = /^\{(\w+)\}$/.exec(seg);
    if (!m) return seg ? [seg] : [];
    const v = slots(m[1]);
    return Array.isArray(v) ? v : [v];
  });
  const enSlot = (p, q) => (name) => {
    switch (name) {
      case 'P': return p.term.type === 'np' || p.term.type === 'place' ? [p.term.pre, p] : [p];
      case 'Q': return [q.term.pre, q];
      case 'Actor': { const a = rng.pick(EN.actors); return a[0].toUpperCase() + a.slice(1); }
      case 'year': return String(2022 + rng.int(4));
      case 'amount': return String(5 + rng.int(195));
      case 'verb': case 'verb2': return rng.pick(EN.verbs);
      default: return rng.pick(EN[{ actor: 'actors', gerund: 'gerunds', manner: 'manners', fillerVp: 'fillerVps', outcome: 'outcomes',
        body: 'bodies', freq: 'freqs', month: 'months', fillerVpPassive: 'fillerVpPassive' }[name]]);
    }
  };
  const zhSlot = (p, q) => (name) => {
    switch (name) {
      case 'P': return [p];
      case 'Q': return [q];
      case 'year': return String(2022 + rng.int(4));
      case 'amount': return String(1 + rng.int(40));
      case 'verb': return rng.pick(ZH.verbs);
      case 'filler': case 'filler2': case 'filler3': return rng.pick(ZH.fillers);
      case 'actor': return rng.pick(ZH.actors.slice(0, -1));
      case 'actor2': return rng.pick(ZH.actors);
      case 'outcome': return rng.pick(ZH.outcomes);
      default: throw new Error(`unknown slot ${name}`);
    }
  };

  const enSentence = () => {
    if (rng.chance(fillerRate)) return [rng.pick(EN.fillerSentences)];
    const p = mention(null, true);
    if (p.term.type === 'np' && rng.chance(0.15)) return fill(rng.pick(EN_TEMPLATES.np2), enSlot(p, mention('np', true)));
    return fill(rng.pick(EN_TEMPLATES[p.term.type]), enSlot(p, null));
  };
  const zhSentence = () => {
    if (rng.chance(fillerRate)) return [rng.pick(ZH.fillerSentences)];
    const p = mention(null, true);
    const t = p.term.type === 'place' ? 'np' : p.term.type;
    if (t !== 'np') return fill(rng.pick(ZH_TEMPLATES[t]), zhSlot(p, null));
    const q = mention('np', true);
    return fill(rng.pick(ZH_TEMPLATES.sentence), zhSlot(p, q));
  };
  const zhList = () => {
    const n = 3 + rng.int(3);
    const parts = [];
    for (let i = 0; i < n; i++) {
      const p = mention('np', true);
      parts.push(`${ZH.ordinals[i]}是`, ...fill(rng.pick(ZH_TEMPLATES.item), zhSlot(p, null)), i === n - 1 ? '。' : '；');
    }
    return parts;
  };
  // A group of 3-6 sentences (or a "一是…" list), checked to hold no unplanned form of the term base.
  const group = () => {
    for (let tries = 0; tries < 50; tries++) {
      const parts = [];
      if (lang === 'zh' && rng.chance(0.2)) parts.push(...zhList());
      else {
        const n = 3 + rng.int(4);
        for (let i = 0; i < n; i++) parts.push(...(lang === 'en' ? enSentence() : zhSentence()), lang === 'en' && i < n - 1 ? ' ' : '');
      }
      const piece = build(parts);
      if (verify(piece.text, piece.mentions)) return piece;
    }
    throw new Error('the vocabulary keeps producing unplanned term-base forms: fix bench/lib/vocabulary.mjs');
  };
  // Sentences are joined by a space in English, by nothing in Chinese (each ends in 。).
  const joiner = lang === 'en' ? ' ' : '';
  const join = (list) => {
    let text = '';
    const mentions = [];
    list.forEach((g, i) => {
      if (i > 0) text += joiner;
      for (const m of g.mentions) mentions.push({ ...m, start: m.start + text.length, end: m.end + text.length });
      text += g.text;
    });
    return { text, mentions };
  };
  const paragraph = () => {
    if (!groups) return group();
    const n = groups[0] + rng.int(groups[1]);
    const list = [];
    for (let i = 0; i < n; i++) list.push(group());
    return join(list);
  };
  const titleCase = (s) => s.replace(/[A-Za-z]+/g, (w, at) => (at > 0 && /^(a|an|and|of|the|in|on|with|for)$/.test(w) ? w : w[0].toUpperCase() + w.slice(1)));
  const heading = (prefix, template, term, transform = (s) => s) => build([prefix, ...fill(template, (name) => (name === 'P'
    ? [{ term, surface: transform(official(term)), drift: null }] : ''))]);

  // The corpus: district plans one after another until the size is reached.
  const conference = usable.find((t) => t.id === 'economic-work-conference');
  const pieces = [];
  let bytes = 0;
  const add = (piece) => {
    pieces.push(piece);
    bytes += Buffer.byteLength(piece.text) + 2;
  };
  if (layout === 'one-paragraph') {
    // One line: groups joined like sentences until the size is reached, then one newline.
    const list = [];
    let size = 0;
    while (size < targetBytes) {
      const g = group();
      list.push(g);
      size += Buffer.byteLength(g.text) + 1;
    }
    pieces.push({ ...join(list), end: '\n' });
  }
  while (layout === 'plans' && bytes < targetBytes) {
    const district = rng.pick(lang === 'en' ? EN.districts : ZH.districts);
    add(heading('# ', lang === 'en' ? EN.headingTitle(district) : ZH.headingTitle(district), conference, lang === 'en' ? titleCase : undefined));
    add(paragraph());
    for (let s = 0; s < 4 && bytes < targetBytes; s++) {
      add(build([lang === 'en' ? `## ${ROMAN[s]}. ${EN.sections[s]}` : `## ${ZH.sections[s]}`]));
      const tasks = s === 1 ? 3 + rng.int(4) : 0;
      for (let k = 0; k < tasks; k++) {
        const term = rng.pick(usable.filter((t) => t.type === 'np'));
        add(lang === 'en' ? heading(`### (${k + 1}) ${rng.pick(EN.taskGerunds)} `, '{P}', term, titleCase)
          : heading(`### （${ZH.ordinals[k]}）${rng.pick(ZH.verbs)}`, '{P}', term));
        for (let n = 1 + rng.int(2); n > 0; n--) add(paragraph());
      }
      if (tasks === 0) for (let n = 1 + rng.int(3); n > 0; n--) add(paragraph());
    }
  }

  // Join, and turn the mentions into the ground truth.
  let text = '';
  const drifts = [];
  const mentions = [];
  for (const piece of pieces) {
    for (const m of piece.mentions) {
      const start = text.length + m.start;
      const end = text.length + m.end;
      mentions.push([start, end, m.term.index, m.drift ? 1 : 0]);
      if (m.drift) drifts.push({ start, end, lang, category: m.drift.category, phrasingId: m.term.id, expectedRule: m.drift.expectedRule, surface: m.drift.surface, official: m.drift.official });
    }
    text += piece.text + (piece.end ?? '\n\n');
  }
  const byCategory2 = {};
  for (const d of drifts) byCategory2[d.category] = (byCategory2[d.category] ?? 0) + 1;
  const truth = {
    lang, seed, bytes: Buffer.byteLength(text), chars: text.length,
    mentionCount: mentions.length, charsPerMention: Math.round(text.length / mentions.length),
    driftsByCategory: byCategory2, phrasingIds: terms.map((t) => t.id), drifts, mentions,
  };
  if (drifts.some((d) => text.slice(d.start, d.end) !== d.surface || foldKey(d.surface) === '')) throw new Error('offset bookkeeping is wrong');
  return { text, truth };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const force = process.argv.includes('--force');
  const files = process.argv.includes('--dense') ? ensureDenseCorpus({ force }) : ensureCorpus({ force });
  for (const f of files) {
    const t = JSON.parse(fs.readFileSync(f.truth, 'utf8'));
    console.log(`${path.relative(ROOT, f.draft)}\t${t.bytes} B\t${t.mentionCount} phrasings (1 per ${t.charsPerMention} chars)\t${t.drifts.length} drifts ${JSON.stringify(t.driftsByCategory)}`);
  }
}
