import { describe, expect, it } from 'vitest';
import { formatFacts } from '../../src/core/formula';

describe('formatFacts', () => {
  it('65504 fits fp16 and 65520 overflows it', () => {
    expect(formatFacts(65504).fp16).toEqual({ value: 65504, overflow: false, underflow: false, subnormal: false });
    expect(formatFacts(65520).fp16).toEqual({ value: Infinity, overflow: true, underflow: false, subnormal: false });
    expect(formatFacts(65519.99).fp16.value).toBe(65504);
  });

  it('1.5^100 overflows fp16 but fits bf16 and fp32', () => {
    const facts = formatFacts(1.5 ** 100);
    expect(facts.fp16.overflow).toBe(true);
    expect(facts.bf16.overflow).toBe(false);
    expect(facts.bf16.value / 1.5 ** 100).toBeCloseTo(1, 2);
    expect(facts.fp32.value).toBe(Math.fround(1.5 ** 100));
  });

  it('2^-24 is fp16’s smallest subnormal; 2^-25 underflows to 0 (tie to even)', () => {
    expect(formatFacts(2 ** -24).fp16).toEqual({ value: 2 ** -24, overflow: false, underflow: false, subnormal: true });
    expect(formatFacts(2 ** -25).fp16).toEqual({ value: 0, overflow: false, underflow: true, subnormal: false });
    expect(formatFacts(2 ** -25).bf16.subnormal).toBe(false);
  });

  it('0.8^100 underflows fp16 and is a normal number in bf16', () => {
    const facts = formatFacts(0.8 ** 100);
    expect(facts.fp16.underflow).toBe(true);
    expect(facts.bf16).toMatchObject({ underflow: false, subnormal: false });
  });

  it('leaves non-finite values alone without calling them overflow', () => {
    expect(formatFacts(Infinity).fp16).toEqual({ value: Infinity, overflow: false, underflow: false, subnormal: false });
    expect(Number.isNaN(formatFacts(NaN).bf16.value)).toBe(true);
  });
});
