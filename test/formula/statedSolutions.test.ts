import { describe, expect, it } from 'vitest';
import { type NoteFormulaReport } from '../../src/core/formula';
import { judgeNote } from '../support/judging';
import { latexReader } from '../../src/core/formula/read/engine';
import { statedValues } from '../../src/core/formula/worked/statedValues';

/** The claim of `reports` whose sides are `left` and `right` as written. */
function claim(reports: readonly NoteFormulaReport[], left: string, right: string) {
  const found = reports.flatMap((r) => r.claims).find((c) => c.left.source === left && c.right.source === right);
  if (!found) throw new Error(`no claim ${left} = ${right}`);
  return found;
}

// numpy-tutorials (test/corpus/notes/numpy-tutorials.md): the force and moment balance of a
// mast, then the solution. The F_z row swaps T_BE and T_BD against the matrix form.
const EQUATIONS = String.raw`
$\sum F_{x} = 0 = T_{BE}/3+T_{BD}/3-195+R_{x}$

$\sum F_{y} = 0 = (-\frac{2}{3})T_{BE}-\frac{2}{3}T_{BD}-390+R_{y}$

$\sum F_{z} = 0 = (-\frac{2}{3})T_{BE}+\frac{2}{3}T_{BD}+130+R_{z}$

$\sum M_{x} = 0 = 780+2T_{BE}-2T_{BD}$

$\sum M_{z} = 0 = 1170-T_{BE}-T_{BD}$
`;
const SOLUTION = String.raw`
You now have five unknowns with five equations, and can solve for:

$\ T_{BD} = 780N$

$\ T_{BE} = 390N$

$\ R_{x} = -195N$

$\ R_{y} = 1170N$

$\ R_{z} = 130N$
`;

describe('a system of equations and the solution the note states', () => {
  it('judges each equation at the stated solution: four hold, the swapped one fails', async () => {
    const reports = await judgeNote(`## Mast\n${EQUATIONS}${SOLUTION}`);
    for (const [right, unknowns] of [
      ['T_{BE}/3+T_{BD}/3-195+R_{x}', 'R_x = -195 N'],
      ['(-\\frac{2}{3})T_{BE}-\\frac{2}{3}T_{BD}-390+R_{y}', 'R_y = 1170 N'],
      ['780+2T_{BE}-2T_{BD}', 'T_BD = 780 N'],
      ['1170-T_{BE}-T_{BD}', 'T_BD = 780 N'],
    ] as const) {
      const c = claim(reports, '0', right);
      expect(c.verdict).toBe('holds');
      expect(c.reading).toContain(unknowns);
    }
    const swapped = claim(reports, '0', '(-\\frac{2}{3})T_{BE}+\\frac{2}{3}T_{BD}+130+R_{z}');
    expect(swapped.verdict).toBe('fails');
    expect(swapped.identity?.counterexample).toEqual({ at: { T_BE: 390, T_BD: 780, R_z: 130 }, left: 0, right: 520 });
    expect(swapped.identity?.using?.[0]).toMatch(/^the solution stated on lines 15–23/);
    // The sums of forces are notation: they stay undecided.
    expect(claim(reports, '\\sum F_{z}', '0').verdict).toBe('none');
  });

  it('confirms each stated value by an equation before it that it solves, and says why R_z is not', async () => {
    const reports = await judgeNote(`## Mast\n${EQUATIONS}${SOLUTION}`);
    for (const name of ['T_{BD}', 'T_{BE}', 'R_{x}', 'R_{y}']) {
      const stated = reports.find((r) => r.source.includes(`${name} =`))!;
      expect(stated.verdict).toBe('holds');
      expect(stated.claims[0]!.reading).toMatch(/^it solves /);
    }
    const rz = reports.find((r) => r.source.includes('R_{z} ='))!;
    expect(rz.verdict).toBe('none');
    expect(rz.error).toContain('does not hold with it');
  });

  it('does not fail an equation on one stated solution alone: the values may be the slip', async () => {
    const swappedOnly = String.raw`$0 = (-\frac{2}{3})T_{BE}+\frac{2}{3}T_{BD}+130+R_{z}$`;
    const reports = await judgeNote(`## Mast\n\n${swappedOnly}\n${SOLUTION}`);
    const c = claim(reports, '0', '(-\\frac{2}{3})T_{BE}+\\frac{2}{3}T_{BD}+130+R_{z}');
    expect(c.verdict).toBe('none');
    expect(c.reason).toBe('cannot evaluate: it is an equation to solve, and the values the note states for it on lines 7–15 (T_BE = 390 N, T_BD = 780 N, R_z = 130 N) do not satisfy it');
  });

  it('fails an equation only when the stated solution comes after it', async () => {
    const reports = await judgeNote(`## Mast\n${SOLUTION}${EQUATIONS}`);
    const swapped = claim(reports, '0', '(-\\frac{2}{3})T_{BE}+\\frac{2}{3}T_{BD}+130+R_{z}');
    expect(swapped.verdict).toBe('none');
    expect(claim(reports, '0', '1170-T_{BE}-T_{BD}').verdict).toBe('holds');
  });

  it('does not fail an equation whose constants are rounded decimals', async () => {
    const rounded = EQUATIONS.replace('(-\\frac{2}{3})T_{BE}+\\frac{2}{3}T_{BD}', '-0.667T_{BE}+0.667T_{BD}');
    const reports = await judgeNote(`## Mast\n${rounded}${SOLUTION}`);
    expect(claim(reports, '0', '-0.667T_{BE}+0.667T_{BD}+130+R_{z}').verdict).toBe('none');
  });

  it('binds nothing with a name the section states with two values, nor across a heading', async () => {
    const twice = await judgeNote(`## Mast\n${EQUATIONS}${SOLUTION}\n$T_{BD} = 700N$\n`);
    expect(claim(twice, '0', '1170-T_{BE}-T_{BD}').verdict).toBe('none');
    expect(claim(twice, '0', '(-\\frac{2}{3})T_{BE}+\\frac{2}{3}T_{BD}+130+R_{z}').verdict).toBe('none');
    const apart = await judgeNote(`## Mast\n${EQUATIONS}\n## Another mast\n${SOLUTION}`);
    expect(claim(apart, '0', '1170-T_{BE}-T_{BD}').verdict).toBe('none');
  });

  it('reads a letter after a stated number as a unit only when it is one', async () => {
    const reports = await judgeNote('## Lines\n\n$2a + 1 = 5$\n\n$a = 2a$\n\n$x + 1 = 3$ so $x = 2N$\n');
    expect(claim(reports, '2a + 1', '5').verdict).toBe('none');
    expect(claim(reports, 'x + 1', '3').reading).toBe('at the values the note states: x = 2 N (line 7)');
  });
});

