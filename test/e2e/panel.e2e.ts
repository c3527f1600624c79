/** Clicking a lens opens the results panel beside the note: chart, legend, KaTeX formulas; in a light and a dark theme. */
import type { Frame } from 'playwright-core';
import { expect, test } from 'vitest';
import { fixtureText, gradexpFenceLines } from './helpers/notes';
import { card, chartFacts } from './helpers/panel';
import { pollFor } from './helpers/poll';
import { STUDY_NOTE, runAllBlocks, runFirstBlockAndExpectPanel } from './helpers/steps';
import { useVsCode } from './helpers/session';
import { codeLensesAbove, goToLine, lensTitlesAboveShownLine, runCommand, setColorTheme } from './helpers/workbench';
import { WORK_WAIT_MS } from './helpers/waits';

const vscode = useVsCode({ name: 'panel', fixtures: [STUDY_NOTE] });
const fences = gradexpFenceLines(fixtureText(STUDY_NOTE));
let panel: Frame | undefined;

test('"▶ Run experiment" opens the panel beside the note with the chart and KaTeX formulas', async () => {
  await runFirstBlockAndExpectPanel(vscode(), STUDY_NOTE);
});

test('"Run all" charts every block, and each block\'s lens line then carries its one-line result', async () => {
  const { page } = vscode();
  panel = await runAllBlocks(vscode(), STUDY_NOTE);
  for (let i = 0; i < fences.length; i++) {
    const chart = await chartFacts(card(panel, i).locator('figure.chart'));
    expect(chart.seriesWithLines, `block ${i}`).toBeGreaterThanOrEqual(1);
    expect(chart.legend.length, `block ${i}`).toBe(chart.seriesWithLines);
  }
  for (const line of fences) {
    await codeLensesAbove(page, line); // scroll there once; the editor keeps focus while we look
    // Lenses are re-provided a moment after a run ends (VS Code debounces the refresh).
    const result = await pollFor(
      `a "ran …" lens above line ${line}`,
      async () => (await lensTitlesAboveShownLine(page, line)).find((t) => t.startsWith('ran ')),
      WORK_WAIT_MS,
    );
    expect(result).toMatch(/^ran \d/);
  }
});

test('the panel follows the colour theme (light and dark screenshots)', async () => {
  const session = vscode();
  const frame = panel ?? (await runAllBlocks(session, STUDY_NOTE));
  // More room for note and panel in the pictures.
  await runCommand(session.page, 'View: Close Primary Side Bar');
  expect(await frame.locator('body.vscode-light').count()).toBe(1);
  await goToLine(session.page, fences[0]!); // the first block beside its card
  await session.screenshot('panel-light');
  // The deep-MLP block beside its card: sigmoid's gradient vanishing, ReLU's holding.
  await goToLine(session.page, fences[3]!);
  await card(frame, 3).locator('figure.chart').scrollIntoViewIfNeeded();
  await session.screenshot('panel-mlp-light');
  await card(frame, 0).scrollIntoViewIfNeeded();
  await goToLine(session.page, fences[0]!);

  await setColorTheme(session.page, 'Default Dark Modern');
  await frame.locator('body.vscode-dark').waitFor();
  await session.screenshot('panel-dark');
  await setColorTheme(session.page, 'Default Light Modern');
  await frame.locator('body.vscode-light').waitFor();
});
