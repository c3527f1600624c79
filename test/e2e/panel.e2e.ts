/** Clicking a lens opens the results panel beside the note: chart, legend, KaTeX formulas; in a light and a dark theme. */
import { expect, test } from 'vitest';
import { card, chartFacts, panelFrame } from './helpers/panel';
import { STUDY_NOTE, runAllBlocks, runFirstBlockAndExpectPanel } from './helpers/steps';
import { useVsCode } from './helpers/session';
import { waitForThemeKind } from './helpers/workbench';

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
  await waitForThemeKind(session.page, 'vs');
  expect(await frame.locator('body.vscode-light').count()).toBe(1);
  await session.screenshot('panel-light');

  session.updateSettings({ 'workbench.colorTheme': 'Default Dark Modern' });
  await waitForThemeKind(session.page, 'vs-dark');
  const dark = await panelFrame(session.page);
  await dark.locator('body.vscode-dark').waitFor();
  await session.screenshot('panel-dark');
  session.updateSettings({ 'workbench.colorTheme': 'Default Light Modern' });
  await waitForThemeKind(session.page, 'vs');
});
