/**
 * With workspace trust on and the folder not trusted (the user answers "No" to
 * the trust prompt: Restricted Mode), every journey of the other scenarios
 * still works: gradexp runs no workspace code.
 */
import { expect, test } from 'vitest';
import {
  AUTORUN_NOTE,
  BROKEN_NOTE,
  STUDY_NOTE,
  expectAutoRunRerendersOnEdit,
  expectBrokenBlockLocated,
  expectFailingClaimFixedByQuickFix,
  expectFormulaHovers,
  expectLensesOnEveryBlock,
  expectPreviewCharts,
  runFirstBlockAndExpectPanel,
} from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({
  name: 'restricted-mode',
  fixtures: [STUDY_NOTE, BROKEN_NOTE, AUTORUN_NOTE],
  settings: {
    'security.workspace.trust.enabled': true,
    'gradexp.autoRun': true,
  },
});

test('answering "No" to the trust prompt puts the window in Restricted Mode', async () => {
  const { page } = vscode();
  await page.getByRole('button', { name: "No, I don't trust the authors" }).click();
  await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
  expect(await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).count()).toBe(1);
});

test('lenses on every block', async () => {
  await expectLensesOnEveryBlock(vscode(), STUDY_NOTE);
});

test('the panel with chart and KaTeX', async () => {
  await runFirstBlockAndExpectPanel(vscode(), STUDY_NOTE);
});

test('hover value and verdict', async () => {
  await expectFormulaHovers(vscode(), STUDY_NOTE);
});

test('the Markdown preview chart', async () => {
  await expectPreviewCharts(vscode(), STUDY_NOTE);
});

test('the failing claim and its quick fix', async () => {
  await expectFailingClaimFixedByQuickFix(vscode(), STUDY_NOTE);
});

test('the broken block', async () => {
  await expectBrokenBlockLocated(vscode(), BROKEN_NOTE);
});

test('autoRun re-renders on edit', async () => {
  await expectAutoRunRerendersOnEdit(vscode(), AUTORUN_NOTE);
});
