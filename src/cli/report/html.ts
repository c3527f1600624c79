import { type BlockRun, visible } from '../../core/api/notes';
import { escapeHtml } from '../../core/api/views';

/** A formula row of the report's "Formulas in this note" table, already formatted. */
export interface ReportFormula {
  readonly line: number;
  readonly column: number;
  readonly source: string;
  readonly value: string;
  readonly verdict: string;
}

/** What the HTML report shows for one note. */
export interface HtmlReportInput {
  readonly file: string;
  readonly runs: readonly BlockRun[];
  /** SVG per run, same order as `runs` (from the core's chart renderer). */
  readonly charts: readonly string[];
  readonly formulas: readonly ReportFormula[];
  /** Where a note-wide budget stopped the formula table, if it did. */
  readonly formulasNotChecked?: string | null;
}

/**
 * A self-contained page: charts inline, styles inline, no script, no external
 * resource — it opens offline and from a CI artifact. The finished page goes
 * through visible() once: a control, bidi override, invisible or noncharacter
 * from a note (a title, a key in a message, a formula, the file name) shows as
 * `\u202E`, and the page holds no character HTML or XML forbids.
 */
export function renderHtmlReport(input: HtmlReportInput): string {
  return visible(renderPage(input), { lineBreaks: true });
}

function renderPage(input: HtmlReportInput): string {
  const cards = input.runs.map((run, i) => renderCard(input.file, run, input.charts[i] ?? '')).join('\n');
  const formulas = input.formulas.length ? renderFormulaTable(input.file, input.formulas, input.formulasNotChecked ?? null) : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gradexp — ${escapeHtml(input.file)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>gradexp report</h1>
<p class="file">${escapeHtml(input.file)} · ${input.runs.length} block(s)</p>
${cards}
${formulas}
</body>
</html>
`;
}

function renderCard(file: string, run: BlockRun, svg: string): string {
  const errors = run.errors
    .map((e) => `<li>${escapeHtml(`${file}:${e.line}:${e.column}: ${e.message}`)}</li>`)
    .join('');
  const summary = run.series
    .map((s) => `<li><b>${escapeHtml(s.label)}</b>: ${escapeHtml(s.summary.text)}</li>`)
    .join('');
  const details = `line ${run.line} · ${run.experiment} · ${run.dtype} · ${Math.round(run.elapsedMs)} ms`;
  return `<section class="card">
<h2>${escapeHtml(run.title || run.experiment)} <small>${escapeHtml(details)}</small></h2>
${errors ? `<ul class="errors">${errors}</ul>` : ''}
${run.series.length ? `<div class="chart">${svg}</div>` : ''}
${summary ? `<ul class="summary">${summary}</ul>` : ''}
</section>`;
}

function renderFormulaTable(file: string, formulas: readonly ReportFormula[], notChecked: string | null): string {
  const rows = formulas
    .map(
      (f) =>
        `<tr class="${escapeHtml(f.verdict)}"><td>${escapeHtml(`${file}:${f.line}:${f.column}`)}</td><td><code>${escapeHtml(f.source)}</code></td><td>${escapeHtml(f.value)}</td><td>${escapeHtml(f.verdict)}</td></tr>`,
    )
    .join('\n');
  return `<section class="card"><h2>Formulas in this note</h2>
<table><thead><tr><th>where</th><th>formula</th><th>value</th><th>claim</th></tr></thead>
<tbody>${rows}</tbody></table>${notChecked ? `\n<p class="errors">${escapeHtml(notChecked)}</p>` : ''}</section>`;
}

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
.card { border: 1px solid color-mix(in srgb, currentColor 20%, transparent); border-radius: 6px; padding: 1rem; margin: 1rem 0; }
h2 small { font-weight: normal; opacity: .7; font-size: .8em; }
.chart svg { max-width: 100%; height: auto; }
.errors { color: #d13438; font-family: monospace; }
table { border-collapse: collapse; width: 100%; }
td, th { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid color-mix(in srgb, currentColor 15%, transparent); }
tr.fails td { color: #d13438; }
tr.holds td:last-child { color: #107c10; }
`;
