/**
 * A twelfth round of public notes the checker had never seen (the repositories are named by
 * each case), and one verdict that depended on the notes checked before it: formulas it failed
 * although their authors were right, each beside a variant that is really wrong and still fails,
 * and the true errors found, which keep failing.
 */
import { describe, expect, it } from 'vitest';
import { clearFormulaCache } from '../../src/core/formula';
import { definingSides, NoteScope } from '../../src/core/formula/find/noteSettings';
import type { FunctionDefinition } from '../../src/core/formula/types';
import { judgeNote } from '../support/judging';

/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a formula cut short that only differentiates f leaves f refuting (noteSettings.ts definingSides)', () => {
  // Myyura/the_kai_project, docs/nagoya-university/informatics/aisys/2022/aisys_202108_analy_algebra.md:
  // f(x,y) = x³ + y³ − 3xy, its partial derivatives, and the minimum "f(1,1) = −2" (a true error: f(1,1) = −1).
  const partials =
    '\\begin{aligned}\n\\frac{\\partial f}{\\partial x} = 3x^2 - 3y\n&, \\ \\\n\\frac{\\partial f}{\\partial y} = 3y^2 - 3x\n, \\\\\n' +
    '\\frac{\\partial^2 f}{\\partial x^2} = 6x\n, \\ \\\n\\frac{\\partial^2 f}{\\partial y^2} = 6y\n&, \\ \\\n' +
    '\\frac{\\partial^2 f}{\\partial x \\partial y} = \\frac{\\partial^2 f}{\\partial y \\partial x} = -3\n\\end{aligned}';
  const nagoya = (value: string) =>
    `関数\n\n$$\nf(x,y)=x^3+y^3-3xy\n$$\n\nを考える。まず、\n\n$$\n${partials}\n$$\n\nであり、` +
    `よって、この点で極小値をとり、その値は $f(1,1)=${value}$ である。\n`;
  const fOf11 = async (value: string) => (await judgeNote(nagoya(value))).find((r) => r.source.startsWith('f(1,1)'))!.verdict;

  it('the note\'s f(1,1) = -2 fails (f(1,1) = 1 + 1 - 3 = -1)', async () => {
    expect(await fOf11('-2')).toBe('fails');
  });

  it('the right value f(1,1) = -1 holds', async () => {
    expect(await fOf11('-1')).toBe('holds');
  });

  it('the partial-derivative block may name nothing it defines; a definition side may', () => {
    const sides = (text: string) => text.split(/=|&,|,\s*\\\\/).map((source) => ({ source: source.trim() }));
    expect(definingSides(sides(partials))).not.toMatch(/f/);
    expect(definingSides([{ source: 'f(x,y)' }, { source: 'x + y' }])).toBe('f(x,y)');
    expect(definingSides([{ source: 'z^{(2)}' }, { source: 'W^{(2)} a^{(1)} + b^{(2)}' }, { source: '1.105' }])).toContain('z^{(2)}');
  });

  it('cut short, the block leaves f refuting; a cut-short redefinition of f makes it confirm-only', () => {
    const f: FunctionDefinition = { name: 'f', params: ['x', 'y'], body: ['Add', 'x', 'y'], source: 'f(x,y)=x+y' };
    const afterBlock = new NoteScope('');
    afterBlock.learn({ defines: [f] });
    afterBlock.learn({ source: partials, sides: [{ source: '\\frac{\\partial f}{\\partial x}' }, { source: '3x^2 - 3y' }] as never, defines: [], cutShort: true });
    expect(afterBlock.options().definitions!.get('f')?.redefined).toBeUndefined();
    const afterRedefinition = new NoteScope('');
    afterRedefinition.learn({ defines: [f] });
    afterRedefinition.learn({ source: 'f(x,y) = x^2 y', sides: [{ source: 'f(x,y)' }, { source: 'x^2 y' }] as never, defines: [], cutShort: true });
    expect(afterRedefinition.options().definitions!.get('f')?.redefined).toBe(true);
  });

  it('checked alone or after other notes, the note gets the same verdicts', async () => {
    const others = [
      `$$\nf(x,y)=x^2+y^2\n$$\n\n$f(1,1)=2$ and $\\frac{\\partial f}{\\partial x} = 2x$.\n`,
      `$$\ng(x)=x^3\n$$\n\n$g(2)=8$, $2 + 2 = 4$.\n`,
    ];
    clearFormulaCache();
    const alone = await noteVerdicts(nagoya('-2'));
    for (const other of others) await judgeNote(other);
    const inBatch = await noteVerdicts(nagoya('-2'));
    clearFormulaCache();
    expect(inBatch).toEqual(alone);
    expect(alone).toContain('fails');
  });
});
