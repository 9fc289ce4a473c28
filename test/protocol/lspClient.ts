// A real LSP client over stdio for the protocol tests: spawns the built server
// (dist/server.js), answers the server's requests as an editor would, and records
// what the server publishes so tests can wait for conditions, never for fixed times.
// POLICY_SERVER_MAIN names another server script to spawn instead: npm run coverage
// runs the unbundled tsc output (out/server/src/lsp/main.js).

import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type ProtocolConnection, type Diagnostic, type InitializeResult, type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { testEnv } from '../support/isolatedCache';

export const SERVER = process.env.POLICY_SERVER_MAIN ? path.resolve(process.env.POLICY_SERVER_MAIN) : path.resolve(__dirname, '../../../dist/server.js');

/** A diagnostic's message as text (LSP 3.18 allows markup). */
export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

export class LspClient {
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  readonly appliedEdits: unknown[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly stderr: string[] = [];
  /** Settings a folder overrides (by folder URI), answered when the server asks with that scope. */
  readonly folderSettings = new Map<string, Record<string, unknown>>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  initializeResult!: InitializeResult;

  private constructor(readonly connection: ProtocolConnection, private readonly child: ChildProcess, public settings: Record<string, unknown>) {}

  static async start(workspace: string | string[], settings: Record<string, unknown> = {}, locale?: string): Promise<LspClient> {
    const folders = Array.isArray(workspace) ? workspace : [workspace];
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: testEnv() });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(connection, child, settings);
    child.stderr!.on('data', (d: Buffer) => client.stderr.push(d.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      client.wake();
    });
    connection.onUnhandledNotification((n) => {
      client.notifications.push({ method: n.method, params: n.params });
      client.wake();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) =>
      p.items.map((item) => (item.scopeUri !== undefined && client.folderSettings.get(item.scopeUri)) || client.settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/applyEdit', (p: unknown) => {
      client.appliedEdits.push(p);
      client.wake();
      return { applied: true };
    });
    connection.listen();
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      ...(locale ? { locale } : {}),
      rootUri: folders.length ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { completion: { completionItem: { snippetSupport: false } } },
      },
    }) as InitializeResult;
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((w) => w());
  }

  /** Resolves when `condition` holds after some message arrives; rejects after `timeoutMs` with `what`. */
  async waitFor<T>(what: string, condition: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = condition();
      if (value) return value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; server said: ${this.stderr.join('').slice(-2000)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitForDiagnostics(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, minVersion?: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics for ${uri}`, () => {
      const got = this.diagnostics.get(uri);
      if (!got || (minVersion !== undefined && (got.version ?? -1) < minVersion)) return undefined;
      return predicate(got.diagnostics) ? got.diagnostics : undefined;
    });
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Shutdown and exit, then up to 5 s for the server to end by itself (so that it can write its coverage); killed only after that. */
  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone.
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => { timer = setTimeout(resolve, 5000); })]);
    clearTimeout(timer);
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}
