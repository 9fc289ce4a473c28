// A real LSP client over stdio for the bench (the approach of test/protocol/lspClient.ts, in
// plain ESM): spawns dist/server.js, answers workspace/configuration with the bench's
// settings, and resolves waits on published diagnostics by document version.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import lsp from 'vscode-languageserver-protocol/node';
import { SERVER } from './common.mjs';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = lsp;

export const fileUri = (p) => pathToFileURL(p).href;

export class LspSession {
  /** Milliseconds from spawn to the initialize response. */
  readyMs = 0;
  stderr = '';
  #waiters = [];
  #published = new Map();

  /** `nodeArgs` go to the server's node (the bench passes none; --cpu-prof when profiling by hand). */
  static async start(workspace, settings, nodeArgs = []) {
    const s = new LspSession();
    const started = performance.now();
    s.startedAt = started;
    s.child = spawn(process.execPath, [...nodeArgs, process.env.BENCH_SERVER ?? SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    s.child.stderr.on('data', (d) => (s.stderr = (s.stderr + d).slice(-4000)));
    s.connection = createProtocolConnection(new StreamMessageReader(s.child.stdout), new StreamMessageWriter(s.child.stdin));
    s.connection.onNotification('textDocument/publishDiagnostics', (p) => s.#onDiagnostics(p));
    s.connection.onUnhandledNotification(() => {});
    s.connection.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
    s.connection.onRequest('client/registerCapability', () => null);
    s.connection.onRequest('window/workDoneProgress/create', () => null);
    s.connection.listen();
    s.initializeResult = await s.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: fileUri(workspace),
      workspaceFolders: [{ uri: fileUri(workspace), name: path.basename(workspace) }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: { completion: { completionItem: { snippetSupport: false } }, publishDiagnostics: { versionSupport: true } },
      },
    });
    s.readyMs = performance.now() - started;
    await s.connection.sendNotification('initialized', {});
    return s;
  }

  #onDiagnostics(p) {
    this.#published.set(p.uri, p);
    this.#waiters = this.#waiters.filter((w) => !w(p));
  }

  /**
   * Resolves with the diagnostics published for exactly this version of the document (and,
   * with `predicate`, the first such publication that satisfies it).
   */
  diagnosticsFor(uri, version, predicate = () => true, timeoutMs = 120_000) {
    const fits = (p) => p.uri === uri && p.version === version && predicate(p.diagnostics);
    const got = this.#published.get(uri);
    if (got && fits(got)) return Promise.resolve(got);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms; server said: ${this.stderr}`)), timeoutMs);
      this.#waiters.push((p) => {
        if (!fits(p)) return false;
        clearTimeout(timer);
        resolve(p);
        return true;
      });
    });
  }

  open(uri, text, languageId = 'markdown') {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri, version, contentChanges) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  /** Peak and current resident memory of the server process (kB), from /proc. */
  memory() {
    try {
      const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
      return { vmHwmKb: kb('VmHWM'), vmRssKb: kb('VmRSS') };
    } catch {
      return { vmHwmKb: NaN, vmRssKb: NaN };
    }
  }

  async stop() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise((r) => {
      if (this.child.exitCode !== null) return r();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        r();
      }, 3000);
      this.child.on('exit', () => {
        clearTimeout(timer);
        r();
      });
    });
    this.connection.dispose();
  }
}

/** Offsets <-> LSP positions for text with \n line ends (the corpora), kept by the client. */
export class Lines {
  constructor(text) {
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}
