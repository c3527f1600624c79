/**
 * A claim is judged only when the float64 rounding error carried to its sides
 * cannot change the verdict: a false claim must never hold because rounding
 * made it look true, and where float64 cannot tell the verdict is "none" with
 * a reason. Exact values checked with mpmath at 60 digits; float64 values with
 * python3.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { scaled } from '../support/timeScale';

type Verdict = 'holds' | 'fails' | 'none';

function table(title: string, cases: ReadonlyArray<readonly [string, Verdict, string]>): void {
  describe(title, () => {
    for (const [claim, verdict, why] of cases) {
      it(`${claim} ${verdict} (${why})`, async () => {
        // What is tested is the verdict, not the 250 ms wall-clock budget, which a loaded machine can exhaust (10^5-term sums).
        const report = await judgeFormula(claim, { timeLimitMs: scaled(30_000) });
        expect(report.verdict).toBe(verdict);
        if (verdict === 'none') expect(report.error).toMatch(/^cannot evaluate: float64 cannot decide this claim; /);
      });
    }
  });
}

table('false claims that rounding made look true never hold', [
  ['2^{53}+1-2^{53} = 3', 'fails', 'float64 0 ± 2, exact 1'],
  ['10^{20} - (10^{20} - 5000) = 10000', 'none', 'float64 0 ± 22000, exact 5000'],
  ['(1+10^{-16})-1 = 2\\times10^{-16}', 'none', 'float64 0, exact 1e-16'],
  ['\\sin(10^{22}) = 0.5', 'fails', 'exact −0.8522008497671888; 10^22 is exact in float64'],
  ['\\sin(10^{16}\\pi) = 0.9', 'none', 'float64 −0.375, exact ≈ −1.7e-46: π·10^16 is off by ±3.5'],
  ['\\cos(10^{16}\\pi) = -1', 'none', 'exact 1'],
  ['\\frac{1}{\\sin(\\pi)} = -5', 'none', 'divides by 1.2e-16 ± 7e-16'],
  ['\\tan(\\frac{\\pi}{2}) = 0', 'none', 'π/2 is within its rounding of the pole'],
  ['(10^{16}+1-10^{16})^2 = 0', 'none', 'exact 1: the square of 0 ± 2.2 is not exactly 0'],
  ['\\lfloor (1-0.9) \\cdot 10 \\rfloor = 0', 'none', 'float64 floor(0.9999999999999998), exact floor(1) = 1'],
]);

table('claims float64 cannot decide are none, not holds or fails', [
  ['\\sin(\\pi) = 0', 'none', '1.2246467991473532e-16 ± 7e-16'],
  ['\\sin(\\pi) \\neq 0', 'none', 'same interval'],
  ['\\sin(\\pi) < 10^{-20}', 'none', 'the interval reaches both sides of 1e-20'],
  ['\\sin(\\pi) \\approx 0', 'none', 'some of the interval rounds to 0, some does not'],
  ['\\cos(\\pi/2) = 0', 'none', '6.123233995736766e-17 ± 3.5e-16'],
  ['1 - 0.9 - 0.1 = 0', 'none', '−2.7755575615628914e-17, within its rounding'],
  ['10^{16}+1-10^{16} \\neq 0', 'none', 'float64 0 ± 2.2, exact 1'],
  ['0.1 + 0.2 > 0.3', 'none', 'accurate, but 0.30000000000000004 vs 0.3 is a strict order within rounding; exactly equal'],
  // An integer written against a value float64 cannot pin down: undecided as an exact claim, but 10000 as
  // rounded to 1 significant digit holds over the whole interval (and the exact sum is 10000).
  ['\\sum_{i=1}^{100000} 0.1 = 10000', 'holds', 'float64 10000.000000018848, exact 10000; the sum rounds 10^5 times'],
]);

table('accurate evaluations are judged as before', [
  ['0.1 + 0.2 = 0.3', 'holds', '0.30000000000000004, within 1e-12'],
  ['0.1 + 0.2 \\le 0.3', 'holds', '≤ includes the tolerance of ='],
  ['\\sin(10^{22}) \\approx -0.852', 'holds', 'exact −0.85220084976718880'],
  ['\\sin(3) = 0', 'fails', '0.1411'],
  ['10^{-20} = 0', 'fails', 'a small exact-ish number is not a residue'],
  ['\\sqrt{4} = 2', 'holds', 'an exact square root adds no rounding'],
  ['0.9^{100} \\approx 2 \\times 10^{-5}', 'fails', 'exact 2.656e-5'],
  ['2^{53}+1-2^{53} < 3', 'holds', '0 ± 2 lies below 3'],
  ['\\sin(\\pi) > -1', 'holds', 'the whole interval is above −1'],
  ['\\sin(\\pi) < -1', 'fails', 'the whole interval is above −1'],
]);

table('infinity as written: an infinity equals only itself', [
  ['\\infty = 5', 'fails', ''],
  ['\\infty = -\\infty', 'fails', ''],
  ['\\infty \\approx 0', 'fails', ''],
  ['\\infty > 0', 'holds', ''],
  ['\\infty \\neq 1', 'holds', ''],
  ['\\infty = \\infty', 'holds', ''],
]);

describe('the reason given for an undecided claim', () => {
  it('names the difference and the rounding bound', async () => {
    const report = await judgeFormula('\\sin(\\pi) = 0');
    expect(report.error).toBe('cannot evaluate: float64 cannot decide this claim; the sides differ by 1.2e-16, within the rounding error of the evaluation (±7e-16)');
    expect(report.claims[0].reason).toBe(report.error);
    expect(report.value).toBe(Math.sin(Math.PI)); // the value is still shown
  });

  it('says when the bound is unbounded (a division by a value that may be 0)', async () => {
    expect((await judgeFormula('\\frac{1}{\\sin(\\pi)} = -5')).error).toMatch(/rounding error of the evaluation is unbounded/);
  });

  it('offers no quick fix for a claim failed on an interval (float64 0 for an exact 1 is no fix)', async () => {
    const report = await judgeFormula('2^{53}+1-2^{53} = 3');
    expect(report.claims[0].fix).toBeUndefined();
  });
});

describe('exact float64 operations carry no rounding error', () => {
  const exact = ['10^{22}', '2^{53}-1', '0.5 + 0.25', '3 \\cdot 2^{-1070}', '\\sqrt{4}', '\\log_2 8', '\\log_{10} 1000', '6!', '\\frac{3}{4}', 'e^{0}'];
  for (const latex of exact) {
    it(latex, async () => {
      expect((await judgeFormula(latex)).sides[0].roundingError).toBeUndefined();
    });
  }

  it('but an inexact one does: 10^{23} is 99999999999999991611392 in float64', async () => {
    expect((await judgeFormula('10^{23}')).sides[0].roundingError).toBeGreaterThan(0);
  });
});