// ml-foundations (test/corpus/notes/ml-foundations.md): least squares by hand.
const LEAST_SQUARES = String.raw`## Least squares

$$ S(\beta_0, \beta_1) = 4\beta_0^2 + 30\beta_1^2 + 20\beta_0\beta_1 - 56\beta_0 - 154\beta_1 + 210 $$

$$ \frac{\partial S}{\partial \beta_0} = 8\beta_0 + 20\beta_1 - 56 = 0 $$
...and $\beta_1$:
$$ \frac{\partial S}{\partial \beta_1} = 20\beta_0 + 60\beta_1 - 154 = 0 $$

Thus, the line that minimizes the squared error has the parameters $\hat{\beta}_0 = 3.5$ and $\hat{\beta}_1 = 1.4$:
`;

describe('equations set to zero after a derivative', () => {
  it('judges the derivative link as an identity and the `= 0` link at the estimates the note states', async () => {
    const reports = await judgeNote(LEAST_SQUARES);
    expect(claim(reports, '\\frac{\\partial S}{\\partial \\beta_0}', '8\\beta_0 + 20\\beta_1 - 56').verdict).toBe('holds');
    const zero = claim(reports, '8\\beta_0 + 20\\beta_1 - 56', '0');
    expect(zero.verdict).toBe('holds');
    expect(zero.reading).toBe('at the values the note states: β\u0302_0 = 3.5, β\u0302_1 = 1.4 (line 9)');
    // The stated values decide it: the random-point check they overrule is not reported beside it.
    expect(zero.identity).toBeUndefined();
    expect(claim(reports, '20\\beta_0 + 60\\beta_1 - 154', '0').verdict).toBe('holds');
    const estimate = reports.find((r) => r.source === '\\hat{\\beta}_0 = 3.5')!;
    expect(estimate.verdict).toBe('holds');
    expect(estimate.claims[0]!.reading).toBe('it solves 8\\beta_0 + 20\\beta_1 - 56 = 0 (line 5), with β\u0302_1 = 1.4 (line 9)');
  });

  it('never fails the `= 0` link for not being an identity', async () => {
    const reports = await judgeNote(LEAST_SQUARES.replace('= 3.5', '= 6.5'));
    const zero = claim(reports, '8\\beta_0 + 20\\beta_1 - 56', '0');
    expect(zero.verdict).toBe('none');
    expect(zero.reason).toMatch(/do not satisfy it$/);
    expect(claim(reports, '\\frac{\\partial S}{\\partial \\beta_0}', '8\\beta_0 + 20\\beta_1 - 56').verdict).toBe('holds');
  });
});

