import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { buildChartModel, chartThemeCss, renderChartSvg } from '../../src/core/chart';
import { ALL_FIXTURES, activations, errorsOnly, fp16Mlp, fp16Power, hugeSeries, manySeries, run, mlpSeries, sigmoidVsRelu } from './fixtures';
import { parseSvg, unsafeParts } from './svgDom';

describe('renderChartSvg: structure', () => {
  it('writes one series path per series, tagged with its index, and a legend entry per label', () => {
    const data = sigmoidVsRelu();
    const dom = parseSvg(renderChartSvg(data));
    const paths = dom.byClass('series');
    expect(paths.map((p) => p.name)).toEqual(['path', 'path']);
    expect(paths.map((p) => p.attribs['data-series'])).toEqual(['0', '1']);
    expect(paths.every((p) => /^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/.test(p.attribs.d))).toBe(true);
    const legend = dom.byClass('legend-label').map((e) => dom.text(e));
    expect(legend).toEqual(data.series.map((s) => s.label));
  });

  it('draws f solid and f′ dashed for each activation, with a line-style key', () => {
    const dom = parseSvg(renderChartSvg(activations()));
    const paths = dom.byClass('series');
    expect(paths).toHaveLength(6);
    for (const p of paths) expect(Boolean(p.attribs['stroke-dasharray'])).toBe(p.attribs['data-role'] === 'df');
    expect(dom.byClass('legend-role').map((g) => dom.text(g))).toEqual(['f(x)', 'f′(x)']);
    expect(dom.byClass('legend-entry')).toHaveLength(3);
  });

  it('labels log ticks at powers of ten', () => {
    const dom = parseSvg(renderChartSvg(sigmoidVsRelu()));
    const labels = dom.byClass('tick-label').map((e) => dom.text(e));
    expect(labels).toEqual(expect.arrayContaining(['10⁻³⁰', '10⁻²⁰', '10⁻¹⁰', '1']));
    expect(labels.every((l) => /^(1|10|10[⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.test(l))).toBe(true);
  });

  it('draws fp16 bands near 65504 and 2⁻²⁴ with their labels', () => {
    const dom = parseSvg(renderChartSvg(fp16Power()));
    const bands = dom.byClass('band');
    expect(bands.map((b) => b.attribs.class)).toEqual(['band band-max', 'band band-min']);
    expect(bands[0].attribs['data-value']).toBe('65504');
    const texts = bands.map((b) => dom.text(b));
    expect(texts.some((t) => t.includes('fp16 max 65504'))).toBe(true);
    expect(texts.some((t) => t.includes('fp16 min subnormal 2⁻²⁴'))).toBe(true);
  });

  it('marks every Infinity, NaN and zero layer with its own glyph and explains the glyphs', () => {
    const data = fp16Mlp();
    const dom = parseSvg(renderChartSvg(data));
    const count = (kind: string) => dom.byClass(`marker-${kind}`).reduce((n, e) => n + Number(e.attribs['data-count']), 0);
    const layers = data.series.flatMap((s) => s.layers!);
    expect(count('posinf')).toBe(layers.filter((l) => l.gradW === Infinity).length);
    expect(count('nan')).toBe(layers.filter((l) => Number.isNaN(l.gradW)).length);
    expect(count('zero')).toBe(layers.filter((l) => l.gradW === 0).length);
    const glyphShapes = new Set(['posinf', 'nan', 'zero'].map((k) => dom.byClass(`marker-${k}`)[0].attribs.d.replace(/[\d.\-]+/g, '#')));
    expect(glyphShapes.size).toBe(3);
    const note = dom.text(dom.byClass('note')[0]);
    expect(note).toContain('+∞ (overflow)');
    expect(note).toContain('NaN');
    expect(note).toContain('exact 0 (underflow)');
    const nan = dom.byClass('marker-nan')[0];
    expect(dom.text(nan)).toBe('tanh (NaN): layer t 61 = NaN');
  });

  it('carries the engine summary as hover text of each series', () => {
    const dom = parseSvg(renderChartSvg(sigmoidVsRelu()));
    const first = dom.byClass('series')[0];
    expect(dom.text(first)).toBe('sigmoid — ×0.50 per layer · first/last 1e-30');
  });

  it('gives width, height and viewBox so it scales, and no ids to collide between charts', () => {
    const dom = parseSvg(renderChartSvg(sigmoidVsRelu(), { width: 800, height: 400 }));
    expect(dom.root.attribs).toMatchObject({ width: '800', height: '400', viewBox: '0 0 800 400', role: 'img' });
    expect(dom.all.filter((e) => 'id' in e.attribs)).toEqual([]);
  });

  it('follows the theme with CSS variables but keeps visible fallback colours as attributes', () => {
    const themed = parseSvg(renderChartSvg(sigmoidVsRelu()));
    const css = themed.text(themed.byTag('style')[0]);
    expect(css).toContain('var(--vscode-charts-red, #D55E00)');
    expect(css).toContain('.vscode-dark .gradexp-chart');
    expect(css.trim().startsWith('@supports')).toBe(true);
    expect(themed.byClass('series')[0].attribs.stroke).toMatch(/^#[0-9A-F]{6}$/i);
    expect(themed.byClass('tick-label')[0].attribs.fill).toBe('currentColor');
    const flat = parseSvg(renderChartSvg(sigmoidVsRelu(), { colors: 'static' }));
    expect(flat.byTag('style')).toEqual([]);
    expect(flat.byClass('tick-label')[0].attribs.fill).toBe('#1f1f1f');
  });

  it('leaves the theme CSS to the host page when embedStyle is false', () => {
    const dom = parseSvg(renderChartSvg(fp16Power(), { embedStyle: false }));
    expect(dom.byTag('style')).toEqual([]);
    // Still drawable without CSS: series keep their fallback stroke, band labels have no white halo on a dark page.
    expect(dom.byClass('series')[0].attribs.stroke).toBe('#0072B2');
    expect(dom.byClass('gx-halo').every((e) => e.attribs.stroke === 'none')).toBe(true);
    expect(chartThemeCss()).toContain('.gradexp-chart .gx-halo{stroke:var(--vscode-editor-background, #ffffff)}');
  });

  it('renders an errors-only run as a chart-sized message box listing the errors', () => {
    const dom = parseSvg(renderChartSvg(errorsOnly()));
    expect(dom.byClass('series')).toEqual([]);
    const box = dom.text(dom.byClass('message')[0]);
    expect(box).toContain('nothing to plot');
    expect(box).toContain('line 6:8  activation: expected one of relu, sigmoid, … <b>not</b> "sigmod"');
    expect(unsafeParts(dom)).toEqual([]);
  });

  it('renders 16 series and 10,000 points (timed) within its size budget', () => {
    const many = parseSvg(renderChartSvg(manySeries()));
    expect(many.byClass('series')).toHaveLength(16);
    expect(many.byClass('legend-entry')).toHaveLength(16);
    const started = performance.now();
    const svg = renderChartSvg(hugeSeries());
    const ms = performance.now() - started;
    expectDuration('chart SVG of 16 series × 10,000 points', ms, 10_000);
    expect(svg.length).toBeLessThan(120_000);
    const dom = parseSvg(svg);
    expect(dom.byClass('marker')).toHaveLength(7);
  });

  it('shows a lone finite point between off-scale ones as a dot', () => {
    const data = run('mlp', 'fp16', [mlpSeries('spike', (t) => (t === 5 ? 2 : Number.NaN), 9)]);
    const dom = parseSvg(renderChartSvg(data));
    expect(dom.byClass('point')).toHaveLength(1);
    expect(dom.byClass('marker-nan')).toHaveLength(8);
  });

  it('is deterministic and matches the stored snapshot', () => {
    const a = renderChartSvg(fp16Power());
    expect(renderChartSvg(fp16Power())).toBe(a);
    expect(a).toMatchSnapshot();
  });

  it('every fixture parses as XML and holds nothing unsafe, in both colour modes', () => {
    for (const [name, make] of Object.entries(ALL_FIXTURES)) {
      for (const colors of ['theme', 'static'] as const) {
        const dom = parseSvg(renderChartSvg(make(), { colors }));
        expect(unsafeParts(dom), name).toEqual([]);
        expect(buildChartModel(make(), { colors }).width).toBe(640);
      }
    }
  });
});
