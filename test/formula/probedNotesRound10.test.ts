/**
 * A tenth round of public notes the checker had never seen — Japanese graduate entrance exam
 * solutions (Myyura/the_kai_project, docs/…): formulas it failed although their authors were
 * right, each beside a variant that is really wrong and still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('an upright d set as text, \\text{d}, is the differential (preprocess.ts)', () => {
  // docs/kyushu-university/ISEE/kyotsu/2021/kyotsu_202008_analysis_calculus.md: the ODE to solve,
  // not an identity; dropping \text{d} as prose read it as y/x and failed it.
  it('the stated ODE dy/dx = (x²+6y²)/(4xy) is not failed', async () => {
    expect(await verdictOf(String.raw`\frac{\text{d}y}{\text{d}x} = \frac{x^2 + 6y^2}{4xy}`)).not.toBe('fails');
    expect(await verdictOf(String.raw`\frac{\text{d}t}{\text{d}x} = t - e^{2x + 1}`)).not.toBe('fails');
  });

  it('a derivative written with \\text{d} is still computed: a wrong one fails, a right one holds', async () => {
    expect(await verdictOf(String.raw`\frac{\text{d}}{\text{d}x} x^3 = 3x^2`)).toBe('holds');
    expect(await verdictOf(String.raw`\frac{\text{d}}{\text{d}x} x^3 = 2x^2`)).toBe('fails');
  });

  it('a subscript \\text{d} stays part of the name', async () => {
    expect(await verdictOf(String.raw`k_\text{d} + 1 = 1 + k_\text{d}`)).not.toBe('fails');
  });
});
