import { describe, expect, it } from 'vitest';
import { buildChartModel } from '../../src/core/chart';
import { isPowerOfTen } from '../../src/core/chart/format';
import { thinSegment } from '../../src/core/chart/project';
import { activations, degenerate, errorsOnly, fp16Mlp, fp16Power, hugeSeries, manySeries, matmulChain, negativeBase, run, mlpSeries, sigmoidVsRelu } from './fixtures';

const inside = (v: number, lo: number, hi: number) => v >= lo - 0.01 && v <= hi + 0.01;

describe('chart model: scales', () => {
  it('uses a log y axis with labels only at powers of ten for vanishing gradients', () => {
    const m = buildChartModel(sigmoidVsRelu());
    expect(m.yAxis.scale).toBe('log');
    const labelled = m.yAxis.ticks.filter((t) => t.label !== '');
    expect(labelled.length).toBeGreaterThanOrEqual(4);
    expect(labelled.every((t) => isPowerOfTen(t.value))).toBe(true);
    expect(labelled.map((t) => t.label)).toContain('10⁻³⁰');
    expect(m.yAxis.domain[0]).toBeLessThanOrEqual(1e-30);
    expect(m.yAxis.domain[1]).toBeGreaterThanOrEqual(1);
    // Higher values are higher on screen.
    const byValue = [...labelled].sort((a, b) => a.value - b.value);
    for (let i = 1; i < byValue.length; i++) expect(byValue[i].position).toBeLessThan(byValue[i - 1].position);
  });

  it('uses a linear y axis for the signed f and f′ of activations, two lines per series', () => {
    const m = buildChartModel(activations());
    expect(m.yAxis.scale).toBe('linear');
    expect(m.lines.map((l) => `${l.series}:${l.role}:${l.dashed}`)).toEqual(['0:f:false', '0:df:true', '1:f:false', '1:df:true', '2:f:false', '2:df:true']);
    expect(m.legend.roleKey.map((k) => k.label)).toEqual(['f(x)', 'f′(x)']);
    expect(m.yAxis.ticks.map((t) => t.label)).toContain('−1');
  });

  it('uses symlog for signed values spanning many decades', () => {
    const m = buildChartModel(negativeBase());
    expect(m.yAxis.scale).toBe('symlog');
    expect(m.yAxis.ticks.some((t) => t.value < 0) && m.yAxis.ticks.some((t) => t.value > 0)).toBe(true);
    expect(m.markers).toHaveLength(0);
  });

  it('uses linear for count plots and honours a forced scale', () => {
    expect(buildChartModel(fp16Mlp(), { plot: 'zeros' }).yAxis.scale).toBe('linear');
    expect(buildChartModel(sigmoidVsRelu(), { yScale: 'linear' }).yAxis.scale).toBe('linear');
  });

  it('puts integer ticks only on a layer axis', () => {
    const m = buildChartModel(run('mlp', 'fp32', [mlpSeries('short', (t) => t, 3)]));
    expect(m.xAxis.ticks.length).toBeGreaterThan(0);
    expect(m.xAxis.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
  });
});

describe('chart model: dtype limits', () => {
  it('draws fp16 max 65504 and min subnormal 2⁻²⁴ when the data reach them', () => {
    const m = buildChartModel(fp16Power());
    const labels = m.bands.map((b) => b.label);
    expect(labels).toContain('fp16 max 65504');
    expect(labels).toContain('fp16 min subnormal 2⁻²⁴');
    const max = m.bands.find((b) => b.kind === 'max')!;
    expect(max.value).toBe(65504);
    expect(inside(max.y, m.plot.y, m.plot.y + m.plot.height)).toBe(true);
    // The shaded overflow region runs from the line up to the top of the plot.
    expect(max.region.y).toBeCloseTo(m.plot.y, 5);
    expect(max.region.y + max.region.height).toBeCloseTo(max.y, 5);
  });

  it('leaves out limits far from the data (fp32 gradients around 1e-30…1)', () => {
    expect(buildChartModel(sigmoidVsRelu()).bands).toEqual([]);
  });

  it('shows fp32 max when a matmul chain overflows', () => {
    const m = buildChartModel(matmulChain());
    expect(m.bands.map((b) => b.kind)).toEqual(['max']);
    expect(m.bands[0].label).toMatch(/^fp32 max ≈3\.403×10³⁸$/);
  });
});

describe('chart model: off-scale points', () => {
  it('marks 1.5ⁿ overflow from n = 28 on the +∞ row and breaks the line there', () => {
    const m = buildChartModel(fp16Power());
    const inf = m.markers.filter((k) => k.series === 0 && k.kind === 'posinf');
    expect(inf).toHaveLength(73);
    expect(Math.min(...inf.map((k) => k.dataX))).toBe(28);
    const row = m.edgeRows.find((r) => r.kinds.includes('posinf'))!;
    expect(row.label).toBe('+∞');
    expect(row.y).toBeLessThan(m.plot.y);
    expect(inf.every((k) => k.y === row.y)).toBe(true);
    const line = m.lines[0];
    expect(line.segments).toHaveLength(1);
    expect(line.segments[0]).toHaveLength(27);
  });

  it('counts NaN, +∞ and zero markers of the fp16 mlp exactly', () => {
    const data = fp16Mlp();
    const m = buildChartModel(data);
    const expected = { nan: 0, posinf: 0, zero: 0 };
    for (const s of data.series) {
      for (const l of s.layers!) {
        if (Number.isNaN(l.gradW)) expected.nan++;
        else if (l.gradW === Infinity) expected.posinf++;
        else if (l.gradW === 0) expected.zero++;
      }
    }
    expect(expected.nan).toBe(4);
    expect(expected.zero).toBeGreaterThan(10);
    expect(expected.posinf).toBeGreaterThan(10);
    for (const kind of ['nan', 'posinf', 'zero'] as const) {
      expect(m.markers.filter((k) => k.kind === kind).reduce((n, k) => n + k.count, 0)).toBe(expected[kind]);
    }
    expect(m.markerKinds).toEqual(['posinf', 'nan', 'zero']);
    // The NaN gap splits tanh's line in two; zeros are below the plot, never drawn at a value.
    expect(m.lines[1].segments).toHaveLength(2);
    const zeroRow = m.edgeRows.find((r) => r.kinds.includes('zero'))!;
    expect(zeroRow.y).toBeGreaterThan(m.plot.y + m.plot.height);
  });

  it('keeps every polyline point inside the plot area', () => {
    for (const make of [fp16Mlp, fp16Power, matmulChain, negativeBase, activations, manySeries]) {
      const m = buildChartModel(make());
      for (const l of m.lines) {
        for (const [x, y] of l.segments.flat()) {
          expect(inside(x, m.plot.x, m.plot.x + m.plot.width) && inside(y, m.plot.y, m.plot.y + m.plot.height)).toBe(true);
        }
      }
    }
  });
});

describe('chart model: size and degenerate input', () => {
  it('thins 10,000 points to at most 4 per pixel column but keeps every off-scale marker', () => {
    const m = buildChartModel(hugeSeries());
    const line = m.lines[0];
    expect(line.pointCount).toBe(10_000);
    expect(line.drawnPointCount).toBeLessThanOrEqual(4 * Math.ceil(m.plot.width) + 4 * line.segments.length);
    expect(line.drawnPointCount).toBeLessThan(3000);
    expect(m.markers.filter((k) => k.kind === 'posinf').map((k) => k.dataX)).toEqual([2500, 5000, 7500, 10000]);
    expect(m.markers.filter((k) => k.kind === 'nan').map((k) => k.dataX)).toEqual([3333, 6666, 9999]);
  });

  it('handles 200,000 signed points (symlog) without spreading them onto the stack', () => {
    const base = hugeSeries(200_000);
    const points = base.series[0].points!.map((p) => ({ n: p.n, value: p.n % 2 ? -p.value : p.value }));
    const m = buildChartModel({ ...base, series: [{ ...base.series[0], points }] });
    expect(m.yAxis.scale).toBe('symlog');
    expect(m.lines[0].pointCount).toBe(200_000);
    expect(m.lines[0].drawnPointCount).toBeLessThan(5000);
  });

  it('thinning keeps the extremes of each pixel column', () => {
    const pts = Array.from({ length: 1000 }, (_, i) => [i / 100, i === 555 ? 999 : i % 7] as const);
    const thin = thinSegment(pts);
    expect(thin.length).toBeLessThanOrEqual(40);
    expect(thin.some(([, y]) => y === 999)).toBe(true);
    expect(thin[0]).toEqual(pts[0]);
    expect(thin[thin.length - 1]).toEqual(pts[999]);
  });

  it('renders empty, single-point, all-NaN and all-Infinity series without dropping any', () => {
    const m = buildChartModel(degenerate());
    expect(m.lines).toHaveLength(4);
    expect(m.lines[0].segments).toEqual([]);
    expect(m.lines[1].segments).toHaveLength(1);
    expect(m.lines[1].segments[0]).toHaveLength(1);
    expect(m.markers.filter((k) => k.series === 2 && k.kind === 'nan')).toHaveLength(10);
    expect(m.markers.filter((k) => k.series === 3 && k.kind === 'posinf')).toHaveLength(10);
    expect(m.legend.entries.map((e) => e.text)).toEqual(['empty', 'single', 'all NaN', 'all inf']);
  });

  it('lays out 16 series with a legend entry each, beside (not over) the plot', () => {
    const m = buildChartModel(manySeries());
    expect(m.legend.entries).toHaveLength(16);
    expect(m.legend.hidden).toBe(0);
    expect(m.legend.box.x).toBeGreaterThanOrEqual(m.plot.x + m.plot.width);
    expect(new Set(m.styles.map((s) => `${s.colorIndex}/${s.dash}`)).size).toBe(16);
  });

  it('says which series did not fit when the chart is too short for the legend', () => {
    const m = buildChartModel(manySeries(), { height: 180 });
    expect(m.legend.entries.length + m.legend.hidden).toBe(16);
    expect(m.legend.hidden).toBeGreaterThan(0);
    expect(m.legend.box.y + m.legend.box.height).toBeLessThanOrEqual(180);
  });

  it('turns an errors-only run or an unknown plot into a message, not a crash', () => {
    const e = buildChartModel(errorsOnly());
    expect(e.message?.headline).toMatch(/nothing to plot/);
    expect(e.message?.lines[0]).toBe('line 4:1  unknown key "dept"; did you mean "depth"?');
    const p = buildChartModel(sigmoidVsRelu(), { plot: 'loss' });
    expect(p.message?.lines[0]).toMatch(/unknown plot "loss" for mlp; expected one of grad-norm, grad-h, act, nonfinite, zeros/);
    expect(buildChartModel(sigmoidVsRelu(), { plot: 'constructor' }).message).toBeDefined();
  });

  it('shortens a title too long for the width but keeps it whole in the description', () => {
    const long = 'A very long title about vanishing gradients in deep sigmoid networks at depth one hundred and more';
    const m = buildChartModel({ ...sigmoidVsRelu(), title: long }, { width: 320 });
    expect(m.title.endsWith('…')).toBe(true);
    expect(m.title.length * 13 * 0.6).toBeLessThan(320);
    expect(m.description).toContain(long);
  });

  it('clamps silly sizes instead of producing NaN geometry', () => {
    const m = buildChartModel(sigmoidVsRelu(), { width: Number.NaN, height: -5 });
    expect(m.width).toBe(640);
    expect(m.height).toBe(160);
    expect(Number.isFinite(m.plot.width) && m.plot.width > 0).toBe(true);
  });
});
