/**
 * The readings of a claim with the note's earlier bindings left free. A name bound earlier may
 * confirm a claim, never refute it (identity.ts): notes reuse letters, and `x` may be another x by
 * now. A careful reader still sees `e^x e^y = e^{x-y}` fail in a note that set `x = a + h` pages
 * before: it fails with that x, and it fails with x any number at all. So a claim that fails
 * nearly everywhere with its bindings is read again with them free, and fails only if it fails
 * so too (analyze.ts). Symbols are freed only where nothing is differentiated (identity.ts): a
 * free `y` under `\frac{dy}{dx}` would be a constant, where the note's y may depend on x.
 */
import type { FreeReading } from './identity';
import type { FunctionDefinition } from '../types';

type Definitions = ReadonlyMap<string, FunctionDefinition>;

/** Whether `latex` may mention `d`'s name (its letter before any subscript: a cheap prefilter). */
const mentions = (d: FunctionDefinition, latex: string): boolean => latex.includes(d.name.split('_')[0]!);

/** Whether `latex` may mention a symbol the note bound to a number. */
export function bindsNumber(definitions: Definitions, latex: string): boolean {
  return [...definitions.values()].some((d) => typeof d.body === 'number' && mentions(d, latex));
}

/** Whether `latex` may mention a symbol (no parameters) the note bound to an expression or left unevaluated. */
function bindsExpression(definitions: Definitions, latex: string): boolean {
  return [...definitions.values()].some((d) => d.params.length === 0 && typeof d.body !== 'number' && d.named === undefined && mentions(d, latex));
}

/**
 * The free readings to try, in order: numbers free (it may confirm or refute), then, for a claim that
 * fails nearly everywhere with its bindings, expressions free too (it may only refute).
 */
export function freeReadings(definitions: Definitions, latex: string, failsBound: boolean): FreeReading[] {
  const readings: FreeReading[] = [];
  if (bindsNumber(definitions, latex)) readings.push(true);
  if (failsBound && bindsExpression(definitions, latex)) readings.push('symbols');
  return readings;
}
