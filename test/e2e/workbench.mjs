// What a person does in the VS Code workbench and what they read on it, for the scenarios.
// Every wait is for a condition on the screen (a selector, a text, a count), with a timeout.
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The editor that has focus in the editor area (not the hover, the quick input or a panel). */
export const ACTIVE_EDITOR = '.part.editor .editor-group-container.active .editor-instance .monaco-editor';
export const QUICK_INPUT = '.quick-input-widget';

const BROWSER_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launchBrowser({ tools, executablePath }) {
  const { chromium } = createRequire(join(tools, 'package.json'))('playwright-core');
  return chromium.launch({ executablePath, args: BROWSER_ARGS });
}

export async function openWorkbench(page, url, folder) {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.part.statusbar').waitFor();
}

/** Quick Open (Ctrl+P): type the file name, pick it, wait for its editor tab and text. */
export async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor();
  await input.fill(name);
  // Enter opens the focused row: wait until the filter has put the file there.
  await page.locator(`${QUICK_INPUT} .monaco-list-row.focused`, { hasText: name }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.locator(`${ACTIVE_EDITOR} .view-lines .view-line`).first().waitFor();
}

/** F1, then a command by its title as the palette lists it. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator(`${QUICK_INPUT} input`);
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator(`${QUICK_INPUT} .monaco-list-row.focused`, { hasText: title }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden' });
}

/**
 * Selects the first match of `text` in the active editor with Find (Ctrl+F, type, Escape),
 * as a keyboard user does, and waits for the status bar to report the selection.
 * (Here a mouse click on the text right after Quick Open was sometimes lost: the editor
 * drew a Ctrl+click link under the pointer and left the cursor where it was. The scenarios
 * place the cursor from the keyboard instead.)
 */
export async function selectText(page, text) {
  await page.keyboard.press('Control+F');
  const find = page.locator(`${ACTIVE_EDITOR} .find-widget.visible`);
  await find.waitFor();
  await page.keyboard.type(text);
  await find.locator('.matchesCount', { hasText: /^1 of \d+$/ }).waitFor().catch(async (error) => {
    throw new Error(`Find did not match "${text}": ${await find.locator('.matchesCount').innerText()}`, { cause: error });
  });
  await page.keyboard.press('Escape');
  await find.waitFor({ state: 'hidden' });
  await page.locator('#status\\.editor\\.selection', { hasText: `(${text.length} selected)` }).waitFor();
}

/** The active editor's rendered lines, top to bottom, as a person reads them. */
export function editorLines(page) {
  return page.evaluate(readLines, ACTIVE_EDITOR);
}

/** Waits until one of the active editor's lines matches `pattern` (a RegExp). */
export async function waitForLine(page, pattern, timeout = 15_000) {
  try {
    const handle = await page.waitForFunction(
      ([selector, source, flags]) => [...document.querySelectorAll(`${selector} .view-lines .view-line`)]
        .some((line) => new RegExp(source, flags).test(line.textContent.replace(/\u00a0/g, ' '))),
      [ACTIVE_EDITOR, pattern.source, pattern.flags],
      { timeout },
    );
    await handle.dispose();
  } catch (error) {
    throw new Error(`the editor never showed a line matching ${pattern}; it shows:\n${(await editorLines(page)).join('\n')}`, { cause: error });
  }
}

function readLines(selector) {
  return [...document.querySelectorAll(`${selector} .view-lines .view-line`)]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((line) => line.textContent.replace(/\u00a0/g, ' '));
}

/**
 * Where `text` is drawn in the active editor (viewport coordinates), or null. Looks inside
 * each rendered line, so the text must not be wrapped across two.
 */
export function textBox(page, text) {
  return page.evaluate(([selector, wanted]) => {
    for (const line of document.querySelectorAll(`${selector} .view-lines .view-line`)) {
      const at = line.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      let seen = 0;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (seen <= at && at < seen + length) range.setStart(node, at - seen);
        if (seen < at + wanted.length && at + wanted.length <= seen + length) range.setEnd(node, at + wanted.length - seen);
        seen += length;
      }
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height };
    }
    return null;
  }, [ACTIVE_EDITOR, text]);
}

