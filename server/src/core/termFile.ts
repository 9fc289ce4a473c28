// Parses and validates one term file (YAML or JSON) against the published JSON Schema.
// Every problem comes back with a 1-based line and column in that file.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import schema from '../../data/policy-terms.schema.json';
import { duplicateJsonKeys } from './jsonKeys';
import { parseTbx } from './tbx';
import type { Lang, SeveritySetting, SpellingChoice, VariantKind, VariantStatus } from './types';

export interface TermFileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface RawVariant {
  form: string; kind: VariantKind; lang?: Lang; note?: string;
  status?: VariantStatus; replaced?: string; notAfter?: string[]; notBefore?: string[];
}
export interface RawTerm {
  id: string;
  en?: string;
  zh?: string;
  area?: string;
  definition?: string;
  definitionZh?: string;
  source?: { document: string; paragraph: number; sentence: string };
  variants?: RawVariant[];
  removeVariants?: string[];
}
export interface TermFileData {
  version?: 1;
  areas?: { id: string; name: string; nameZh?: string; description?: string }[];
  sources?: { id: string; title: string; path: string; published?: string }[];
  terms?: RawTerm[];
  disable?: string[];
  ignore?: string[];
  rules?: Record<string, SeveritySetting>;
  names?: string[];
  spelling?: SpellingChoice;
  profile?: 'default' | 'strict';
}

export type PathSegment = string | number;

export interface TermFile {
  name: string;
  /** Undefined when the file could not be read as a term file at all. */
  data?: TermFileData;
  problems: TermFileProblem[];
  /** Position of the node at a path, such as ['terms', 3, 'area']; falls back to the nearest parent. */
  locate(path: readonly PathSegment[]): { line: number; column: number };
}

let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(data) ? [] : (validator.errors ?? []);
}

export function parseTermFile(name: string, text: string): TermFile {
  const source = text.replace(/^\uFEFF/, '');
  // Two parsers: js-yaml reads a well-formed file fast (a 10,000-entry team file in a
  // fraction of the time), and yaml, which keeps source ranges, is asked only where a
  // problem needs its line and column.
  let ranged: { doc: Document; lineCounter: LineCounter } | undefined;
  const withRanges = () => {
    if (!ranged) {
      const lineCounter = new LineCounter();
      ranged = { doc: parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true }), lineCounter };
    }
    return ranged;
  };
  const at = (offset: number) => {
    const p = withRanges().lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const locate = (path: readonly PathSegment[]) => at(offsetOf(withRanges().doc, path));

  let data: unknown;
  if (name.toLowerCase().endsWith('.tbx')) {
    try {
      data = parseTbx(source);
    } catch (e) {
      return { name, problems: [{ file: name, line: 1, column: 1, message: `cannot read TBX: ${(e as Error).message}` }], locate: () => ({ line: 1, column: 1 }) };
    }
    const problems = validate(data).map((error) => ({ file: name, line: 1, column: 1, message: `${error.instancePath || '(file)'}: ${error.message ?? 'is invalid'}` }));
    return { name, data: problems.length ? undefined : (data as TermFileData), problems, locate: () => ({ line: 1, column: 1 }) };
  }
  try {
    // JSON is YAML too, but JSON.parse reads it several times faster.
    // Anchors and aliases can expand a small file into a huge one ("billion laughs"): such a
    // file is read by `yaml`, which caps alias expansion, and refused past the cap.
    if (name.endsWith('.json')) data = JSON.parse(source);
    else if (/(^|[\s[{,])[&*][^\s,\]}]/m.test(source)) {
      const { doc } = withRanges();
      if (doc.errors.length) throw doc.errors[0];
      data = doc.toJS({ maxAliasCount: 100 });
    } else data = loadYaml(source, { schema: CORE_SCHEMA, filename: name });
  } catch {
    // js-yaml is stricter in corners (an empty file); yaml has the last word and the positions.
    const { doc } = withRanges();
    if (doc.errors.length === 0) {
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        return { name, problems: [{ file: name, line: 1, column: 1, message: `refused: ${(e as Error).message} (YAML aliases expand too far)` }], locate };
      }
    } else {
      const problems = doc.errors.map((err) => ({
        file: name, ...at(err.pos[0]), message: err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      }));
      return { name, problems, locate };
    }
  }
  const problems: TermFileProblem[] = [];
  if (name.endsWith('.json')) {
    for (const d of duplicateJsonKeys(source)) problems.push({ file: name, ...at(d.offset), message: `duplicate key "${d.key}": JSON would keep only the last one` });
    if (problems.length) return { name, problems, locate };
  }
  if (data === null || data === undefined) return { name, data: {}, problems, locate };
  for (const error of validate(data)) {
    const path = error.instancePath.split('/').slice(1).map(decodeSegment);
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty);
      path.push(key);
      message = `unknown property "${key}"`;
    } else if (error.keyword === 'enum') {
      message = `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    } else if (error.keyword === 'required') {
      message = `missing required property "${String(error.params.missingProperty)}"`;
    }
    problems.push({ file: name, ...locate(path), message: `${describePath(path)}: ${message}` });
  }
  return { name, data: problems.length ? undefined : (data as TermFileData), problems, locate };
}

function decodeSegment(s: string): PathSegment {
  const text = s.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(text) ? Number(text) : text;
}

function describePath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out || '(file)';
}

function offsetOf(doc: Document, path: readonly PathSegment[]): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      // Point at the key, where the eye looks for a property.
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === seg);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
      continue;
    }
    const items = (node as { items?: unknown[] } | null)?.items;
    if (!Array.isArray(items) || typeof seg !== 'number' || !items[seg]) break;
    node = items[seg];
    offset = (node as Node).range?.[0] ?? offset;
  }
  return offset;
}
