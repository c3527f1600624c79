/**
 * Every written number is read as float64 reads its decimal text, in every
 * spelling. The engine's own MathJSON used to chop numbers of magnitude
 * ≤ 1e-10 to 0, so `5 \times 10^{-11}` was read as 0.
 * Expected values are python3's float() of the same decimal text.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { readWrittenNumber } from '../../src/core/formula/literal';

/** [mantissa, exponent of ten, python float(f"{mantissa}e{exponent}")] */
const NUMBERS: ReadonlyArray<readonly [string, number, number]> = [
  ['5', -11, 5e-11],
  ['1', -10, 1e-10],
  ['1.4', -45, 1.4e-45],
  ['4.15', -20, 4.15e-20],
  ['2.5', -8, 2.5e-8],
  ['2.2250738585072014', -308, 2.2250738585072014e-308], // smallest normal
  ['3', -320, 3e-320], // subnormal
  ['4.9', -324, 5e-324], // rounds to the smallest subnormal, 2^-1074
  ['6.02214076', 23, 6.02214076e23],
  ['1.2345678901234567890123', 23, 1.2345678901234569e23], // more digits than float64 keeps
  ['1.7976931348623157', 308, 1.7976931348623157e308], // largest double
];

/** `mantissa × 10^exponent` written out without an exponent: ("1.4", -3) → "0.0014". */
function plainDecimal(mantissa: string, exponent: number): string {
  const [whole, fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

function spellings(m: string, k: number): string[] {
  return [
    plainDecimal(m, k),
    `${m}e${k}`,
    `${m}E${k}`,
    `${m}e(${k})`,
    `${m}e{${k}}`,
    `${m} \\times 10^{${k}}`,
    `${m} \\cdot 10^{${k}}`,
    `${m}×10^{${k}}`,
    `${m}·10^{${k}}`,
  ];
}

describe('written numbers are read as float64 parses their text', () => {
  for (const [mantissa, exponent, expected] of NUMBERS) {
    for (const text of spellings(mantissa, exponent)) {
      it(`${text} → ${expected}`, async () => {
        const report = await judgeFormula(text);
        expect(report.value).toBe(expected);
        expect(report.error).toBeUndefined();
        const negative = await judgeFormula(`-${text}`);
        expect(negative.value).toBe(-expected);
      });
    }
  }

  it('rounds long integers and decimals once, as float64 does (not via a 21-digit decimal first)', async () => {
    expect((await judgeFormula('9007199254740993')).value).toBe(9007199254740992); // 2^53 + 1, tie to even
    expect((await judgeFormula('9007199254740993.0000000000001')).value).toBe(9007199254740994);
    expect((await judgeFormula('123456789012345678901234')).value).toBe(1.2345678901234569e23);
    expect((await judgeFormula('0.30000000000000004')).value).toBe(0.30000000000000004);
  });

  it('shows the small number it read, not 0', async () => {
    expect((await judgeFormula('5 \\times 10^{-11}')).readAs).toBe('5 × 10^(-11)');
    expect((await judgeFormula('0.00000000005')).readAs).toBe('5 × 10^(-11)');
  });
});

describe('Unicode × and · in a written number', () => {
  it('are read like \\times and \\cdot, digits and style included', () => {
    expect(readWrittenNumber('4×10^{17}')).toEqual({ value: 4e17, digits: 1, style: 'times' });
    expect(readWrittenNumber('4·10^{17}')).toEqual({ value: 4e17, digits: 1, style: 'cdot' });
    expect(readWrittenNumber('−2.50 × 10^{-3}')).toEqual({ value: -2.5e-3, digits: 3, style: 'times', fractional: true });
  });

  it('give the same verdict as \\times: 1.5^100 ≈ 4×10^17 holds by its one digit', async () => {
    for (const claim of ['1.5^{100} \\approx 4 \\times 10^{17}', '1.5^{100} ≈ 4×10^{17}', '1.5^{100} \\approx 4·10^{17}']) {
      const report = await judgeFormula(claim);
      expect(report.verdict, claim).toBe('holds');
      expect(report.claims[0].right.writtenDigits, claim).toBe(1);
    }
  });
});

describe('claims about small numbers', () => {
  const cases: ReadonlyArray<readonly [string, 'holds' | 'fails']> = [
    ['0.8^{200} \\approx 4.15 \\times 10^{-20}', 'holds'], // 4.1495e-20
    ['2^{-149} \\approx 1.4 \\times 10^{-45}', 'holds'], // 1.4013e-45
    ['5 \\times 10^{-11} = 0', 'fails'],
    ['0.00000000005 = 0', 'fails'],
    ['5e-11 = 0', 'fails'],
    ['5e-11 = 5 \\cdot 10^{-11}', 'holds'],
  ];
  for (const [claim, verdict] of cases) {
    it(`${claim} ${verdict}`, async () => {
      expect((await judgeFormula(claim)).verdict).toBe(verdict);
    });
  }
});
