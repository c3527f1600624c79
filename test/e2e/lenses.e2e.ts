/** The notes open and every gradexp block gets its CodeLens ("Run all" on the first); the shipped example runs whole. */
import { expect, test } from 'vitest';
import { card, chartFacts } from './helpers/panel';
import { fixtureText, gradexpFenceLines } from './helpers/notes';
import { EXAMPLE_NOTE, STUDY_NOTE, expectLensesOnEveryBlock, runAllBlocks } from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({ name: 'lenses', fixtures: [STUDY_NOTE, EXAMPLE_NOTE] });

test('every block has "▶ Run experiment" and only the first also has "Run all"', async () => {
  await expectLensesOnEveryBlock(vscode(), STUDY_NOTE);
  await vscode().screenshot('lenses');
});

test('the example note: lenses on every block, and "Run all" charts every block without an error', async () => {
  await expectLensesOnEveryBlock(vscode(), EXAMPLE_NOTE);
  const frame = await runAllBlocks(vscode(), EXAMPLE_NOTE);
  const blocks = gradexpFenceLines(fixtureText(EXAMPLE_NOTE)).length;
  for (let i = 0; i < blocks; i++) {
    expect(await card(frame, i).locator('ul.errors li').count(), `block ${i}`).toBe(0);
    const chart = await chartFacts(card(frame, i).locator('figure.chart'));
    expect(chart.seriesWithLines, `block ${i}`).toBeGreaterThanOrEqual(1);
    expect(chart.legend.length, `block ${i}`).toBe(chart.seriesWithLines);
  }
});
