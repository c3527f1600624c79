import { describe, expect, it } from 'vitest';
import { clipGradients, DynamicScaler, unscaleInto } from '../../src/core/numeric/remedies/gradients';

describe('the dynamic loss scaler (PyTorch GradScaler)', () => {
  it('starts at 2¹⁶, doubles after exactly 2000 clean steps, and a non-finite step halves it and restarts the count', () => {
    const s = new DynamicScaler();
    expect(s.scale).toBe(65536);
    for (let i = 0; i < 1999; i++) s.update(true);
    expect(s.scale).toBe(65536);
    s.update(true);
    expect(s.scale).toBe(131072);
    for (let i = 0; i < 1999; i++) s.update(true);
    s.update(false);
    expect(s.scale).toBe(65536);
    for (let i = 0; i < 1999; i++) s.update(true);
    expect(s.scale).toBe(65536);
    s.update(true);
    expect(s.scale).toBe(131072);
  });
});

describe('unscaling and clipping', () => {
  it('unscaling divides by S, rounds each quotient to fp32, and reports ±∞ and NaN as not finite', () => {
    const out = [new Float32Array(3)];
    expect(unscaleInto([new Float32Array([1024, 3, -2048])], out, 1024, false)).toBe(true);
    expect([...out[0]!]).toEqual([1, Math.fround(3 / 1024), -2]);
    expect(unscaleInto([new Float32Array([1, Infinity])], [new Float32Array(2)], 2, false)).toBe(false);
    expect(unscaleInto([new Float32Array([NaN])], [new Float32Array(1)], 2, false)).toBe(false);
  });

  it('clip by norm scales every layer by c/(total + 1e-6) only when the total norm exceeds c', () => {
    const g = [new Float64Array([3, 0]), new Float64Array([4])];
    expect(clipGradients(g, { kind: 'norm', limit: 5 }, true)).toBe(false);
    expect([...g[0]!, ...g[1]!]).toEqual([3, 0, 4]);
    expect(clipGradients(g, { kind: 'norm', limit: 1 }, true)).toBe(true);
    const f = 1 / (5 + 1e-6);
    expect([...g[0]!, ...g[1]!]).toEqual([3 * f, 0, 4 * f]);
  });

  it('a NaN total norm leaves the gradients to diverge the run, as PyTorch does', () => {
    const g = [new Float32Array([NaN, 1])];
    expect(clipGradients(g, { kind: 'norm', limit: 1 }, false)).toBe(false);
    expect(Number.isNaN(g[0]![0]!)).toBe(true);
  });

  it('clip by value clamps each element to [−c, c] (c rounded to fp32) and keeps NaN', () => {
    const g = [new Float32Array([0.5, -3, 0.05, NaN])];
    expect(clipGradients(g, { kind: 'value', limit: 0.1 }, false)).toBe(true);
    expect([...g[0]!].slice(0, 3)).toEqual([Math.fround(0.1), -Math.fround(0.1), Math.fround(0.05)]);
    expect(Number.isNaN(g[0]![3]!)).toBe(true);
    expect(clipGradients([new Float32Array([0.01])], { kind: 'value', limit: 0.1 }, false)).toBe(false);
  });
});
