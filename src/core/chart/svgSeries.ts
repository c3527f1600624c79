/**
 * The data layer of the SVG: one <path class="series"> per line, off-scale
 * glyphs, the legend and the note that explains the glyphs.
 */
import type { ChartModel, MarkerKind } from './types';
import { escapeXml, px } from './escape';
import { FONT, LEGEND_ROW } from './layout';
import { ROLE_DASH } from './palette';
import { GLYPH_FILLED, glyphPath } from './glyphs';
import { line, paint, segmentsPath, text, tooltip, withClass } from './svgParts';
import { formatValue } from './format';

/** The dash of a line: a series' own pattern, or the role dash (f′) layered on it. */
function dashOf(seriesDash: string, roleDashed: boolean): string {
  if (roleDashed) return seriesDash ? `${ROLE_DASH} ${seriesDash}` : ROLE_DASH;
  return seriesDash;
}

/** One path per line (so per series, or per series and role), plus dots for isolated points. */
export function writeLines(model: ChartModel): string {
  const p = paint(model.colors);
  const parts: string[] = ['<g class="lines" fill="none" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round">'];
  for (const l of model.lines) {
    const style = model.styles[l.series];
    const dash = dashOf(style.dash, l.dashed);
    parts.push(
      `<path class="series gx-c${style.colorIndex}" stroke="${p.seriesColor(style.colorIndex)}" data-series="${l.series}" data-role="${escapeXml(l.role)}"` +
        `${dash ? ` stroke-dasharray="${dash}"` : ''} data-points="${l.pointCount}" d="${segmentsPath(l.segments)}">${tooltip(style.tooltip)}</path>`,
    );
    // A finite point between two off-scale ones has no line; show it as a dot so it is not lost.
    for (const s of l.segments) {
      if (s.length === 1) {
        parts.push(`<circle ${withClass(p.seriesFill(style.colorIndex), 'point')} data-series="${l.series}" cx="${px(s[0][0])}" cy="${px(s[0][1])}" r="2.2"/>`);
      }
    }
  }
  parts.push('</g>');
  return parts.join('');
}

const VALUE_OF: Readonly<Record<MarkerKind, string>> = { posinf: '+∞', neginf: '−∞', nan: 'NaN', zero: '0', negative: '< 0' };

/** One glyph per off-scale point (or per pixel column when they crowd), each with a hover text. */
export function writeMarkers(model: ChartModel): string {
  const p = paint(model.colors);
  const xName = model.xAxis.title.text;
  const parts: string[] = ['<g class="markers" stroke-width="1.4">'];
  for (const m of model.markers) {
    const style = model.styles[m.series];
    const paintAttr = GLYPH_FILLED[m.kind] ? `${p.seriesFill(style.colorIndex)} stroke="none"` : `${p.seriesStroke(style.colorIndex)} fill="none"`;
    const many = m.count > 1 ? ` (${m.count} points here)` : '';
    const what = `${style.label}${m.role === 'value' ? '' : ' ' + m.role}: ${xName} ${formatValue(m.dataX)} = ${VALUE_OF[m.kind]}${many}`;
    parts.push(
      `<path ${withClass(paintAttr, `marker marker-${m.kind}`)} data-series="${m.series}" data-kind="${m.kind}" data-count="${m.count}" d="${glyphPath(m.kind, m.x, m.y)}">${tooltip(what)}</path>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** Legend: line-style key (f solid, f′ dashed) then one entry per series with its summary as hover text. */
export function writeLegend(model: ChartModel): string {
  const p = paint(model.colors);
  const { legend } = model;
  const parts: string[] = ['<g class="legend">'];
  legend.roleKey.forEach((k, i) => {
    const y = legend.box.y + i * LEGEND_ROW + LEGEND_ROW / 2;
    parts.push(`<g class="legend-role" data-role="${escapeXml(k.role)}">`);
    parts.push(line(legend.box.x, y, legend.box.x + 20, y, `${p.grid} stroke-width="1.6"${k.dashed ? ` stroke-dasharray="${ROLE_DASH}"` : ''}`));
    parts.push(text(legend.box.x + 26, y + 3.5, k.label, `${p.muted} font-size="${FONT.tick}"`));
    parts.push('</g>');
  });
  for (const e of legend.entries) {
    const style = model.styles[e.series];
    parts.push(`<g class="legend-entry" data-series="${e.series}">${tooltip(style.tooltip)}`);
    parts.push(line(e.x, e.y, e.x + 20, e.y, `${p.seriesStroke(style.colorIndex)} stroke-width="2.2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}`));
    parts.push(text(e.x + 26, e.y + 3.5, e.text, `class="gx-text legend-label" fill="${p.ink}"`));
    parts.push('</g>');
  }
  if (legend.hidden > 0) {
    const y = legend.box.y + legend.box.height - LEGEND_ROW / 2;
    parts.push(text(legend.box.x + 26, y + 3.5, `+${legend.hidden} more series`, `${p.muted} font-size="${FONT.tick}"`));
  }
  parts.push('</g>');
  return parts.join('');
}

/** The note under the chart that says what each glyph means and that lines break there. */
export function writeNote(model: ChartModel): string {
  if (model.note.length === 0) return '';
  const p = paint(model.colors);
  const parts: string[] = ['<g class="note">'];
  for (const item of model.note) {
    if (item.kind) {
      const glyph = GLYPH_FILLED[item.kind] ? `${p.text} stroke="none"` : `${p.grid} fill="none" stroke-width="1.4"`;
      parts.push(`<path ${withClass(glyph, 'note-glyph')} data-kind="${item.kind}" d="${glyphPath(item.kind, item.x + 3.5, item.y - 3.5, 3.5)}"/>`);
    }
    parts.push(text(item.x + (item.kind ? 9 : 0), item.y, item.text, `${p.muted} font-size="${FONT.tick}"`));
  }
  parts.push('</g>');
  return parts.join('');
}
