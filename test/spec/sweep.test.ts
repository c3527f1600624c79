import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { fenced, parseFirst, where } from './helpers';

describe('sweeps', () => {
  it('makes the cartesian product, first written key varying slowest', () => {
    const parsed = parseFirst(fenced('activation: [sigmoid, relu]\ndtype: [fp16, fp32, bf16]'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series.map((s) => s.label)).toEqual([
      'activation=sigmoid, dtype=fp16', 'activation=sigmoid, dtype=fp32', 'activation=sigmoid, dtype=bf16',
      'activation=relu, dtype=fp16', 'activation=relu, dtype=fp32', 'activation=relu, dtype=bf16',
    ]);
    expect(parsed.series[4]!.params).toEqual({ activation: 'relu', dtype: 'fp32' });
    expect(parsed.series[4]!.spec).toMatchObject({ activation: { name: 'relu' }, dtype: 'fp32' });
  });

  it('orders axes as written, not as the key table lists them', () => {
    const parsed = parseFirst(fenced('dtype: [fp16, fp32]\nactivation: [tanh, relu]'));
    expect(parsed.series[1]!.label).toBe('dtype=fp16, activation=relu');
  });

  it('labels a one-key sweep by its value alone and accepts block lists', () => {
    const parsed = parseFirst(fenced('depth:\n  - 10\n  - 20'));
    expect(parsed.series.map((s) => [s.label, s.spec.depth])).toEqual([['10', 10], ['20', 20]]);
  });

  it('re-joins call syntax that a flow list split at its comma', () => {
    const parsed = parseFirst(fenced('init: [normal(0, 1), normal(0, 0.01), xavier]'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series.map((s) => s.label)).toEqual(['normal(0, 1)', 'normal(0, 0.01)', 'xavier']);
    expect(parsed.series[1]!.spec.init).toEqual({ kind: 'normal', mean: 0, std: 0.01 });
  });

  it('checks every list item and locates the bad one', () => {
    const note = fenced('activation: [relu, sigmod, tanh]');
    const parsed = parseFirst(note);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ message: "unknown activation 'sigmod' — did you mean 'sigmoid'?", column: where(note, 'sigmod').column, line: 3 });
  });

  it('combines user sweeps with power’s default bases', () => {
    const parsed = parseFirst(fenced('experiment: power\ndtype: [fp16, fp32]'));
    expect(parsed.series.map((s) => s.label)).toEqual(['dtype=fp16, base=1.5', 'dtype=fp16, base=0.8', 'dtype=fp32, base=1.5', 'dtype=fp32, base=0.8']);
  });

  it('allows exactly 16 series', () => {
    const parsed = parseFirst(fenced('dtype: [fp16, fp32, bf16, fp64]\nactivation: [relu, tanh, sigmoid, gelu]'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.series).toHaveLength(16);
  });

  it('rejects more than 16 series with the count and the lists that make it', () => {
    const note = fenced('depth: [1, 2, 3, 4, 5]\nwidth: [1, 2, 3, 4]');
    const parsed = parseFirst(note);
    expect(parsed.series).toEqual([]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({
      message: 'this block sweeps 20 series (depth 5 × width 4); the limit is 16 — shorten a list',
      line: 3,
      start: where(note, '1').start,
    });
  });

  it('reports a huge product without building it', () => {
    const list = `[${Array.from({ length: 50 }, (_, i) => i + 1).join(', ')}]`;
    const body = ['depth', 'width', 'batch', 'seed', 'gain'].map((k) => `${k}: ${list}`).join('\n');
    const t0 = performance.now();
    const parsed = parseFirst(fenced(body));
    // Building the product (312,500,000 series) would take minutes or run out of memory.
    expectDuration('a sweep of 312,500,000 series refused', performance.now() - t0, 2_000);
    expect(parsed.errors[0]!.message).toMatch(/^this block sweeps 312500000 series/);
  });

  it('never sweeps keys that take one value', () => {
    expect(parseFirst(fenced('experiment: [mlp, power]')).errors[0]!.message).toBe('experiment takes a single value, not a list');
    expect(parseFirst(fenced('plot: [act, grad-norm]')).errors[0]!.message).toBe('plot takes a single value, not a list');
  });
});
