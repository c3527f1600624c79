/**
 * writeChartSvg: draws a ChartModel as a standalone SVG string. It adds no
 * decisions of its own (those are in the model), only markup. The output holds
 * no script, event attribute, link, foreignObject or animation, and no ids, so
 * many charts can share one page.
 */
import type { AxisModel, ChartModel } from './types';
import { escapeXml, px } from './escape';
import { themeStyle } from './palette';
import { FONT } from './layout';
import { line, paint, richText, text, tooltip, withClass, type ColorMode } from './svgParts';
import { writeLegend, writeLines, writeMarkers, writeNote } from './svgSeries';
import { writeHeatmap } from './svgHeatmap';

const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** Opening tag, accessibility title, theme style and (static mode) background. */
function open(model: ChartModel): string {
  const mode: ColorMode = model.colors;
  const ink = paint(mode).ink;
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${model.width}" height="${model.height}" viewBox="0 0 ${model.width} ${model.height}"` +
    ` class="gradexp-chart" role="img" aria-label="${escapeXml(model.description)}" font-family="${escapeXml(FONT_FAMILY)}" font-size="${FONT.body}" color="${ink}">`;
  const embed = mode === 'theme' && model.embedStyle;
  const style = embed ? `<style>${themeStyle()}</style>` : mode === 'theme' ? '' : `<rect width="${model.width}" height="${model.height}" fill="#ffffff"/>`;
  return head + tooltip(model.description) + style;
}

/** Title and subtitle. */
function header(model: ChartModel): string {
  const p = paint(model.colors);
  return (
    `<g class="header">` +
    text(12, 18, model.title, `${p.text} font-size="${FONT.title}" font-weight="600"`) +
    text(12, 34, model.subtitle, `${p.muted} font-size="${FONT.tick}"`) +
    `</g>`
  );
}

/** Grid lines at labelled ticks, the frame, tick labels, axis titles and the off-scale rows. */
function axes(model: ChartModel): string {
  const p = paint(model.colors);
  const { plot } = model;
  const top = Math.min(plot.y, ...model.edgeRows.map((r) => r.y - 7));
  const bottom = Math.max(plot.y + plot.height, ...model.edgeRows.map((r) => r.y + 7));
  const parts: string[] = ['<g class="axes">'];
  for (const row of model.edgeRows) {
    parts.push(`<rect x="${px(plot.x)}" y="${px(row.y - 6)}" width="${px(plot.width)}" height="12" ${withClass(p.text, 'edge-row')} fill-opacity="0.05"/>`);
    parts.push(text(plot.x - 6, row.y + 3.5, row.label, `${p.text} font-size="${FONT.tick}" text-anchor="end" font-weight="600"`));
  }
  parts.push(yTicks(model.yAxis, model, p));
  for (const t of model.xAxis.ticks) {
    parts.push(line(t.position, top, t.position, bottom, `${p.grid} stroke-opacity="0.12"`));
    parts.push(line(t.position, bottom, t.position, bottom + 4, `${p.grid} stroke-opacity="0.6"`));
    parts.push(text(t.position, bottom + 15, t.label, `${p.text} font-size="${FONT.tick}" text-anchor="middle"`));
  }
  parts.push(`<rect ${withClass(p.grid, 'frame')} x="${px(plot.x)}" y="${px(plot.y)}" width="${px(plot.width)}" height="${px(plot.height)}" fill="none" stroke-opacity="0.45"/>`);
  parts.push(richText(plot.x + plot.width / 2, bottom + 30, model.xAxis.title, `${p.text} text-anchor="middle"`, FONT.body));
  const cy = plot.y + plot.height / 2;
  parts.push(richText(0, 0, model.yAxis.title, `${p.text} text-anchor="middle" transform="translate(13 ${px(cy)}) rotate(-90)"`, FONT.body));
  parts.push('</g>');
  return parts.join('');
}

/** Y grid and labels: labelled ticks get a grid line, unlabelled (minor) ticks only a short mark. */
function yTicks(axis: AxisModel, model: ChartModel, p: ReturnType<typeof paint>): string {
  const { plot } = model;
  const out: string[] = [];
  for (const t of axis.ticks) {
    if (t.label) {
      out.push(line(plot.x, t.position, plot.x + plot.width, t.position, `${p.grid} stroke-opacity="0.12"`));
      out.push(line(plot.x - 4, t.position, plot.x, t.position, `${p.grid} stroke-opacity="0.6"`));
      out.push(text(plot.x - 6, t.position + 3.5, t.label, `${withClass(p.text, 'tick-label')} font-size="${FONT.tick}" text-anchor="end"`));
    } else {
      out.push(line(plot.x - 2, t.position, plot.x, t.position, `${p.grid} stroke-opacity="0.4"`));
    }
  }
  return out.join('');
}

