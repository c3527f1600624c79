/**
 * The core's cheap surface for showing results: the chart (model, then SVG
 * writer), the Markdown preview plugin, safe HTML, and the JSON run report.
 * Pure and quick to import; the numeric engine is not loaded by any of it.
 */
export { renderChartSvg } from '../chart/index';
export { markdownItGradexp, previewKey } from '../preview/markdownItGradexp';
export { escapeHtml } from '../preview/safeHtml';
export { stringifyWithNonFinite, toRunReport } from '../report/json';
