/**
 * The user journeys of the e2e suite as reusable steps, so that the
 * Restricted Mode scenario replays exactly what the other scenarios check.
 * Every step asserts what the user would see, and waits on conditions only.
 */
import type { Frame } from 'playwright-core';
import { expect } from 'vitest';
import { actUntilPanelRefreshes, card, cardErrors, chartFacts, waitForCardFinished } from './panel';
import { fixtureText, formulasOutsideCode, gradexpFenceLines, noteFileName, positionOf } from './notes';
import { pollFor } from './poll';
import type { VsCodeSession } from './session';
import { WORK_WAIT_MS } from './waits';
import {
  activeEditor,
  applyQuickFix,
  clickCodeLens,
  codeLensesAbove,
  editorLine,
  frameWith,
  goToLine,
  hoverOver,
  openFile,
  problemLabels,
  runCommand,
} from './workbench';

/** The D2L-style study note most scenarios open. */
export const STUDY_NOTE = 'vanishing-gradients.md';
/** A note whose first block has a typo in a key. */
export const BROKEN_NOTE = 'broken-block.md';
/** The example note the project ships. */
export const EXAMPLE_NOTE = 'examples/numerical-stability.md';
/** A note with one small block, for editing. */
export const AUTORUN_NOTE = 'autorun.md';
/** The study note's claim that is wrong: 0.9¹⁰⁰ ≈ 2.66 × 10⁻⁵ rounds to 3 × 10⁻⁵, not 2. */
export const FAILING_CLAIM = '0.9^{100} \\approx 2 \\times 10^{-5}';

/** Every gradexp block of the note has "▶ Run experiment"; only the first also has "Run all". */
export async function expectLensesOnEveryBlock(session: VsCodeSession, note: string): Promise<void> {
  const { page } = session;
  await openFile(page, noteFileName(note));
  const fences = gradexpFenceLines(fixtureText(note));
  expect(fences.length).toBeGreaterThan(1);
  for (const [i, line] of fences.entries()) {
    const titles = await codeLensesAbove(page, line);
    const seen = `block at line ${line}: ${titles.join(' | ')}`;
    expect(titles.some((t) => t.startsWith('▶ Run experiment')), seen).toBe(true);
    expect(titles.includes('Run all'), seen).toBe(i === 0);
  }
}

/**
 * Clicks the first block's "▶ Run experiment": the panel opens beside the note
 * (focus stays in the note) with the block's chart — one line and one legend
 * entry per series — and KaTeX-rendered formulas. Returns the panel's frame.
 */
export async function runFirstBlockAndExpectPanel(session: VsCodeSession, note: string): Promise<Frame> {
  const { page } = session;
  await openFile(page, noteFileName(note));
  const [first] = gradexpFenceLines(fixtureText(note));
  const frame = await actUntilPanelRefreshes(page, '▶ Run experiment', () => clickCodeLens(page, first!, '▶ Run experiment'));
  await expect.poll(() => page.locator('.editor-group-container').count()).toBe(2);
  await page.locator('.editor-group-container .tab', { hasText: `gradexp: ${noteFileName(note)}` }).waitFor();
  await expect.poll(() => page.locator('.editor-group-container.active .tab.active').innerText()).toContain(noteFileName(note));
  expect(await waitForCardFinished(frame, 0)).toMatch(/^ran /);
  const chart = await chartFacts(card(frame, 0).locator('figure.chart'));
  // The first block sweeps base: [1.5, 0.8] — two series, each a drawn line with a legend entry.
  expect(chart.seriesWithLines).toBe(2);
  expect(chart.drawnPaths).toBeGreaterThanOrEqual(2);
  expect(chart.legend).toHaveLength(2);
  expect(chart.legend.join(' ')).toMatch(/1\.5[\s\S]*0\.8/);
  // KaTeX: the explanation of the experiment and every formula of the note (none from code).
  expect(await card(frame, 0).locator('.explain .katex').count()).toBeGreaterThan(0);
  const expected = formulasOutsideCode(fixtureText(note));
  await expect.poll(() => frame.locator('.formula-list > li').count()).toBe(expected.length);
  expect(await frame.locator('.formula-list > li .katex').count()).toBe(expected.length);
  expect(await frame.locator('.formula-list .verdict-fails').count()).toBe(1);
  return frame;
}