/** The dtype limits: shaded region beyond the limit, a dashed line and its label. */
function bands(model: ChartModel): string {
  const p = paint(model.colors);
  const { plot } = model;
  const parts: string[] = ['<g class="bands">'];
  for (const b of model.bands) {
    if (b.kind === 'reference' || b.kind === 'window') {
      parts.push(guide(model, b));
      continue;
    }
    const over = b.kind !== 'min';
    const fill = over ? p.overFill : p.underFill;
    const stroke = over ? p.overStroke : p.underStroke;
    const r = b.region;
    parts.push(`<g class="band band-${b.kind}" data-value="${escapeXml(String(b.value))}">${tooltip(b.label)}`);
    parts.push(`<rect x="${px(r.x)}" y="${px(r.y)}" width="${px(r.width)}" height="${px(r.height)}" ${fill} fill-opacity="0.08"/>`);
    parts.push(line(plot.x, b.y, plot.x + plot.width, b.y, `${stroke} stroke-width="1" stroke-dasharray="5 3"`));
    // Put the label on the shaded side when there is room, so it reads as "beyond this line".
    const shadedAbove = b.kind === 'max';
    const room = shadedAbove ? b.y - plot.y : plot.y + plot.height - b.y;
    const labelY = (shadedAbove ? room >= 14 : room < 14) ? b.y - 4 : b.y + 12;
    parts.push(text(plot.x + plot.width - 4, labelY, b.label, `${withClass(fill, 'gx-halo')} stroke="${p.haloStroke}" stroke-width="3" paint-order="stroke" font-size="${FONT.tick}" text-anchor="end"`));
    parts.push('</g>');
  }
  parts.push('</g>');
  return parts.join('');
}

/** A train chart's guide: a dotted reference line labelled at its left end, or a lightly shaded window labelled at its top. */
function guide(model: ChartModel, b: ChartModel['bands'][number]): string {
  const p = paint(model.colors);
  const { plot } = model;
  const r = b.region;
  const open = `<g class="band band-${b.kind}" data-value="${escapeXml(String(b.value))}">${tooltip(b.label)}`;
  const label = (x: number, y: number, anchor: string) =>
    text(x, y, b.label, `${withClass(p.muted, 'gx-halo')} stroke="${p.haloStroke}" stroke-width="3" paint-order="stroke" font-size="${FONT.tick}" text-anchor="${anchor}"`);
  if (b.kind === 'window') {
    return `${open}<rect x="${px(r.x)}" y="${px(r.y)}" width="${px(r.width)}" height="${px(r.height)}" ${p.underFill} fill-opacity="0.10"/>${label(r.x + r.width / 2, plot.y + 12, 'middle')}</g>`;
  }
  return `${open}${line(plot.x, b.y, plot.x + plot.width, b.y, `${p.grid} stroke-opacity="0.8" stroke-width="1" stroke-dasharray="2 3"`)}${label(plot.x + 4, b.y - 4, 'start')}</g>`;
}

/** The "nothing to plot" box: chart-sized, so a panel or preview keeps its shape. */
function messageBox(model: ChartModel): string {
  const p = paint(model.colors);
  const m = model.message ?? { headline: '', lines: [] };
  const { plot } = model;
  const maxChars = Math.max(10, Math.floor((plot.width - 24) / (FONT.body * 0.6)));
  const lines = m.lines.map((l) => (Array.from(l).length > maxChars ? Array.from(l).slice(0, maxChars - 1).join('') + '…' : l));
  return (
    `<g class="message">` +
    `<rect x="${px(plot.x)}" y="${px(plot.y)}" width="${px(plot.width)}" height="${px(plot.height)}" rx="6" fill="none" ${p.grid} stroke-opacity="0.4" stroke-dasharray="4 3"/>` +
    text(plot.x + 12, plot.y + 24, m.headline, `${p.text} font-weight="600"`) +
    lines.map((l, i) => text(plot.x + 12, plot.y + 44 + i * 16, l, `${p.muted} font-size="${FONT.tick}"`)).join('') +
    `</g>`
  );
}

/** Draws a chart model as an SVG document string. */
export function writeChartSvg(model: ChartModel): string {
  const body = model.message
    ? messageBox(model)
    : model.heatmap
      ? axes(model) + writeHeatmap(model)
      : bands(model) + axes(model) + writeLines(model) + writeMarkers(model) + writeLegend(model) + writeNote(model);
  return open(model) + header(model) + body + '</svg>';
}
