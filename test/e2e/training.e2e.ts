/**
 * A `train` block from its CodeLens: a long sweep shows a progress
 * notification whose Cancel stops it; a short one charts its learning-rate
 * window (shaded) in the panel and in the Markdown preview; a third draws who
 * learns as a layers × steps heat map in both.
 */
import { expect, test } from 'vitest';
import { gradexpFenceLines, fixtureText, noteFileName } from './helpers/notes';
import { actUntilPanelRefreshes, card, waitForCardFinished } from './helpers/panel';
import { pollFor } from './helpers/poll';
import { expectLongRunStoppedByCancel } from './helpers/steps';
import { useVsCode } from './helpers/session';
import { clickCodeLens, frameWith, lensTitlesAboveShownLine, openFile, runCommand } from './helpers/workbench';
import { WORK_WAIT_MS } from './helpers/waits';

const NOTE = 'training.md';
const vscode = useVsCode({ name: 'training', fixtures: [NOTE] });

test('a long train sweep shows progress and stops on Cancel; a short one charts its window in the panel and the preview', async () => {
  const { page } = vscode();
  await openFile(page, noteFileName(NOTE));
  const [, short, heat] = gradexpFenceLines(fixtureText(NOTE));

  await expectLongRunStoppedByCancel(vscode(), NOTE, 0);

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

  const withHeat = await actUntilPanelRefreshes(page, '▶ Run experiment', () => clickCodeLens(page, heat!, '▶ Run experiment'));
  expect(await waitForCardFinished(withHeat, 2)).toMatch(/^ran /);
  const heatmap = card(withHeat, 2).locator('figure.chart svg');
  // 12 layers × 100 steps, one cell each, and the colour bar with its 10⁻³ mark.
  expect(await heatmap.locator('g.heatmap rect.cell').count()).toBe(1200);
  expect(await heatmap.locator('g.color-bar g.bar-reference').count()).toBe(1);
  await card(withHeat, 2).scrollIntoViewIfNeeded();
  await vscode().screenshot('panel-training-heatmap');

  await runCommand(page, 'Markdown: Open Preview to the Side');
  const preview = await frameWith(page, '.gradexp-chart svg g.band-window', WORK_WAIT_MS);
  expect(await preview.locator('.gradexp-chart svg g.band-window').count()).toBe(1);
  const previewHeat = await frameWith(page, '.gradexp-chart svg g.heatmap', WORK_WAIT_MS);
  expect(await previewHeat.locator('.gradexp-chart svg g.heatmap rect.cell').count()).toBe(1200);
  await previewHeat.locator('.gradexp-chart svg g.heatmap').first().scrollIntoViewIfNeeded();
  await vscode().screenshot('preview-training-heatmap');
});
