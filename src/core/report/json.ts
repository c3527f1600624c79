import type { BlockRun, LayerStats, LayerUpdates, Point } from '../types';

/**
 * The public JSON contract of `gradexp run --json` (docs/spec.md §2.3, docs/json.md). Field names are
 * fixed here and nowhere else; non-finite numbers become the strings
 * "Infinity", "-Infinity" and "NaN" because JSON has no literal for them.
 */

/** One block in the JSON report. */
export interface BlockJson {
  readonly line: number;
  readonly experiment: string;
  readonly errors: readonly { readonly line: number; readonly column: number; readonly message: string }[];
  readonly series: readonly SeriesJson[];
}

/**
 * One series in the JSON report: `layers` for mlp, `points` for the others;
 * train has `points` ({step, loss}), `diverged`, `nothingLearned` and `layers` ({layer, updateRatio}),
 * and with its remedies `lossScale` (S per update), `skipped` (dynamic scaling) and `clipped` (clip).
 */
export interface SeriesJson {
  readonly label: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly layers?: readonly LayerStats[] | readonly LayerUpdates[];
  readonly points?: readonly Point[];
  readonly diverged?: number | null;
  readonly nothingLearned?: number;
  readonly lossScale?: readonly number[];
  readonly skipped?: readonly number[];
  readonly clipped?: number;
}

/** The report for one note. */
export interface RunReportJson {
  readonly file: string;
  readonly blocks: readonly BlockJson[];
}

/** Shape a note's block runs into the public contract, dropping internal fields. */
export function toRunReport(file: string, runs: readonly BlockRun[]): RunReportJson {
  return {
    file,
    blocks: runs.map((run) => ({
      line: run.line,
      experiment: run.experiment,
      errors: run.errors.map((e) => ({ line: e.line, column: e.column, message: e.message })),
      series: run.series.map((s) => {
        const out: { -readonly [K in keyof SeriesJson]: SeriesJson[K] } = { label: s.label, params: s.params };
        if (s.layers) out.layers = s.layers.map(pickLayerFields);
        if (s.points) out.points = s.points;
        if (s.training) {
          out.diverged = s.training.diverged;
          out.nothingLearned = s.training.nothingLearned;
          out.layers = s.training.layers.map((l) => ({ layer: l.layer, updateRatio: l.updateRatio }));
          if (s.training.lossScale) out.lossScale = s.training.lossScale;
          if (s.training.skipped) out.skipped = s.training.skipped;
          if (s.training.clipped !== undefined) out.clipped = s.training.clipped;
        }
        return out;
      }),
    })),
  };
}

function pickLayerFields(l: LayerStats): LayerStats {
  return { layer: l.layer, gradW: l.gradW, gradH: l.gradH, act: l.act, nonfinite: l.nonfinite, zeros: l.zeros };
}

/** JSON.stringify that writes non-finite numbers as the contract's strings. */
export function stringifyWithNonFinite(value: unknown, indent = 2): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), indent);
}
