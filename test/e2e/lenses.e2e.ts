/** The study note opens and every gradexp block gets its CodeLens ("Run all" on the first). */
import { test } from 'vitest';
import { STUDY_NOTE, expectLensesOnEveryBlock } from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({ name: 'lenses', fixtures: [STUDY_NOTE] });

test('every block has "▶ Run experiment" and only the first also has "Run all"', async () => {
  await expectLensesOnEveryBlock(vscode(), STUDY_NOTE);
  await vscode().screenshot('lenses');
});
