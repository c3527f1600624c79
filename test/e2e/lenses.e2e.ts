/** The notes open and every gradexp block gets its CodeLens ("Run all" on the first); the shipped example runs whole. */
import { test } from 'vitest';
import { EXAMPLE_NOTE, STUDY_NOTE, expectEveryBlockCharted, expectLensesOnEveryBlock } from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({ name: 'lenses', fixtures: [STUDY_NOTE, EXAMPLE_NOTE] });

test('every block has "▶ Run experiment" and only the first also has "Run all"', async () => {
  await expectLensesOnEveryBlock(vscode(), STUDY_NOTE);
  await vscode().screenshot('lenses');
});

test('the example note: lenses on every block, and "Run all" charts every block without an error', async () => {
  await expectLensesOnEveryBlock(vscode(), EXAMPLE_NOTE);
  await expectEveryBlockCharted(vscode(), EXAMPLE_NOTE);
});
