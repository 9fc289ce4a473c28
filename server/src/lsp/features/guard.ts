// Every handler runs behind a guard: a draft that makes a handler throw gets logged and an
// empty answer, and never crashes the server (a crash would repeat on every restart).

import type { Connection } from 'vscode-languageserver';

export function guard<P extends unknown[], R>(connection: Connection, name: string, fallback: R, fn: (...args: P) => R): (...args: P) => R {
  return (...args: P) => {
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
