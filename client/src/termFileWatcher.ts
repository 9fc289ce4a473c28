// One file watcher for every term file: the team's .policy-terms files anywhere in the
// workspace, and the files named in `policyPhrasing.termFiles`. The language client
// subscribes to a watcher once, when it starts; this one rebuilds its inner watchers when
// the setting or the workspace folders change, so the client never has to restart.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TERM_FILE_GLOB } from './servedDocuments';

export class TermFileWatcher implements vscode.FileSystemWatcher {
  readonly ignoreCreateEvents = false;
  readonly ignoreChangeEvents = false;
  readonly ignoreDeleteEvents = false;

  private readonly created = new vscode.EventEmitter<vscode.Uri>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly deleted = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidCreate = this.created.event;
  readonly onDidChange = this.changed.event;
  readonly onDidDelete = this.deleted.event;

  private watchers: vscode.FileSystemWatcher[] = [];
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('policyPhrasing.termFiles')) this.rewatch();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rewatch()),
    ];
    this.rewatch();
  }

  private rewatch(): void {
    this.disposeWatchers();
    const patterns: vscode.GlobPattern[] = [TERM_FILE_GLOB, ...configuredTermFilePatterns()];
    for (const pattern of patterns) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate((uri) => this.created.fire(uri));
      watcher.onDidChange((uri) => this.changed.fire(uri));
      watcher.onDidDelete((uri) => this.deleted.fire(uri));
      this.watchers.push(watcher);
    }
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  dispose(): void {
    this.disposeWatchers();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.created.dispose();
    this.changed.dispose();
    this.deleted.dispose();
  }
}

/**
 * `policyPhrasing.termFiles` is a resource setting: each workspace folder may name its own
 * files, relative to that folder. Absolute paths are watched where they are.
 */
function configuredTermFilePatterns(): vscode.RelativePattern[] {
  const patterns: vscode.RelativePattern[] = [];
  const watchPath = (file: string, folder?: vscode.WorkspaceFolder): void => {
    if (path.isAbsolute(file)) {
      patterns.push(new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)));
    } else if (folder) {
      patterns.push(new vscode.RelativePattern(folder, file.replace(/\\/g, '/').replace(/^\.\//, '')));
    }
  };
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    for (const file of termFilesSetting()) watchPath(file);
  }
  for (const folder of folders) {
    for (const file of termFilesSetting(folder)) watchPath(file, folder);
  }
  return patterns;
}

function termFilesSetting(folder?: vscode.WorkspaceFolder): string[] {
  const files = vscode.workspace.getConfiguration('policyPhrasing', folder).get<unknown>('termFiles');
  return Array.isArray(files) ? files.filter((file): file is string => typeof file === 'string' && file !== '') : [];
}
