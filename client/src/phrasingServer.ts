// The Policy Phrasing language server (dist/server.js, over stdio) and the client that
// talks to it. A language client whose start failed cannot start again, and its document
// selector is fixed when it starts, so a restart always replaces the client: that is how
// "Restart Server" recovers from a failed start and how a change of
// `policyPhrasing.languages` takes effect.
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { TermBaseStatusNotification, type TermBaseStatus } from './protocol';
import { servedDocumentSelector } from './servedDocuments';
import type { TermFileWatcher } from './termFileWatcher';

export class PhrasingServer implements vscode.Disposable {
  private current: LanguageClient;
  private clientSubscriptions: vscode.Disposable[] = [];
  private restarting: Promise<void> = Promise.resolve();
  private readonly subscriptions: vscode.Disposable[];

  private readonly termBaseLoaded = new vscode.EventEmitter<TermBaseStatus>();
  /** The server (re)loaded its term base. */
  readonly onDidLoadTermBase = this.termBaseLoaded.event;
  private running = false;
  private readonly runningChanged = new vscode.EventEmitter<boolean>();
  /** True once the server is up (or coming up), false when it stopped or failed to start. */
  readonly onDidChangeRunning = this.runningChanged.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly log: vscode.LogOutputChannel,
    private readonly termFiles: TermFileWatcher,
  ) {
    this.current = this.createClient();
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('policyPhrasing.languages')) void this.restart().catch(() => undefined);
      }),
    ];
  }

  get client(): LanguageClient {
    return this.current;
  }

  start(): Promise<void> {
    return this.current.start();
  }

  /** Replaces the client with a fresh one; restarts requested meanwhile run one after another. */
  restart(): Promise<void> {
    const next = this.restarting.then(async () => {
      await this.retire(this.current);
      this.current = this.createClient();
      await this.current.start();
    });
    this.restarting = next.catch(() => undefined);
    return next;
  }

  async stop(): Promise<void> {
    await this.retire(this.current);
  }

  dispose(): void {
    for (const subscription of [...this.subscriptions, ...this.clientSubscriptions]) subscription.dispose();
    this.termBaseLoaded.dispose();
    this.runningChanged.dispose();
  }

  private createClient(): LanguageClient {
    const server = { module: this.context.asAbsolutePath('dist/server.js'), transport: TransportKind.stdio };
    const serverOptions: ServerOptions = { run: server, debug: server };
    const clientOptions: LanguageClientOptions = {
      documentSelector: servedDocumentSelector(),
      synchronize: { fileEvents: this.termFiles, configurationSection: 'policyPhrasing' },
      middleware: {
        workspace: {
          // The server reads term files outside the workspace only when the user named them in
          // their own settings: a workspace's settings must not make it read (and quote back)
          // any file the user can read.
          configuration: async (params, token, next) => {
            const result = await next(params, token);
            if (!Array.isArray(result)) return result;
            const userTermFiles = vscode.workspace.getConfiguration('policyPhrasing').inspect<string[]>('termFiles')?.globalValue ?? [];
            return result.map((value: unknown, i) =>
              params.items[i]?.section === 'policyPhrasing' && value && typeof value === 'object' ? { ...value, userTermFiles } : value);
          },
        },
      },
      outputChannel: this.log,
    };
    const client = new LanguageClient('policyPhrasing', 'Policy Phrasing', serverOptions, clientOptions);
    this.clientSubscriptions = [
      client.onNotification(TermBaseStatusNotification, (status) => this.termBaseLoaded.fire(status)),
      client.onDidChangeState(({ newState }) => this.setRunning(newState === State.Running || newState === State.Starting)),
    ];
    return client;
  }

  private async retire(client: LanguageClient): Promise<void> {
    for (const subscription of this.clientSubscriptions) subscription.dispose();
    this.clientSubscriptions = [];
    try {
      // Stops the server process if it runs; a client that never started has nothing to stop.
      if (client.state !== State.Stopped) await client.dispose();
    } catch (error) {
      this.log.debug('Stopping the previous client', error);
    }
    this.setRunning(false);
  }

  private setRunning(running: boolean): void {
    if (running === this.running) return;
    this.running = running;
    this.runningChanged.fire(running);
  }
}
