import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/core/chart/model';
import { BudgetError, checkBudget } from '../../src/core/numeric/budget';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { stringifyWithNonFinite, toRunReport } from '../../src/core/report/json';
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
});
