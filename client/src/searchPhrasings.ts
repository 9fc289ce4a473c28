// "Search Official Phrasings": a quick pick over the whole term base that inserts the
// chosen phrasing at the cursor. VS Code's own filter matches the English form (label),
// the Chinese form (description) and the policy area and definition (detail).
import * as vscode from 'vscode';
import { t } from './l10n';
import type { PhrasingCatalog } from './phrasingCatalog';
import { insertPhrasing } from './insertPhrasing';
import type { PhrasingInfo } from './protocol';

interface PhrasingItem extends vscode.QuickPickItem {
  phrasing: PhrasingInfo;
}

const TITLE = () => t('Search Official Phrasings');
const CHINESE_OFF: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('globe'),
  tooltip: 'Insert the Chinese form (中文) — now: English, or Chinese after Chinese text',
};
const CHINESE_ON: vscode.QuickInputButton = {
  iconPath: new vscode.ThemeIcon('check'),
  tooltip: 'Inserting the Chinese form (中文) — click to follow the draft again',
};

export async function searchPhrasings(catalog: PhrasingCatalog): Promise<void> {
  const quickPick = vscode.window.createQuickPick<PhrasingItem>();
  quickPick.placeholder = t('Type an official phrasing, in English or Chinese, or a policy area');
  quickPick.matchOnDescription = true;
  quickPick.matchOnDetail = true;

  // The toggle only chooses the language; without it the text before the cursor decides.
  let chinese = false;
  const showToggle = (): void => {
    quickPick.buttons = [chinese ? CHINESE_ON : CHINESE_OFF];
    quickPick.title = chinese ? `${TITLE()} — 中文` : TITLE();
  };
  showToggle();

  let picked: PhrasingInfo | undefined;
  const closed = new Promise<void>((resolve) => {
    quickPick.onDidTriggerButton(() => {
      chinese = !chinese;
      showToggle();
    });
    quickPick.onDidAccept(() => {
      picked = quickPick.selectedItems[0]?.phrasing;
      quickPick.hide();
    });
    quickPick.onDidHide(() => {
      quickPick.dispose();
      resolve();
    });
  });

  quickPick.busy = true;
  quickPick.show();
  try {
    const { phrasings } = await catalog.phrasings();
    quickPick.items = phrasings.map(toItem);
    quickPick.busy = false;
  } catch (error) {
    quickPick.hide();
    throw error;
  }
  await closed;
  if (picked) await insertPhrasing(picked, chinese ? 'zh' : undefined);
}

function toItem(phrasing: PhrasingInfo): PhrasingItem {
  const detail = phrasing.definition ? `${phrasing.areaName} — ${phrasing.definition}` : phrasing.areaName;
  return { label: phrasing.en, description: phrasing.zh, detail, phrasing };
}
