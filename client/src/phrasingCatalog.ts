// The official phrasings as the server last loaded them. The view, the search and the
// insert command share one copy, fetched on first use and dropped when the term base reloads.
import * as vscode from 'vscode';
import type { PhrasingServer } from './phrasingServer';
import { DescribePhrasingRequest, PhrasingsRequest, type PhrasingDescription, type PhrasingInfo, type PhrasingsResult } from './protocol';

export class PhrasingCatalog implements vscode.Disposable {
  private pending: Promise<PhrasingsResult> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the cached list is stale: the term base reloaded or the user asked to refresh. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly server: PhrasingServer) {}

  phrasings(): Promise<PhrasingsResult> {
    if (!this.pending) {
      const request = this.server.client.sendRequest(PhrasingsRequest).then((r) => r ?? { areas: [], phrasings: [] });
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

  /** What the server says about a phrasing (the hover's text), in the interface language. */
  describe(id: string): Promise<PhrasingDescription | null> {
    return this.server.client.sendRequest(DescribePhrasingRequest, { id });
  }

  invalidate(): void {
    this.pending = undefined;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
