import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { statisticAssumptions } from '../../src/core/formula/context/statisticAssumptions';

// VectorPosse/sem_book, 02-Variance.Rmd and 03-Covariance.Rmd: rules stated under a constant or an independence the prose assumes.
const CONSTANT = 'Suppose that $C$ is a "constant" variable, meaning that it always has the same value. Then,\n\n';
const INDEPENDENT = '-  <a id = "Rule2">**Rule 2**</a>\n\nIf $X_{1}$ and $X_{2}$ are independent, then\n\n';
const verdictOf = async (prose: string, latex: string) => {
  const reports = await judgeNote(`${prose}$$\n${latex}\n$$\n`);
  return reports[reports.length - 1]!.verdict;
};

describe('what the prose assumes of the letters of a variance rule (statisticAssumptions.ts)', () => {
  it('reads constants anywhere before, independence only just before', () => {
    const note = `${CONSTANT}$$Var(C) = 0$$\n\n${'Filler sentence. '.repeat(30)}${INDEPENDENT}`;
    const a = statisticAssumptions(note, note.length);
    expect([...a.constants]).toEqual(['C']);
    expect([...a.independent]).toEqual(['X_1', 'X_2']);
    const far = `${INDEPENDENT}${'Filler sentence. '.repeat(30)}`;
    expect([...statisticAssumptions(far, far.length).independent]).toEqual([]);
    expect([...statisticAssumptions('Let $c$ be a constant and take any constant $K$.', 60).constants]).toEqual(['c', 'K']);
  });

  it.each([
    [CONSTANT, 'Var\\left(C\\right) = 0'],
    [CONSTANT, 'Var\\left(X + C\\right) = Var\\left(X\\right)'],
    [CONSTANT, 'Cov\\left(X, C\\right) = 0'],
    [INDEPENDENT, 'Var\\left(X_{1} + X_{2}\\right) = Var\\left(X_{1}\\right) + Var\\left(X_{2}\\right)'],
    [INDEPENDENT, 'Var\\left(X_{1} - X_{2}\\right) = Var\\left(X_{1}\\right) + Var\\left(X_{2}\\right)'],
    [INDEPENDENT, 'Cov\\left(X_{1}, X_{2}\\right) = 0'],
  ])('under "%s", %s holds (sem_book)', async (prose, latex) => {
    expect(await verdictOf(prose, latex)).toBe('holds');
  });

  it.each([
    // Really wrong under the same assumptions: the shift kept, the difference's variance subtracted, a constant's variance 1.
    [CONSTANT, 'Var\\left(X + C\\right) = Var\\left(X\\right) + C'],
    [CONSTANT, 'Var\\left(C\\right) = 1'],
    [INDEPENDENT, 'Var\\left(X_{1} - X_{2}\\right) = Var\\left(X_{1}\\right) - Var\\left(X_{2}\\right)'],
    // Without the prose, the same rules stay undecided: random columns are neither constant nor uncorrelated.
    ['', 'Var\\left(X_{1} + X_{2}\\right) = Var\\left(X_{1}\\right) + Var\\left(X_{2}\\right)'],
    ['', 'Cov\\left(X, C\\right) = 0'],
  ])('under "%s", %s is not called holds (the reading only confirms)', async (prose, latex) => {
    const verdict = await verdictOf(prose, latex);
    expect(verdict).not.toBe('holds');
    expect(verdict).not.toBe('fails');
  });
});
