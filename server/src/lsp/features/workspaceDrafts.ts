// Every draft of the workspace, open or not (draftFiles.ts decides which files are drafts):
// open ones with their unsaved text.
// Yields to the event loop between files so cancellation and other requests get through.

import { draftFilesIn, extensionsOf } from '../../node/draftFiles';
import { readDraft } from '../../node/drafts';
import { pathToUri, uriToPath, type ServerContext } from '../context';

function workspaceDraftUris(ctx: ServerContext): string[] {
  const uris = new Set<string>();
  // The drafts of the languages the editor serves, found as `policy-lint <folder>` finds them.
  const extensions = extensionsOf(ctx.settings.languages);
  for (const folder of ctx.folders) {
    for (const f of draftFilesIn(folder, extensions)) {
      const uri = pathToUri(f);
      if (ctx.isDraft(uri)) uris.add(uri);
    }
  }
  for (const d of ctx.documents.all()) if (ctx.isDraft(d.uri)) uris.add(d.uri);
  return [...uris].sort();
}

/** Calls back with each draft's text; unreadable, binary and non-UTF-8 files are logged and skipped. */
export async function forEachDraft(
  ctx: ServerContext,
  token: { readonly isCancellationRequested: boolean } | undefined,
  visit: (uri: string, text: string, version: number | undefined, open: boolean) => void,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  const uris = workspaceDraftUris(ctx);
  let done = 0;
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const open = ctx.documents.get(uri);
    if (open) visit(uri, open.getText(), open.version, true);
    else {
      const file = uriToPath(uri);
      const read = file ? readDraft(file) : { ok: false as const, reason: 'not a file' };
      if (read.ok) visit(uri, read.text, undefined, false);
      else ctx.connection.console.info(`skipped ${uri}: ${read.reason}`);
    }
    done++;
    onProgress?.(done, uris.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return done;
}
