/**
 * Small SVG element builders shared by the chart writer. Each takes already
 * placed numbers and raw text; text is escaped here, nowhere else.
 */
import { escapeXml, px } from './escape';
import { LIGHT_SERIES, STATIC } from './palette';
import type { RichText } from './types';

/** Colour mode of the output. */
export type ColorMode = 'theme' | 'static';

/** Fallback colours as presentation attributes; in theme mode the `<style>` overrides them by class. */
export function paint(mode: ColorMode) {
  const ink = mode === 'static' ? STATIC.foreground : 'currentColor';
  return {
    text: `class="gx-text" fill="${ink}"`,
    muted: `class="gx-muted" fill="${mode === 'static' ? STATIC.muted : 'currentColor'}"`,
    grid: `class="gx-grid" stroke="${ink}"`,
    ink,
    seriesStroke: (slot: number) => `class="gx-c${slot}" stroke="${LIGHT_SERIES[slot]}"`,
    seriesFill: (slot: number) => `class="gx-f${slot}" fill="${LIGHT_SERIES[slot]}"`,
    seriesColor: (slot: number) => LIGHT_SERIES[slot],
    overFill: `class="gx-over-f" fill="${STATIC.overflow}"`,
    overStroke: `class="gx-over-s" stroke="${STATIC.overflow}"`,
    underFill: `class="gx-under-f" fill="${STATIC.underflow}"`,
    underStroke: `class="gx-under-s" stroke="${STATIC.underflow}"`,
    /**
     * Stroke of the halo behind labels that may cross data lines. In theme mode the background is
     * unknown until the CSS applies (class gx-halo), so without CSS there is no halo rather than a white one.
     */
    haloStroke: mode === 'static' ? STATIC.background : 'none',
  };
}

/** Adds classes to a paint attribute string that already holds `class="…"`, so no element gets two class attributes. */
export function withClass(attrs: string, extra: string): string {
  return attrs.replace(/class="([^"]*)"/, (_, c: string) => `class="${extra} ${c}"`);
}

/** A `<text>` element; `attrs` are trusted constant attributes, `content` is escaped. */
export function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ' ' + attrs : ''}>${escapeXml(content)}</text>`;
}

/** Text with an optional subscript tail (‖∂ℓ/∂Wᵗ‖ F), rendered with baseline-shift. */
export function richText(x: number, y: number, content: RichText, attrs: string, fontSize: number): string {
  const sub = content.sub ? `<tspan baseline-shift="sub" font-size="${Math.round(fontSize * 0.75)}">${escapeXml(content.sub)}</tspan>` : '';
  return `<text x="${px(x)}" y="${px(y)}" ${attrs}>${escapeXml(content.text)}${sub}</text>`;
}

/** A straight line. */
export function line(x1: number, y1: number, x2: number, y2: number, attrs: string): string {
  return `<line x1="${px(x1)}" y1="${px(y1)}" x2="${px(x2)}" y2="${px(y2)}" ${attrs}/>`;
}

/** A `<title>` child: the hover text of its parent, escaped. */
export function tooltip(content: string): string {
  return `<title>${escapeXml(content)}</title>`;
}

/** Path data of polyline segments: one subpath per segment, so breaks are real gaps. */
export function segmentsPath(segments: readonly (readonly (readonly [number, number])[])[]): string {
  return segments
    .filter((s) => s.length > 1)
    .map((s) => s.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x)} ${px(y)}`).join(''))
    .join('');
}
