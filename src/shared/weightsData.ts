/**
 * A weights file as a host read it, and the check of its JSON shape: the
 * editor's and the Obsidian plugin's readers and the run worker's check of
 * what it receives use these one rules.
 */
import type { WeightsData } from '../core/api/notes';
import { isObject } from './plainData';

/** A weights file as the host read it: its data, or why it could not be read. */
export type WeightsEntry =
  | { readonly ok: true; readonly data: WeightsData }
  | { readonly ok: false; readonly message: string };

/** Most numbers a weights file may hold in total (~400 MB as float64 would be absurd for a note). */
export const MAX_WEIGHT_NUMBERS = 20_000_000;

/** Checks a matrix given as rows of finite numbers, adding its size to `budget.left`; returns an error or null. */
function matrixProblem(x: unknown, what: string, budget: { left: number }): string | null {
  if (!Array.isArray(x) || x.length === 0) return `${what} must be a non-empty list of rows`;
  const width = Array.isArray(x[0]) ? x[0].length : -1;
  for (let r = 0; r < x.length; r++) {
    const row: unknown = x[r];
    if (!Array.isArray(row) || row.length !== width || width === 0) {
      return `${what}: row ${r + 1} must be a list of ${width > 0 ? width : 'some'} numbers like the first row`;
    }
    budget.left -= row.length;
    if (budget.left < 0) return `weights file holds more than ${MAX_WEIGHT_NUMBERS} numbers`;
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${what}: row ${r + 1}, column ${c + 1} is not a finite number`;
    }
  }
  return null;
}

/** Checks the JSON shape `{weights: [W1, …], input?, target?}`; returns an error message or null. Shapes between layers are the engine's to check. */
export function weightsDataProblem(x: unknown): string | null {
  if (!isObject(x)) return 'a weights file must hold a JSON object {"weights": [W1, W2, …], "input"?: [[…]], "target"?: [[…]]}';
  const budget = { left: MAX_WEIGHT_NUMBERS };
  if (!Array.isArray(x.weights) || x.weights.length === 0) return '"weights" must be a non-empty list of matrices';
  for (let t = 0; t < x.weights.length; t++) {
    const p = matrixProblem(x.weights[t], `weights[${t}] (layer ${t + 1})`, budget);
    if (p) return p;
  }
  for (const key of ['input', 'target'] as const) {
    if (x[key] === undefined) continue;
    const p = matrixProblem(x[key], `"${key}"`, budget);
    if (p) return p;
  }
  return null;
}

