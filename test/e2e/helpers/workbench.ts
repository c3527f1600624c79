/**
 * Driving the VS Code workbench the way a user does — clicks, keys, the
 * command palette — with every wait on a visible condition, never a sleep.
 * Selectors are the workbench's own DOM classes in VS Code 1.100.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { pollFor } from './poll';
import { RETRY_AFTER_MS, UI_WAIT_MS, WORK_WAIT_MS } from './waits';

/** Opens a file of the workspace by clicking its row in the Explorer, and waits for its editor. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  // The results panel's tab ("gradexp: <note>") also names the file: look in the focused group only.
  await page.locator('.editor-group-container.active .tab.active', { hasText: fileName }).first().waitFor();
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor();
}

/** The editor group's editor that has (or last had) focus. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Runs a command from the Command Palette by its title as shown there (e.g. "gradexp: Run All Experiments in Note"). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await pickFromCommandPalette(page, title);
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Opens the Command Palette (F1), types `>title` and clicks the row whose label is exactly
 * the title (not a longer command that contains it). The palette lists what the workbench
 * knows when it opens: while an extension's contributions are still being registered, or the
 * window is busy after a heavy note opened, the row may not come (seen once on a loaded CI
 * machine: "gradexp: Reset Responsiveness Measurement" missing for 30 s). Then the palette is
 * closed and opened again and the query retyped, as a user would, until WORK_WAIT_MS.
 */
async function pickFromCommandPalette(page: Page, title: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input');
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.getByText(title, { exact: true }) }).first();
  const deadline = Date.now() + WORK_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill(`>${title}`);
    if (await row.waitFor({ timeout: RETRY_AFTER_MS }).then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error(`the Command Palette did not list "${title}" in ${attempt} tries over ${WORK_WAIT_MS} ms`);
    console.log(`e2e: the Command Palette did not list "${title}" within ${RETRY_AFTER_MS} ms (try ${attempt}); typing it again`);
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });
  }
  await row.click();
}

/** CodeLens links currently shown in the active editor. */
export function codeLenses(page: Page): Locator {
  return activeEditor(page).locator('.codelens-decoration a');
}

/** The gutter cell showing a 1-based line number (only while that line is rendered). */
export function lineNumberCell(page: Page, line: number): Locator {
  return activeEditor(page).locator('.margin-view-overlays .line-numbers', { hasText: new RegExp(`^\\s*${line}\\s*$`) });
}

/**
 * Titles of the CodeLenses drawn right above a 1-based line, after scrolling it
 * into view. Monaco renders only what is on screen, and a lens is a view zone
 * whose bottom edge touches the top of the line it belongs to.
 */
export async function codeLensesAbove(page: Page, line: number, timeoutMs = UI_WAIT_MS): Promise<string[]> {
  await goToLine(page, line);
  return pollFor(`a CodeLens above line ${line}`, async () => {
    const titles = await lensTitlesAboveShownLine(page, line);
    return titles.length > 0 ? titles : undefined;
  }, timeoutMs);
}

/**
 * Titles of the lenses above a line that is already on screen, read without
 * touching focus or scrolling. Poll with this, not with {@link codeLensesAbove}:
 * VS Code cancels a pending lens refresh whenever the editor loses focus
 * (codelensController: onDidBlurEditorText → scheduler.cancel()), so a loop
 * that opens Go to Line again and again would starve the very refresh it waits for.
 */
export async function lensTitlesAboveShownLine(page: Page, line: number): Promise<string[]> {
  const lineBox = await lineNumberCell(page, line).first().boundingBox({ timeout: 1000 });
  if (!lineBox) return [];
  // One snapshot of all lenses: they re-render while we look, so never hold a handle across awaits.
  const lenses = await codeLenses(page).evaluateAll((anchors) =>
    anchors.map((a) => ({ text: (a.textContent ?? '').trim(), bottom: a.getBoundingClientRect().bottom })),
  );
  return lenses
    .filter((lens) => lens.bottom <= lineBox.y + 2 && lens.bottom >= lineBox.y - lineBox.height)
    .map((lens) => lens.text);
}

