/**
 * Builds the PanelState the results panel shows from what the host knows:
 * the note's blocks, their latest runs and the note's formula reports. Pure
 * (no vscode) so the mapping — statuses, summaries, verdicts — is unit-tested.
 */
import { activationFormulas, type NoteFormulaReport, type NoteError } from '../core/api/notes';
import { experimentFormulas } from './experimentFormulas';
import type { PanelBlock, PanelError, PanelFormula, PanelState } from './panelModel';
import type { NumberFormatter } from './format';
import { claimDetail, definitionText } from './verdictDetail';
import type { BlockRunState } from './blockState';
import type { BlockInfo } from './noteParse';
import { sweepSummary } from '../core/api/views';


function panelErrors(errors: readonly NoteError[]): PanelError[] {
  return errors.map((e) => ({ line: e.line, column: e.column, message: e.message }));
}

/** One card from a block and its latest run. */
export function panelBlock(info: BlockInfo, state: BlockRunState | undefined): PanelBlock {
  const base = {
    index: info.index,
    line: info.line,
    title: info.title,
    experiment: info.experiment,
    dtype: info.dtype,
    formulas: experimentFormulas(info.experiment, activationFormulas(info.activations)),
  };
  // Parse errors are current; a run's errors may be stale, so the parse wins when it has any.
  if (info.errors.length > 0 && state?.kind !== 'running') {
    return { ...base, status: 'error', errors: panelErrors(info.errors) };
  }
  switch (state?.kind) {
    case undefined:
      return { ...base, status: 'idle' };
    case 'running':
      return { ...base, status: 'running' };
    case 'cancelled':
      return { ...base, status: 'cancelled' };
    case 'failed':
      return { ...base, status: 'error', errors: [{ line: info.line, column: 1, message: state.message }] };
    case 'done': {
      const run = state.run;
      const perSeries = run.series.map((s) => (run.series.length > 1 ? `${s.label}: ${s.summary.text}` : s.summary.text));
      // A learning-rate sweep of `train` says its window first, as `gradexp run` does.
      const sweep = sweepSummary(run.series);
      const summary = sweep ? [sweep, ...perSeries] : perSeries;
      return {
        ...base,
        title: run.title || info.title,
        experiment: run.experiment,
        dtype: run.dtype,
        status: run.errors.length > 0 ? 'error' : 'done',
        svg: state.svg,
        summary,
        errors: panelErrors(run.errors),
        elapsedMs: run.elapsedMs,
      };
    }
    default: {
      const never: never = state;
      return never;
    }
  }
}

/** Everything of a BlockInfo that its card shows, as one comparable string. */
function infoKey(info: BlockInfo): string {
  const errors = info.errors.map((e) => `${e.line}:${e.column}:${e.message}`).join('\u0001');
  return [info.index, info.line, info.title, info.experiment, info.dtype, info.activations.join(','), errors].join('\u0000');
}

/**
 * Cards already built, per run-state object (a run's state is replaced, never
 * mutated, when the block runs again). Handing back the same PanelBlock for an
 * unchanged block lets the panel's diff skip it by identity, and keeps its
 * chart SVG the one string the worker rendered. Weak, so finished runs that
 * are replaced are collected with their cards.
 */
const cardsByRun = new WeakMap<BlockRunState, { readonly key: string; readonly block: PanelBlock }>();

/** `panelBlock`, reusing the card built last time for the same run and the same block facts. */
export function cachedPanelBlock(info: BlockInfo, state: BlockRunState | undefined): PanelBlock {
  if (!state) return panelBlock(info, undefined);
  const key = infoKey(info);
  const cached = cardsByRun.get(state);
  if (cached && cached.key === key) return cached.block;
  const block = panelBlock(info, state);
  cardsByRun.set(state, { key, block });
  return block;
}

/** One entry of "Formulas in this note". */
export function panelFormula(report: NoteFormulaReport, fmt: NumberFormatter): PanelFormula {
  const values = report.sides.filter((s) => s.value !== null).map((s) => fmt(s.value as number));
  const valueText = report.value === null ? (values.length > 0 ? values.join(', ') : null) : fmt(report.value);
  return {
    line: report.span.line,
    column: report.span.column,
    source: report.source,
    display: report.span.display,
    valueText,
    verdict: report.verdict,
    ...readingOf(report, fmt),
    relativeError: report.relativeError,
    // Quantities are "read as" their own LaTeX; the reading shows them converted instead.
    ...(report.readAs && !report.claims.some((c) => c.units) ? { readAs: report.readAs } : {}),
    ...(report.error ? { error: report.error } : {}),
  };
}

/** The whole panel for one note. */
export function buildPanelState(
  noteUri: string,
  noteName: string,
  blocks: readonly BlockInfo[],
  runs: ReadonlyMap<number, BlockRunState>,
  formulas: readonly NoteFormulaReport[],
  fmt: NumberFormatter,
): PanelState {
  return {
    noteUri,
    noteName,
    blocks: blocks.map((b) => cachedPanelBlock(b, runs.get(b.index))),
    formulas: formulas.map((f) => panelFormula(f, fmt)),
  };
}

/**
 * What follows the verdict of the claim that decided the formula's: an identity's
 * points or counter-example, the quantities in one unit, the dimensions that
 * differ, the reading that made it hold, what a definition binds (the hover's wording, verdictDetail.ts).
 */
function readingOf(report: NoteFormulaReport, fmt: NumberFormatter): { reading?: string } {
  for (const claim of report.claims) {
    const detail = claim.verdict === report.verdict ? (claimDetail(claim, fmt) ?? definitionText(claim, report.defines, fmt)) : undefined;
    if (detail) return { reading: detail };
  }
  return {};
}
