/** Hovering a formula shows its numeric value and the verdict of its claim. */
import { test } from 'vitest';
import { STUDY_NOTE, expectFormulaHovers } from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({ name: 'hover', fixtures: [STUDY_NOTE] });

test('a claim that holds and one that fails each show value and verdict on hover', async () => {
  await expectFormulaHovers(vscode(), STUDY_NOTE);
});
