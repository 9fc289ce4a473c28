// Every handler runs behind a guard: a draft that makes a handler throw gets logged and an
// empty answer, and never crashes the server (a crash would repeat on every restart).

import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

/** Where a connection is in the LSP lifecycle: requests come only between initialize and shutdown. */
const lifecycle = new WeakMap<Connection, 'initialized' | 'shut down'>();

export function markLifecycle(connection: Connection, state: 'initialized' | 'shut down'): void {
  lifecycle.set(connection, state);
}

/** `request`: a handler that answers the client, which the lifecycle rules apply to (not a timer's work). */
export function guard<P extends unknown[], R>(connection: Connection, name: string, fallback: R, fn: (...args: P) => R, request = true): (...args: P) => R {
  return (...args: P) => {
    const state = request ? lifecycle.get(connection) : 'initialized';
    if (state === undefined) throw new ResponseError(ErrorCodes.ServerNotInitialized, `${name}: the server is not initialized`);
    if (state === 'shut down') throw new ResponseError(ErrorCodes.InvalidRequest, `${name}: the server is shutting down`);
    try {
      const result = fn(...args);
      if (result instanceof Promise) {
        return result.catch((e: unknown) => {
          connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
          return fallback;
        }) as R;
      }
      return result;
    } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}