/** Runs every block of the open note with its "Run all" lens and waits until each card has finished. */
export async function runAllBlocks(session: VsCodeSession, note: string): Promise<Frame> {
  const { page } = session;
  await openFile(page, noteFileName(note));
  const fences = gradexpFenceLines(fixtureText(note));
  const frame = await actUntilPanelRefreshes(page, 'Run all', () => clickCodeLens(page, fences[0]!, 'Run all'));
  for (let i = 0; i < fences.length; i++) await waitForCardFinished(frame, i, WORK_WAIT_MS);
  return frame;
}

/** The failing claim is a Warning in the Problems panel (and nothing from code is); its quick fix writes the computed value and the warning goes. */
export async function expectFailingClaimFixedByQuickFix(session: VsCodeSession, note: string): Promise<void> {
  const { page } = session;
  await openFile(page, noteFileName(note));
  const claimWarnings = async () => (await problemLabels(page)).filter((l) => l.includes('claim fails'));
  const warnings = await pollFor('a "claim fails" warning in Problems', async () => {
    const found = await claimWarnings();
    return found.length > 0 ? found : undefined;
  });
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/^Warning/);
  expect(warnings[0]).toContain('0.9^{100}');
  const claimed = positionOf(fixtureText(note), '2 \\times 10^{-5}');
  expect(warnings[0]).toContain(`line ${claimed.line}`);

  await goToLine(page, claimed.line, claimed.column + 1); // inside the flagged "2 \times 10^{-5}"
  await applyQuickFix(page, 'Write the computed value 3 \\times 10^{-5}');
  // 0.9¹⁰⁰ = 2.656…e-5, written to the one significant digit the author used.
  await editorLine(page, '0.9^{100} \\approx 3 \\times 10^{-5}').waitFor();
  await pollFor('the warning to leave Problems', async () => ((await claimWarnings()).length === 0 ? true : undefined));
}

/** Hovering a formula shows its value and verdict: a claim that holds, and one that fails. */
export async function expectFormulaHovers(session: VsCodeSession, note: string): Promise<void> {
  const { page } = session;
  await openFile(page, noteFileName(note));
  const fences = gradexpFenceLines(fixtureText(note));
  await codeLensesAbove(page, fences[0]!); // lenses drawn: the extension is active and the note tokenized
  const holds = positionOf(fixtureText(note), '1.5^{100} \\approx');
  await goToLine(page, holds.line);
  const hover = await hoverOver(page, '1.5^{100} \\approx 4', '100');
  await expect.poll(() => hover.innerText()).toContain('holds');
  const text = await hover.innerText();
  expect(text).toContain('gradexp');
  expect(text).toMatch(/4\.06\d*/); // 1.5^100 = 4.0656…e17
  expect(text).toMatch(/fp16/);
  await session.screenshot('hover');
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden' });

  const fails = positionOf(fixtureText(note), FAILING_CLAIM);
  await goToLine(page, fails.line);
  const failing = await hoverOver(page, FAILING_CLAIM.slice(0, 12), '0.9');
  await expect.poll(() => failing.innerText()).toContain('fails');
  expect(await failing.innerText()).toMatch(/2\.65\d*|2\.66/); // 0.9^100 = 2.6561…e-5
  await page.keyboard.press('Escape');
}

/** With gradexp.autoRun on, editing a block re-renders its chart without any click. */
export async function expectAutoRunRerendersOnEdit(session: VsCodeSession, note: string): Promise<void> {
  const { page } = session;
  await openFile(page, noteFileName(note));
  const frame = await runFirstBlockOf(session, note);
  const before = await chartFacts(card(frame, 0).locator('figure.chart'));
  const nLine = positionOf(fixtureText(note), 'n: 40');
  await goToLine(page, nLine.line, 4);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('80');
  await editorLine(page, 'n: 80').waitFor();
  const after = await pollFor('the chart to re-render with n = 80', async () => {
    const facts = await chartFacts(card(frame, 0).locator('figure.chart'));
    return Math.max(...facts.points) > Math.max(...before.points) ? facts : undefined;
  });
  // aⁿ for n = 0…80 has twice the points of n = 0…40 (give or take the n = 0 point).
  expect(Math.max(...after.points)).toBeGreaterThanOrEqual(2 * Math.max(...before.points) - 1);
}

