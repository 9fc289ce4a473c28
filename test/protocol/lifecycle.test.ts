// Protocol hygiene: a request before initialize gets ServerNotInitialized, a request after
// shutdown gets InvalidRequest; a hover in between answers normally.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, ErrorCodes, type ResponseError } from 'vscode-languageserver-protocol/node';
import { SERVER } from './lspClient';
import { testEnv } from '../support/isolatedCache';

test('requests before initialize and after shutdown get the LSP errors', async () => {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: testEnv() });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  const hover = () => connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.md' }, position: { line: 0, character: 0 } });
  try {
    await assert.rejects(hover(), (e: ResponseError<unknown>) => e.code === ErrorCodes.ServerNotInitialized);
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification('initialized', {});
    assert.equal(await hover(), null);
    await connection.sendRequest('shutdown');
    await assert.rejects(hover(), (e: ResponseError<unknown>) => e.code === ErrorCodes.InvalidRequest);
  } finally {
    connection.dispose();
    child.kill();
  }
});
