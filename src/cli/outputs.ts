import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BlockRun } from '../core/types';
import { loadFormulaCommands } from './lazyFormulas';
import { rasterizeSvg } from './png';

/** What `--format` may ask for. */
export type OutputFormat = 'svg' | 'png' | 'html';

/** Everything needed to write one note's outputs. */
export interface OutputRequest {
  readonly file: string;
  readonly note: string;
  readonly runs: readonly BlockRun[];
  readonly outDir: string;
  readonly format: OutputFormat;
  readonly chart: (run: BlockRun) => string;
}

/**
 * Write charts (one file per block that ran) or one HTML report per note.
 * Names derive from the note's name and the block's line, so re-runs overwrite
 * rather than pile up. Returns the paths written.
 */
export async function writeOutputs(req: OutputRequest): Promise<string[]> {
  fs.mkdirSync(req.outDir, { recursive: true });
  const stem = path.basename(req.file).replace(/\.[^.]*$/, '');
  const ran = req.runs.filter((r) => r.series.length > 0);
  if (req.format === 'html') {
    const { reportFormulas, renderHtmlReport } = await loadFormulaCommands();
    const { formulas, notChecked } = await reportFormulas(req.note);
    const charts = req.runs.map((r) => (r.series.length ? req.chart(r) : ''));
    const html = renderHtmlReport({ file: req.file, runs: req.runs, charts, formulas, formulasNotChecked: notChecked });
    const target = path.join(req.outDir, `${stem}.html`);
    fs.writeFileSync(target, html);
    return [target];
  }
  const written: string[] = [];
  for (const run of ran) {
    const svg = req.chart(run);
    const target = path.join(req.outDir, `${stem}-line${run.line}.${req.format}`);
    fs.writeFileSync(target, req.format === 'png' ? rasterizeSvg(svg) : svg);
    written.push(target);
  }
  return written;
}
