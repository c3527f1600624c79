import { describe, expect, it } from 'vitest';
import { summarizeBackward, summarizeCurve, summarizePower } from '../../src/core/numeric/summaryViews';

describe('summarizeBackward (gradients read from the output back)', () => {
  it('gives the factor per layer toward the input and the first zero met on the way back', () => {
    // Layer t holds 0.25^(5 - t): vanishing toward the input, underflowed at layers 1 and 2.
    const layers = [1, 2, 3, 4, 5];
    const s = summarizeBackward([0, 0, 0.0625, 0.25, 1], layers, 'fp16');
    expect(s.growthPerStep).toBeCloseTo(4, 10); // forward growth stays in the data field
    expect(s.underflowAt).toBe(2);
    expect(s.overflowAt).toBeNull();
    expect(s.text).toBe('×0.25 per layer toward the input · fp16 underflow to 0 from layer 2 down');
  });

  it('reports the highest non-finite layer as the overflow', () => {
    const s = summarizeBackward([NaN, Infinity, 10, 1], [1, 2, 3, 4], 'fp16');
    expect(s.overflowAt).toBe(2);
    expect(s.text).toContain('fp16 overflow from layer 2 down');
  });
});

describe('summarizeCurve (activation experiment)', () => {
  it('says where f′ peaks, its value at the ends, and the dead region', () => {
    const points = [-2, -1, 0, 1, 2].map((x) => ({ x, f: Math.max(0, x), df: x > 0 ? 1 : 0 }));
    const s = summarizeCurve(points, 'fp32');
    expect(s.text).toBe('f′ peaks at 1 (x = 1) · f′(-2) = 0, f′(2) = 1 · f′ = 0 at 3 of 5 points');
    expect(Number.isNaN(s.growthPerStep)).toBe(true);
  });
});

describe('summarizePower', () => {
  it('notices a product that rounding keeps from shrinking further', () => {
    const values = [1, 0.5, 0.25, 0.125, 0.125, 0.125];
    const s = summarizePower(values.map((value, n) => ({ n, value })), 'fp16');
    expect(s.text).toContain('stuck at 0.13 from n = 3');
  });

  it('does not call a steady 1ⁿ stuck', () => {
    const s = summarizePower([1, 1, 1, 1].map((value, n) => ({ n, value })), 'fp16');
    expect(s.text).not.toContain('stuck');
  });
});
