import { describe, expect, it } from 'vitest';
import { runSeries, runSeriesSync } from '../../src/core/numeric/run';
import { activationDerivative, activationValue } from '../../src/core/numeric/activations';
import { CancelledError } from '../../src/core/types';
import { makeSpec } from './specs';

describe('power', () => {
  it('1.5ⁿ in fp16 first becomes Infinity at n = 28', () => {
    const { points, summary } = runSeriesSync(makeSpec({ experiment: 'power', dtype: 'fp16', base: 1.5, n: 40 }));
    const firstInf = points!.find((p) => p.value === Infinity)!;
    expect(firstInf.n).toBe(28);
    expect(points![27]!.value).toBeLessThanOrEqual(65504);
    expect(summary.overflowAt).toBe(28);
    expect(summary.text).toContain('fp16 overflow at step 28');
  });

  it('0.8ⁿ in fp16 sticks at 2⁻²³ instead of reaching 0', () => {
    const { points, summary } = runSeriesSync(makeSpec({ experiment: 'power', dtype: 'fp16', base: 0.8, n: 200 }));
    expect(points![200]!.value).toBe(2 ** -23);
    expect(points!.some((p) => p.value === 0)).toBe(false);
    expect(summary.underflowAt).toBeNull();
  });

  it('1.5ⁿ stays finite in fp32 where fp16 overflows, and matches Math.pow in fp64', () => {
    const fp32 = runSeriesSync(makeSpec({ experiment: 'power', dtype: 'fp32', base: 1.5, n: 100 }));
    expect(Number.isFinite(fp32.points![100]!.value)).toBe(true);
    const fp64 = runSeriesSync(makeSpec({ experiment: 'power', dtype: 'fp64', base: 1.5, n: 100 }));
    expect(fp64.points![100]!.value / 1.5 ** 100).toBeCloseTo(1, 12);
    expect(fp64.summary.growthPerStep).toBeCloseTo(1.5, 10);
  });
});

describe('activation curve', () => {
  it("σ′(0) = 0.25 and the curve spans the range", () => {
    const { points } = runSeriesSync(
      makeSpec({ experiment: 'activation', activation: { name: 'sigmoid' }, range: [-8, 8], points: 33, dtype: 'fp32' }),
    );
    expect(points![0]!.x).toBe(-8);
    expect(points![32]!.x).toBe(8);
    const atZero = points!.find((p) => p.x === 0)!;
    expect(atZero.f).toBe(0.5);
    expect(atZero.df).toBe(0.25);
    expect(Math.max(...points!.map((p) => p.df))).toBe(0.25);
  });

  it('ReLU′(0) = 0 and NaN stays NaN', () => {
    expect(activationDerivative({ name: 'relu' }, 0)).toBe(0);
    expect(activationValue({ name: 'relu' }, NaN)).toBeNaN();
    expect(activationDerivative({ name: 'sigmoid' }, NaN)).toBeNaN();
  });
});

describe('matmul-chain', () => {
  it('norms grow with N(0,1) factors and the steps are 0..count', () => {
    const { points, summary } = runSeriesSync(makeSpec({ experiment: 'matmul-chain', size: 4, count: 50, dtype: 'fp64' }));
    expect(points!.map((p) => p.step)).toEqual(Array.from({ length: 51 }, (_, i) => i));
    expect(points![50]!.norm).toBeGreaterThan(points![0]!.norm * 1e6);
    expect(summary.growthPerStep).toBeGreaterThan(1.2);
    for (const p of points!) expect(p.maxAbs).toBeLessThanOrEqual(p.norm);
  });

  it('overflows in fp16 and says so', () => {
    const { summary } = runSeriesSync(makeSpec({ experiment: 'matmul-chain', size: 4, count: 100, dtype: 'fp16' }));
    expect(summary.overflowAt).not.toBeNull();
    expect(summary.text).toMatch(/fp16 overflow at step \d+/);
  });
});

describe('runSeries', () => {
  it('async and sync runs give identical numbers and progress ends at 1', async () => {
    const spec = makeSpec({ activation: { name: 'tanh' }, dtype: 'bf16', depth: 6, width: 8, batch: 4 });
    const progress: number[] = [];
    const a = await runSeries(spec, { onProgress: (f) => progress.push(f) });
    const b = runSeriesSync(spec);
    expect(a).toEqual(b);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
  });

  it('same seed → same numbers; another seed → different numbers', () => {
    const run = (seed: number) => runSeriesSync(makeSpec({ seed })).layers!.map((l) => l.gradW);
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });

  it('the summary follows plot', () => {
    const base = makeSpec({ depth: 5, activation: { name: 'sigmoid' }, dtype: 'fp64' });
    const act = runSeriesSync({ ...base, plot: 'act' });
    const actNorms = act.layers!.map((l) => l.act);
    expect(act.summary.firstLastRatio).toBe(actNorms[4]! / actNorms[0]!);
    const grad = runSeriesSync(base);
    expect(grad.summary.firstLastRatio).toBe(grad.layers![4]!.gradW / grad.layers![0]!.gradW);
  });

  it('cancellation stops a run between layers', async () => {
    const controller = new AbortController();
    let calls = 0;
    const spec = makeSpec({ depth: 200, width: 32, batch: 8 });
    const run = runSeries(spec, {
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 5) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toBe(5);
  });

  it('an already-aborted signal stops before any work', () => {
    expect(() => runSeriesSync(makeSpec(), { signal: { aborted: true } })).toThrow(CancelledError);
  });

  it('yields to the host during a long run', async () => {
    let yields = 0;
    // ~100 ms or more, well past the 20 ms between yields (a smaller network may finish before the first).
    await runSeries(makeSpec({ depth: 200, width: 256, batch: 64 }), {
      yieldToHost: () => {
        yields++;
        return new Promise((resolve) => setImmediate(resolve));
      },
    });
    expect(yields).toBeGreaterThan(0);
  });
});
