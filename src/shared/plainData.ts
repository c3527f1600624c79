/**
 * Checks on data that crossed a message boundary (structured clone, JSON):
 * it arrives as `unknown`, and each receiver checks its shape before use.
 */

/** A plain object's fields, not yet checked. */
export type Obj = Readonly<Record<string, unknown>>;

/** True for a plain object (not null, not an array). */
export function isObject(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** True for a whole number that can index or count (0 or more, exact as a double). */
export function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}
