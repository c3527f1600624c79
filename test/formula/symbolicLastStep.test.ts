import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// The shape of a real slip (a study note's expected-value recursion, held-out set 7): the
// rows that expand the recursion hold, the last one swaps the population size N for the
// step n and writes E for E_n. Judged alone, that row is "an equation to solve"; the
// formula must not be "holds" on the rows before it.
const RECURSION = String.raw`The recursion is $E_{n+1} = p(E_n + 1) + (1-p)E_n$.

$$E_{n+1} = p E_n + p + E_n - p E_n = E_n + p = E + 1 - E_n / N$$

$$E_{n+1} = p E_n + p + E_n - p E_n = E_n + p$$

$$x^2 - 5x + 6 = (x-2)(x-3) = 0$$`;

describe('the last step of a derivation that agrees at some points only', () => {
  it('keeps the formula from "holds" though the rows before it hold', async () => {
    const reports = await judgeNote(RECURSION);
    const slipped = reports.find((r) => r.source.includes('E_n / N'))!;
    expect(slipped.claims.map((c) => c.verdict)).toEqual(['holds', 'holds', 'none']);
    expect(slipped.verdict).toBe('none');
  });

  it('leaves the same derivation without the slipped row "holds"', async () => {
    const reports = await judgeNote(RECURSION);
    const right = reports.find((r) => r.source.trim().endsWith('= E_n + p'))!;
    expect(right.verdict).toBe('holds');
  });

  it('does not count a last step to a constant: an equation the derivation goes on to solve', async () => {
    const reports = await judgeNote(RECURSION);
    const factored = reports.find((r) => r.source.includes('(x-2)(x-3)'))!;
    expect(factored.claims[0]!.verdict).toBe('holds');
    expect(factored.verdict).toBe('holds');
  });
});