/** Moves the cursor to a 1-based line and column with "Go to Line/Column" (Ctrl+G). */
export async function goToLine(page: Page, line: number, column = 1): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('Control+g');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Gives the active editor keyboard focus (through Monaco's hidden textarea, without moving the cursor). */
export async function focusEditor(page: Page): Promise<void> {
  await activeEditor(page).locator('textarea').first().focus();
}

/** The first visible editor line whose text contains `text` (the text must be scrolled into view). */
export function editorLine(page: Page, text: string): Locator {
  return activeEditor(page).locator('.view-line', { hasText: text }).first();
}

/**
 * Rests the mouse on `text` within the editor line containing `lineText`, and
 * returns the hover that appears. The mouse must be on the text itself, not
 * the empty end of the line, so it aims at the characters' own box (measured
 * with a DOM Range, whatever tokens the line is split into).
 */
export async function hoverOver(page: Page, lineText: string, text: string): Promise<Locator> {
  const line = editorLine(page, lineText);
  await line.waitFor();
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  // A busy window may drop the first rest of the mouse; a user moves off (to the editor's gutter) and back on.
  // The text is aimed at afresh each time: the editor may have laid itself out again meanwhile.
  const deadline = Date.now() + UI_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    const point = await pointOnText(line, text);
    if (!point) throw new Error(`"${text}" is not in the rendered line "${lineText}"`);
    await page.mouse.move(point.x, point.y);
    if (await hover.waitFor({ timeout: RETRY_AFTER_MS }).then(() => true, () => false)) return hover;
    if (Date.now() > deadline) throw new Error(`no hover showed over "${text}" within ${UI_WAIT_MS} ms`);
    console.log(`e2e: no hover over "${text}" within ${RETRY_AFTER_MS} ms (try ${attempt}); moving off and on again`);
    const editor = await activeEditor(page).boundingBox();
    await page.mouse.move((editor?.x ?? 0) + 4, point.y);
  }
}

/** The middle of `text`'s characters in a rendered editor line (measured with a DOM Range, whatever tokens the line is split into). */
async function pointOnText(line: Locator, text: string): Promise<{ x: number; y: number } | null> {
  return line.evaluate((el, wanted) => {
    // Monaco renders spaces as no-break spaces; compare with plain ones.
    const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: { node: { textContent: string | null }; start: number }[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: all.length });
      all += (n.textContent ?? '').replace(/\u00a0/g, ' ');
    }
    const at = all.indexOf(wanted);
    if (at < 0) return null;
    const middle = at + Math.floor(wanted.length / 2);
    const hit = [...nodes].reverse().find((x) => x.start <= middle)!;
    const range = el.ownerDocument.createRange();
    range.setStart(hit.node, middle - hit.start);
    range.setEnd(hit.node, middle - hit.start + 1);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, text);
}

/** The frame (webview documents live in nested iframes) in which `selector` matches right now, if any. */
export async function currentFrameWith(page: Page, selector: string): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (frame.isDetached()) continue;
    const found = await frame.locator(selector).count().catch(() => 0);
    if (found > 0) return frame;
  }
  return undefined;
}

