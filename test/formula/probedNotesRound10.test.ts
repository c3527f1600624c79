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

  it('read as \\mathrm{d} is: a wrong derivative written so never holds', async () => {
    const upright = await verdictOf(String.raw`\frac{\mathrm{d}}{\mathrm{d}x} x^3 = 2x^2`);
    expect(await verdictOf(String.raw`\frac{\text{d}}{\text{d}x} x^3 = 2x^2`)).toBe(upright);
    expect(upright).not.toBe('holds');
  });

  it('a subscript \\text{d} stays part of the name', async () => {
    expect(await verdictOf(String.raw`k_\text{d} + 1 = 1 + k_\text{d}`)).not.toBe('fails');
  });
});

describe('a tiny value written ≈ 0 is called negligible (claims.ts)', () => {
  // docs/kyoto-university/informatics/ist/2022/ist_202108_senmon_s_3.md: "$e^{-10} \approx 0$" in a sum of terms.
  it('e^{-10} ≈ 0 and e^{-13}/π ≈ 0 are not failed', async () => {
    expect(await verdictOf(String.raw`e^{-10} \approx 0`)).not.toBe('fails');
    expect(await verdictOf(String.raw`\exp(-10) \approx 0`)).not.toBe('fails');
    expect(await verdictOf(String.raw`e^{-13}/\pi \approx 0`)).not.toBe('fails');
  });

  it('a value that is not small still fails: e^{-1} ≈ 0, and e^{-10} = 0 exactly', async () => {
    expect(await verdictOf(String.raw`e^{-1} \approx 0`)).toBe('fails');
    expect(await verdictOf(String.raw`e^{-10} = 0`)).toBe('fails');
  });
});
