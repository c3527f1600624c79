import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/core/chart/model';
import { BudgetError, checkBudget } from '../../src/core/numeric/budget';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { stringifyWithNonFinite, toRunReport } from '../../src/core/report/json';
import { windowGuides, windowSeries } from '../../src/core/chart/trainViews';
import { learningRateWindow, sweepSummary } from '../../src/core/numeric/train/window';
import { makeSpec } from './specs';

const NOTE = [
  '# Training',
  '',
  '```gradexp',
  'experiment: train',
  'depth: 4',
  'width: 8',
  'batch: 16',
  'steps: 20',
  'lr: [0.01, 1000]',
  '```',
  '',
].join('\n');

async function runNote(note: string) {
  const [parsed] = parseNote(note);
  return runParsedBlock(note, parsed!);
}

describe('train through the pipeline', () => {
  it('gives the JSON of docs/json.md: points, diverged, nothingLearned and per-layer update ratios', async () => {
    const run = await runNote(NOTE);
    expect(run.errors).toEqual([]);
    const json = JSON.parse(stringifyWithNonFinite(toRunReport('note.md', [run])));
    const [healthy, exploding] = json.blocks[0].series;
    expect(json.blocks[0].experiment).toBe('train');
    expect(healthy.params).toEqual({ lr: 0.01 });
    expect(healthy.diverged).toBeNull();
    expect(healthy.points).toHaveLength(21);
    expect(healthy.points[0]).toEqual({ step: 0, loss: expect.any(Number) });
    expect(healthy.nothingLearned).toBeCloseTo(0.5, 6);
    expect(healthy.layers.map((l: { layer: number }) => l.layer)).toEqual([1, 2, 3, 4]);
    for (const l of healthy.layers) expect(l.updateRatio).toHaveLength(20);
    expect(exploding.diverged).toBeGreaterThan(0);
    expect(exploding.points).toHaveLength(exploding.diverged);
    expect(exploding.layers[0].updateRatio).toHaveLength(exploding.diverged);
  });

  it('says in words how far the loss went and how far the first and last layers move', async () => {
    const run = await runNote(NOTE);
    expect(run.series[0]!.summary.text).toMatch(/^loss \S+ → \S+ · layer 1 moves \S+ of its weights per step, layer 4 \S+$/);
    expect(run.series[1]!.summary.text).toContain(`diverged at step ${run.series[1]!.training!.diverged}`);
  });

  it('charts loss against step on a log axis, the divergence as a +∞ glyph at its step', async () => {
    const run = await runNote(NOTE);
    const model = buildChartModel(run);
    expect(model.yAxis.scale).toBe('log');
    expect(model.xAxis.title.text).toBe('step k');
    // Losses are float64 sums, not fp32 values: no fp32 limit band even when a diverging loss passes 3.4e38.
    expect(model.bands).toEqual([]);
    const glyphs = model.markers.filter((m) => m.kind === 'posinf');
    expect(glyphs.map((m) => [m.series, m.dataX])).toEqual([[1, run.series[1]!.training!.diverged]]);
  });

  it('refuses a run whose steps × sweep × layer sizes exceed the budget, naming the knobs, before any work', async () => {
    const spec = makeSpec({ experiment: 'train', depth: 100, width: 256, batch: 256, steps: 10_000 });
    expect(() => checkBudget(spec, 16)).toThrow(BudgetError);
    expect(() => checkBudget(spec, 16)).toThrow(/\(steps \+ 1\) × series = .* exceeds the budget .*lower steps, depth, width or batch, or sweep fewer rates/);
    const note = NOTE.replace('depth: 4', 'depth: 100').replace('width: 8', 'width: 512').replace('steps: 20', 'steps: 10000');
    const run = await runNote(note);
    expect(run.series).toEqual([]);
    expect(run.errors[0]).toMatchObject({ line: 3 });
    expect(run.errors[0]!.message).toContain('exceeds the budget');
  });

  it('the engine refuses a non-positive or non-finite lr that bypassed the parser', () => {
    for (const lr of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => checkBudget(makeSpec({ experiment: 'train', lr }), 1)).toThrow(/lr must be a finite number greater than 0/);
    }
    expect(() => checkBudget(makeSpec({ experiment: 'train', lr: '0.1' as unknown as number }), 1)).toThrow(/lr must be/);
  });

  it('the engine refuses optimizer coefficients out of range that bypassed the parser', () => {
    for (const key of ['momentum', 'beta1', 'beta2'] as const) {
      for (const v of [-0.1, 1, Number.NaN]) expect(() => checkBudget(makeSpec({ experiment: 'train', [key]: v }), 1)).toThrow(`${key} must be a number in [0, 1), got ${v}`);
    }
    for (const eps of [0, -1e-8, Number.POSITIVE_INFINITY]) expect(() => checkBudget(makeSpec({ experiment: 'train', eps }), 1)).toThrow(`eps must be a finite number greater than 0, got ${eps}`);
    expect(() => checkBudget(makeSpec({ experiment: 'train', momentum: 0, beta1: 0, beta2: 0.5, eps: 1 }), 1)).not.toThrow();
  });
});

