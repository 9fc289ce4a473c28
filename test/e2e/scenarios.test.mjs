// The extension in real VS Code, as a drafter goes through it. Started by test/e2e/run.mjs,
// which installs the .vsix into code-server and passes its address in E2E_URL.
// The scenarios share one window and run in order: each starts from where the last one left.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  ACTIVE_EDITOR, centre, editorLines, launchBrowser, normalizeSpace, openFile, openWorkbench,
  runCommand, selectText, textBox, waitForLine, waitForNoSquiggleUnder, waitForProblemsInStatusBar, waitForSquiggleUnder,
  waitForTextBox, waitForTextEnds,
} from './workbench.mjs';

const { E2E_URL, E2E_WORKSPACE, E2E_RESULTS, E2E_CHROMIUM, E2E_TOOLS } = process.env;
if (!E2E_URL || !E2E_WORKSPACE || !E2E_RESULTS || !E2E_CHROMIUM || !E2E_TOOLS) {
  throw new Error('run the scenarios with `npm run test:e2e`: it starts code-server and sets E2E_URL and the rest');
}

const DRAFT = 'district-plan.md';
const CHINESE_DRAFT = 'work-report.zh.md';
const UNOPENED = 'unopened.md';
const READOUT = 'chongqing-economic-work-conference-2021.txt';
const OFFICIAL = 'Chengdu-Chongqing economic circle';
const NON_STANDARD = 'Chengdu Chongqing economic circle';
const DEFINITION = 'twin-city economic circle'; // from the term base's definition of the phrasing
const READOUT_SENTENCE = 'First, to deepen the development of Chengdu-Chongqing economic circle, we should put forward the major plans, projects, platforms, and policies in an effective way.';
const EXTENSION_STATUS = '#policy-phrasing\\.policy-phrasing\\.policyPhrasing\\.findings';

let browser;
let page;

/** One scenario: its screenshot is taken by the scenario where the feature shows, or on failure. */
function scenario(file, title, run) {
  test(title, { timeout: 120_000 }, async () => {
    let shot = false;
    const screenshot = async () => {
      await page.screenshot({ path: join(E2E_RESULTS, `${file}.png`) });
      shot = true;
    };
    try {
      await run(screenshot);
    } catch (error) {
      await page.screenshot({ path: join(E2E_RESULTS, `${file}.failed.png`) }).catch(() => undefined);
      throw error;
    }
    assert.ok(shot, `scenario ${file} took no screenshot`);
  });
}

