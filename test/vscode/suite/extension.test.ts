// The extension inside VS Code, through the `vscode` API: the providers as VS Code calls
// them (vscode.execute…Provider), the diagnostics VS Code holds, the quick fix applied, and
// the commands run. The workspace is a copy of test/e2e/workspace.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'policy-phrasing.policy-phrasing';
const SOURCE = 'policy-phrasing';
const OFFICIAL = 'Chengdu-Chongqing economic circle';
const NON_STANDARD = 'Chengdu Chongqing economic circle';
const READOUT = 'chongqing-economic-work-conference-2021.txt';
const READOUT_SENTENCE =
  'First, to deepen the development of Chengdu-Chongqing economic circle, we should put forward the major plans, projects, platforms, and policies in an effective way.';

function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

function findings(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

/** Resolves with the draft's findings once `ready` holds for them; fails after `timeout`. */
function waitForFindings(uri: vscode.Uri, ready: (found: vscode.Diagnostic[]) => boolean, what: string, timeout = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const found = findings(uri);
      if (!ready(found)) return;
      done();
      resolve(found);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      done();
      const now = findings(uri).map((diagnostic) => diagnostic.message);
      reject(new Error(`no ${what} after ${timeout} ms; ${uri.path} has ${JSON.stringify(now)}`));
    }, timeout);
    function done(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relative));
  return vscode.window.showTextDocument(document);
}

/** The position `into` characters inside the first occurrence of `text`. */
function positionOf(document: vscode.TextDocument, text: string, into = 0): vscode.Position {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is in ${document.uri.path}`);
  return document.positionAt(offset + into);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('Policy Phrasing in VS Code', () => {
  suiteSetup(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await extension.activate();
  });

  test('every contributed command is registered', async () => {
    const contributed = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string }[] } })
      .contributes.commands.map(({ command }) => command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((command) => !registered.has(command)), []);
  });

  test('an opened draft gets a warning on each non-standard phrase', async () => {
    const { document } = await open('drafts/district-plan.md');
    const found = await waitForFindings(document.uri, (all) => all.length === 2, 'two findings');
    const byText = new Map(found.map((diagnostic) => [document.getText(diagnostic.range), diagnostic]));
    assert.deepEqual([...byText.keys()].sort(), ['Chengdu Chongqing economic circle', 'dual carbon goals']);
    const hyphenation = byText.get(NON_STANDARD)!;
    assert.equal(hyphenation.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(hyphenation.code, 'term-hyphenation');
    assert.match(hyphenation.message, new RegExp(OFFICIAL));
    assert.equal(byText.get('dual carbon goals')!.code, 'non-standard-term');
  });

  test('the Chinese draft gets a warning on 成渝经济圈', async () => {
    const { document } = await open('drafts/work-report.zh.md');
    const [finding] = await waitForFindings(document.uri, (all) => all.length === 1, 'one finding');
    assert.equal(document.getText(finding.range), '成渝经济圈');
    assert.match(finding.message, /成渝地区双城经济圈/);
  });

  test('hover names the official form, its policy area and its definition', async () => {
    const { document } = await open('drafts/district-plan.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, positionOf(document, NON_STANDARD, 3));
    const text = hoverText(hovers);
    assert.match(text, new RegExp(`\\*\\*${OFFICIAL}\\*\\*`));
    assert.match(text, /Policy area: Regional coordination/);
    assert.match(text, /twin-city economic circle/);
  });

  test('completion of "Chengdu-Ch" replaces what was typed with the whole phrasing', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'We will build the Chengdu-Ch' });
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(0).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, end);
    const item = list.items.find((candidate) => labelOf(candidate) === OFFICIAL);
    assert.ok(item, `"${OFFICIAL}" is offered among ${list.items.slice(0, 10).map(labelOf).join(', ')}`);
    const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
    assert.ok(range, 'the item says what it replaces');
    assert.equal(document.getText(range), 'Chengdu-Ch');
    const insert = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? labelOf(item);
    await editor.edit((edit) => edit.replace(range, insert));
    assert.equal(document.getText(), `We will build the ${OFFICIAL}`);
  });

  test('the quick fix replaces the phrase with the official form', async () => {
    const { document } = await open('drafts/district-plan.md');
    const [finding] = (await waitForFindings(document.uri, (all) => all.length === 2, 'two findings'))
      .filter((diagnostic) => document.getText(diagnostic.range) === NON_STANDARD);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider', document.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action): action is vscode.CodeAction => action.title === `Replace with "${OFFICIAL}"`);
    assert.ok(fix?.edit, `a fix among ${actions.map((action) => action.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(document.lineAt(finding.range.start.line).text, `We will serve the ${OFFICIAL} with major projects.`);
    await waitForFindings(document.uri, (all) => all.length === 1, 'one finding after the fix');
  });

  test('go to definition lands on the readout sentence that fixed the phrasing', async () => {
    const { document } = await open('drafts/district-plan.md');
    const text = document.getText().includes(OFFICIAL) ? OFFICIAL : NON_STANDARD;
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider', document.uri, positionOf(document, text, 3));
    assert.equal(targets.length, 1);
    const [target] = targets;
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    const range = 'targetUri' in target ? target.targetSelectionRange ?? target.targetRange : target.range;
    assert.ok(uri.path.endsWith(`/${READOUT}`), uri.toString());
    const readout = await vscode.workspace.openTextDocument(uri);
    assert.equal(readout.getText(range).replace(/\s+/g, ' '), READOUT_SENTENCE);
  });

  test('Lint Workspace reports the draft that was never opened', async () => {
    const unopened = workspaceFile('notes/unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === unopened.toString()));
    // The command only ends when its summary message is closed, as a person would close it:
    // the suite does not wait for that, only for what the lint published.
    void vscode.commands.executeCommand('policyPhrasing.lintWorkspace');
    const [finding] = await waitForFindings(unopened, (all) => all.length > 0, 'finding for notes/unopened.md', 30_000);
    assert.match(finding.message, /"one district and two clusters" is an informal form of the official phrasing "one area and two clusters"/);
  });

  test('Insert Official Phrasing writes the Chinese form after Chinese text', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '推动' });
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(0).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('policyPhrasing.insertPhrasing', 'chengdu-chongqing-economic-circle');
    assert.equal(document.getText(), '推动成渝地区双城经济圈');
  });

  test('Restart Server brings the language server back', async () => {
    await vscode.commands.executeCommand('policyPhrasing.restartServer');
    const { document } = await open('drafts/work-report.zh.md');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, positionOf(document, '成渝经济圈', 1));
    assert.match(hoverText(hovers), /成渝地区双城经济圈/);
  });
});
