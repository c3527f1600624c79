import { describe, expect, it } from 'vitest';
import { formatNumber, formatNumberAscii } from '../../src/core/display';

describe('formatNumber', () => {
  it('writes the note’s numbers readably', () => {
    expect(formatNumber(1.5 ** 100)).toBe('4.0656 × 10¹⁷');
    expect(formatNumber(0.8 ** 100)).toBe('2.037 × 10⁻¹⁰');
    expect(formatNumber(65504)).toBe('65504');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(2 ** -24)).toBe('5.9605 × 10⁻⁸');
  });

  it('never shows a tiny value as 0 nor a huge one as a wall of digits', () => {
    expect(formatNumber(Number.MIN_VALUE)).toBe('4.9407 × 10⁻³²⁴');
    expect(formatNumber(Number.MAX_VALUE)).toBe('1.7977 × 10³⁰⁸');
    expect(formatNumber(1e21)).toBe('10²¹');
    expect(formatNumber(999999.7)).toBe('10⁶');
    expect(formatNumber(123456)).toBe('123460');
    expect(formatNumber(0.0001)).toBe('0.0001');
    expect(formatNumber(0.00009999)).toBe('9.999 × 10⁻⁵');
  });

  it('handles signs and non-finite values', () => {
    expect(formatNumber(-0)).toBe('−0');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-2.5e-12)).toBe('−2.5 × 10⁻¹²');
    expect(formatNumber(Infinity)).toBe('Infinity');
    expect(formatNumber(-Infinity)).toBe('−Infinity');
    expect(formatNumber(NaN)).toBe('NaN');
  });

  it('takes the number of significant digits as a setting', () => {
    expect(formatNumber(Math.PI, 3)).toBe('3.14');
    expect(formatNumber(Math.PI, 10)).toBe('3.141592654');
    expect(formatNumber(1.5 ** 100, 2)).toBe('4.1 × 10¹⁷');
    expect(formatNumber(Math.PI, 0)).toBe('3');
  });

  it('has an ASCII variant', () => {
    expect(formatNumberAscii(1.5 ** 100)).toBe('4.0656e17');
    expect(formatNumberAscii(0.8 ** 100)).toBe('2.037e-10');
    expect(formatNumberAscii(-0)).toBe('-0');
    expect(formatNumberAscii(-Infinity)).toBe('-Infinity');
    expect(formatNumberAscii(65504)).toBe('65504');
  });
});
