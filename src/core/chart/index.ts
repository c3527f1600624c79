/**
 * Charts of experiment runs: a pure model (buildChartModel) and one SVG writer
 * (renderChartSvg) shared by the panel, the Markdown preview, the CLI and exports.
 */
import type { BlockRun } from '../types';
import type { ChartOptions } from './types';
import { buildChartModel } from './model';
import { writeChartSvg } from './svgWriter';

export type * from './types';
export { buildChartModel } from './model';
export { writeChartSvg } from './svgWriter';
export { escapeXml } from './escape';
export { PLOT_NAMES } from './quantities';
export { themeStyle as chartThemeCss } from './palette';

/** Renders a run as a self-contained, script-free SVG string (theme colours by default). */
export function renderChartSvg(run: BlockRun, options: ChartOptions = {}): string {
  return writeChartSvg(buildChartModel(run, options));
}
