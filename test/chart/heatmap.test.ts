import { describe, expect, it } from 'vitest';
import { buildChartModel, renderChartSvg } from '../../src/core/chart';
import { binnedRatios, heatmapSeries, INFINITE_FILL, ZERO_FILL } from '../../src/core/chart/heatmap';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import type { BlockRun, LayerUpdates, SeriesResult } from '../../src/core/types';
import { parseSvg, unsafeParts } from './svgDom';

/** A train series with the given update ratios per layer (one array per layer) and final loss (null: diverged at its length). */
function series(lr: number, ratios: number[][], final: number | null): SeriesResult {
  const updates = Math.max(...ratios.map((r) => r.length));
  return {
    label: String(lr), params: { lr },
    points: final === null ? [{ step: 0, loss: 2 }] : [{ step: 0, loss: 2 }, { step: updates, loss: final }],
    training: { lr, diverged: final === null ? updates : null, nothingLearned: 0.5, layers: ratios.map((updateRatio, i) => ({ layer: i + 1, updateRatio })) },
    summary: { firstLastRatio: 1, growthPerStep: 1, overflowAt: null, underflowAt: null, text: '' },
  };
}

function run(all: SeriesResult[]): BlockRun {
  return { line: 1, title: 'who learns', experiment: 'train', dtype: 'fp32', plot: 'update-heatmap', errors: [], series: all } as unknown as BlockRun;
}

