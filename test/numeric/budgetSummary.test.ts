import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { BudgetError, checkBudget, DEFAULT_BUDGET, estimateWork } from '../../src/core/numeric/budget';
import { runSeries } from '../../src/core/numeric/run';
import { countNonFinite, countZeros, frobeniusNorm } from '../../src/core/numeric/norms';
import { summarize } from '../../src/core/numeric/summary';
import { makeSpec } from './specs';

describe('budget', () => {
  it('counts mlp work as 3 × depth × width² × batch plus the init', () => {
    expect(estimateWork(makeSpec({ depth: 10, width: 100, batch: 8 }))).toBe(3 * 10 * 100 * 100 * 8 + 10 * 100 * 100);
  });

  it('refuses depth 10⁹ instantly, naming the knobs, and runSeries refuses before allocating', async () => {
    const spec = makeSpec({ depth: 1e9, width: 256, batch: 64 });
    const started = Date.now();
    expect(() => checkBudget(spec, 2)).toThrow(BudgetError);
    expect(() => checkBudget(spec, 2)).toThrow(/depth × width² × batch × series = .* exceeds the budget 5e10; lower depth, width or batch, or raise the budget \(gradexp.workBudget/);
    await expect(runSeries(spec)).rejects.toBeInstanceOf(BudgetError);
    expectDuration('depth 10⁹ refused by checkBudget and runSeries', Date.now() - started, 2_000);
  });

  it('counts the series and honours a custom budget', () => {
    const spec = makeSpec({ depth: 10, width: 100, batch: 8 });
    expect(() => checkBudget(spec, 1, 1e6)).toThrow(/budget 1e6/);
    expect(() => checkBudget(spec, 16)).not.toThrow();
    expect(DEFAULT_BUDGET).toBe(5e10);
  });

  it('caps memory even when the work is allowed', () => {
    const spec = makeSpec({ depth: 2000, width: 200, batch: 1 });
    expect(() => checkBudget(spec, 1, 1e15)).toThrow(/in memory/);
  });

  it('rejects impossible sizes with the key named', () => {
    expect(() => checkBudget(makeSpec({ depth: -1 }), 1)).toThrow(/depth must be a whole number ≥ 1, got -1/);
    expect(() => checkBudget(makeSpec({ width: 2.5 }), 1)).toThrow(/width/);
    expect(() => checkBudget(makeSpec({ experiment: 'power', n: NaN }), 1)).toThrow(/n must be/);
    expect(() => checkBudget(makeSpec({ experiment: 'matmul-chain', count: 1e12, size: 100 }), 1)).toThrow(/lower count or size/);
  });
});

describe('summarize', () => {
  it('fits the geometric growth and reports the ratio', () => {
    const values = Array.from({ length: 10 }, (_, i) => 3 * 0.25 ** i);
    const s = summarize(values, 'fp32', 'layer');
    expect(s.growthPerStep).toBeCloseTo(0.25, 12);
    expect(s.firstLastRatio).toBeCloseTo(0.25 ** 9, 15);
    expect(s.overflowAt).toBeNull();
    expect(s.text).toBe('×0.25 per layer');
  });

  it('names the first overflow and underflow in the dtype, fitting only finite non-zero values', () => {
    const values = [1, 2, 4, 8, Infinity, NaN];
    const s = summarize(values, 'fp16', 'layer');
    expect(s.growthPerStep).toBeCloseTo(2, 12);
    expect(s.overflowAt).toBe(5);
    expect(s.text).toBe('×2 per layer · fp16 overflow at layer 5');
    const u = summarize([1e-3, 1e-6, 0, 0], 'bf16', 'step', [0, 1, 2, 3]);
    expect(u.underflowAt).toBe(2);
    expect(u.text).toBe('×1e-3 per step · bf16 underflow to 0 at step 2');
  });

  it('says so when nothing can be fitted', () => {
    expect(summarize([0, 0], 'fp32', 'layer').text).toContain('too few finite non-zero values');
    expect(summarize([], 'fp32', 'layer').firstLastRatio).toBeNaN();
  });
});

describe('norms', () => {
  it('never turns inf or NaN into 0, and survives huge and tiny float64 values', () => {
    expect(frobeniusNorm(new Float32Array([1, Infinity, -Infinity]))).toBe(Infinity);
    expect(frobeniusNorm(new Float64Array([Infinity, NaN]))).toBeNaN();
    expect(frobeniusNorm(new Float64Array([1e300, 1e300]))).toBeCloseTo(Math.SQRT2 * 1e300, -285);
    expect(frobeniusNorm(new Float64Array([3e-320, 4e-320])) / 5e-320).toBeCloseTo(1, 3);
    expect(frobeniusNorm(new Float64Array([3, 4]))).toBe(5);
    expect(frobeniusNorm(new Float32Array([3e38, 3e38])) / (Math.fround(3e38) * Math.SQRT2)).toBeCloseTo(1, 12);
    expect(countNonFinite(new Float32Array([1, Infinity, NaN, 0]))).toBe(2);
    expect(countZeros(new Float64Array([0, -0, 1e-300]))).toBe(2);
  });
});

describe('impossible values fail with words, not NaN', () => {
  it('names the bad key', () => {
    expect(() => checkBudget(makeSpec({ dtype: 'fp8' as never }), 1)).toThrow(/unknown dtype 'fp8'/);
    expect(() => checkBudget(makeSpec({ activation: { name: 'swish' as never } }), 1)).toThrow(/unknown activation 'swish'/);
    expect(() => checkBudget(makeSpec({ init: { kind: 'normal', mean: 0, std: NaN } }), 1)).toThrow(/init parameters/);
    expect(() => checkBudget(makeSpec({ experiment: 'activation', range: [3, -3] }), 1)).toThrow(/range must be/);
    expect(() => checkBudget(makeSpec({ seed: 0.5 }), 1)).toThrow(/seed must be a whole number/);
  });
});

describe('budget against many tiny layers', () => {
  it('counts per-layer overhead so depth 10⁷ of width 1 is refused', () => {
    expect(() => checkBudget(makeSpec({ depth: 1e7, width: 1, batch: 1 }), 1)).toThrow(/in memory/);
    expect(() => checkBudget(makeSpec({ depth: 1e4, width: 1, batch: 1 }), 1)).not.toThrow();
  });
});