export async function waitForTextBox(page, text, timeout = 15_000) {
  const handle = await page.waitForFunction(
    ([selector, wanted]) => [...document.querySelectorAll(`${selector} .view-lines .view-line`)]
      .some((line) => line.textContent.replace(/\u00a0/g, ' ').includes(wanted)),
    [ACTIVE_EDITOR, text],
    { timeout },
  ).catch(async (error) => {
    throw new Error(`the editor never showed "${text}"; it shows:\n${(await editorLines(page)).join('\n')}`, { cause: error });
  });
  await handle.dispose();
  return textBox(page, text);
}

export function centre(box) {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits for a squiggle of the given kind drawn under the box of a text, and returns it. */
export async function waitForSquiggleUnder(page, box, kind = 'warning', timeout = 20_000) {
  const handle = await page.waitForFunction(
    ([selector, target, cls]) => {
      for (const squiggle of document.querySelectorAll(`${selector} .${cls}`)) {
        const r = squiggle.getBoundingClientRect();
        const overlapsX = r.left < target.x + target.width - 1 && target.x + 1 < r.right;
        const overlapsY = r.top < target.y + target.height && target.y < r.bottom;
        if (overlapsX && overlapsY) return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
      return null;
    },
    [ACTIVE_EDITOR, box, `squiggly-${kind}`],
    { timeout },
  ).catch((error) => {
    throw new Error(`no ${kind} squiggle appeared under the text at ${JSON.stringify(box)}`, { cause: error });
  });
  return handle.jsonValue();
}

/** Waits until no squiggle of any kind is drawn under the box of a text. */
export async function waitForNoSquiggleUnder(page, box, timeout = 20_000) {
  const handle = await page.waitForFunction(
    ([selector, target]) => ![...document.querySelectorAll(`${selector} [class*="squiggly-"]`)].some((squiggle) => {
      const r = squiggle.getBoundingClientRect();
      const overlapsX = r.left < target.x + target.width - 1 && target.x + 1 < r.right;
      const overlapsY = r.top < target.y + target.height && target.y < r.bottom;
      return overlapsX && overlapsY;
    }),
    [ACTIVE_EDITOR, box],
    { timeout },
  ).catch((error) => {
    throw new Error(`a squiggle stayed under the text at ${JSON.stringify(box)}`, { cause: error });
  });
  await handle.dispose();
}

/**
 * Waits for `text` in the active editor, which may be wrapped over several rendered lines
 * (soft wraps keep every character), and returns the boxes of its first and last character.
 */
export async function waitForTextEnds(page, text, timeout = 15_000) {
  const handle = await page.waitForFunction(findTextEnds, [ACTIVE_EDITOR, text], { timeout }).catch(async (error) => {
    throw new Error(`the editor never showed "${text}"; it shows:\n${(await editorLines(page)).join('\n')}`, { cause: error });
  });
  return handle.jsonValue();
}

/** Runs in the page. */
function findTextEnds([selector, wanted]) {
  const lines = [...document.querySelectorAll(`${selector} .view-lines .view-line`)]
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  const chars = []; // [text node, offset] of each character, in reading order
  let joined = '';
  for (const line of lines) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent.length; i++) chars.push([node, i]);
      joined += node.textContent.replace(/\u00a0/g, ' ');
    }
  }
  const at = joined.indexOf(wanted);
  if (at < 0) return null;
  const boxOf = ([node, offset]) => {
    const range = document.createRange();
    range.setStart(node, offset);
    range.setEnd(node, offset + 1);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  };
  return { first: boxOf(chars[at]), last: boxOf(chars[at + wanted.length - 1]) };
}

/** The status bar's Problems item, e.g. { errors: 0, warnings: 2 } read off its label. */
export async function problemsInStatusBar(page) {
  const label = (await page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
  const number = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { errors: number('Errors'), warnings: number('Warnings'), label };
}

export async function waitForProblemsInStatusBar(page, warnings, timeout = 20_000) {
  await page.waitForFunction(
    (wanted) => new RegExp(`Warnings: ${wanted}\\b`).test(document.getElementById('status.problems')?.getAttribute('aria-label') ?? ''),
    warnings,
    { timeout },
  ).catch(async (error) => {
    throw new Error(`the status bar never counted ${warnings} warnings; it says "${(await problemsInStatusBar(page)).label}"`, { cause: error });
  });
}

export function normalizeSpace(text) {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
