/**
 * Opening a file that VS Code for the Web does not show at once: above its
 * own size limit it shows "The file is not displayed in the text editor
 * because it is very large" with an "Open Anyway" button, which a user
 * clicks to go on (as the scenario does).
 */
import type { Page } from 'playwright-core';
import { activeEditor } from './workbench';
import { WORK_WAIT_MS } from './waits';

/** Opens `fileName` from the Explorer, confirms VS Code's large-file prompt if it comes, and waits for the text. */
export async function openPossiblyLargeFile(page: Page, fileName: string): Promise<void> {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().click();
  await page.locator('.editor-group-container.active .tab.active', { hasText: fileName }).first().waitFor();
  const text = activeEditor(page).locator('.view-lines .view-line').first();
  const openAnyway = page.getByRole('button', { name: 'Open Anyway' });
  // Whichever comes first: the text, or the prompt in front of it.
  await text.or(openAnyway).first().waitFor({ timeout: WORK_WAIT_MS });
  if (await openAnyway.isVisible()) await openAnyway.click();
  await text.waitFor({ timeout: WORK_WAIT_MS });
}
