/**
 * The chart model: pure data that says what a chart shows and where, in pixel
 * coordinates. The SVG writer only draws it, so the panel and the tests can
 * inspect a chart without parsing SVG.
 */

/** How the y (or x) axis maps values to pixels. */
export type ScaleKind = 'linear' | 'log' | 'symlog';

/** Options accepted by buildChartModel / renderChartSvg. */
export interface ChartOptions {
  /** Outer width in px (default 640). */
  readonly width?: number;
  /** Outer height in px (default 360). */
  readonly height?: number;
  /** What to plot, overriding run.plot: one of CHART_PLOTS[run.experiment] (src/core/plots.ts). */
  readonly plot?: string;
  /** Force a y scale instead of the automatic choice. */
  readonly yScale?: ScaleKind;
  /**
   * `theme` (default): colours come from CSS variables of the editor theme, with
   * presentation-attribute fallbacks. `static`: fixed light colours on a white
   * background and no `<style>`, for PNG export and renderers without CSS.
   */
  readonly colors?: 'theme' | 'static';
  /**
   * Theme mode only: embed the theme CSS as a `<style>` (default true). A page whose CSP blocks
   * inline styles passes false and loads `chartThemeCss()` from its own stylesheet instead; without
   * either, the chart still draws with its fallback colours.
   */
  readonly embedStyle?: boolean;
}

/** A rectangle in pixels, origin top-left. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Text with an optional subscript tail, e.g. ‖∂ℓ/∂Wᵗ‖ with subscript F. */
export interface RichText {
  readonly text: string;
  readonly sub?: string;
}

/** One tick of an axis. */
export interface Tick {
  readonly value: number;
  /** Pixel position along the axis (x for the x axis, y for the y axis). */
  readonly position: number;
  /** Empty for unlabelled minor ticks. */
  readonly label: string;
}

/** An axis: scale, domain and ticks already placed. */
export interface AxisModel {
  readonly scale: ScaleKind;
  readonly title: RichText;
  readonly domain: readonly [number, number];
  readonly ticks: readonly Tick[];
}

/** Kinds of values that cannot sit on the axis and are drawn as glyphs on an edge row. */
export type MarkerKind = 'posinf' | 'neginf' | 'nan' | 'zero' | 'negative';

/** A glyph standing for one or more off-scale points of a series. */
export interface MarkerModel {
  readonly kind: MarkerKind;
  readonly series: number;
  /** Which line of the series (e.g. 'f' or 'df'); the series' only line is 'value'. */
  readonly role: string;
  readonly x: number;
  readonly y: number;
  /** The data x (layer, step, n, x) of the first point it stands for. */
  readonly dataX: number;
  /** How many points fall on this glyph (points closer than a pixel share one). */
  readonly count: number;
}

/** An off-scale row above or below the plot area, labelled on the y axis ("+∞", "NaN", "0"). */
export interface EdgeRow {
  readonly kinds: readonly MarkerKind[];
  readonly label: string;
  readonly y: number;
}

/** One drawn line of a series: polyline segments in pixels, broken where values are off-scale. */
export interface LineModel {
  readonly series: number;
  readonly role: string;
  readonly dashed: boolean;
  readonly segments: readonly (readonly (readonly [number, number])[])[];
  /** Points in the data and points kept after pixel downsampling. */
  readonly pointCount: number;
  readonly drawnPointCount: number;
}

/** A series' legend entry and style. */
export interface SeriesStyle {
  readonly index: number;
  readonly label: string;
  /** Hover text: label plus the engine's summary line. */
  readonly tooltip: string;
  /** Palette slot; colours repeat every 8 series, dash pattern then changes. */
  readonly colorIndex: number;
  /** SVG stroke-dasharray or '' for solid. */
  readonly dash: string;
}

/**
 * A dtype limit drawn as a line with a shaded region beyond it; or a guide of
 * the train charts: a `reference` line (no shading) or a shaded `window` of x.
 */
export interface BandModel {
  readonly kind: 'max' | 'min' | 'neg-max' | 'reference' | 'window';
  readonly value: number;
  readonly label: string;
  /** Pixel y of the limit line (a window's top edge). */
  readonly y: number;
  /** The shaded region beyond the limit, clipped to the plot area. */
  readonly region: Rect;
}

/** A legend laid out in pixels. */
export interface LegendModel {
  readonly box: Rect;
  readonly entries: readonly {
    readonly series: number;
    readonly x: number;
    readonly y: number;
    /** Possibly shortened label; the full label is in the tooltip. */
    readonly text: string;
  }[];
  /** Line-style key for experiments that draw two lines per series (f solid, f′ dashed). */
  readonly roleKey: readonly { readonly role: string; readonly label: string; readonly dashed: boolean }[];
  /** How many series did not fit and are listed only as a count. */
  readonly hidden: number;
}

/** One piece of the glyph note: a glyph with its meaning, or closing text. */
export interface NoteItem {
  readonly kind: MarkerKind | null;
  readonly x: number;
  /** Text baseline. */
  readonly y: number;
  readonly text: string;
}

/** One cell of a heat map: a block of layers × update steps and the geometric mean of its update ratios. */
export interface HeatCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The ratio drawn: 0 when the layers did not move, +∞ when a ratio was. */
  readonly value: number;
  readonly color: string;
  /** First and last layer, first and last step (0-based update k) the cell covers. */
  readonly layers: readonly [number, number];
  readonly steps: readonly [number, number];
}

/** The heat map's colour bar: slices of colour, log ticks, and the 10⁻³ mark. */
export interface ColorBarModel {
  readonly box: Rect;
  readonly title: RichText;
  readonly slices: readonly { readonly y: number; readonly height: number; readonly color: string }[];
  readonly ticks: readonly Tick[];
  readonly reference: { readonly value: number; readonly position: number; readonly label: string } | null;
}

/** A layers × steps heat map (train's update ratios) drawn in the plot area instead of lines. */
export interface HeatmapModel {
  readonly cells: readonly HeatCell[];
  readonly colorBar: ColorBarModel;
  /** What the off-scale fills mean (grey: no update, red: +∞), only those present. */
  readonly keys: readonly { readonly color: string; readonly text: string }[];
  /** The series drawn. */
  readonly label: string;
}

/** The whole chart, ready to draw. */
export interface ChartModel {
  readonly width: number;
  readonly height: number;
  readonly colors: 'theme' | 'static';
  /** Whether the writer embeds the theme CSS (see ChartOptions.embedStyle). */
  readonly embedStyle: boolean;
  readonly title: string;
  readonly subtitle: string;
  /** Accessible one-line description. */
  readonly description: string;
  readonly plot: Rect;
  readonly xAxis: AxisModel;
  readonly yAxis: AxisModel;
  readonly edgeRows: readonly EdgeRow[];
  readonly bands: readonly BandModel[];
  readonly styles: readonly SeriesStyle[];
  readonly lines: readonly LineModel[];
  readonly markers: readonly MarkerModel[];
  readonly legend: LegendModel;
  /** Glyph kinds used, for the explanatory note under the chart. */
  readonly markerKinds: readonly MarkerKind[];
  /** The note explaining the glyphs, laid out in rows; `kind` null is plain text. */
  readonly note: readonly NoteItem[];
  /** Set for a heat map: the writer draws its cells and colour bar instead of lines. */
  readonly heatmap?: HeatmapModel;
  /** Set when there is nothing to plot: the writer draws a message box instead of axes. */
  readonly message?: { readonly headline: string; readonly lines: readonly string[] };
}
