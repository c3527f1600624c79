/** Clicking a lens opens the results panel beside the note: chart, legend, KaTeX formulas; in a light and a dark theme. */
import { expect, test } from 'vitest';
import { card, chartFacts } from './helpers/panel';
import { STUDY_NOTE, runAllBlocks, runFirstBlockAndExpectPanel } from './helpers/steps';
import { useVsCode } from './helpers/session';
import { codeLensesAbove, runCommand, setColorTheme } from './helpers/workbench';
import { fixtureText, gradexpFenceLines } from './helpers/notes';
import { pollFor } from './helpers/poll';

const vscode = useVsCode({ name: 'panel', fixtures: [STUDY_NOTE] });

test('"▶ Run experiment" opens the panel beside the note with the chart and KaTeX formulas', async () => {
  await runFirstBlockAndExpectPanel(vscode(), STUDY_NOTE);
});

test('"Run all" fills every card; the panel follows the theme (light and dark screenshots)', async () => {
  const session = vscode();
  const frame = await runAllBlocks(session, STUDY_NOTE);
  for (let i = 0; i < 4; i++) {
    const chart = await chartFacts(card(frame, i).locator('figure.chart'));
    expect(chart.seriesWithLines, `block ${i}`).toBeGreaterThanOrEqual(1);
    expect(chart.legend.length, `block ${i}`).toBe(chart.seriesWithLines);
  }
  // After a run each block's lens line also carries its one-line result.
  // The lenses are re-provided shortly after the run ends, so wait for it.
  for (const line of gradexpFenceLines(fixtureText(STUDY_NOTE))) {
    const result = await pollFor(`a "ran …" lens above line ${line}`, async () =>
      (await codeLensesAbove(session.page, line)).find((t) => t.startsWith('ran ')),
    10_000);
    expect(result).toMatch(/^ran \d/);
  }
  // More room for note and panel in the pictures.
  await runCommand(session.page, 'View: Close Primary Side Bar');
  expect(await frame.locator('body.vscode-light').count()).toBe(1);
  await session.screenshot('panel-light');
  // The deep-MLP card: sigmoid's gradient vanishing beside ReLU's.
  await card(frame, 3).locator('figure.chart').scrollIntoViewIfNeeded();
  await session.screenshot('panel-mlp-light');

  await setColorTheme(session.page, 'Default Dark Modern');
  await frame.locator('body.vscode-dark').waitFor();
  await session.screenshot('panel-dark');
  await setColorTheme(session.page, 'Default Light Modern');
  await frame.locator('body.vscode-light').waitFor();
});
