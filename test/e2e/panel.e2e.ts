/** Clicking a lens opens the results panel beside the note: chart, legend, KaTeX formulas; in a light and a dark theme. */
import { expect, test } from 'vitest';
import { fixtureText, gradexpFenceLines } from './helpers/notes';
import { card, chartFacts } from './helpers/panel';
import { pollFor } from './helpers/poll';
import { STUDY_NOTE, runAllBlocks, runFirstBlockAndExpectPanel } from './helpers/steps';
import { useVsCode } from './helpers/session';
import { codeLensesAbove, goToLine, runCommand, setColorTheme } from './helpers/workbench';

const vscode = useVsCode({ name: 'panel', fixtures: [STUDY_NOTE] });
const fences = gradexpFenceLines(fixtureText(STUDY_NOTE));

test('"▶ Run experiment" opens the panel beside the note with the chart and KaTeX formulas', async () => {
  await runFirstBlockAndExpectPanel(vscode(), STUDY_NOTE);
});

test('"Run all" fills every card; the panel follows the theme (light and dark screenshots)', async () => {
  const session = vscode();
  const frame = await runAllBlocks(session, STUDY_NOTE);
  for (let i = 0; i < fences.length; i++) {
    const chart = await chartFacts(card(frame, i).locator('figure.chart'));
    expect(chart.seriesWithLines, `block ${i}`).toBeGreaterThanOrEqual(1);
    expect(chart.legend.length, `block ${i}`).toBe(chart.seriesWithLines);
  }
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

test('after "Run all" every block\'s lens line carries its one-line result', async () => {
  const { page } = vscode();
  for (const line of fences) {
    // Lenses are re-provided shortly after a run ends: give that a few seconds.
    const result = await pollFor(
      `a "ran …" lens above line ${line}`,
      async () => (await codeLensesAbove(page, line)).find((t) => t.startsWith('ran ')),
      10_000,
    );
    expect(result).toMatch(/^ran \d/);
  }
});
