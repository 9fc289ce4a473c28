// "Add to the team's ignore list": adds the phrase to the workspace's .policy-terms.yaml
// (created when missing) through workspace/applyEdit, so the editor shows and undoes it.
// The yaml library keeps the file's comments and layout.

import * as path from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { DATA_CAP, readBounded } from '../../node/boundedRead';
import { TEAM_TERM_FILE_NAMES } from '../../node/termFiles';
import { teamFileOf } from '../termBaseLoader';
import { pathToUri, uriToPath, type ServerContext } from '../context';
import { guard } from './guard';

import { ADD_TO_IGNORE_LIST_COMMAND } from '../../protocol';

export function registerIgnoreList(ctx: ServerContext): void {
  ctx.connection.onExecuteCommand(guard(ctx.connection, 'executeCommand', null, async (params) => {
    if (params.command !== ADD_TO_IGNORE_LIST_COMMAND) return null;
    const phrase = String(params.arguments?.[0] ?? '').trim();
    // The draft's team file, found as for its term base (the nearest up to its workspace
    // folder, never a link out of it); else a new one at the root of the draft's folder.
    const draft = typeof params.arguments?.[1] === 'string' ? uriToPath(params.arguments[1]) : undefined;
    const { folder, file: existing } = teamFileOf(draft === undefined ? undefined : path.dirname(draft), ctx.folders);
    if (!phrase || !folder) {
      void ctx.connection.window.showWarningMessage('Open a workspace folder to keep a team ignore list.');
      return null;
    }
    const file = existing ?? path.join(folder, TEAM_TERM_FILE_NAMES[0]);
    const uri = pathToUri(file);
    const read = existing === undefined ? undefined : readBounded(existing, DATA_CAP);
    if (read && !read.ok) {
      void ctx.connection.window.showErrorMessage(`${path.basename(file)}: ${read.reason}`);
      return null;
    }
    const before = ctx.documents.get(uri)?.getText() ?? read?.bytes.toString('utf8') ?? '';
    const after = withIgnoredPhrase(before, phrase, file.endsWith('.json'));
    if (after === undefined) {
      void ctx.connection.window.showErrorMessage(`${path.basename(file)} has errors; fix them before adding to its ignore list.`);
      return null;
    }
    if (after === before) return null;
    const lines = before.split(/\r\n|\r|\n/);
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    await ctx.connection.workspace.applyEdit({
      label: `Ignore "${phrase}"`,
      edit: {
        documentChanges: [
          ...(existing ? [] : [{ kind: 'create' as const, uri, options: { ignoreIfExists: true } }]),
          { textDocument: { uri, version: ctx.documents.get(uri)?.version ?? null }, edits: [{ range: { start: { line: 0, character: 0 }, end }, newText: after }] },
        ],
      },
    });
    return null;
  }));
}

/**
 * The term file's text with the phrase in its ignore list; undefined when the file does not
 * parse. JSON stays JSON (its indentation kept), YAML stays YAML (comments and layout kept),
 * and the file's line ends are kept.
 */
export function withIgnoredPhrase(text: string, phrase: string, json = false): string | undefined {
  const crlf = /\r\n/.test(text);
  const after = json ? jsonWithPhrase(text, phrase) : yamlWithPhrase(text, phrase);
  if (after === undefined || after === text) return after;
  return crlf ? after.replace(/\r?\n/g, '\r\n') : after;
}

function jsonWithPhrase(text: string, phrase: string): string | undefined {
  let data: { ignore?: unknown } & Record<string, unknown>;
  try {
    data = text.trim() ? JSON.parse(text.replace(/^\uFEFF/, '')) as typeof data : { version: 1 };
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const ignore: unknown[] = Array.isArray(data.ignore) ? data.ignore : [];
  if (ignore.includes(phrase)) return text;
  data.ignore = [...ignore, phrase];
  const indent = /^[ \t]*(?=")/m.exec(text.split(/\r?\n/)[1] ?? '')?.[0] || '  ';
  return JSON.stringify(data, null, indent) + '\n';
}

function yamlWithPhrase(text: string, phrase: string): string | undefined {
  const doc = parseDocument(text || '# Team term file: see the policy-terms schema\nversion: 1\n');
  if (doc.errors.length > 0) return undefined;
  if (!doc.contents) doc.contents = doc.createNode({ version: 1 }) as never;
  const list = doc.get('ignore');
  if (isSeq(list)) {
    if (list.items.some((i) => String((i as { value?: unknown }).value ?? i) === phrase)) return text;
    list.add(phrase);
  } else {
    doc.set('ignore', [phrase]);
  }
  return doc.toString();
}
