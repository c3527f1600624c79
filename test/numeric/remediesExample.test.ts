/**
 * examples/remedies.md states what its blocks show; this runs them and checks
 * each statement, so the note cannot drift from the engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { typicalUpdateRatio } from '../../src/core/numeric/train/summary';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import type { BlockRun, SeriesResult } from '../../src/core/types';

const NOTE = readFileSync(join(__dirname, '../../examples/remedies.md'), 'utf8');

const final = (s: SeriesResult) => s.points!.at(-1)!.loss;
const lr = (s: SeriesResult) => s.training!.lr;
const decades = (ratio: number) => Math.log10(ratio);
/** How far each layer moves per step (geometric mean of its update ratios; 0 when it never moves). */
const moves = (s: SeriesResult) => s.training!.layers.map(typicalUpdateRatio);
const series = (run: BlockRun, label: string) => run.series.find((s) => s.label === label)!;

describe('examples/remedies.md says what its blocks show', () => {
  const runs = new Map<string, BlockRun>();
  beforeAll(async () => {
    for (const parsed of parseNote(NOTE)) {
      const run = await runParsedBlock(NOTE, parsed);
      expect(run.errors).toEqual([]);
      runs.set(run.title, run);
    }
  });
  const block = (title: string) => runs.get(title)!;

  it('residual: without skips the first layer’s gradW is 10⁻³¹ of the last’s; with them within two decades (about 0.05)', () => {
    const run = block('Sigmoid, Xavier, depth 50 — with and without residual connections');
    const ratio = (s: SeriesResult) => s.layers![0]!.gradW / s.layers!.at(-1)!.gradW;
    expect(Math.round(decades(ratio(series(run, 'false'))))).toBe(-31);
    const residual = ratio(series(run, 'true'));
    expect(decades(residual)).toBeGreaterThan(-2);
    expect(residual).toBeCloseTo(0.05, 2);
  });

  it('normalization: plain ‖Hᵗ‖ passes 10³⁰ by layer 40 and is not finite from layer 52; normalized it stays in 15 … 30, RMS about 0.7', () => {
    const run = block('ReLU, N(0, 1) init, depth 100 — activation norm per layer');
    const plain = series(run, 'none').layers!.map((l) => l.act);
    expect(plain[39]!).toBeGreaterThan(1e30);
    expect(plain.findIndex((a) => !Number.isFinite(a)) + 1).toBe(52);
    for (const label of ['layernorm', 'rmsnorm']) {
      const acts = series(run, label).layers!.map((l) => l.act);
      expect(Math.min(...acts)).toBeGreaterThan(15);
      expect(Math.max(...acts)).toBeLessThan(30);
      const rms = acts.map((a) => a / Math.sqrt(16 * 64));
      expect(rms.reduce((a, b) => a + b, 0) / rms.length).toBeCloseTo(0.7, 1);
    }
  });

  it('clipping: plain SGD survives 0.001 … 0.02 (best 0.01 at 0.495), clipped no rate up to 1 diverges, best 1 at 0.41 with 4 of 100 updates clipped', () => {
    const plain = block('ReLU, gain 1.6 — plain SGD').series;
    const clipped = block('ReLU, gain 1.6 — SGD with the gradient norm clipped to 1').series;
    expect(plain[0]!.points![0]!.loss).toBeCloseTo(31, 0);
    const stable = (ss: readonly SeriesResult[]) => ss.filter((s) => s.training!.diverged === null).map(lr);
    expect(stable(plain)).toEqual([0.001, 0.002, 0.005, 0.01, 0.02]);
    expect(plain.find((s) => s.training!.diverged !== null)!.training!.lr).toBe(0.05);
    expect(stable(clipped)).toEqual(clipped.map(lr));
    expect(Math.max(...clipped.map(lr))).toBe(1);
    expect(decades(0.02 / 0.001)).toBeCloseTo(1.3, 1);
    const best = (ss: readonly SeriesResult[]) => ss.filter((s) => s.training!.diverged === null).reduce((a, b) => (final(b) < final(a) ? b : a));
    expect(lr(best(plain))).toBe(0.01);
    expect(final(best(plain))).toBeCloseTo(0.495, 3);
    expect(lr(best(clipped))).toBe(1);
    expect(final(best(clipped))).toBeCloseTo(0.41, 2);
    expect(clipped.at(-1)!.training!.clipped).toBe(4);
  });

  it('loss scaling rescues: fp16 freezes layers 1–2 and slows layer 3 about 30×; S = 1024 brings every layer within 3% of fp32 (layer 1 2.6% short), dynamic within 1%, S stays 2¹⁶', () => {
    const plain = block('Sigmoid, Xavier, depth 12 — Adam in fp32 and fp16');
    const fp32 = moves(series(plain, 'fp32'));
    const fp16 = moves(series(plain, 'fp16'));
    expect(fp16.slice(0, 2)).toEqual([0, 0]);
    expect(fp16[2]!).toBeGreaterThan(0);
    expect(fp32[2]! / fp16[2]!).toBeGreaterThan(25);
    expect(fp32[2]! / fp16[2]!).toBeLessThan(35);
    const scaled = block('The same net in fp16 with loss scaling');
    const fixed = moves(series(scaled, '1024')).map((m, t) => m / fp32[t]! - 1);
    fixed.forEach((d, t) => expect(Math.abs(d), `1024, layer ${t + 1}`).toBeLessThan(0.03));
    expect(fixed[0]!).toBeCloseTo(-0.026, 3);
    expect(Math.max(...fixed.slice(1).map(Math.abs))).toBeLessThan(0.01);
    moves(series(scaled, 'dynamic')).forEach((m, t) => expect(Math.abs(m / fp32[t]! - 1), `dynamic, layer ${t + 1}`).toBeLessThan(0.01));
    const dynamic = series(scaled, 'dynamic').training!;
    expect(dynamic.skipped).toEqual([]);
    expect(new Set(dynamic.lossScale)).toEqual(new Set([2 ** 16]));
  });

  it('in fp32 a power-of-two loss scale changes nothing: the same losses and update ratios, bit for bit', async () => {
    const body = (scale: string) => `\`\`\`gradexp\nexperiment: train\nactivation: sigmoid\ninit: xavier\ndepth: 12\nsteps: 100\noptimizer: adam\nlr: 0.01\nloss-scale: ${scale}\n\`\`\`\n`;
    const [none, dynamic] = await Promise.all(['none', 'dynamic'].map(async (scale) => {
      const note = body(scale);
      return (await runParsedBlock(note, parseNote(note)[0]!)).series[0]!;
    }));
    expect(dynamic!.points).toEqual(none!.points);
    expect(dynamic!.training!.layers).toEqual(none!.training!.layers);
  });

  it('where it cannot: the depth-30 gradients span about 19 decades, fp16 holds 12', () => {
    const layers = block('Sigmoid, Xavier, depth 30, width 16, batch 64 — weight gradient per layer').series[0]!.layers!;
    expect(Math.round(decades(layers.at(-1)!.gradW / layers[0]!.gradW))).toBe(19);
    expect(Math.round(decades(65504 / 2 ** -24))).toBe(12);
  });

  it('where it cannot: unscaled layers 1–20 never move; S = 2¹⁶ brings back 14–20 but not 1–13; S = 2¹⁷ overflows the last layer and diverges at the first update', () => {
    const run = block('Sigmoid, Xavier, depth 30 — Adam in fp16 at three loss scales');
    const frozen = (s: SeriesResult) => moves(s).flatMap((m, t) => (m === 0 ? [t + 1] : []));
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(frozen(series(run, 'none'))).toEqual(range(1, 20));
    const scaled = series(run, '65536');
    expect(frozen(scaled)).toEqual(range(1, 13));
    expect(scaled.training!.diverged).toBeNull();
    const over = series(run, '131072');
    expect(over.training!.diverged).toBe(1);
    const firstUpdate = over.training!.layers.map((l) => l.updateRatio[0]!);
    expect(Number.isNaN(firstUpdate[29]!)).toBe(true);
    expect(firstUpdate.slice(0, 29).every(Number.isFinite)).toBe(true);
  });
});
