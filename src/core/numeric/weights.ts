/**
 * Shape checks for explicit weights loaded from a `weights: file.json` key
 * (docs/spec.md §1.4): `{"weights": [W1, W2, …], "input": [[…]…], "target": [[…]…]}`,
 * each Wᵗ a list of rows (outᵗ × inᵗ). The adapter reads the file; this module
 * says, in words a user can act on, what is wrong with its shape.
 */

import { shortToken } from './weightsPath';

const MAX_MESSAGES = 8;

/** Unknown key names listed in a message; the rest are counted. */
const MAX_KEYS_NAMED = 3;

/** Longest string value quoted: enough to recognise "x" or "1e-3", not to read a file. */
const MAX_VALUE_CHARS = 12;

/**
 * What a non-number entry is, in words. Never the value itself beyond a short
 * escaped token: a list or object may be nested thousands of levels deep
 * (stringifying it overflowed the stack) and the file may not be meant to be read.
 */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${shortToken(value, MAX_VALUE_CHARS)}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value); // true or false: JSON holds nothing else
}

/** "extra", "a, b, c and 2 more": key names short and escaped. */
function nameKeys(keys: readonly string[]): string {
  const named = keys.slice(0, MAX_KEYS_NAMED).map((k) => shortToken(k, MAX_VALUE_CHARS));
  return keys.length > MAX_KEYS_NAMED ? `${named.join(', ')} and ${keys.length - MAX_KEYS_NAMED} more` : named.join(', ');
}

function isMatrix(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every((row) => Array.isArray(row));
}

/** Shape problems of one matrix given as rows; returns its [rows, cols] or null if unusable. */
function checkMatrix(value: unknown, name: string, errors: string[]): [number, number] | null {
  if (!isMatrix(value) || value.length === 0) {
    errors.push(`${name} must be a non-empty list of rows (lists of numbers)`);
    return null;
  }
  const cols = value[0]!.length;
  if (cols === 0) {
    errors.push(`${name} has an empty first row`);
    return null;
  }
  for (let r = 0; r < value.length; r++) {
    const row = value[r]!;
    if (row.length !== cols) {
      errors.push(`${name} row ${r + 1} has ${row.length} entries, but row 1 has ${cols}`);
      return null;
    }
    const bad = row.findIndex((v) => typeof v !== 'number');
    if (bad >= 0) {
      errors.push(`${name} row ${r + 1} entry ${bad + 1} is not a number (${describeValue(row[bad])})`);
      return null;
    }
  }
  return [value.length, cols];
}

/**
 * Shape check of explicit weights (`{"weights": [W1, …], "input"?, "target"?}`),
 * each Wᵗ outᵗ × inᵗ with inᵗ = outᵗ⁻¹. Returns human messages, empty when valid.
 */
export function validateWeights(data: unknown, batch?: number): string[] {
  const errors: string[] = [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return ['the weights file must hold a JSON object like {"weights": [W1, W2, …], "input": […], "target": […]}'];
  }
  const record = data as Record<string, unknown>;
  const unknownKeys = Object.keys(record).filter((k) => k !== 'weights' && k !== 'input' && k !== 'target');
  if (unknownKeys.length > 0) errors.push(`unknown key(s) ${nameKeys(unknownKeys)}; expected weights, input, target`);
  const list = record.weights;
  if (!Array.isArray(list) || list.length === 0) {
    errors.push('"weights" must be a non-empty list of matrices W1, W2, … (each a list of rows)');
    return errors;
  }
  const shapes: ([number, number] | null)[] = list.map((w, i) => checkMatrix(w, `W${i + 1}`, errors));
  for (let t = 1; t < shapes.length; t++) {
    const prev = shapes[t - 1];
    const cur = shapes[t];
    if (prev && cur && cur[1] !== prev[0]) {
      errors.push(`W${t + 1} is ${cur[0]}×${cur[1]} but W${t} has ${prev[0]} rows: W${t + 1} needs ${prev[0]} columns`);
    }
  }
  const first = shapes[0];
  const last = shapes[shapes.length - 1];
  let inputRows: number | undefined;
  if (record.input !== undefined) {
    const shape = checkMatrix(record.input, 'input', errors);
    if (shape) {
      inputRows = shape[0];
      if (first && shape[1] !== first[1]) errors.push(`input rows have ${shape[1]} entries but W1 has ${first[1]} columns`);
    }
  }
  if (record.target !== undefined) {
    const shape = checkMatrix(record.target, 'target', errors);
    if (shape) {
      const rows = inputRows ?? batch;
      if (rows !== undefined && shape[0] !== rows) {
        errors.push(`target has ${shape[0]} rows but the batch has ${rows} (${inputRows !== undefined ? 'rows of input' : 'batch'})`);
      }
      if (last && shape[1] !== last[0]) {
        errors.push(`target rows have ${shape[1]} entries but the last layer W${shapes.length} has ${last[0]} outputs`);
      }
    }
  }
  return errors.slice(0, MAX_MESSAGES);
}