describe('a value that solves the equation written before it', () => {
  // ericwiener-ai-notes, Exam 2 Review Sheet.
  const line = String.raw`- Therefore, we can get $x$ on the standardized test if we do:
    - $\frac{10}{16} = \frac{x - 150}{20}$, which gives us $x = 162.5$`;

  it('holds, and so does the equation at it', async () => {
    const reports = await judgeNote(line);
    const stated = reports.find((r) => r.source === 'x = 162.5')!;
    expect(stated.verdict).toBe('holds');
    expect(stated.claims[0]!.reading).toBe('it solves \\frac{10}{16} = \\frac{x - 150}{20} (line 2)');
    expect(claim(reports, '\\frac{10}{16}', '\\frac{x - 150}{20}').verdict).toBe('holds');
  });

  it('stays undecided when it does not solve it, with the reason', async () => {
    const reports = await judgeNote(line.replace('162.5', '175.5'));
    const stated = reports.find((r) => r.source === 'x = 175.5')!;
    expect(stated.verdict).toBe('none');
    expect(stated.error).toBe('cannot evaluate: a stated value, and \\frac{10}{16} = \\frac{x - 150}{20} (line 2) does not hold with it');
  });

  it('is not confirmed by a formula after it that substitutes it', async () => {
    // ml-foundations: an example value, then a probability computed with it.
    const reports = await judgeNote(String.raw`For example, with $n = 3$:

$$ \frac{3}{2^n} = \frac{3}{2^3} = \frac{3}{8} = 0.375 $$`);
    expect(reports.find((r) => r.source === 'n = 3')!.verdict).toBe('none');
  });
});

describe('values as notes state them', () => {
  const span = (source: string) => ({ start: 0, end: source.length + 2, contentStart: 1, contentEnd: source.length + 1, display: false, source, line: 1, column: 2 });
  const read = async (source: string) => {
    const reader = await latexReader();
    return statedValues(0, span(source), reader, (unit) => unit === 'N' || unit === 'ms').map(({ name, alias, value, halfUnit, unit }) => ({ name, alias, value, halfUnit, unit }));
  };

  it('reads a name, its number as written, the rounding of its last digit and its unit', async () => {
    expect(await read('\\ R_{x} = -195N')).toEqual([{ name: 'R_x', alias: undefined, value: -195, halfUnit: 0.5, unit: 'N' }]);
    expect(await read('\\hat{\\beta}_0 = 3.5')).toEqual([{ name: 'hat(beta)_0', alias: 'beta_0', value: 3.5, halfUnit: 0.05, unit: '' }]);
    expect(await read('n = 60,000')).toEqual([{ name: 'n', alias: undefined, value: 60000, halfUnit: 5000, unit: '' }]);
    expect(await read('T = 12\\,\\text{ms}')).toEqual([{ name: 'T', alias: undefined, value: 12, halfUnit: 0.5, unit: 'ms' }]);
    expect(await read('x^* = 2 \\times 10^{-3}')).toEqual([{ name: 'x^*', alias: 'x', value: 0.002, halfUnit: 0.0005, unit: '' }]);
  });

  it('reads no value from an expression, a word that is no unit, a constant or a call', async () => {
    for (const source of ['x = 2a', 'y = 2x + 1', 'e = 2.718', 'f(x) = 3', 'x = 3, y = 4', '\\sum_{i=1}^n x_i = 5']) expect(await read(source)).toEqual([]);
  });
});
