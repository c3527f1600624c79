/**
 * float64 underflow is not taken for mathematics: a side that underflowed in
 * a way that matters is "cannot evaluate" (as overflow is), while an exact 0
 * (ln 1, arccos 1) is a value. Rounding verdicts: roundingVerdicts.test.ts.
 * Expected values checked with python3 (float64 and fractions.Fraction).
 */
import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { judgeFormula } from '../support/judging';

async function verdictOf(claim: string): Promise<string> {
  return (await judgeFormula(claim)).verdict;
}

describe('underflow to 0 is refused, not judged', () => {
  const refused = [
    '2^{-1075} = 0', // false: 2^-1075 is not 0
    '2^{-1075} \\neq 0', // true
    '10^{-400} > 0', // true
    '10^{-400} = 10^{-500}', // false
    '1e-400 = 0', // a written number below the smallest subnormal
    '(10^{-400})^2 = 0',
    '\\frac{10^{-200}\\cdot10^{-200}}{10^{-300}} = 10^{-100}', // true; the product vanished
    '\\frac{10^{-300}}{10^{-400}} = 10^{100}', // true; float64 divides by an underflowed 0
  ];
  for (const claim of refused) {
    it(claim, async () => {
      const report = await judgeFormula(claim);
      expect(report.verdict).toBe('none');
      expect(report.error).toMatch(/^cannot evaluate: a non-zero intermediate value underflows float64 to 0/);
    });
  }

  it('refuses a subnormal that lost digits: 10^{-320}/3 is 3.335e-321 in float64, off by 0.05%', async () => {
    const report = await judgeFormula('\\frac{10^{-320}}{3} \\cdot 10^{300}');
    expect(report.value).toBeNull();
    expect(report.error).toMatch(/float64 underflow .* may have changed this value by up to 0\.15%/);
  });
});

describe('underflow that cannot change the answer is not refused', () => {
  const cases: ReadonlyArray<readonly [string, 'holds' | 'fails']> = [
    ['1 + 10^{-400} = 1', 'holds'], // the lost 10^-400 is far below 1's last bit
    ['\\cos(10^{-400}) = 1', 'holds'],
    ['2^{-1074} > 0', 'holds'], // exact subnormals are kept
    ['0.5^{1074} = 2^{-1074}', 'holds'],
    ['3 \\cdot 2^{-1074} = 1.5e-323', 'holds'],
    ['2^{-1074} \\approx 4.9 \\times 10^{-324}', 'holds'],
    ['2^{-1074} \\approx 1 \\times 10^{-323}', 'fails'], // 1e-323 reads as 2 × 2^-1074
  ];
  for (const [claim, verdict] of cases) {
    it(`${claim} ${verdict}`, async () => {
      expect(await verdictOf(claim)).toBe(verdict);
    });
  }
});

describe('a function that is exactly 0 at a representable point did not underflow', () => {
  const exactZeros = ['\\ln(1) = 0', '-\\ln(1) = 0', '\\log_2(1) = 0', '\\arccos(1) = 0', '\\ln(e^{0}) = 0', '\\sin(0) = 0', '\\tanh(0) = 0', '\\ln 1 < 1'];
  for (const claim of exactZeros) {
    it(`${claim} holds`, async () => {
      const report = await judgeFormula(claim);
      expect(report.error).toBeUndefined();
      expect(report.verdict).toBe('holds');
    });
  }

  it('ln(1 + 10^{-17}) > 0 is a rounding question (1 + 10^-17 rounds to 1), not underflow', async () => {
    const report = await judgeFormula('\\ln(1+10^{-17}) > 0');
    expect(report.verdict).toBe('none');
    expect(report.error).toMatch(/^cannot evaluate: float64 cannot decide this claim; /);
  });

  it('exp of a very negative number still underflows', async () => {
    expect((await judgeFormula('e^{-800} = 0')).error).toMatch(/underflows float64 to 0/);
  });
});

describe('relativeError', () => {
  it('is Infinity, not the absolute error, when a non-zero value is claimed to be 0', async () => {
    const report = await judgeFormula('0.5 = 0');
    expect(report.verdict).toBe('fails');
    expect(report.relativeError).toBe(Infinity);
  });

  it('is |computed − claimed| / |claimed| otherwise', async () => {
    const report = await judgeFormula('0.75 = 0.5');
    expect(report.relativeError).toBe(0.5);
  });
});

describe('sums whose index cannot advance in float64', () => {
  it('refuses bounds beyond 2^53 at once instead of running out of time', async () => {
    const started = Date.now();
    const report = await judgeFormula('\\sum_{i=10^{300}}^{10^{300}+5} 1');
    expect(report.error).toBe('cannot evaluate: sum bounds of 2^53 (9.0 × 10^15) or more cannot be stepped by 1 in float64');
    expectDuration('sum bounds beyond 2^53 refused', Date.now() - started, 2_000);
  });

  it('still sums up to 2^53 − 1, and refuses 2^53 itself (2^53 + 1 is 2^53 in float64)', async () => {
    expect((await judgeFormula('\\sum_{i=9007199254740989}^{9007199254740991} 1')).value).toBe(3);
    expect((await judgeFormula('\\prod_{i=9007199254740991}^{9007199254740992} 1')).error).toMatch(/product bounds of 2\^53/);
  });
});