describe('Policy Phrasing in VS Code (code-server, Chromium)', () => {
  before(async () => {
    browser = await launchBrowser({ tools: E2E_TOOLS, executablePath: E2E_CHROMIUM });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await openWorkbench(page, E2E_URL, E2E_WORKSPACE);
  });

  after(async () => {
    await browser?.close();
  });

  scenario('1-warning', '1. opening a draft shows a warning under a non-standard phrase and counts it in the status bar', async (screenshot) => {
    await openFile(page, DRAFT);
    const phrase = await waitForTextBox(page, NON_STANDARD);
    await waitForSquiggleUnder(page, phrase, 'warning');
    // The draft has two findings: this phrase and "carbon peaking and neutrality".
    await waitForSquiggleUnder(page, await textBox(page, 'carbon peaking and neutrality'), 'warning');
    await waitForProblemsInStatusBar(page, 2);
    await screenshot();
  });

  scenario('2-hover', '2. hovering the phrase shows the official form and its definition', async (screenshot) => {
    await openFile(page, DRAFT);
    const phrase = await waitForTextBox(page, NON_STANDARD);
    await page.mouse.move(centre(phrase).x, centre(phrase).y);
    const hover = page.locator('.monaco-hover:visible', { hasText: DEFINITION });
    await hover.waitFor({ timeout: 15_000 });
    const text = normalizeSpace(await hover.innerText());
    assert.ok(text.includes(OFFICIAL), `the hover names the official form: ${text}`);
    assert.match(text, /Policy area: Regional coordination/);
    assert.ok(!text.includes('✓ Official phrasing'), `the hover does not call the drifted phrase official: ${text}`);
    await screenshot();
    await page.mouse.move(5, 5);
    await hover.waitFor({ state: 'hidden' });

    // The Chinese draft: the same phrasing, read off its Chinese variant.
    await openFile(page, CHINESE_DRAFT);
    const chinese = await waitForTextBox(page, '成渝经济圈');
    await page.mouse.move(centre(chinese).x, centre(chinese).y);
    const hoverZh = page.locator('.monaco-hover:visible', { hasText: DEFINITION });
    await hoverZh.waitFor({ timeout: 15_000 });
    assert.match(normalizeSpace(await hoverZh.innerText()), /成渝地区双城经济圈/);
    await page.screenshot({ path: join(E2E_RESULTS, '2-hover-zh.png') });
    await page.mouse.move(5, 5);
    await hoverZh.waitFor({ state: 'hidden' });
  });

  scenario('3-quickfix', '3. the quick fix replaces the phrase with the official form', async (screenshot) => {
    await openFile(page, DRAFT);
    await selectText(page, NON_STANDARD);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: `Replace with "${OFFICIAL}"` });
    await fix.waitFor({ timeout: 15_000 });
    await screenshot(); // the menu of fixes, before choosing
    await fix.click();
    await waitForLine(page, new RegExp(`^We will serve the ${OFFICIAL} with major projects\\.$`));
    assert.ok(!(await editorLines(page)).some((line) => line.includes(NON_STANDARD)), 'the non-standard phrase is gone');
    await waitForNoSquiggleUnder(page, await textBox(page, OFFICIAL));
    await waitForSquiggleUnder(page, await textBox(page, 'carbon peaking and neutrality'), 'warning');
    await page.screenshot({ path: join(E2E_RESULTS, '3-quickfix-applied.png') });
  });

  scenario('4-completion', '4. completing "Chengdu-Ch" inserts the whole official phrasing once', async (screenshot) => {
    await openFile(page, DRAFT);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('We will build the Chengdu-Ch');
    await waitForLine(page, /^We will build the Chengdu-Ch$/);
    await page.keyboard.press('Control+Space');
    const row = page.locator('.suggest-widget .monaco-list-row', { hasText: OFFICIAL }).first();
    await row.waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(E2E_RESULTS, '4-completion-list.png') });
    await row.click();
    await page.locator('.suggest-widget').waitFor({ state: 'hidden' });
    await waitForLine(page, new RegExp(`^We will build the ${OFFICIAL}$`));
    const lines = await editorLines(page);
    assert.ok(!lines.some((line) => /Chengdu-Ch(?:engdu|Chengdu)/.test(line)), `the typed prefix is replaced, not kept: ${lines.join(' / ')}`);
    await screenshot();
  });

  scenario('5-lint-workspace', '5. Lint Workspace reports the draft that was never opened', async (screenshot) => {
    await runCommand(page, 'Policy Phrasing: Lint Workspace');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: /Policy Phrasing: \d+ findings? in \d+ drafts?\./ });
    await toast.waitFor({ timeout: 30_000 });
    const summary = normalizeSpace(await toast.innerText());
    assert.match(summary, /in 3 drafts\./, `the summary counts the workspace's three drafts: ${summary}`);
    await page.screenshot({ path: join(E2E_RESULTS, '5-lint-workspace-summary.png') });
    await toast.getByRole('button', { name: 'Show Problems' }).click();
    const panel = page.locator('.markers-panel');
    await panel.waitFor();
    const file = panel.locator('.monaco-list-row', { hasText: UNOPENED });
    await file.waitFor({ timeout: 15_000 });
    const finding = panel.locator('.monaco-list-row', { hasText: 'one district and two clusters' });
    await finding.waitFor();
    assert.match(normalizeSpace(await finding.innerText()), /one area and two clusters/);
    await screenshot();
  });

  scenario('6-definition', '6. go to definition opens the readout at the sentence that fixed the phrasing', async (screenshot) => {
    await openFile(page, DRAFT);
    await selectText(page, 'serve the Chengdu-Chongqing'); // the cursor ends inside the phrasing fixed in 3
    await page.keyboard.press('F12');
    await page.locator('.tabs-container .tab.active', { hasText: READOUT }).waitFor({ timeout: 15_000 });
    const sentence = await waitForTextEnds(page, READOUT_SENTENCE);
    const editor = await page.locator(ACTIVE_EDITOR).boundingBox();
    const inView = (box) => box.y >= editor.y && box.y + box.height <= editor.y + editor.height;
    assert.ok(inView(sentence.first) && inView(sentence.last), 'the whole sentence is scrolled into view');
    await screenshot();
  });

  scenario('7-view', '7. the status bar counts the draft\'s findings and the side bar lists the official phrasings', async (screenshot) => {
    await openFile(page, DRAFT);
    // The draft has one finding left ("carbon peaking and neutrality") after the fix and the completion.
    const item = page.locator(EXTENSION_STATUS);
    await item.locator('.codicon-law').waitFor();
    await page.waitForFunction((selector) => document.querySelector(selector)?.textContent.trim() === '1', EXTENSION_STATUS, { timeout: 15_000 })
      .catch(async (error) => {
        throw new Error(`the Policy Phrasing status item never showed 1; it shows "${await item.innerText()}"`, { cause: error });
      });

    await page.locator('.activitybar .action-item a[aria-label^="Policy Phrasing"]').click();
    const view = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /Official Phrasings/i }) });
    await view.waitFor();
    const area = view.locator('.monaco-list-row', { hasText: 'Regional coordination' });
    await area.waitFor({ timeout: 15_000 });
    await view.locator('.monaco-list-row', { hasText: 'Overall guidance and development philosophy' }).waitFor();
    if ((await area.getAttribute('aria-expanded')) !== 'true') await area.click();
    await view.locator('.monaco-list-row', { hasText: OFFICIAL }).waitFor();
    await item.hover();
    await page.locator('.monaco-hover:visible', { hasText: /1 finding in this draft/ }).waitFor({ timeout: 15_000 });
    await screenshot();
  });

  scenario('8-chinese', '8. in Chinese (by the language setting): pinyin completion in a Chinese line, and a Chinese message on hover', async (screenshot) => {
    // The drafter switches the interface to Chinese in the workspace settings.
    const settings = join(E2E_WORKSPACE, '.vscode');
    mkdirSync(settings, { recursive: true });
    writeFileSync(join(settings, 'settings.json'), JSON.stringify({ 'policyPhrasing.language': 'zh-cn' }));
    try {
      await openFile(page, CHINESE_DRAFT);
      const chinese = await waitForTextBox(page, '成渝经济圈');
      // The server applies the new setting on its own time, and a hover on screen keeps its
      // text: hover again until it speaks Chinese.
      const hover = page.locator('.monaco-hover:visible', { hasText: '非正式说法' });
      for (let tries = 0; ; tries++) {
        await page.mouse.move(centre(chinese).x, centre(chinese).y);
        try {
          await hover.waitFor({ timeout: 3_000 });
          break;
        } catch (error) {
          if (tries === 10) throw error;
          await page.mouse.move(5, 5);
          await page.locator('.monaco-hover:visible').waitFor({ state: 'hidden' }).catch(() => undefined);
        }
      }
      const text = normalizeSpace(await hover.innerText());
      assert.match(text, /“成渝经济圈”是官方表述“成渝地区双城经济圈”的非正式说法/, text);
      assert.match(text, /政策领域/, text);
      await page.screenshot({ path: join(E2E_RESULTS, '8-chinese-hover.png') });
      await page.mouse.move(5, 5);
      await hover.waitFor({ state: 'hidden' });

      // Pinyin initials typed before the input method commits, then Alt+/ (Ctrl+Space switches input methods on Chinese Windows).
      await page.locator(ACTIVE_EDITOR).click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('推动cydqsc');
      await waitForLine(page, /^推动cydqsc$/);
      await page.keyboard.press('Alt+Slash');
      const row = page.locator('.suggest-widget .monaco-list-row').first();
      await row.waitFor({ timeout: 15_000 });
      assert.match(await row.getAttribute('aria-label'), /^成渝地区双城经济圈/);
      await page.screenshot({ path: join(E2E_RESULTS, '8-chinese-completion.png') });
      await page.keyboard.press('Enter');
      await waitForLine(page, /^推动成渝地区双城经济圈$/);
      await screenshot();
    } finally {
      rmSync(settings, { recursive: true, force: true });
    }
  });
});
