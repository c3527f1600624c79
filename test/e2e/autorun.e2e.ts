/** With gradexp.autoRun on, editing a block re-renders its chart. */
import { test } from 'vitest';
import { AUTORUN_NOTE, expectAutoRunRerendersOnEdit } from './helpers/steps';
import { useVsCode } from './helpers/session';

const vscode = useVsCode({ name: 'autorun', fixtures: [AUTORUN_NOTE], settings: { 'gradexp.autoRun': true } });

test('changing n from 40 to 80 redraws the chart with the new points', async () => {
  await expectAutoRunRerendersOnEdit(vscode(), AUTORUN_NOTE);
});
