/**
 * The "who learns" heat map of a `train` run (`plot: update-heatmap`): layers
 * (rows, layer 1 at the bottom) × update steps (columns), each cell coloured by
 * its update ratio ‖ΔWᵗ‖/‖Wᵗ‖ on a log colour scale (d3's sequential-log scale
 * with the viridis map, which reads in order in grey and for the common colour-
 * vision deficiencies), and a colour bar marking 10⁻³, the update size
 * practitioners aim for. A sweep draws the series with the lowest final loss —
 * the best rate — and says which. Long runs and deep nets are binned so a cell
 * is at least 2 px: a cell shows the geometric mean of the ratios it covers.
 * Cells whose layer did not move at all (ratio exactly 0: the update fell below
 * the weights' spacing) are grey, +∞ ratios red; steps after a divergence have
 * no cells — nothing is invented.
 */
import { scaleSequentialLog } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { BlockRun, SeriesResult } from '../types';
import { finalLoss, formatRate, seriesRate, trainDetails } from '../numeric/train/window';
import { HEALTHY_UPDATE_RATIO } from './trainViews';
import { placeXScale, placeYScale } from './scales';
import { FONT } from './layout';
import { textWidth, truncate } from './format';
import { STATIC } from './palette';
import type { ChartModel, HeatCell, HeatmapModel, Rect, Tick } from './types';

/** The plot name that asks for the heat map. */
export const HEATMAP_PLOT = 'update-heatmap';

/** Cells are at least this many px wide and high; and there are at most MAX_CELLS of them (the SVG stays small). */
const MIN_CELL_PX = 2;
const MAX_CELLS = 6000;
/** Fills of the cells that have no place on the colour scale. */
export const ZERO_FILL = '#9e9e9e';
export const INFINITE_FILL = STATIC.overflow;

/** The frame the model builder gives: size and colour mode. */
export interface HeatmapFrame {
  readonly width: number;
  readonly height: number;
  readonly colors: 'theme' | 'static';
  readonly embedStyle: boolean;
}

/** The series the heat map draws: the lowest final loss (diverged runs last, then the one that lasted longest). */
export function heatmapSeries(series: readonly SeriesResult[]): SeriesResult | undefined {
  const trained = series.filter((s) => trainDetails(s) !== undefined);
  const lasted = (s: SeriesResult) => Math.max(0, ...ratiosOf(s).map((r) => r.length));
  const key = (s: SeriesResult): [number, number] => {
    const f = finalLoss(s);
    return [Number.isNaN(f) ? Infinity : f, -lasted(s)];
  };
  return trained.reduce<SeriesResult | undefined>((best, s) => {
    if (!best) return s;
    const [a, b] = [key(s), key(best)];
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? s : best;
  }, undefined);
}

/** Each layer's update ratios; runs may arrive over JSON, so a malformed layer reads as no updates. */
function ratiosOf(s: SeriesResult): number[][] {
  const layers: unknown[] = Array.isArray(trainDetails(s)?.layers) ? [...trainDetails(s)!.layers] : [];
  return layers.map((l) => {
    const r = typeof l === 'object' && l !== null ? (l as { updateRatio?: unknown }).updateRatio : undefined;
    return Array.isArray(r) ? r.filter((v): v is number => typeof v === 'number') : [];
  });
}

/** Geometric mean of the positive finite values; +∞ if any is +∞ or NaN; 0 if all are 0; NaN for none. */
function cellValue(values: readonly number[]): number {
  let sum = 0;
  let n = 0;
  let zeros = 0;
  for (const v of values) {
    if (typeof v !== 'number' || Number.isNaN(v) || v === Infinity) return Infinity;
    if (v > 0) {
      sum += Math.log(v);
      n++;
    } else zeros++;
  }
  if (n > 0) return Math.exp(sum / n);
  return zeros > 0 ? 0 : Number.NaN;
}

/** Splits 0 … count−1 into `bins` consecutive ranges [from, to) as even as integers allow. */
function bins(count: number, binCount: number): [number, number][] {
  const out: [number, number][] = [];
  for (let b = 0; b < binCount; b++) out.push([Math.floor((b * count) / binCount), Math.floor(((b + 1) * count) / binCount)]);
  return out.filter(([a, z]) => z > a);
}

