/**
 * A `train` block from its CodeLens: a long sweep shows a progress
 * notification whose Cancel stops it; a short one charts its learning-rate
 * window (shaded) in the panel and in the Markdown preview.
 */
import { expect, test } from 'vitest';
import { gradexpFenceLines, fixtureText, noteFileName } from './helpers/notes';
import { actUntilPanelRefreshes, card, waitForCardFinished } from './helpers/panel';
import { pollFor } from './helpers/poll';
import { useVsCode } from './helpers/session';
import { clickCodeLens, frameWith, lensTitlesAboveShownLine, openFile, runCommand } from './helpers/workbench';
import { WORK_WAIT_MS } from './helpers/waits';

const NOTE = 'training.md';
const vscode = useVsCode({ name: 'training', fixtures: [NOTE] });

test('a long train sweep shows progress and stops on Cancel; a short one charts its window in the panel and the preview', async () => {
  const { page } = vscode();
  await openFile(page, noteFileName(NOTE));
  const [long, short] = gradexpFenceLines(fixtureText(NOTE));

  const frame = await actUntilPanelRefreshes(page, '▶ Run experiment', () => clickCodeLens(page, long!, '▶ Run experiment'));
  const toast = page.locator('.notification-toast', { hasText: 'gradexp: running experiment' });
  await toast.waitFor({ timeout: WORK_WAIT_MS });
  // The worker reports each step: the notification's bar fills (VS Code sets the bit's width in percent).
  await pollFor('the progress bar to advance', async () => {
    const width = await toast.locator('.progress-bit').evaluate((el) => (el as unknown as { style: { width: string } }).style.width, undefined, { timeout: 1000 });
    return parseFloat(width) > 0 ? width : undefined;
  });
  await toast.getByRole('button', { name: 'Cancel' }).click();
  await pollFor('the long sweep to be cancelled', async () => {
    const status = (await card(frame, 0).locator('.status').innerText({ timeout: 1000 })).trim();
    return status === 'cancelled' ? status : undefined;
  });
  await toast.waitFor({ state: 'detached' });

  const after = await actUntilPanelRefreshes(page, '▶ Run experiment', () => clickCodeLens(page, short!, '▶ Run experiment'));
  expect(await waitForCardFinished(after, 1)).toMatch(/^ran /);
  const chart = card(after, 1).locator('figure.chart svg');
  expect(await chart.locator('g.band-window').count()).toBe(1);
  expect(await chart.locator('g.band-reference').count()).toBe(2);
  expect(await card(after, 1).locator('ul.summary li').first().innerText()).toMatch(/^window 2e-3 … 0\.01 · best 5e-3: 0\.15/);
  const lens = await pollFor('the lens above the short sweep to show its result', async () => {
    const titles = await lensTitlesAboveShownLine(page, short!);
    return titles.find((t) => t.startsWith('ran ')) !== undefined ? titles : undefined;
  });
  expect(lens.join(' ')).toContain('window 2e-3 … 0.01');
  await vscode().screenshot('panel-training-window');

  await runCommand(page, 'Markdown: Open Preview to the Side');
  const preview = await frameWith(page, '.gradexp-chart svg g.band-window', WORK_WAIT_MS);
  expect(await preview.locator('.gradexp-chart svg g.band-window').count()).toBe(1);
});
