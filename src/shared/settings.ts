/**
 * The extension's settings as plain, validated values. vscode-free so it can
 * be unit-tested: the adapter passes `(key) => configuration.get(key)`.
 * A setting holding nonsense (a string where a number belongs, a negative
 * budget) falls back to its default rather than reaching the engine.
 */

/** Everything the host reads from `contributes.configuration`. */
export interface GradexpSettings {
  /** Re-run a note's blocks after edits (debounced). */
  readonly autoRun: boolean;
  /** Significant digits for displayed values (1–17). */
  readonly significantDigits: number;
  /** Most multiply-adds one block may ask for. */
  readonly workBudget: number;
  /** Work below which the Markdown preview computes a chart at once (0: never). */
  readonly previewComputeLimit: number;
  /** Largest note analysed in the editor, in MB (larger ones are left to the CLI: noteLimits.ts). */
  readonly maxNoteSize: number;
  /** The number formats the formula hover's table shows, in order. */
  readonly hoverFormats: readonly FactFormat[];
}

/** The section name of every setting (`gradexp.autoRun`, …). */
export const SETTINGS_SECTION = 'gradexp';

/** Default work the preview may do synchronously on the host thread: at most a few tens of milliseconds even in fp16 (measured: 1.2e7 multiply-adds of fp16 mlp ≈ 215 ms). */
export const DEFAULT_PREVIEW_COMPUTE_LIMIT = 2e6;

import type { FactFormat } from '../core/api/notes';
import { DEFAULT_DIGITS, DEFAULT_HOVER_FORMATS, factFormatList, significantDigits } from './format';
import { DEFAULT_MAX_NOTE_MB } from './noteLimits';

/** Defaults used when a setting is missing or invalid. */
export function defaultSettings(workBudget: number): GradexpSettings {
  return { autoRun: false, significantDigits: DEFAULT_DIGITS, workBudget, previewComputeLimit: DEFAULT_PREVIEW_COMPUTE_LIMIT, maxNoteSize: DEFAULT_MAX_NOTE_MB, hoverFormats: DEFAULT_HOVER_FORMATS };
}

function finiteNumber(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? x : undefined;
}

/** Reads and validates the settings through `get(name)` (name without the `gradexp.` prefix). */
export function readSettings(get: (name: string) => unknown, defaults: GradexpSettings): GradexpSettings {
  const autoRun = get('autoRun');
  const digits = significantDigits(get('significantDigits'));
  const budget = finiteNumber(get('workBudget'));
  const preview = finiteNumber(get('previewComputeLimit'));
  const maxNoteSize = finiteNumber(get('maxNoteSize'));
  const hoverFormats = factFormatList(get('hoverFormats'));
  return {
    autoRun: typeof autoRun === 'boolean' ? autoRun : defaults.autoRun,
    significantDigits: digits ?? defaults.significantDigits,
    workBudget: budget !== undefined && budget > 0 ? budget : defaults.workBudget,
    previewComputeLimit: preview !== undefined && preview >= 0 ? preview : defaults.previewComputeLimit,
    maxNoteSize: maxNoteSize !== undefined && maxNoteSize > 0 ? maxNoteSize : defaults.maxNoteSize,
    hoverFormats: hoverFormats ?? defaults.hoverFormats,
  };
}
