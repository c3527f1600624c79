/**
 * examples/training-dynamics.md states what its blocks show; this runs them and
 * checks each statement, so the note cannot drift from the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { typicalUpdateRatio } from '../../src/core/numeric/train/summary';
import { learningRateWindow } from '../../src/core/numeric/train/window';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import type { BlockRun, SeriesResult } from '../../src/core/types';

const NOTE = readFileSync(join(__dirname, '../../examples/training-dynamics.md'), 'utf8');

const final = (s: SeriesResult) => s.points!.at(-1)!.loss;
const lr = (s: SeriesResult) => s.training!.lr;

describe('examples/training-dynamics.md says what its blocks show', () => {
  const runs = new Map<string, BlockRun>();
  beforeAll(async () => {
    for (const parsed of parseNote(NOTE)) {
      const run = await runParsedBlock(NOTE, parsed);
      expect(run.errors).toEqual([]);
      runs.set(run.title, run);
    }
  });
  const block = (title: string) => runs.get(title)!.series;

  it('Adam, 300 steps: the healthy net’s window is 0.002 … 0.01 (0.7 decades), best 0.005 at 0.15; from 0.1 up the net outputs the mean', () => {
    const series = block('ReLU, Kaiming, depth 12 — Adam, final loss against learning rate');
    const window = learningRateWindow(series)!;
    expect(window).toEqual({ from: 0.002, to: 0.01 });
    expect(Math.log10(window.to / window.from)).toBeCloseTo(0.7, 1);
    expect(series.every((s) => s.training!.diverged === null)).toBe(true);
    const best = series.reduce((a, b) => (final(b) < final(a) ? b : a));
    expect(lr(best)).toBe(0.005);
    expect(final(best)).toBeCloseTo(0.15, 2);
    expect(final(series[0]!)).toBeCloseTo(0.499, 3);
    for (const s of series.filter((x) => lr(x) >= 0.1)) expect(final(s)).toBeCloseTo(0.5, 3);
  });

  it('Adam, gain 1.6: starting loss 31, no window, best 0.005 at 0.27', () => {
    const series = block('The same net with gain 1.6 — Adam');
    expect(series[0]!.points![0]!.loss).toBeCloseTo(31, 0);
    expect(learningRateWindow(series)).toBeNull();
    const best = series.reduce((a, b) => (final(b) < final(a) ? b : a));
    expect(lr(best)).toBe(0.005);
    expect(final(best)).toBeCloseTo(0.27, 2);
  });

  it('Adam, sigmoid/Xavier: no window, best 0.01 at 0.45, most rates on 0.500', () => {
    const series = block('Sigmoid, Xavier, depth 12 — Adam');
    expect(learningRateWindow(series)).toBeNull();
    const best = series.reduce((a, b) => (final(b) < final(a) ? b : a));
    expect(lr(best)).toBe(0.01);
    expect(final(best)).toBeCloseTo(0.45, 2);
    expect(series.filter((s) => Math.abs(final(s) - 0.5) < 5e-4).length).toBeGreaterThan(series.length / 2);
  });

  it('healthy ReLU/Kaiming: finite up to 0.2, 0.5 and 1 diverge within four steps, best 0.46 at 0.2, no rate halves 0.5', () => {
    const series = block('ReLU, Kaiming, depth 12 — final loss against learning rate');
    expect(series.filter((s) => s.training!.diverged === null).map(lr).at(-1)).toBe(0.2);
    expect(series.filter((s) => s.training!.diverged !== null).map((s) => [lr(s), s.training!.diverged! <= 4])).toEqual([[0.5, true], [1, true]]);
    const best = series.filter((s) => s.training!.diverged === null).reduce((a, b) => (final(b) < final(a) ? b : a));
    expect(lr(best)).toBe(0.2);
    expect(final(best)).toBeCloseTo(0.46, 2);
    for (const s of series) {
      expect(s.training!.nothingLearned).toBeCloseTo(0.5, 6);
      expect(final(s)).toBeGreaterThan(0.25);
    }
  });

  it('the loss curves: 0.2 reaches the mean within five steps, 0.5 stops at its divergence', () => {
    const [, mid, high] = block('ReLU, Kaiming — loss against step');
    expect(mid!.points![5]!.loss).toBeLessThanOrEqual(0.501);
    expect(high!.points!.length).toBe(high!.training!.diverged);
  });

  it('gain 1.6: starting loss 31, diverges from 0.05 in three steps, finite rates end at 0.49 or above', () => {
    const series = block('The same net with gain 1.6');
    expect(series[0]!.points![0]!.loss).toBeCloseTo(31, 0);
    const diverged = series.filter((s) => s.training!.diverged !== null);
    expect(lr(diverged[0]!)).toBe(0.05);
    expect(diverged[0]!.training!.diverged).toBe(3);
    expect(Math.min(...series.filter((s) => s.training!.diverged === null).map(final))).toBeGreaterThan(0.49);
  });

  it('sigmoid/Xavier: no rate diverges, none gets measurably below 0.5; plain SGD freezes layer 1 up to lr 0.01', () => {
    const series = block('Sigmoid, Xavier, depth 12');
    expect(series.every((s) => s.training!.diverged === null)).toBe(true);
    expect(Math.min(...series.map(final))).toBeGreaterThan(0.4999);
    for (const s of series.filter((x) => lr(x) <= 0.01)) expect(typicalUpdateRatio(s.training!.layers[0]!)).toBe(0);
  });

  it('who learns: sigmoid’s last layer moves about 10⁻³, its first less than 10⁻⁸; ReLU’s layers within a factor of three', () => {
    for (const s of block('Who learns — sigmoid/Xavier')) {
      const [first, last] = [typicalUpdateRatio(s.training!.layers[0]!), typicalUpdateRatio(s.training!.layers[11]!)];
      expect(first).toBeLessThan(1e-8);
      expect(last).toBeGreaterThan(5e-4);
      expect(last).toBeLessThan(5e-3);
      expect(last / first).toBeGreaterThan(1e5);
    }
    for (const s of block('Who learns — ReLU/Kaiming')) {
      const ratios = s.training!.layers.map(typicalUpdateRatio);
      expect(Math.max(...ratios) / Math.min(...ratios)).toBeLessThan(3);
    }
  });

  it('the heat maps: sigmoid’s layer 12 moves 4 to 8 decades more than layer 1 at every step; ReLU’s layers stay within a factor of five', () => {
    const [sigmoid] = block('Who learns, step by step — sigmoid/Xavier, momentum SGD at lr 0.1');
    const layers = sigmoid!.training!.layers;
    const decades = layers[0]!.updateRatio.map((r, k) => Math.log10(layers[11]!.updateRatio[k]! / r));
    expect(decades).toHaveLength(100);
    expect(Math.min(...decades)).toBeGreaterThan(4);
    expect(Math.max(...decades)).toBeLessThan(8);
    expect(Math.min(...layers[0]!.updateRatio)).toBeGreaterThan(1.5e-9);
    expect(Math.max(...layers[0]!.updateRatio)).toBeLessThan(1.6e-8);
    expect(Math.min(...layers[11]!.updateRatio)).toBeCloseTo(7e-5, 5);
    expect(Math.max(...layers[11]!.updateRatio)).toBeCloseTo(0.14, 2);
    const [relu] = block('Who learns, step by step — ReLU/Kaiming, momentum SGD at lr 0.01');
    const steps = relu!.training!.layers[0]!.updateRatio.map((_, k) => relu!.training!.layers.map((l) => l.updateRatio[k]!));
    for (const ratios of steps) expect(Math.max(...ratios) / Math.min(...ratios)).toBeLessThan(5);
    expect(Math.max(...steps[0]!)).toBeGreaterThan(5e-3);
    expect(Math.max(...steps[99]!)).toBeLessThan(3e-4);
    expect(Math.min(...steps[99]!)).toBeGreaterThan(1e-4);
  });
});
