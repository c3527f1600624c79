/**
 * The readings of a claim with the note's earlier bindings left free. A name bound earlier may
 * confirm a claim, never refute it (identity.ts): notes reuse letters, and `x` may be another x by
 * now. A claim that holds with the numbers the note bound read as variables holds at those numbers
 * too (analyze.ts).
 *
 * Symbols bound to EXPRESSIONS are not freed to refute: `e^x e^y = e^{x-y}` after `x = a + h`
 * fails either way, but so do the equations a worked solution writes in letters it bound before
 * (`-\frac{1}{2}v-\frac{J}{m} = -v+\frac{J}{2m}`, solved for v; `2e^{2x}\cos ay = ae^{2x}\cos ay`,
 * which gives a = 2: Myyura/the_kai_project), and a checker cannot tell them apart.
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

/** The free readings to try: numbers free (it may confirm, or refute a claim that fails nearly everywhere with them too). */
export function freeReadings(definitions: Definitions, latex: string): FreeReading[] {
  return bindsNumber(definitions, latex) ? [true] : [];
}
