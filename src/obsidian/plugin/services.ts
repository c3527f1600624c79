/**
 * What the plugin's views share, built once in onload: the settings, the
 * runs of blocks, the formula reports, and how to show a line of a note.
 */
import type { BlockRuns } from './blockRuns';
import type { FormulaReports } from './formulaReports';
import type { GradexpSettings } from '../../shared/settings';
import type { JobClient } from '../worker/client';

export interface Services {
  settings(): GradexpSettings;
  readonly runs: BlockRuns;
  readonly formulas: FormulaReports;
  /** The worker the vault check sends its notes to (the formula worker: runs keep theirs). */
  readonly checks: JobClient;
  /** Opens the note at `path` (or keeps it open) with its 1-based `line` in view and the cursor on it. */
  reveal(path: string, line: number): Promise<void>;
}
