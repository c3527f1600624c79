/**
 * VS Code for the Web: the same .vsix, moved by the user setting
 * `remote.extensionKind` into code-server's web-worker extension host, where
 * its `browser` entry (dist/web/extension.js) runs with no Node. The log
 * proves which entry activated; then the main journeys of the other
 * scenarios run as they do on the desktop: lenses, a run with the chart and
 * KaTeX in the panel, "Save next to note", a long run's progress and Cancel, hovers with value and
 * verdict, the failed claim in Problems and its quick fix, and the example
 * note run whole (its sweeps are not spread over threads on the web).
 * Not here: the Markdown preview. code-server runs VS Code's Markdown extension
 * in its Node host, which cannot call a plugin in the web host, and moving that
 * extension to the web host too leaves its commands unregistered there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import {
  EXAMPLE_NOTE,
  STUDY_NOTE,
  expectEveryBlockCharted,
  expectFailingClaimFixedByQuickFix,
  expectFormulaHovers,
  expectLensesOnEveryBlock,
  expectLongRunStoppedByCancel,
  runFirstBlockAndExpectPanel,
} from './helpers/steps';
import { fixtureText, gradexpFenceLines, noteFileName } from './helpers/notes';
import { useVsCode } from './helpers/session';
import { editorLine, goToLine, openFile, runCommand } from './helpers/workbench';
import { card } from './helpers/panel';
import { pollFor } from './helpers/poll';
import { WORK_WAIT_MS } from './helpers/waits';
import { reportDuration } from '../support/timing';

const TRAINING_NOTE = 'training.md';

const vscode = useVsCode({
  name: 'web',
  fixtures: [STUDY_NOTE, TRAINING_NOTE, EXAMPLE_NOTE],
  settings: { 'remote.extensionKind': { 'gradexp.gradexp': ['ui'] } },
});

beforeAll(() => {
  // The web host's errors are the browser's: print ours, so a failure here says what went wrong.
  vscode().page.on('console', (message) => {
    if (message.type() === 'error' && /gradexp/i.test(message.text())) console.log(`e2e web console: ${message.text().slice(0, 500)}`);
  });
});

test('gradexp activates in the web-worker extension host (its log says so; the desktop entry never ran)', async () => {
  const { page } = vscode();
  await openFile(page, noteFileName(STUDY_NOTE));
  await runCommand(page, 'gradexp: Show Log');
  // The Output view is an editor that draws only the lines in sight: its first lines hold the activation.
  const output = page.locator('.part.panel .monaco-editor .view-lines');
  const text = await pollFor(
    'the gradexp log to show its activation line',
    async () => {
      await output.click({ timeout: 1000 }).catch(() => undefined);
      await page.keyboard.press('Control+Home');
      // Monaco draws spaces as no-break spaces.
      const shown = (await output.innerText({ timeout: 1000 }).catch(() => '')).replace(/\u00a0/g, ' ');
      return /activated in the .* extension host/.test(shown) ? shown : undefined;
    },
    WORK_WAIT_MS,
  );
  expect(text).toMatch(/activated in the web worker extension host in \d/);
  expect(text).not.toContain('desktop extension host');
  reportDuration('web activation (its own log line)', Number(/web worker extension host in ([\d.]+) ms/.exec(text)?.[1]));
  await runCommand(page, 'View: Toggle Panel Visibility'); // the Output view goes
});

test('lenses on every block', async () => {
  await expectLensesOnEveryBlock(vscode(), STUDY_NOTE);
});

test('a run opens the panel with its chart and KaTeX formulas (screenshot panel-web); "Save next to note" writes the PNG through workspace.fs', async () => {
  const session = vscode();
  const frame = await runFirstBlockAndExpectPanel(session, STUDY_NOTE);
  await goToLine(session.page, 1);
  await session.screenshot('panel-web');

  // The webview draws the PNG, the web host decodes it without Buffer and writes it beside the note.
  await card(frame, 0).getByRole('button', { name: 'Save next to note' }).click();
  const file = path.join(session.workspace, 'vanishing-gradients-block-1.png');
  const png = await pollFor('the chart saved next to the note', async () => (fs.existsSync(file) && fs.statSync(file).size > 0 ? fs.readFileSync(file) : undefined));
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The link goes after the block's closing fence and a blank line (0-based `closing`, so 1-based closing + 3).
  const lines = fixtureText(STUDY_NOTE).split('\n');
  const closing = lines.findIndex((l, i) => i >= gradexpFenceLines(fixtureText(STUDY_NOTE))[0]! && l.startsWith('```'));
  await runCommand(session.page, 'View: Focus First Editor Group'); // the click left focus in the panel
  await goToLine(session.page, closing + 3);
  // The editor beside the panel is narrow: the link wraps after its alt text, never inside the file name.
  await editorLine(session.page, '![Powers of 1.5 and 0.8 in fp16]').waitFor();
  await editorLine(session.page, '(vanishing-gradients-block-1.png)').waitFor();
});

test('hover value and verdict', async () => {
  await expectFormulaHovers(vscode(), STUDY_NOTE);
});

test('the failing claim in Problems and its quick fix', async () => {
  await expectFailingClaimFixedByQuickFix(vscode(), STUDY_NOTE);
});

test("a long sweep's progress and Cancel (a Web Worker terminated)", async () => {
  const session = vscode();
  await openFile(session.page, noteFileName(TRAINING_NOTE));
  await expectLongRunStoppedByCancel(session, TRAINING_NOTE, 0);
});

test('the shipped example note runs whole: "Run all" charts every block, its sweeps run in the one Web Worker', async () => {
  await expectEveryBlockCharted(vscode(), EXAMPLE_NOTE);
});
