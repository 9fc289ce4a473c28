// The "Official Phrasings" view: the term base grouped by policy area. Clicking a phrasing
// inserts it at the cursor (in Chinese where the draft is Chinese, see insertPhrasing).
import * as vscode from 'vscode';
import { chineseInterface, onDidChangeInterfaceLanguage, t } from './l10n';
import type { PhrasingCatalog } from './phrasingCatalog';
import type { PhrasingInfo, PhrasingsResult } from './protocol';

const PHRASINGS_VIEW_ID = 'policyPhrasing.phrasings';

interface AreaNode {
  kind: 'area';
  id: string;
  name: string;
  nameZh?: string;
  phrasings: PhrasingInfo[];
}

interface PhrasingNode {
  kind: 'phrasing';
  phrasing: PhrasingInfo;
}

type Node = AreaNode | PhrasingNode;

class PhrasingsTree implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Set by the view once created: where a failed load is explained. */
  view: vscode.TreeView<Node> | undefined;

  constructor(private readonly catalog: PhrasingCatalog) {}

  refresh(): void {
    this.changed.fire();
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'area' ? node.phrasings.map((phrasing) => ({ kind: 'phrasing', phrasing })) : [];
    try {
      const areas = groupByArea(await this.catalog.phrasings());
      this.setMessage(areas.length === 0 ? t('The term base has no phrasings.') : undefined);
      return areas;
    } catch {
      this.setMessage(t('The Policy Phrasing server is not running. See the "Policy Phrasing" output.'));
      return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'area') {
      // In the Chinese interface the Chinese names lead.
      const zh = chineseInterface() && node.nameZh;
      const item = new vscode.TreeItem(zh ? node.nameZh! : node.name, vscode.TreeItemCollapsibleState.Collapsed);
      const count = `${node.phrasings.length}`;
      item.description = zh ? `${node.name} · ${count}` : node.nameZh ? `${node.nameZh} · ${count}` : count;
      item.iconPath = new vscode.ThemeIcon('folder-library');
      item.contextValue = 'policyArea';
      return item;
    }
    const { phrasing } = node;
    const zh = chineseInterface() && phrasing.zh;
    const item = new vscode.TreeItem(zh ? phrasing.zh! : phrasing.en, vscode.TreeItemCollapsibleState.None);
    item.description = zh ? phrasing.en : phrasing.zh;
    item.iconPath = new vscode.ThemeIcon('quote');
    item.contextValue = 'phrasing';
    item.command = {
      command: 'policyPhrasing.insertPhrasing',
      title: t('Insert Phrasing'),
      arguments: [phrasing.id],
    };
    return item;
  }

  /** The tooltip is what the server says about the phrasing (its hover), asked for when shown. */
  async resolveTreeItem(item: vscode.TreeItem, node: Node): Promise<vscode.TreeItem> {
    if (node.kind === 'phrasing' && !item.tooltip) {
      const described = await this.catalog.describe(node.phrasing.id).catch(() => null);
      if (described) item.tooltip = new vscode.MarkdownString(described.markdown);
    }
    return item;
  }

  private setMessage(message: string | undefined): void {
    if (this.view) this.view.message = message;
  }
}

/** Areas in the term base's order; phrasings whose area is not listed get a group of their own. */
function groupByArea({ areas, phrasings }: PhrasingsResult): AreaNode[] {
  const groups = new Map<string, AreaNode>(
    areas.map((area) => [area.id, { kind: 'area', id: area.id, name: area.name, nameZh: area.nameZh, phrasings: [] }]),
  );
  for (const phrasing of phrasings) {
    let group = groups.get(phrasing.area);
    if (!group) {
      group = { kind: 'area', id: phrasing.area, name: phrasing.areaName, phrasings: [] };
      groups.set(phrasing.area, group);
    }
    group.phrasings.push(phrasing);
  }
  return [...groups.values()].filter((group) => group.phrasings.length > 0);
}

export function registerPhrasingsView(catalog: PhrasingCatalog): vscode.Disposable {
  const tree = new PhrasingsTree(catalog);
  const view = vscode.window.createTreeView(PHRASINGS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.view = view;
  return vscode.Disposable.from(view, catalog.onDidChange(() => tree.refresh()),
    onDidChangeInterfaceLanguage(() => tree.refresh()));
}
