/**
 * What the extension host tells the results panel to show: plain, serialisable
 * data (it is posted to the webview and saved by setState for reload).
 * Types only: shared by src/extension and src/webview.
 */

import type { Verdict } from '../core/api/notes';

/** A located problem in a block, 1-based. */
export interface PanelError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** One card of the panel: a block of the note and its latest run. */
export interface PanelBlock {
  /** Index of the block in the note (0-based). */
  readonly index: number;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly title: string;
  readonly experiment: string;
  readonly dtype: string;
  readonly status: 'idle' | 'running' | 'done' | 'error' | 'cancelled';
  /** The chart, from the core's SVG renderer (already escaped and script-free). */
  readonly svg?: string;
  /** One line per series, from the run's summaries. */
  readonly summary?: readonly string[];
  readonly errors?: readonly PanelError[];
  /** LaTeX (no delimiters) explaining what this experiment computes, rendered with KaTeX. */
  readonly formulas?: readonly string[];
  readonly elapsedMs?: number;
}

/** One entry of "Formulas in this note". */
export interface PanelFormula {
  readonly line: number;
  readonly column: number;
  /** LaTeX between the delimiters, rendered with KaTeX in the panel. */
  readonly source: string;
  readonly display: boolean;
  /** Display text of the value(s), or null for a symbolic formula. */
  readonly valueText: string | null;
  readonly verdict: Verdict;
  readonly relativeError: number | null;
  /**
   * What follows the verdict (verdictDetail.ts): how a claim was read when not plainly ("as rounded to 3
   * significant digits", "if \\log is base 2"), an identity's points or counter-example ("at x = 2.589:
   * 0.06497 vs 1.795"), quantities in one unit ("5.926 ms ≈ 6 ms"), dimensions that differ.
   */
  readonly reading?: string;
  /** How the formula was read, e.g. "2^(-24) ≈ 6 × 10^(-8)". */
  readonly readAs?: string;
  /** A "cannot evaluate: …" message, if any. */
  readonly error?: string;
}

/** The whole panel for one note. */
export interface PanelState {
  readonly noteUri: string;
  readonly noteName: string;
  readonly blocks: readonly PanelBlock[];
  readonly formulas: readonly PanelFormula[];
}