describe('the train charts', () => {
  const SWEEP = NOTE.replace('lr: [0.01, 1000]', 'lr: [0.001, 0.03, 0.3, 1000]').replace('steps: 20', 'steps: 60');

  it('window: final loss against rate on log–log axes, the diverged rate pinned to the +∞ row, learned-nothing and halved lines', async () => {
    const run = await runNote(SWEEP);
    const model = buildChartModel(run, { plot: 'window' });
    expect(model.xAxis.scale).toBe('log');
    expect(model.yAxis.scale).toBe('log');
    expect(model.lines).toHaveLength(1);
    expect(model.markers.map((m) => [m.kind, m.dataX])).toEqual([['posinf', 1000]]);
    const references = model.bands.filter((b) => b.kind === 'reference').map((b) => b.label);
    expect(references).toEqual(['learned nothing 0.5', 'halved 0.25']);
  });

  it('window: the rates that halve the learned-nothing loss are shaded and named; none halving means no window', () => {
    const series = (finals: [number, number | null][]) =>
      finals.map(([lr, final]) => ({
        label: String(lr), params: { lr },
        points: final === null ? [{ step: 0, loss: 2 }] : [{ step: 0, loss: 2 }, { step: 1, loss: final }],
        training: { lr, diverged: final === null ? 1 : null, nothingLearned: 0.5, layers: [] },
        summary: { firstLastRatio: 1, growthPerStep: 1, overflowAt: null, underflowAt: null, text: '' },
      }));
    const healthy = series([[0.001, 0.45], [0.01, 0.2], [0.03, 0.1], [0.1, 0.24], [0.3, 0.6], [1, null]]);
    expect(learningRateWindow(healthy)).toEqual({ from: 0.01, to: 0.1 });
    expect(windowGuides(healthy).map((g) => g.label)).toEqual(['learned nothing 0.5', 'halved 0.25', 'window 0.01 … 0.1']);
    expect(windowSeries(healthy)[0]!.summary.text).toBe('window 0.01 … 0.1');
    const stuck = series([[0.001, 0.5], [0.01, 0.49], [0.1, 0.3], [1, null]]);
    expect(learningRateWindow(stuck)).toBeNull();
    expect(windowGuides(stuck).map((g) => g.kind)).toEqual(['reference', 'reference']);
    expect(windowSeries(stuck)[0]!.summary.text).toBe('no rate halves the learned-nothing loss');
    expect(sweepSummary(healthy)).toBe('window 0.01 … 0.1 · best 0.03: 0.1 · diverges from 1');
    expect(sweepSummary(stuck)).toBe('no rate halves the learned-nothing loss 0.5 · best 0.1: 0.3 · diverges from 1');
    expect(sweepSummary(healthy.slice(0, 1))).toBeUndefined();
  });

  it('update-ratio: one line per rate through the layers, with the 10⁻³ guide', async () => {
    const run = await runNote(SWEEP);
    const model = buildChartModel(run, { plot: 'update-ratio' });
    expect(model.lines).toHaveLength(4);
    expect(model.xAxis.title.text).toBe('layer t');
    expect(model.bands.filter((b) => b.kind === 'reference').map((b) => b.value)).toEqual([1e-3]);
  });

  it('an unknown train plot is a message, not a chart', async () => {
    const run = await runNote(NOTE);
    expect(buildChartModel(run, { plot: 'heatmap' }).message?.lines[0]).toBe('unknown plot "heatmap" for train; expected one of loss, window, update-ratio, update-heatmap');
  });
});

describe('train with a weights file', () => {
  it('trains the file’s own network on its input and target, reading the file through the adapter’s loader', async () => {
    const data = {
      weights: [[[0.5, -0.2, 0.1], [0.3, 0.4, -0.6]], [[0.7, -0.1]]],
      input: [[1, 2, 3], [0.5, -1, 2], [-1, 0, 1], [2, 1, 0]],
      target: [[1], [0], [-1], [0.5]],
    };
    const note = '```gradexp\nexperiment: train\nweights: ./w.json\nactivation: tanh\nsteps: 5\nlr: 0.1\n```\n';
    const [parsed] = parseNote(note);
    const run = await runParsedBlock(note, parsed!, { loadWeights: async (path) => (path === './w.json' ? data : undefined) });
    expect(run.errors).toEqual([]);
    const [series] = run.series;
    expect(series!.training!.layers.map((l) => l.layer)).toEqual([1, 2]);
    expect(series!.points).toHaveLength(6);
    // ℓ₀ by hand: the linear head's output is tanh(X·W1ᵀ)·W2ᵀ, in fp32.
    const f32 = Math.fround;
    let loss0 = 0;
    data.input.forEach((x, b) => {
      const h = data.weights[0]!.map((w) => f32(Math.tanh(f32(f32(f32(x[0]! * w[0]!) + f32(x[1]! * w[1]!)) + f32(x[2]! * w[2]!)))));
      const out = f32(f32(h[0]! * 0.7) + f32(h[1]! * -0.1));
      loss0 += (out - data.target[b]![0]!) ** 2;
    });
    expect(series!.points![0]!.loss).toBeCloseTo(loss0 / 8, 6);
    expect(series!.points![5]!.loss).toBeLessThan(series!.points![0]!.loss);
  });
});
