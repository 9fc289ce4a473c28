// Command-line arguments of policy-lint. Any usage error becomes one line and exit code 2.

import { parseArgs } from 'node:util';

import { localeOf, type Locale } from '../core/messages';
import { DRAFT_CAP } from '../node/boundedRead';
import { DEFAULT_DRAFT_EXTENSIONS } from '../node/draftFiles';

type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'junit';
const FORMATS: readonly Format[] = ['stylish', 'json', 'sarif', 'github', 'junit'];
type ExportFormat = 'prh' | 'vale' | 'json' | 'tbx' | 'rime';

export interface CliOptions {
  paths: string[];
  format: Format;
  fix: boolean;
  terms: string[];
  teamTerms: boolean;
  maxWarnings?: number;
  fuzzy: boolean;
  /** Language of messages: en (default) or zh. */
  lang: Locale;
  /** Largest draft read, in bytes. */
  maxFileSize: number;
  candidates: boolean;
  exportFormat?: ExportFormat;
  extensions: string[];
  stdinFilename?: string;
  /** Worker threads: 'auto' (when the drafts are large enough to pay for them), 'off', or a number. */
  concurrency: string;
  /** Keep checked team term files between runs (default true). */
  cache: boolean;
  cacheDir?: string;
  quiet: boolean;
  color: boolean;
  help: boolean;
  version: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: policy-lint [options] [file|folder|glob|-]...

Checks drafts against the official phrasings of the Chongqing Municipal Economic Work
Conference (and a team's own term files). Folders are searched recursively for
.md, .markdown and .txt files; "-" reads standard input. Without paths: the current folder.

Options:
  -f, --format <name>                output format: stylish (default), json (ESLint's), sarif,
                                     github (Actions annotations) or junit (XML test report)
      --fix                          rewrite files in place with every certain fix
  -t, --terms <file>                 a term file (YAML, JSON or TBX) on top of the built-in and the team's; repeatable
      --no-team-terms                do not pick up .policy-terms.yaml from the folder tree
      --max-warnings <n>             exit 1 only when warnings exceed n (errors always fail; info and hint never do)
      --no-fuzzy                     do not look for drift by similarity (misspellings, near misses)
      --lang <en|zh>                 language of the messages (default: en)
      --max-file-size <MB>           skip drafts larger than this, with a notice (default: 64)
      --ext <list>                   extensions to lint in folders (default: md,markdown,txt)
      --stdin-filename <name>        the file name to report for standard input
      --concurrency <n|auto|off>     lint a folder on n worker threads; auto (the default) uses half the cores
                                     once the drafts hold 4 MB or more (never with --fix or standard input)
      --no-cache                     parse team term files every run (by default a checked file is kept in
                                     the cache folder: POLICY_LINT_CACHE_DIR, else ~/.cache/policy-lint on
                                     Linux, ~/Library/Caches/policy-lint on macOS, %LOCALAPPDATA%\\policy-lint\\Cache)
      --cache-dir <folder>           keep checked term files in this folder instead
      --candidates                   list phrases of the given source documents missing from the term base
      --export <prh|vale|json|tbx|rime>  print the term base as a prh dictionary, Vale substitution rule, JSON,
                                     TBX-Basic, or a Rime custom_phrase.txt (pinyin input method)
  -q, --quiet                        report errors only
      --no-color                     plain output
  -h, --help                         this help
  -v, --version                      the version

Exit codes: 0 clean, 1 findings, 2 usage or configuration error.`;

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv, isTty: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        terms: { type: 'string', short: 't', multiple: true },
        'no-team-terms': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        'no-fuzzy': { type: 'boolean' },
        lang: { type: 'string' },
        'max-file-size': { type: 'string' },
        ext: { type: 'string' },
        'stdin-filename': { type: 'string' },
        concurrency: { type: 'string' },
        'no-cache': { type: 'boolean' },
        'cache-dir': { type: 'string' },
        candidates: { type: 'boolean' },
        export: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'no-color': { type: 'boolean' },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0].replace(/\. To specify a positional.*$/, ''));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${v.format}": use stylish, json, sarif, github or junit`);
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    maxWarnings = Number(v['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number, not "${v['max-warnings']}"`);
  }
  const exportFormat = v.export as ExportFormat | undefined;
  if (exportFormat !== undefined && !['prh', 'vale', 'json', 'tbx', 'rime'].includes(exportFormat)) {
    throw new UsageError(`unknown export format "${exportFormat}": use prh, vale, json, tbx or rime`);
  }
  if (v.fix && v.candidates) throw new UsageError('--fix and --candidates cannot be combined');
  if (v['no-cache'] && v['cache-dir'] !== undefined) throw new UsageError('--no-cache and --cache-dir cannot be combined');
  if (v['cache-dir'] === '') throw new UsageError('--cache-dir needs a folder');
  if (v.lang !== undefined && !/^(en|zh)(-[a-z]+)?$/i.test(v.lang)) throw new UsageError(`unknown language "${v.lang}": use en or zh`);
  const extensions = (v.ext ?? DEFAULT_DRAFT_EXTENSIONS.join(',')).split(',').map((e) => e.trim().replace(/^\./, '')).filter(Boolean);
  if (extensions.length === 0) throw new UsageError('--ext needs at least one extension');
  const noColor = v['no-color'] || env.NO_COLOR !== undefined;
  return {
    paths: parsed.positionals,
    format,
    fix: v.fix ?? false,
    lang: localeOf(v.lang),
    maxFileSize: maxFileSize(v['max-file-size']),
    terms: v.terms ?? [],
    teamTerms: !v['no-team-terms'],
    maxWarnings,
    fuzzy: !v['no-fuzzy'],
    candidates: v.candidates ?? false,
    exportFormat,
    extensions,
    stdinFilename: v['stdin-filename'],
    concurrency: concurrency(v.concurrency),
    cache: !v['no-cache'],
    cacheDir: v['cache-dir'],
    quiet: v.quiet ?? false,
    color: v.color ? true : !noColor && isTty,
    help: v.help ?? false,
    version: v.version ?? false,
  };
}

function maxFileSize(value: string | undefined): number {
  if (value === undefined) return DRAFT_CAP;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-file-size needs a number of megabytes, not "${value}"`);
  return Math.round(mb * 1024 * 1024);
}

function concurrency(value: string | undefined): string {
  if (value === undefined || value === 'auto' || value === 'off') return value ?? 'auto';
  if (!/^[1-9][0-9]?$/.test(value)) throw new UsageError(`--concurrency takes a number of threads, auto or off, not "${value}"`);
  return value;
}
