// Typed settings, one source of truth: the client's package.json declares the same keys
// under "policyPhrasing". Read per request through the cache, cleared on change.

import { RULE_IDS, SEVERITY_SETTINGS, type RuleId, type SeveritySetting } from '../core/types';
import { DEFAULT_DRAFT_LANGUAGES } from '../protocol';

export interface Settings {
  /** Language ids served; the client uses it for its document selector. */
  languages: string[];
  severity: Partial<Record<RuleId, SeveritySetting>>;
  /** Extra term files: absolute, or relative to the first workspace folder. */
  termFiles: string[];
  /** The term files named in the user's own settings (the client says which): the only ones read from outside the workspace. */
  userTermFiles: string[];
  fuzzy: { enabled: boolean; maxEdits: number };
  /** Milliseconds to wait after an edit before diagnostics are computed. */
  diagnosticsDelay: number;
  /** Language of messages and hovers: 'auto' follows the editor's display language. */
  language: 'auto' | 'en' | 'zh-cn';
}

export const DEFAULT_SETTINGS: Settings = {
  languages: [...DEFAULT_DRAFT_LANGUAGES],
  severity: {},
  termFiles: [],
  userTermFiles: [],
  fuzzy: { enabled: true, maxEdits: 2 },
  // Edits that follow one another within this many ms are checked once (see diagnostics.ts).
  diagnosticsDelay: 10,
  language: 'auto',
};

/** Fills what the client left out and clamps what is out of range. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings> & { fuzzy?: Partial<Settings['fuzzy']> };
  const maxEdits = Number(r.fuzzy?.maxEdits ?? DEFAULT_SETTINGS.fuzzy.maxEdits);
  const delay = Number(r.diagnosticsDelay ?? DEFAULT_SETTINGS.diagnosticsDelay);
  return {
    languages: strings(r.languages) ?? DEFAULT_SETTINGS.languages,
    // Only known rules and known severities: anything else falls back to the term files' own.
    severity: Object.fromEntries(Object.entries(r.severity && typeof r.severity === 'object' ? r.severity : {})
      .filter(([rule, value]) => (RULE_IDS as readonly string[]).includes(rule) && (SEVERITY_SETTINGS as readonly string[]).includes(String(value)))),
    termFiles: strings(r.termFiles) ?? [],
    userTermFiles: strings(r.userTermFiles) ?? [],
    fuzzy: {
      enabled: r.fuzzy?.enabled !== false,
      maxEdits: Number.isFinite(maxEdits) ? Math.max(1, Math.min(2, Math.round(maxEdits))) : 2,
    },
    diagnosticsDelay: Number.isFinite(delay) ? Math.max(0, Math.min(2000, delay)) : DEFAULT_SETTINGS.diagnosticsDelay,
    language: r.language === 'en' || r.language === 'zh-cn' ? r.language : 'auto',
  };
}

/** The non-empty strings of a list setting, or undefined when it is no list (the default applies). */
function strings(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}
