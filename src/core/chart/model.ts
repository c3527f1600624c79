/**
 * buildChartModel: from a BlockRun to a ChartModel (pure data, pixels placed).
 * Order of work: pick the quantity, classify values, choose the scale, decide
 * which dtype limits to show, lay out, place scales, project lines.
 */
import type { BlockRun, SeriesResult } from '../types';
import type { ChartModel, ChartOptions, EdgeRow, MarkerKind, MarkerModel, SeriesStyle } from './types';
import { choosePlot, type PlotChoice } from './quantities';
import { chooseScaleKind, placeXScale, placeYScale } from './scales';
import { limitsToDraw, placeBand, placeGuide } from './limits';
import type { Guide } from './trainViews';
import { HEATMAP_PLOT, heatmapModel } from './heatmap';
import { layoutChart, FONT } from './layout';
import { offScaleKind, projectLine, type RawLine } from './project';
import { colorSlot, seriesDash } from './palette';
import { textWidth, truncate } from './format';

const DEFAULT_WIDTH = 640;
const DEFAULT_HEIGHT = 360;

/** Clamps a requested size to something drawable; junk (NaN, strings) falls back to the default. */
function size(requested: unknown, fallback: number, min: number): number {
  return typeof requested === 'number' && Number.isFinite(requested) ? Math.round(Math.min(4096, Math.max(min, requested))) : fallback;
}

/** Size and colour settings, resolved from the options. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly colors: 'theme' | 'static';
  readonly embedStyle: boolean;
}

const ROW_LABELS: Readonly<Record<MarkerKind, string>> = { posinf: '+∞', neginf: '−∞', nan: 'NaN', zero: '0', negative: '<0' };

/** A chart-shaped message instead of axes: used when a run has nothing to plot. */
function messageModel(run: BlockRun, frame: Frame, headline: string, lines: string[]): ChartModel {
  const { width, height, colors, embedStyle } = frame;
  const empty = { scale: 'linear' as const, title: { text: '' }, domain: [0, 1] as const, ticks: [] };
  return {
    width, height, colors, embedStyle,
    title: truncate(String(run.title || `${run.experiment} (${run.dtype})`), Math.floor((width - 24) / (FONT.title * 0.62))),
    subtitle: `${run.experiment} · ${run.dtype}`,
    description: `${run.title}: ${headline}`,
    plot: { x: 12, y: 44, width: width - 24, height: height - 56 },
    xAxis: empty, yAxis: empty, edgeRows: [], bands: [], styles: [], lines: [], markers: [],
    legend: { box: { x: 0, y: 0, width: 0, height: 0 }, entries: [], roleKey: [], hidden: 0 },
    markerKinds: [],
    note: [],
    message: { headline, lines },
  };
}

/** Builds the chart model of a run: what to draw and where, with no SVG in it. */
export function buildChartModel(run: BlockRun, options: ChartOptions = {}): ChartModel {
  const width = size(options.width, DEFAULT_WIDTH, 240);
  const height = size(options.height, DEFAULT_HEIGHT, 160);
  const colors = options.colors === 'static' ? 'static' : 'theme';
  const frame: Frame = { width, height, colors, embedStyle: options.embedStyle !== false };
  if (typeof run !== 'object' || run === null) {
    return messageModel({ title: '', experiment: 'mlp', dtype: 'fp64' } as unknown as BlockRun, frame, 'nothing to plot: not a run', []);
  }
  // Runs can arrive over JSON from a worker or webview; malformed series read as empty rather than crash.
  const series = (Array.isArray(run.series) ? run.series : []).map((s) => (typeof s === 'object' && s !== null ? s : ({} as SeriesResult)));
  run = { ...run, series, errors: Array.isArray(run.errors) ? run.errors : [] };
  if (series.length === 0) {
    const errors = run.errors.slice(0, 5).map((e) => (typeof e === 'object' && e !== null ? `line ${e.line}:${e.column}  ${e.message}` : String(e)));
    const more = (run.errors?.length ?? 0) > 5 ? [`… and ${run.errors.length - 5} more`] : [];
    const headline = errors.length ? 'nothing to plot: the block has errors' : 'nothing to plot: the run has no series';
    return messageModel(run, frame, headline, [...errors, ...more]);
  }
  if (run.experiment === 'train' && (options.plot ?? run.plot ?? '').trim() === HEATMAP_PLOT) {
    const heat = heatmapModel(run, frame);
    return typeof heat === 'string' ? messageModel(run, frame, 'nothing to plot', [heat]) : heat;
  }
  const choice = choosePlot(run, options.plot);
  if (typeof choice === 'string') return messageModel(run, frame, 'nothing to plot', [choice]);
  const guides = choice.guides?.(run.series) ?? [];
  if (choice.regroup) run = { ...run, series: choice.regroup(run.series) };
  return plotModel(run, choice, options, frame, guides);
}

