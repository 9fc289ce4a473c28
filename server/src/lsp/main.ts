#!/usr/bin/env node
// policy-language-server: the Policy Phrasing language server. Speaks LSP over stdio by
// default (--stdio), or over --node-ipc / --socket=PORT when a client asks for it.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

declare const PACKAGE_VERSION: string;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: policy-language-server [--stdio | --node-ipc | --socket=PORT]\n\nThe Policy Phrasing language server (LSP). Standard input/output by default.\n');
} else if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev'}\n`);
} else {
  if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) process.argv.push('--stdio');
  startServer(createConnection(ProposedFeatures.all));
}
