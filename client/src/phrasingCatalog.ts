// The official phrasings as the server last loaded them. The view, the search and the
// insert command share one copy, fetched on first use and dropped when the term base reloads.
import * as vscode from 'vscode';
import type { PhrasingServer } from './phrasingServer';
import { PhrasingsRequest, type PhrasingInfo, type PhrasingsResult } from './protocol';

export class PhrasingCatalog implements vscode.Disposable {
  private pending: Promise<PhrasingsResult> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the cached list is stale: the term base reloaded or the user asked to refresh. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: PhrasingServer) {}

  phrasings(): Promise<PhrasingsResult> {
    if (!this.pending) {
      const request = this.server.client.sendRequest(PhrasingsRequest);
      this.pending = request;
      // A failed request is not cached: the next caller asks again.
      request.catch(() => {
        if (this.pending === request) this.pending = undefined;
      });
    }
    return this.pending;
  }

  async find(id: string): Promise<PhrasingInfo | undefined> {
    const { phrasings } = await this.phrasings();
    return phrasings.find((phrasing) => phrasing.id === id);
  }

  invalidate(): void {
    this.pending = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
