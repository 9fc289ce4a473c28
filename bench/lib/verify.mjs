// Checks a generated paragraph before it joins a corpus: every form of the term base that
// stands in it must be one the generator planned (so the ground truth is complete and
// filler never produces findings of its own), except clean official phrasings, which the
// engine does not report.

import { foldKey } from './common.mjs';

const SEP = /[\s\u00a0\u3000\u2000-\u200a\u2010-\u2015\u2212\u202f\u205f-]/;
const LATIN = /[a-z0-9\u00c0-\u024f]/;

export function makeVerifier(terms) {
  const forms = [];
  for (const t of terms) {
    forms.push({ key: foldKey(t.en), term: t, canonical: 'en' });
    if (t.zh) forms.push({ key: foldKey(t.zh), term: t, canonical: 'zh' });
    for (const v of t.variants) forms.push({ key: foldKey(v.form), term: t, canonical: null });
  }
  for (const f of forms) {
    f.left = LATIN.test(f.key[0]);
    f.right = LATIN.test(f.key[f.key.length - 1]);
  }

  /** True when `text` holds no form outside `mentions` ([{start, end, drift}]) that the engine would report. */
  return function verify(text, mentions) {
    const { folded, map } = fold(text);
    for (const f of forms) {
      for (let at = folded.indexOf(f.key); at !== -1; at = folded.indexOf(f.key, at + 1)) {
        const endF = at + f.key.length;
        if (f.left && at > 0 && LATIN.test(folded[at - 1])) continue;
        if (f.right && endF < folded.length && LATIN.test(folded[endF])) continue;
        const start = map[at];
        const end = map[endF - 1] + 1;
        if (mentions.some((m) => m.start <= start && end <= m.end)) continue;
        if (!f.canonical) return false;
        if (mentions.some((m) => m.drift && m.start < end && start < m.end)) return false;
        if (f.canonical === 'en' && !cleanSurface(text.slice(start, end), f.term.en)) return false;
      }
    }
    return true;
  };
}

/** Lower-cased text with separator runs as one space, and the offset in `text` of each unit. */
function fold(text) {
  let folded = '';
  const map = [];
  let pendingSep = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (SEP.test(ch)) {
      pendingSep = folded.length > 0;
      continue;
    }
    if (pendingSep) {
      folded += ' ';
      map.push(i - 1);
      pendingSep = false;
    }
    folded += ch.toLowerCase();
    map.push(i);
  }
  return { folded, map };
}

/** An official phrasing as the engine leaves it: same words, hyphens and capitals (extra capitals allowed). */
function cleanSurface(surface, official) {
  const s = surface.replace(/\s+/g, ' ');
  if (s.toLowerCase() !== official.toLowerCase()) return false;
  for (let i = 0; i < official.length; i++) {
    const c = official[i];
    if (c !== c.toLowerCase() && s[i] === c.toLowerCase()) return false;
  }
  return true;
}
