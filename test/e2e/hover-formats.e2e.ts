/** The setting gradexp.hoverFormats picks the formula hover's format columns: here fp32 and both fp8 formats. */
import { expect, test } from 'vitest';
import { fixtureText, gradexpFenceLines, noteFileName, positionOf } from './helpers/notes';
import { useVsCode } from './helpers/session';
import { STUDY_NOTE } from './helpers/steps';
import { codeLensesAbove, goToLine, hoverOver, openFile } from './helpers/workbench';

const vscode = useVsCode({
  name: 'hover-formats',
  fixtures: [STUDY_NOTE],
  settings: { 'gradexp.hoverFormats': ['fp32', 'fp8-e4m3', 'fp8-e5m2'] },
});

test('with fp8 in the setting, 1.5¹⁰⁰ shows NaN in fp8-e4m3 (no infinities) and Infinity in fp8-e5m2', async () => {
  const session = vscode();
  const { page } = session;
  await openFile(page, noteFileName(STUDY_NOTE));
  await codeLensesAbove(page, gradexpFenceLines(fixtureText(STUDY_NOTE))[0]!);
  await goToLine(page, positionOf(fixtureText(STUDY_NOTE), '1.5^{100} \\approx').line);
  const hover = await hoverOver(page, '1.5^{100} \\approx 4', '100');
  await expect.poll(() => hover.innerText()).toContain('holds');
  const text = await hover.innerText();
  expect(text).toContain('fp8-e4m3');
  expect(text).toContain('fp8-e5m2');
  expect(text).toMatch(/overflow → NaN/);
  expect(text).toMatch(/overflow → Infinity/);
  expect(text).not.toContain('bf16');
  await session.screenshot('hover-fp8');
});
