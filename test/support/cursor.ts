// The cursor marker of css-languageservice's tests: "Build the Chengdu-Ch|" puts the
// cursor where the bar stands.

import * as assert from 'node:assert/strict';
import { PhrasingCompleter, type CompletionResult } from '../../server/src/core/completion';
import { builtinIndex } from './termBase';

export function atCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, `no cursor marker "|" in ${JSON.stringify(marked)}`);
  assert.equal(marked.indexOf('|', offset + 1), -1, 'more than one cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

let completer: PhrasingCompleter | undefined;

export interface Completed {
  result: CompletionResult | undefined;
  /** What the completion replaces: the typed text from result.start to the cursor. */
  typed: string | undefined;
  /** The offered official forms, in order. */
  texts: string[];
}

/** Completion at the marker, against the built-in term base. */
export function complete(marked: string, explicit = false): Completed {
  completer ??= new PhrasingCompleter(builtinIndex());
  const { text, offset } = atCursor(marked);
  const result = completer.complete(text, offset, explicit);
  return { result, typed: result && text.slice(result.start, offset), texts: result ? result.offers.map((o) => o.text) : [] };
}
