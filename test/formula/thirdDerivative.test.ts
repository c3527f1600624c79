/**
 * Third derivatives of a function the note defines (evaluate/interpret.ts, thirdDerivativeAt):
 * jax-ml/jax, automatic-differentiation.md in its docs lists the derivatives of f(x) = x³ + 2x² − 3x + 1,
 * f'''(x) = 6 and f'''(1) = 6. References: d³/dx³ e^{2x} = 8e^{2x}, so 8 at 0 and 59.112 at 1.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdicts = async (definition: string, claims: readonly string[]) => {
  const reports = await judgeNote([`Let $${definition}$.`, '', ...claims.map((c) => `Then $${c}$.`)].join('\n'));
  return reports.slice(1).map((r) => r.verdict);
};

describe('a third derivative of a defined function', () => {
  it('holds where the note is right, as the jax docs are', async () => {
    expect(await verdicts('f(x) = x^3 + 2x^2 - 3x + 1', ["f'''(1) = 6", "f'''(x) = 6"])).toEqual(['holds', 'holds']);
    expect(await verdicts('g(x) = e^{2x}', ["g'''(0) = 8"])).toEqual(['holds']);
    // Right to four places, closer than the difference quotient can tell: undecided, never failed.
    expect(await verdicts('g(x) = e^{2x}', ["g'''(1) = 59.1124"])).not.toContain('fails');
  });

  it('fails a wrong third derivative', async () => {
    expect(await verdicts('f(x) = x^3 + 2x^2 - 3x + 1', ["f'''(1) = 7"])).toEqual(['fails']);
    expect(await verdicts('g(x) = e^{2x}', ["g'''(0) = 8.5"])).toEqual(['fails']);
  });

  it('carries the rounding of a large function over h³: neither a false failure nor a wrong value held', async () => {
    expect(await verdicts('h(x) = 10^8 + x^3', ["h'''(3) = 6"])).not.toContain('fails');
    expect(await verdicts('h(x) = 10^8 + x^3', ["h'''(3) = 7"])).not.toContain('holds');
  });
});