describe('the who-learns heat map (plot: update-heatmap)', () => {
  it('draws the best rate: the lowest final loss, and among diverged runs the one that lasted longest', () => {
    const slow = series(0.001, [[1e-5, 1e-5]], 0.45);
    const best = series(0.01, [[1e-4, 1e-4]], 0.2);
    const blown = series(1, [[1e-1]], null);
    expect(heatmapSeries([slow, best, blown])).toBe(best);
    const early = series(10, [[1]], null);
    const late = series(3, [[1, 1, 1]], null);
    expect(heatmapSeries([early, late])).toBe(late);
  });

  it('one cell per layer and step, layer 1 at the bottom, each coloured on a log scale in order', () => {
    // Layer 1 moves 10⁻⁸ of its weights, layer 2 10⁻⁵, layer 3 10⁻²: three rows, darkest at the bottom.
    const ratios = [1e-8, 1e-5, 1e-2].map((r) => [r, r, r, r]);
    const model = buildChartModel(run([series(0.1, ratios, 0.3)]));
    const cells = model.heatmap!.cells;
    expect(cells).toHaveLength(12);
    const row = (layer: number) => cells.filter((c) => c.layers[0] === layer);
    for (const c of row(1)) expect(c.value / 1e-8).toBeCloseTo(1, 12);
    expect(row(1)[0]!.y).toBeGreaterThan(row(3)[0]!.y);
    expect(row(1).map((c) => c.steps)).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]]);
    // viridis runs from dark purple (small) to yellow (large): the green channel grows with the ratio.
    const green = (hex: string) => parseInt(hex.slice(3, 5), 16);
    expect(green(row(1)[0]!.color)).toBeLessThan(green(row(2)[0]!.color));
    expect(green(row(2)[0]!.color)).toBeLessThan(green(row(3)[0]!.color));
    expect(model.yAxis.ticks.map((t) => t.label)).toEqual(['1', '2', '3']);
    expect(model.xAxis.title.text).toBe('update step k');
  });

  it('the colour bar is log, in decades, and marks 10⁻³ even when no layer comes near it', () => {
    const model = buildChartModel(run([series(0.1, [[1e-9, 1e-8], [1e-7, 1e-6]], 0.3)]));
    const bar = model.heatmap!.colorBar;
    expect(bar.ticks.map((t) => t.label)).toEqual(expect.arrayContaining(['10⁻⁹', '10⁻⁶', '10⁻³']));
    expect(bar.reference!.value).toBe(1e-3);
    const at = (label: string) => bar.ticks.find((t) => t.label === label)!.position;
    // Equal decades take equal space.
    expect(at('10⁻⁶') - at('10⁻⁵')).toBeCloseTo(at('10⁻⁵') - at('10⁻⁴'), 6);
  });

  it('a layer that did not move is grey, a +∞ ratio red, and steps after a divergence have no cells', () => {
    const model = buildChartModel(run([series(5, [[0, 0, 0], [1e-3, Infinity, 1e-2]], null)]));
    const cells = model.heatmap!.cells;
    expect(cells.filter((c) => c.layers[0] === 1).map((c) => c.color)).toEqual([ZERO_FILL, ZERO_FILL, ZERO_FILL]);
    expect(cells.find((c) => c.value === Infinity)?.color).toBe(INFINITE_FILL);
    expect(model.heatmap!.keys.map((k) => k.text)).toEqual(['grey: the layer did not move (ratio exactly 0)', 'red: +∞']);
    expect(model.subtitle).toContain('diverged at step 3');
    const short = binnedRatios([[1, 2, 3], [4]], 10, 10);
    expect(short.grid[1]).toEqual([4, Number.NaN, Number.NaN]);
  });

  it('bins long runs into columns of at least 2 px, each the geometric mean of its steps', () => {
    const long = Array.from({ length: 10_000 }, (_, k) => (k % 2 === 0 ? 1e-4 : 1e-2));
    const model = buildChartModel(run([series(0.1, [long, long], 0.3)]), { width: 640 });
    const cells = model.heatmap!.cells;
    const columns = cells.length / 2;
    expect(columns).toBeLessThanOrEqual(model.plot.width / 2);
    // Each bin holds about as many 10⁻⁴ as 10⁻² steps (at most one more of either among its ≥ 40): close to 10⁻³.
    for (const c of cells) expect(Math.abs(Math.log10(c.value) + 3)).toBeLessThan(0.05);
    expect(model.subtitle).toContain('cells are geometric means');
    expect(cells.at(-1)!.steps[1]).toBe(9_999);
  });

  it('a trained block draws it: cells with hover text, the colour bar, no unsafe markup', async () => {
    const note = '```gradexp\nexperiment: train\nactivation: sigmoid\ninit: xavier\ndepth: 6\nwidth: 8\nbatch: 16\nsteps: 30\nlr: [0.1, 1]\nplot: update-heatmap\n```\n';
    const [parsed] = parseNote(note);
    expect(parsed!.errors).toEqual([]);
    const trained = await runParsedBlock(note, parsed!);
    const dom = parseSvg(renderChartSvg(trained));
    expect(unsafeParts(dom)).toEqual([]);
    const cells = dom.byClass('cell');
    expect(cells).toHaveLength(6 * 30);
    expect(dom.text(cells[0]!)).toMatch(/^layer 1, step 0: ‖ΔW‖\/‖W‖ = /);
    expect(dom.byClass('color-bar')).toHaveLength(1);
    expect(dom.byClass('bar-reference')[0]!.attribs['data-value']).toBe('0.001');
    // Sigmoid/Xavier: the first layer moves decades less than the last.
    const mean = (layer: number) => {
      const values = buildChartModel(trained).heatmap!.cells.filter((c) => c.layers[0] === layer).map((c) => Math.log10(c.value));
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(mean(6) - mean(1)).toBeGreaterThan(2);
  });

  it('a run that arrives malformed (over JSON) draws what it can and never throws', () => {
    const odd = series(0.1, [[1e-3, 1e-3]], 0.3);
    const layers = [null, { layer: 2, updateRatio: 'fast' }, { layer: 3, updateRatio: [1e-3, '<script>', 2e-3] }] as unknown as LayerUpdates[];
    const model = buildChartModel(run([{ ...odd, training: { ...odd.training!, layers } }]));
    expect(model.heatmap!.cells.map((c) => c.layers[0])).toEqual([3, 3]);
    expect(unsafeParts(parseSvg(renderChartSvg(run([{ ...odd, params: { lr: '<script>alert(1)</script>' as unknown as number } }]))))).toEqual([]);
  });

  it('says why when there is nothing to draw', () => {
    const model = buildChartModel(run([series(1e6, [[]], null)]));
    expect(model.message?.lines[0]).toBe('no update was made (the run diverged at step 0 or has no layers)');
  });
});
