/** The built-in Markdown preview shows the block's chart. */
import { test } from 'vitest';
import { STUDY_NOTE, expectPreviewCharts } from './helpers/steps';
import { useVsCode } from './helpers/session';
import { runCommand } from './helpers/workbench';

const vscode = useVsCode({ name: 'preview', fixtures: [STUDY_NOTE] });

test('"Markdown: Open Preview to the Side" renders the chart SVG beside VS Code\'s math', async () => {
  await expectPreviewCharts(vscode(), STUDY_NOTE);
  await runCommand(vscode().page, 'View: Close Primary Side Bar'); // more room for the picture
  await vscode().screenshot('preview');
});
