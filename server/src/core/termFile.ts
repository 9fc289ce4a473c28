// Parses and validates one term file (YAML or JSON) against the published JSON Schema.
// Every problem comes back with a 1-based line and column in that file.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import schema from '../../data/policy-terms.schema.json';
import type { SeveritySetting, VariantKind, Lang } from './types';

export interface TermFileProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface RawVariant { form: string; kind: VariantKind; lang?: Lang; note?: string }
export interface RawTerm {
  id: string;
  en?: string;
  zh?: string;
  area?: string;
  definition?: string;
  source?: { document: string; paragraph: number; sentence: string };
  variants?: RawVariant[];
}
export interface TermFileData {
  version?: 1;
  areas?: { id: string; name: string; nameZh?: string; description?: string }[];
  sources?: { id: string; title: string; path: string; published?: string }[];
  terms?: RawTerm[];
  disable?: string[];
  ignore?: string[];
  rules?: Record<string, SeveritySetting>;
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
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: true, uniqueKeys: true });
  const at = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const locate = (path: readonly PathSegment[]) => at(offsetOf(doc, path));
  const problems: TermFileProblem[] = doc.errors.map((e) => ({ file: name, ...at(e.pos[0]), message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') }));
  if (problems.length > 0) return { name, problems, locate };

  const data: unknown = doc.toJS();
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

export function describePath(path: readonly PathSegment[]): string {
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