/** Waits for a frame in which `selector` matches; frames come and go as webviews load. */
export async function frameWith(page: Page, selector: string, timeoutMs = UI_WAIT_MS): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = await currentFrameWith(page, selector);
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no frame showed ${selector} within ${timeoutMs} ms`);
    await page.waitForEvent('framenavigated', { timeout: 250 }).catch(() => undefined);
  }
}

/** Opens the Problems panel and returns its rows (each row's aria-label holds severity, message and position). */
export async function openProblems(page: Page): Promise<Locator> {
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  const panel = page.locator('.markers-panel');
  await panel.waitFor();
  return panel.locator('.monaco-list-row');
}

/**
 * Clicks the CodeLens titled `title` drawn right above a 1-based line. The
 * lens is picked by geometry, like a user would by eye, since several blocks
 * share the same titles; lenses re-render as runs start and end, so the lens
 * is located and clicked by its on-screen position in one go, retried until
 * it is there.
 */
export async function clickCodeLens(page: Page, line: number, title: string): Promise<void> {
  await codeLensesAbove(page, line); // scrolls the line into view and waits for its lenses
  const lineNumber = lineNumberCell(page, line);
  const target = await pollFor(`the lens "${title}" above line ${line}`, async () => {
    const lineBox = await lineNumber.first().boundingBox({ timeout: 1000 });
    if (!lineBox) return undefined;
    const found = await codeLenses(page).evaluateAll(
      (anchors, want) => {
        for (const a of anchors) {
          const r = a.getBoundingClientRect();
          const text = (a.textContent ?? '').trim();
          if (text.startsWith(want.title) && r.bottom <= want.top + 2 && r.bottom >= want.top - want.height) {
            return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
          }
        }
        return null;
      },
      { title, top: lineBox.y, height: lineBox.height },
    );
    return found ?? undefined;
  });
  await page.mouse.click(target.x, target.y);
}

/**
 * The accessible label of the first Problems entry whose text contains
 * `text`, or null if none shows within `timeoutMs`. The panel's own filter
 * box narrows the list first, as a user would type in it: the list is
 * virtualised, so an entry below other files' many markers is not in the
 * page until it is filtered into view. The filter is cleared afterwards.
 */
export async function findProblem(page: Page, text: string, timeoutMs: number): Promise<string | null> {
  const rows = await openProblems(page);
  const filter = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input').first();
  await filter.fill(text);
  try {
    const row = rows.filter({ hasText: text }).first();
    return await row.waitFor({ timeout: timeoutMs }).then(
      async () => (await row.getAttribute('aria-label')) ?? (await row.innerText()),
      () => null,
    );
  } finally {
    await filter.fill('');
  }
}

/** Markers listed in the Problems panel, each as its accessible label (severity, message, position). */
export async function problemLabels(page: Page): Promise<string[]> {
  const rows = await openProblems(page);
  return rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? (el.textContent ?? '')));
}

/**
 * Switches the colour theme the way a user does ("Preferences: Color Theme")
 * and waits until the workbench has repainted in it.
 */
export async function setColorTheme(page: Page, theme: 'Default Light Modern' | 'Default Dark Modern'): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await pickFromCommandPalette(page, 'Preferences: Color Theme');
  // The same quick input now lists the themes.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Light Modern' }).first().waitFor();
  await input.fill(theme);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: theme, hasNotText: 'Browse' }).first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator(theme.includes('Dark') ? '.monaco-workbench.vs-dark' : '.monaco-workbench.vs').waitFor();
}

/**
 * Opens the Quick Fix menu (Ctrl+.) at the cursor and applies the entry with
 * this label, with the keyboard: the menu lays a pointer-blocking overlay
 * over the workbench, so a click would land on the overlay. If the menu comes
 * up without the entry ("No code actions available" while the editor is still
 * catching up with fresh diagnostics), it is closed and asked for again, as a
 * user would.
 */
export async function applyQuickFix(page: Page, label: string, attempts = 4): Promise<void> {
  const wanted = page.locator(`.action-widget .monaco-list-row.action[aria-label="${label.replace(/["\\]/g, '\\$&')}"]`);
  for (let attempt = 1; ; attempt++) {
    await focusEditor(page);
    await page.keyboard.press('Control+.');
    const shown = await wanted.waitFor({ timeout: RETRY_AFTER_MS }).then(
      () => true,
      () => false,
    );
    if (shown) break;
    if (attempt >= attempts) throw new Error(`the Quick Fix menu never offered "${label}"`);
    await page.keyboard.press('Escape');
  }
  const count = await page.locator('.action-widget .monaco-list-row.action').count();
  for (let step = 0; step <= count; step++) {
    if ((await wanted.getAttribute('class'))?.includes('focused')) {
      await page.keyboard.press('Enter');
      await page.locator('.action-widget').waitFor({ state: 'hidden' });
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not focus the code action "${label}"`);
}

/**
 * The Quick Fix menu's entries at the cursor (Ctrl+.), read and closed again:
 * an empty list when VS Code answers "No code actions available". Checks that
 * no fix is offered should first see the diagnostic listed and a fix offered
 * elsewhere, so that an empty answer cannot just mean the editor was not ready.
 */
export async function quickFixTitles(page: Page): Promise<string[]> {
  await focusEditor(page);
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
  await rows.first().or(none.first()).first().waitFor();
  const titles = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? (el.textContent ?? '')));
  await page.keyboard.press('Escape');
  await page.locator('.action-widget').waitFor({ state: 'hidden' });
  return titles;
}