/** The plotting path of buildChartModel, once the quantity is known. */
function plotModel(run: BlockRun, choice: PlotChoice, options: ChartOptions, frame: Frame, guides: readonly Guide[]): ChartModel {
  const { width, height } = frame;
  const raw: RawLine[] = run.series.flatMap((s, index) =>
    choice.roles.map((r) => ({ series: index, role: r.role, dashed: r.dashed, ...choice.extract(s, r.role) })),
  );
  const finite: number[] = [];
  for (const l of raw) for (const y of l.ys) if (Number.isFinite(y)) finite.push(y);
  const kind = chooseScaleKind(finite, choice.preferLinear, options.yScale);
  // One pass over every value (16 series × 10⁴ points is a realistic sweep).
  const drawable: number[] = [];
  const kinds = new Set<MarkerKind>();
  for (const l of raw) {
    for (const y of l.ys) {
      const k = offScaleKind(y, kind);
      if (k === null) drawable.push(y);
      else kinds.add(k);
    }
  }
  const limits = choice.inDtype === false ? [] : limitsToDraw(run.dtype, kind, {
    finite: drawable,
    overflowed: kinds.has('posinf') || kinds.has('neginf'),
    underflowed: kinds.has('zero'),
  });
  const references = guides.flatMap((g) => (g.kind === 'reference' && g.value > 0 ? [g.value] : []));
  const domainValues = drawable.concat(limits.map((l) => l.value), kind === 'log' ? references : []);
  const allX = raw.flatMap((l) => l.xs);

  // Two passes: the y labels' width sets the left margin, which sets the y range only vertically,
  // so measuring on a provisional range gives the same labels.
  const provisional = placeYScale(kind, domainValues, [height - 40, 60], 6);
  const rowLabelWidth = Math.max(0, ...[...kinds].map((k) => textWidth(ROW_LABELS[k], FONT.tick)));
  const yLabelWidth = Math.max(rowLabelWidth, ...provisional.ticks.map((t) => textWidth(t.label, FONT.tick)));
  const roleKeys = choice.roles.length > 1 ? choice.roles : [];
  const layout = layoutChart({ width, height, labels: run.series.map((s) => String(s.label ?? '')), roleKeys, markerKinds: kinds, yLabelWidth });
  const { plot } = layout;

  const yTickCount = Math.max(2, Math.floor(plot.height / 36));
  const xTickCount = Math.max(2, Math.floor(plot.width / 70));
  const y = placeYScale(kind, domainValues, [plot.y + plot.height, plot.y], yTickCount);
  const x = placeXScale(allX, [plot.x, plot.x + plot.width], xTickCount, choice.xLog === true);

  const edgeRows: EdgeRow[] = layout.rows.map((r) => {
    const present = r.kinds.filter((k) => kinds.has(k));
    return { kinds: present, label: present.map((k) => ROW_LABELS[k]).join(' '), y: r.y };
  });
  const rowY = (k: MarkerKind) => edgeRows.find((r) => r.kinds.includes(k))?.y ?? plot.y;

  const projected = raw.map((l) => projectLine(l, kind, x.map, y.map, plot, rowY));
  const markers: MarkerModel[] = projected.flatMap((p) => p.markers);
  const styles: SeriesStyle[] = run.series.map((s, index) => {
    const label = String(s.label ?? '');
    const summary = typeof s.summary?.text === 'string' ? s.summary.text : '';
    return { index, label, tooltip: summary ? `${label} — ${summary}` : label, colorIndex: colorSlot(index), dash: seriesDash(index) };
  });
  const subtitle = [run.experiment, run.dtype, choice.name, `${run.series.length} series`, kind === 'log' ? '' : `${kind} y`].filter(Boolean).join(' · ');
  const fullTitle = String(run.title || `${run.experiment} (${run.dtype})`);
  // Text cannot be measured in the core; shorten by estimated width so nothing runs off the chart.
  const title = truncate(fullTitle, Math.floor((width - 24) / (FONT.title * 0.62)));
  const yTitle = { ...choice.yTitle, text: truncate(choice.yTitle.text, Math.floor(plot.height / (FONT.body * 0.6))) };
  return {
    ...frame, title, subtitle: truncate(subtitle, Math.floor((width - 24) / (FONT.tick * 0.6))),
    description: `${fullTitle}. ${subtitle}. ${choice.yTitle.text}${choice.yTitle.sub ? '_' + choice.yTitle.sub : ''} against ${choice.xTitle.text}.`,
    plot,
    xAxis: { scale: x.kind, title: choice.xTitle, domain: x.domain, ticks: x.ticks },
    yAxis: { scale: kind, title: yTitle, domain: y.domain, ticks: y.ticks },
    edgeRows,
    bands: [...limits.map((l) => placeBand(l, y.map, plot)), ...guides.map((g) => placeGuide(g, x.map, y.map, plot))].filter((b) => b !== null),
    styles,
    lines: projected.map((p) => p.line),
    markers,
    legend: layout.legend,
    markerKinds: (['posinf', 'neginf', 'nan', 'zero', 'negative'] as const).filter((k) => kinds.has(k)),
    note: layout.note,
  };
}
