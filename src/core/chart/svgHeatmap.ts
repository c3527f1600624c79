/**
 * The markup of a heat map (model in heatmap.ts): one rect per cell with its
 * value as hover text, the frame on top, the colour bar with its decade ticks
 * and the 10⁻³ mark, and a key for the off-scale fills. No decisions here.
 */
import type { ChartModel, HeatmapModel } from './types';
import { escapeXml, px } from './escape';
import { FONT } from './layout';
import { formatValue } from './format';
import { line, paint, richText, text, tooltip, withClass } from './svgParts';

/** "layer 3, steps 40–44: 2.1e-4" for a cell's hover text. */
function cellText(c: HeatmapModel['cells'][number]): string {
  const layers = c.layers[0] === c.layers[1] ? `layer ${c.layers[0]}` : `layers ${c.layers[0]}–${c.layers[1]}`;
  const steps = c.steps[0] === c.steps[1] ? `step ${c.steps[0]}` : `steps ${c.steps[0]}–${c.steps[1]}`;
  const value = c.value === 0 ? '0 (no update)' : formatValue(Number(c.value.toPrecision(3)));
  return `${layers}, ${steps}: ‖ΔW‖/‖W‖ = ${value}`;
}

/** Cells, frame, colour bar and key of the heat map. */
export function writeHeatmap(model: ChartModel): string {
  const heat = model.heatmap;
  if (!heat) return '';
  const p = paint(model.colors);
  const { plot } = model;
  const parts: string[] = ['<g class="heatmap" shape-rendering="crispEdges">'];
  for (const c of heat.cells) {
    // Cells overlap by a fraction of a pixel so no background seam shows between them.
    parts.push(
      `<rect class="cell" x="${px(c.x)}" y="${px(c.y)}" width="${px(c.width + 0.4)}" height="${px(c.height + 0.4)}" fill="${escapeXml(c.color)}" data-value="${escapeXml(String(Number(c.value.toPrecision(4))))}">${tooltip(cellText(c))}</rect>`,
    );
  }
  parts.push('</g>');
  parts.push(`<rect ${withClass(p.grid, 'frame')} x="${px(plot.x)}" y="${px(plot.y)}" width="${px(plot.width)}" height="${px(plot.height)}" fill="none" stroke-opacity="0.6"/>`);

  const bar = heat.colorBar;
  const b = bar.box;
  parts.push('<g class="color-bar">');
  for (const s of bar.slices) parts.push(`<rect x="${px(b.x)}" y="${px(s.y)}" width="${px(b.width)}" height="${px(s.height + 0.4)}" fill="${escapeXml(s.color)}" shape-rendering="crispEdges"/>`);
  parts.push(`<rect ${withClass(p.grid, 'bar-frame')} x="${px(b.x)}" y="${px(b.y)}" width="${px(b.width)}" height="${px(b.height)}" fill="none" stroke-opacity="0.6"/>`);
  for (const t of bar.ticks) {
    parts.push(line(b.x + b.width, t.position, b.x + b.width + 4, t.position, `${p.grid} stroke-opacity="0.6"`));
    parts.push(text(b.x + b.width + 6, t.position + 3.5, t.label, `${withClass(p.text, 'bar-label')} font-size="${FONT.tick}"`));
  }
  if (bar.reference) {
    const r = bar.reference;
    parts.push(`<g class="bar-reference" data-value="${escapeXml(String(r.value))}">${tooltip(r.label)}`);
    parts.push(line(b.x - 5, r.position, b.x + b.width + 5, r.position, `${p.grid} stroke-width="2"`));
    parts.push('</g>');
  }
  parts.push(richText(0, 0, bar.title, `${p.text} text-anchor="middle" transform="translate(${px(b.x + b.width + 42)} ${px(b.y + b.height / 2)}) rotate(90)"`, FONT.body));
  parts.push('</g>');

  let x = plot.x;
  const y = model.height - 8;
  parts.push('<g class="heat-keys">');
  if (bar.reference) {
    // The key of the bar's thick mark: a short bar-like line, then its meaning.
    parts.push(line(x, y - 3.5, x + 12, y - 3.5, `${p.grid} stroke-width="2"`));
    parts.push(text(x + 16, y, bar.reference.label, `${p.muted} font-size="${FONT.tick}"`));
    x += 16 + bar.reference.label.length * FONT.tick * 0.6 + 16;
  }
  for (const k of heat.keys) {
    parts.push(`<rect x="${px(x)}" y="${px(y - 8)}" width="9" height="9" fill="${escapeXml(k.color)}"/>`);
    parts.push(text(x + 13, y, k.text, `${p.muted} font-size="${FONT.tick}"`));
    x += 13 + k.text.length * FONT.tick * 0.6 + 16;
  }
  parts.push('</g>');
  return parts.join('');
}
