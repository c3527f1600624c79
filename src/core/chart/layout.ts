/**
 * Where things go: header, plot area, off-scale rows, axes and legend. The
 * legend sits to the right of the plot, never over the data; labels that do
 * not fit are shortened (the full label stays in the tooltip).
 */
import type { LegendModel, MarkerKind, NoteItem, Rect } from './types';
import { GLYPH_MEANING } from './glyphs';
import { textWidth, truncate } from './format';

/** Font sizes in px shared by the layout and the SVG writer. */
export const FONT = { title: 13, body: 11, tick: 10 } as const;

/** Height of one legend row. */
export const LEGEND_ROW = 16;
/** Distance from the plot edge to the first off-scale row, then between rows. */
const ROW_FIRST = 14;
const ROW_NEXT = 12;
const HEADER = 44;

/** Off-scale rows above the plot (nearest first) and below it. */
const ROWS_ABOVE: readonly (readonly MarkerKind[])[] = [['posinf'], ['nan']];
const ROWS_BELOW: readonly (readonly MarkerKind[])[] = [['zero', 'negative'], ['neginf']];

/** The inputs the layout depends on. */
export interface LayoutInput {
  readonly width: number;
  readonly height: number;
  readonly labels: readonly string[];
  readonly roleKeys: readonly { readonly role: string; readonly label: string; readonly dashed: boolean }[];
  readonly markerKinds: ReadonlySet<MarkerKind>;
  /** Widest y tick label in px. */
  readonly yLabelWidth: number;
}

/** The placed frame of the chart. */
export interface Layout {
  readonly plot: Rect;
  readonly legend: LegendModel;
  /** Rows present above/below with their pixel y, for glyphs and axis labels. */
  readonly rows: readonly { readonly kinds: readonly MarkerKind[]; readonly y: number }[];
  /** Pixel y of the x axis line (below the lowest row). */
  readonly xAxisY: number;
  readonly note: readonly NoteItem[];
}

const NOTE_ROW = 14;
const NOTE_TAIL = 'lines break at these points';

/** Flows the glyph note into rows that fit the width; returns items with baselines relative to the first row. */
function flowNote(kinds: readonly MarkerKind[], width: number): { items: NoteItem[]; rows: number } {
  if (kinds.length === 0) return { items: [], rows: 0 };
  const pieces: { kind: MarkerKind | null; text: string }[] = [...kinds.map((kind) => ({ kind, text: GLYPH_MEANING[kind] })), { kind: null, text: NOTE_TAIL }];
  const items: NoteItem[] = [];
  let x = 14;
  let row = 0;
  for (const piece of pieces) {
    const w = (piece.kind ? 9 : 0) + textWidth(piece.text, FONT.tick);
    if (x + w > width - 8 && x > 14) {
      row++;
      x = 14;
    }
    items.push({ kind: piece.kind, x, y: row * NOTE_ROW, text: piece.text });
    x += w + 14;
  }
  return { items, rows: row + 1 };
}

/** Lays out the chart for the given size, series labels and off-scale kinds. */
export function layoutChart(input: LayoutInput): Layout {
  const { width, height, markerKinds } = input;
  const above = ROWS_ABOVE.filter((kinds) => kinds.some((k) => markerKinds.has(k)));
  const below = ROWS_BELOW.filter((kinds) => kinds.some((k) => markerKinds.has(k)));
  const rowSpace = (n: number) => (n === 0 ? 0 : ROW_FIRST + (n - 1) * ROW_NEXT + 6);
  const ordered = (['posinf', 'neginf', 'nan', 'zero', 'negative'] as const).filter((k) => markerKinds.has(k));
  const note = flowNote(ordered, width);

  // Legend: one column to the right, at most ~30% of the width.
  const swatch = 26;
  const widest = Math.max(...input.labels.map((l) => textWidth(l, FONT.body)), ...input.roleKeys.map((k) => textWidth(k.label, FONT.body)), 40);
  const legendWidth = Math.min(widest + swatch + 12, Math.max(90, width * 0.3));
  // +0.5: a label measured to fit exactly must not be cut by rounding.
  const maxChars = Math.max(4, Math.floor((legendWidth - swatch - 12) / (FONT.body * 0.6) + 0.5));

  const left = 18 + input.yLabelWidth + 10;
  const right = width - legendWidth - 16;
  const top = HEADER + rowSpace(above.length);
  const bottom = height - 34 - note.rows * NOTE_ROW - (note.rows ? 2 : 0) - rowSpace(below.length);
  const plot: Rect = { x: left, y: top, width: Math.max(20, right - left), height: Math.max(20, bottom - top) };

  const rows = [
    ...above.map((kinds, i) => ({ kinds, y: plot.y - ROW_FIRST - i * ROW_NEXT })),
    ...below.map((kinds, i) => ({ kinds, y: plot.y + plot.height + ROW_FIRST + i * ROW_NEXT })),
  ];

  const legendTop = HEADER;
  const capacity = Math.max(1, Math.floor((height - legendTop - 8) / LEGEND_ROW) - input.roleKeys.length);
  const shown = input.labels.length <= capacity ? input.labels.length : capacity - 1;
  const legendX = width - legendWidth - 6;
  const entries = input.labels.slice(0, shown).map((label, i) => ({
    series: i,
    x: legendX,
    y: legendTop + (input.roleKeys.length + i) * LEGEND_ROW + LEGEND_ROW / 2,
    text: truncate(label, maxChars),
  }));
  const rowsUsed = input.roleKeys.length + shown + (shown < input.labels.length ? 1 : 0);
  return {
    plot,
    legend: {
      box: { x: legendX, y: legendTop, width: legendWidth, height: rowsUsed * LEGEND_ROW },
      entries,
      roleKey: input.roleKeys.map((k) => ({ role: k.role, label: truncate(k.label, maxChars), dashed: k.dashed })),
      hidden: input.labels.length - shown,
    },
    rows,
    xAxisY: plot.y + plot.height + rowSpace(below.length),
    note: note.items.map((i) => ({ ...i, y: height - 8 - (note.rows - 1) * NOTE_ROW + i.y })),
  };
}
