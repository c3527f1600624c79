/** The example note opens and every gradexp block gets its CodeLens ("Run all" on the first). */
import { describe, expect, test } from 'vitest';
import { fixtureText, gradexpFenceLines } from './helpers/notes';
import { useVsCode } from './helpers/session';
import { codeLensesAbove, openFile } from './helpers/workbench';

const note = 'vanishing-gradients.md';
const vscode = useVsCode({ name: 'lenses', fixtures: [note] });

describe('CodeLens on gradexp blocks', () => {
  test('every block has "▶ Run experiment" and only the first also has "Run all"', async () => {
    const { page } = vscode();
    await openFile(page, note);
    const fences = gradexpFenceLines(fixtureText(note));
    expect(fences).toHaveLength(4);
    for (const [i, line] of fences.entries()) {
      const titles = await codeLensesAbove(page, line);
      expect(titles.some((t) => t.startsWith('▶ Run experiment')), `block at line ${line}: ${titles.join(' | ')}`).toBe(true);
      expect(titles.includes('Run all'), `block at line ${line}: ${titles.join(' | ')}`).toBe(i === 0);
      if (i === 0) await vscode().screenshot('lenses');
    }
  });
});
