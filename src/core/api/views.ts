/**
 * The core's cheap surface for showing results: the chart (model, then SVG
 * writer), the Markdown preview plugin, safe HTML, the JSON run report, and a
 * train sweep's one-line window summary.
 * Pure and quick to import; the numeric engine is not loaded by any of it.
 */
export { renderChartSvg } from '../chart/index';
export { markdownItGradexp, previewKey } from '../preview/markdownItGradexp';
export { escapeHtml } from '../preview/safeHtml';
export { sweepSummary } from '../numeric/train/window';
export { stringifyWithNonFinite, toRunReport } from '../report/json';
