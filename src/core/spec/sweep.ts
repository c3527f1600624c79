import type { Candidate } from './convert';
import type { KeyName } from './schema';

/**
 * Sweeps: every key given as a list contributes one axis; the series are the
 * cartesian product of all axes, the first written key varying slowest.
 */

/** One swept key and its values. */
export interface SweepAxis {
  readonly key: KeyName;
  readonly candidates: readonly Candidate[];
}

/** One point of the product: the chosen candidate per swept key, plus its label. */
export interface SweepPoint {
  readonly label: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly choice: ReadonlyMap<KeyName, Candidate>;
}

/** Number of series the axes make (stops growing once past `cap`, so huge products cost nothing). */
export function sweepSize(axes: readonly SweepAxis[], cap: number): number {
  let n = 1;
  for (const a of axes) {
    n *= a.candidates.length;
    if (n > cap) return n;
  }
  return n;
}

/** "relu" when one key is swept, "activation=relu, dtype=fp16" when several. */
function labelOf(axes: readonly SweepAxis[], picks: readonly Candidate[]): string {
  if (axes.length === 1) return String(picks[0]!.param);
  return axes.map((a, i) => `${a.key}=${String(picks[i]!.param)}`).join(', ');
}

/** Every point of the product, in nested-loop order. Call only when sweepSize is within the cap. */
export function expandSweep(axes: readonly SweepAxis[]): SweepPoint[] {
  const points: SweepPoint[] = [];
  const picks: Candidate[] = [];
  const walk = (depth: number) => {
    if (depth === axes.length) {
      const params: Record<string, string | number | boolean> = {};
      const choice = new Map<KeyName, Candidate>();
      axes.forEach((a, i) => {
        params[a.key] = picks[i]!.param;
        choice.set(a.key, picks[i]!);
      });
      points.push({ label: labelOf(axes, picks), params, choice });
      return;
    }
    for (const c of axes[depth]!.candidates) {
      picks[depth] = c;
      walk(depth + 1);
    }
  };
  walk(0);
  return points;
}
