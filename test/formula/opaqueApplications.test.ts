import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

// nikcleju/IT_Course, Lectures/01_DiscreteInformationSources.md (efficiency and redundancy of a source).
const REDUNDANCY = String.raw`- Efficiency of a DMS:
    $$\eta = \frac{H(S)}{H_{max}} = \frac{H(S)}{\log_2(n)}$$

- Relative redundancy of a DMS:
    $$\rho = \frac{H_{max} - H(S)}{H_{max}} = 1 - \eta$$
`;

describe('an unknown function applied to fixed arguments is one value (opaqueApplications.ts)', () => {
  it('decides algebra in H(S) with H never defined (nikcleju/IT_Course, relative redundancy)', async () => {
    const report = (await judgeNote(REDUNDANCY)).find((r) => r.source.startsWith('\\rho'))!;
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
    expect((await judgeFormula(String.raw`\frac{M - H(S)}{M} = 1 - \frac{H(S)}{M}`)).verdict).toBe('holds');
    expect((await judgeFormula(String.raw`\frac{C - I(X,Y)}{C} = 1 - \frac{I(X,Y)}{C}`)).verdict).toBe('holds');
    expect((await judgeFormula('P(A) + P(B) = P(B) + P(A)')).verdict).toBe('holds');
  });

  it('names what it read as a value', async () => {
    const claim = (await judgeFormula(String.raw`2 P(A) - P(A) = P(A)`)).claims[0]!;
    expect(claim.verdict).toBe('holds');
    expect(claim.identity?.using?.[0]).toMatch(/as any value$/);
  });

  it('never fails a claim: the function the author means may make it hold', async () => {
    // Wrong for every value of I(X,Y) but 0: left undecided, as before, not called an error.
    expect((await judgeFormula(String.raw`\frac{C - I(X,Y)}{C} = 1 + \frac{I(X,Y)}{C}`)).verdict).toBe('none');
    expect((await judgeNote(REDUNDANCY.replace('= 1 - \\eta', '= 1 + \\eta'))).find((r) => r.source.startsWith('\\rho'))!.verdict).not.toBe('holds');
    // Two applications the function links: no reading of them as free values decides it.
    expect((await judgeFormula('P(A) = 1 - P(A^c)')).verdict).toBe('none');
    expect((await judgeFormula('f(x+y) = f(x) + f(y)')).verdict).toBe('none');
    expect((await judgeFormula('H(S) = 1')).verdict).toBe('none');
  });

  it('leaves applications under sums, derivatives and integrals alone: there they are not one value', async () => {
    expect((await judgeFormula(String.raw`\sum_{k=1}^{n} f(k) \cdot k = \frac{n+1}{2} \sum_{k=1}^{n} f(k)`)).verdict).not.toBe('holds');
    expect((await judgeFormula(String.raw`\frac{d}{dx} g(x) = g(x)`)).verdict).not.toBe('holds');
  });
});