/** A broken block shows a located error in the panel and in Problems, and the other block still runs. */
export async function expectBrokenBlockLocated(session: VsCodeSession, note: string): Promise<void> {
  const { page } = session;
  const frame = await runAllBlocks(session, note);
  const typo = positionOf(fixtureText(note), 'dept: 20');
  const errors = await cardErrors(frame, 0);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.join('\n')).toContain(`line ${typo.line}:${typo.column}`);
  expect(errors.join('\n')).toMatch(/dept[\s\S]*depth/); // unknown key, with "did you mean depth"
  expect(await card(frame, 0).locator('figure.chart svg').count()).toBe(0);
  expect(await waitForCardFinished(frame, 1)).toMatch(/^ran /);
  expect((await chartFacts(card(frame, 1).locator('figure.chart'))).seriesWithLines).toBe(2);
  const problems = await pollFor('the block error in Problems', async () => {
    const found = (await problemLabels(page)).filter((l) => l.includes('dept'));
    return found.length > 0 ? found : undefined;
  });
  expect(problems[0]).toMatch(/^Error/);
  expect(problems[0]).toContain(`line ${typo.line}`);
}

/** The built-in Markdown preview shows each block's chart as SVG, beside VS Code's own math rendering. */
export async function expectPreviewCharts(session: VsCodeSession, note: string): Promise<Frame> {
  const { page } = session;
  await openFile(page, noteFileName(note));
  await runCommand(page, 'Markdown: Open Preview to the Side');
  const frame = await frameWith(page, '.gradexp-chart svg', WORK_WAIT_MS);
  const charts = frame.locator('.gradexp-chart');
  expect(await charts.count()).toBeGreaterThanOrEqual(1);
  expect((await chartFacts(charts.first())).seriesWithLines).toBe(2);
  expect(await frame.locator('.katex').count()).toBeGreaterThan(0);
  return frame;
}

/** Clicks "▶ Run experiment" on the note's first block and waits for its chart. */
async function runFirstBlockOf(session: VsCodeSession, note: string): Promise<Frame> {
  const [first] = gradexpFenceLines(fixtureText(note));
  const frame = await actUntilPanelRefreshes(session.page, '▶ Run experiment', () => clickCodeLens(session.page, first!, '▶ Run experiment'));
  expect(await waitForCardFinished(frame, 0)).toMatch(/^ran /);
  await card(frame, 0).locator('figure.chart svg').waitFor();
  await activeEditor(session.page).waitFor();
  return frame;
}

/**
 * Clicks "▶ Run experiment" above block `index` of `note` (open and active), a long one: the
 * worker reports progress — the notification's bar fills — and its Cancel stops the run (the
 * block's card says "cancelled", the notification goes).
 */
export async function expectLongRunStoppedByCancel(session: VsCodeSession, note: string, index: number): Promise<void> {
  const { page } = session;
  const line = gradexpFenceLines(fixtureText(note))[index]!;
  const frame = await actUntilPanelRefreshes(page, '▶ Run experiment', () => clickCodeLens(page, line, '▶ Run experiment'));
  const toast = page.locator('.notification-toast', { hasText: 'gradexp: running experiment' });
  await toast.waitFor({ timeout: WORK_WAIT_MS });
  // The worker reports each step: the notification's bar fills (VS Code sets the bit's width in percent).
  await pollFor('the progress bar to advance', async () => {
    const width = await toast.locator('.progress-bit').evaluate((el) => (el as unknown as { style: { width: string } }).style.width, undefined, { timeout: 1000 });
    return parseFloat(width) > 0 ? width : undefined;
  });
  await toast.getByRole('button', { name: 'Cancel' }).click();
  await pollFor('the long run to be cancelled', async () => {
    const status = (await card(frame, index).locator('.status').innerText({ timeout: 1000 })).trim();
    return status === 'cancelled' ? status : undefined;
  });
  await toast.waitFor({ state: 'detached' });
}

/** "Run all" charts every block of `note` without an error: one line and one legend entry per series. */
export async function expectEveryBlockCharted(session: VsCodeSession, note: string): Promise<void> {
  const frame = await runAllBlocks(session, note);
  const blocks = gradexpFenceLines(fixtureText(note)).length;
  for (let i = 0; i < blocks; i++) {
    expect(await card(frame, i).locator('ul.errors li').count(), `block ${i}`).toBe(0);
    const chart = await chartFacts(card(frame, i).locator('figure.chart'));
    expect(chart.seriesWithLines, `block ${i}`).toBeGreaterThanOrEqual(1);
    expect(chart.legend.length, `block ${i}`).toBe(chart.seriesWithLines);
  }
}
