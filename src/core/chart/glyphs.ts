/**
 * Glyph outlines for off-scale points, drawn as plain paths so the SVG needs no
 * <marker>, <use> or href: ▲ +∞, ▼ −∞, ✕ NaN, ○ exact 0, ▽ negative on a log axis.
 */
import type { MarkerKind } from './types';
import { px } from './escape';

/** Whether a glyph is drawn filled (true) or as an outline (false). */
export const GLYPH_FILLED: Readonly<Record<MarkerKind, boolean>> = { posinf: true, neginf: true, nan: false, zero: false, negative: false };

/** What each glyph means, for the note under the chart. */
export const GLYPH_MEANING: Readonly<Record<MarkerKind, string>> = {
  posinf: '+∞ (overflow)',
  neginf: '−∞ (overflow)',
  nan: 'NaN',
  zero: 'exact 0 (underflow)',
  negative: 'negative (not on a log axis)',
};

/** Path data of the glyph of `kind` centred at (x, y), radius r. */
export function glyphPath(kind: MarkerKind, x: number, y: number, r = 4): string {
  switch (kind) {
    case 'posinf':
      return `M${px(x)} ${px(y - r)}L${px(x + r)} ${px(y + r * 0.75)}L${px(x - r)} ${px(y + r * 0.75)}Z`;
    case 'neginf':
    case 'negative':
      return `M${px(x)} ${px(y + r)}L${px(x + r)} ${px(y - r * 0.75)}L${px(x - r)} ${px(y - r * 0.75)}Z`;
    case 'nan': {
      const d = r * 0.85;
      return `M${px(x - d)} ${px(y - d)}L${px(x + d)} ${px(y + d)}M${px(x - d)} ${px(y + d)}L${px(x + d)} ${px(y - d)}`;
    }
    case 'zero': {
      const c = r * 0.85;
      return `M${px(x - c)} ${px(y)}a${px(c)} ${px(c)} 0 1 0 ${px(2 * c)} 0a${px(c)} ${px(c)} 0 1 0 ${px(-2 * c)} 0Z`;
    }
    default: {
      const unknown: never = kind;
      throw new Error(`unknown glyph ${String(unknown)}`);
    }
  }
}
