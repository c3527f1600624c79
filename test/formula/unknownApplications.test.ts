/**
 * Applications of a function the note never defines, read as values (identity/unknownApplications.ts), and a
 * side that opens a parenthesis it never closes (read/strayParenthesis.ts). Real formulas: nikcleju/IT_Course
 * (redundancy of a source) and ml-specialization-labs (C1_W3_Lab, the logistic loss at y = 0, whose second row
 * opens with a lone `(`).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { dropUnclosedOpening } from '../../src/core/formula/read/strayParenthesis';

// nikcleju/IT_Course, Lectures/01_DiscreteInformationSources.md (efficiency and redundancy of a source).
const REDUNDANCY = String.raw`- Efficiency of a DMS:
    $$\eta = \frac{H(S)}{H_{max}} = \frac{H(S)}{\log_2(n)}$$

- Relative redundancy of a DMS:
    $$\rho = \frac{H_{max} - H(S)}{H_{max}} = 1 - \eta$$
`;

describe('an unknown function applied to fixed arguments is one value (unknownApplications.ts)', () => {
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

const F = 'f_{\\mathbf{w},b}\\left( \\mathbf{x}^{(i)} \\right)';
const LOSS_AT_0 = (last: string) => `\\begin{align}
loss(f_{\\mathbf{w},b}(\\mathbf{x}^{(i)}), 0) &= (-(0) \\log\\left(${F} \\right) - \\left( 1 - 0\\right) \\log \\left( 1 - ${F} \\right) \\\\
&= ${last}
\\end{align}`;

describe('applications of a function the note does not define', () => {
  it('ml-specialization-labs: the loss at y = 0 is -log(1 - f)', async () => {
    const report = await judgeFormula(LOSS_AT_0(`-\\log \\left( 1 - ${F} \\right)`));
    expect(report.verdict).toBe('holds');
    const using = report.claims.at(-1)!.identity?.using ?? [];
    expect(using).toHaveLength(1);
    expect(using[0]).toMatch(/^f.*\(.*x.*\) as any value$/);
  });

  it('-log f for -log(1 - f), or a lost minus, does not hold (and is not refuted)', async () => {
    expect((await judgeFormula(LOSS_AT_0(`-\\log \\left( ${F} \\right)`))).verdict).toBe('none');
    expect((await judgeFormula(LOSS_AT_0(`\\log \\left( 1 - ${F} \\right)`))).verdict).toBe('none');
  });

  it('two applications to different arguments are two values', async () => {
    expect((await judgeFormula('g(x) + g(y) = 2g(x)')).verdict).toBe('none');
    expect((await judgeFormula('g(x) + g(y) - g(x) = g(y)')).verdict).toBe('holds');
  });
});

describe('a parenthesis opened and never closed', () => {
  it('opening the side, it is dropped', () => {
    expect(dropUnclosedOpening('(-(0) \\log\\left(f\\right) - 1').trim()).toBe('-(0) \\log\\left(f\\right) - 1');
    // The outer one is the one never closed: it runs to the end, as if it were not there.
    expect(dropUnclosedOpening('((a + b)').trim()).toBe('(a + b)');
  });

  it('a closed one, or one left open elsewhere, stays', () => {
    expect(dropUnclosedOpening('(a + b) + (c')).toBe('(a + b) + (c');
    expect(dropUnclosedOpening('(a + b)')).toBe('(a + b)');
    expect(dropUnclosedOpening('a + (b')).toBe('a + (b');
  });
});