/**
 * The ratio grid, binned: grid[row][col] for layer bins (row 0 = first layers) and step bins;
 * a layer with fewer updates than the longest (a diverged run has as many as its steps) leaves NaN.
 */
export function binnedRatios(ratios: readonly (readonly number[])[], maxRows: number, maxCols: number) {
  const steps = Math.max(0, ...ratios.map((r) => r.length));
  const layerBins = bins(ratios.length, Math.max(1, Math.min(ratios.length, maxRows)));
  const stepBins = bins(steps, Math.max(1, Math.min(steps, maxCols)));
  const grid = layerBins.map(([l0, l1]) =>
    stepBins.map(([k0, k1]) => {
      const values: number[] = [];
      for (let l = l0; l < l1; l++) for (let k = k0; k < Math.min(k1, ratios[l]!.length); k++) values.push(ratios[l]![k]!);
      return cellValue(values);
    }),
  );
  return { steps, layerBins, stepBins, grid };
}

/** The heat-map chart of the run, or a string saying why there is nothing to draw. */
export function heatmapModel(run: BlockRun, frame: HeatmapFrame): ChartModel | string {
  const chosen = heatmapSeries(run.series);
  const ratios = chosen ? ratiosOf(chosen) : [];
  if (!chosen || ratios.length === 0 || ratios.every((r) => r.length === 0)) return 'no update was made (the run diverged at step 0 or has no layers)';
  const { width, height } = frame;
  const depth = ratios.length;

  const barWidth = 14;
  const barLabelWidth = textWidth('10⁻¹⁰', FONT.tick) + 8;
  const yLabelWidth = textWidth(String(depth), FONT.tick);
  const plot: Rect = {
    x: 18 + yLabelWidth + 14,
    y: 52,
    width: Math.max(40, width - (18 + yLabelWidth + 14) - (36 + barWidth + barLabelWidth + 28)),
    height: Math.max(40, height - 52 - 62),
  };
  const maxRows = Math.max(1, Math.floor(plot.height / MIN_CELL_PX));
  const rowsWanted = Math.min(depth, maxRows);
  const maxCols = Math.max(1, Math.min(Math.floor(plot.width / MIN_CELL_PX), Math.floor(MAX_CELLS / rowsWanted)));
  const { steps, layerBins, stepBins, grid } = binnedRatios(ratios, maxRows, maxCols);

  // Colour scale over the drawn values and the 10⁻³ mark, niced to whole decades by the shared log scale.
  const positive = grid.flat().filter((v) => v > 0 && Number.isFinite(v));
  const bar: Rect = { x: plot.x + plot.width + 36, y: plot.y, width: barWidth, height: plot.height };
  const barScale = placeYScale('log', [...positive, HEALTHY_UPDATE_RATIO], [bar.y + bar.height, bar.y], Math.max(2, Math.floor(bar.height / 24)));
  const color = scaleSequentialLog(interpolateViridis).domain(barScale.domain as [number, number]).clamp(true);
  const fill = (v: number) => (v === 0 ? ZERO_FILL : v === Infinity ? INFINITE_FILL : color(v));

  const x = placeXScale([0, steps], [plot.x, plot.x + plot.width], Math.max(2, Math.floor(plot.width / 70)));
  const rowHeight = plot.height / layerBins.length;
  const colX = (k: number) => plot.x + (k / steps) * plot.width;
  const cells: HeatCell[] = [];
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (Number.isNaN(value)) return;
      const [k0, k1] = stepBins[c]!;
      const [l0, l1] = layerBins[r]!;
      cells.push({
        x: colX(k0), y: plot.y + plot.height - (r + 1) * rowHeight, width: colX(k1) - colX(k0), height: rowHeight,
        value, color: fill(value), layers: [l0 + 1, l1], steps: [k0, k1 - 1],
      });
    }),
  );
  const labelEvery = Math.max(1, Math.ceil(layerBins.length / Math.max(1, Math.floor(plot.height / 14))));
  const yTicks: Tick[] = layerBins.flatMap(([l0, l1], r) =>
    r % labelEvery === 0 || r === layerBins.length - 1
      ? [{ value: l0 + 1, position: plot.y + plot.height - (r + 0.5) * rowHeight, label: l1 - l0 > 1 ? `${l0 + 1}–${l1}` : String(l0 + 1) }]
      : [],
  );
  // Binned rows label their range; with many, keep the label short.
  const yTickLabels = yTicks.map((t) => ({ ...t, label: truncate(t.label, 9) }));

  const zeroCells = cells.some((c) => c.value === 0);
  const infiniteCells = cells.some((c) => c.value === Infinity);
  const details = trainDetails(chosen);
  const rate = seriesRate(chosen);
  const params = Object.entries(chosen.params ?? {}).map(([k, v]) => `${k} ${typeof v === 'number' && k === 'lr' ? formatRate(v) : String(v)}`).join(', ');
  const which = run.series.length > 1 ? `lowest final loss of ${run.series.length} series: ${params || String(chosen.label ?? '')}` : `lr ${formatRate(rate)}`;
  const diverged = typeof details?.diverged === 'number' ? ` · diverged at step ${details.diverged}` : '';
  const binned = stepBins.length < steps || layerBins.length < depth ? ' · cells are geometric means of binned steps/layers' : '';
  const subtitle = `train · ${run.dtype} · ${HEATMAP_PLOT} · ${which}${diverged}${binned}`;
  const fullTitle = String(run.title || `${run.experiment} (${run.dtype})`);
  const heatmap: HeatmapModel = {
    cells,
    colorBar: {
      box: bar,
      title: { text: '‖ΔWᵗ‖/‖Wᵗ‖' },
      slices: colorSlices(bar, barScale.domain, color),
      ticks: barScale.ticks.filter((t) => t.label),
      reference: { value: HEALTHY_UPDATE_RATIO, position: barScale.map(HEALTHY_UPDATE_RATIO), label: '10⁻³: the update size practitioners aim for' },
    },
    keys: [
      ...(zeroCells ? [{ color: ZERO_FILL, text: 'grey: the layer did not move (ratio exactly 0)' }] : []),
      ...(infiniteCells ? [{ color: INFINITE_FILL, text: 'red: +∞' }] : []),
    ],
    label: String(chosen.label ?? ''),
  };
  const summary = typeof chosen.summary?.text === 'string' ? chosen.summary.text : '';
  return {
    ...frame,
    title: truncate(fullTitle, Math.floor((width - 24) / (FONT.title * 0.62))),
    subtitle: truncate(subtitle, Math.floor((width - 24) / (FONT.tick * 0.6))),
    description: `${fullTitle}. ${subtitle}. Update ratio per layer and step, log colour scale${summary ? `; ${summary}` : ''}.`,
    plot,
    xAxis: { scale: 'linear', title: { text: 'update step k' }, domain: x.domain, ticks: x.ticks },
    yAxis: { scale: 'linear', title: { text: 'layer t' }, domain: [1, depth], ticks: yTickLabels },
    edgeRows: [], bands: [], styles: [], lines: [], markers: [],
    legend: { box: { x: 0, y: 0, width: 0, height: 0 }, entries: [], roleKey: [], hidden: 0 },
    markerKinds: [],
    note: [],
    heatmap,
  };
}

/** The colour bar as stacked slices, one every 2 px, each coloured at its middle value (the bar maps log-linearly from domain[0] at the bottom to domain[1] at the top). */
function colorSlices(bar: Rect, domain: readonly [number, number], color: (v: number) => string) {
  const [l0, l1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const bottom = bar.y + bar.height;
  const slices: { y: number; height: number; color: string }[] = [];
  for (let y = bar.y; y < bottom; y += 2) {
    const h = Math.min(2, bottom - y);
    const t = (bottom - (y + h / 2)) / bar.height;
    slices.push({ y, height: h, color: color(10 ** (l0 + t * (l1 - l0))) });
  }
  return slices;
}
