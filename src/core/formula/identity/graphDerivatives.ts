/**
 * Derivatives along a computation graph the note writes out, one node a formula:
 * `z_1 = w_1 \\cdot x`, `z_2 = w_2 \\cdot z_1`, `L = \\frac{(y - z_2)^2}{2}`, then
 * `\\frac{dL}{dz_2} = y - z_2` or `\\frac{dL}{dw_2} = (y - z_2) \\cdot z_1`.
 *
 * identity.ts lets such a claim confirm, never refute, because the names it leans on
 * may be reused: a symbol replaced by what it was bound to, or a variable a total
 * derivative `d` holds constant, may mean something else by then. Along a graph they
 * do not: each node is bound once, the names the claim substitutes are nodes the
 * differentiated one is built from, and the variables it holds constant (the target y)
 * are bound nowhere in the note, so nothing in it makes them depend on the variable.
 * Then both sides were read with the same bindings, and a claim that disagrees is wrong.
 */
import type { MathJson } from '../read/engine';
import type { FunctionDefinition } from '../types';

/** The names of earlier definitions a claim used other than by calling them (identity.ts). */
export interface GraphUses {
  readonly differentiated: ReadonlySet<string>;
  readonly substituted: ReadonlySet<string>;
  readonly heldConstant?: ReadonlySet<string>;
  readonly by?: ReadonlySet<string>;
}

/** Whether the substitutions and constants of a derivative claim are those of one computation graph (`sides`: each side's free variables as read). */
export function graphMayRefute(
  uses: GraphUses,
  definitions: ReadonlyMap<string, FunctionDefinition>,
  sides: { readonly left: ReadonlySet<string>; readonly right: ReadonlySet<string> },
): boolean {
  const held = uses.heldConstant ?? new Set<string>();
  if (uses.differentiated.size === 0 || (uses.substituted.size === 0 && held.size === 0)) return false;
  if (![...uses.differentiated].every((n) => boundOnce(definitions.get(n)))) return false;
  // `\\frac{dL}{dw_2} = \\frac{dL}{dz_2} \\cdot \\frac{dz_2}{dw_2}`: z_2 stays a variable on the right but is w_2 z_1
  // inside L on the left, so the sides were not read with the same bindings.
  if (![...(uses.by ?? [])].every((v) => !definitions.has(v) || sides.left.has(v) === sides.right.has(v))) return false;
  const nodes = upstreamNodes(uses.differentiated, definitions);
  // One formula is no graph: `y = x^2 + z` then `\\frac{dy}{dx} = 2x + 1` may mean a z that depends on x.
  // A node built from nodes the note wrote out shows what depends on what; its other inputs are leaves.
  if (nodes.size === 0) return false;
  if (![...uses.substituted].every((n) => nodes.has(n) && boundOnce(definitions.get(n)))) return false;
  // A constant the note binds (to a number or an expression) may depend on the variable there.
  return [...held].every((v) => !definitions.has(v));
}

/** A symbol bound once to an expression in other symbols (`z_2 = w_2 z_1`), never again. */
function boundOnce(d: FunctionDefinition | undefined): boolean {
  return d !== undefined && d.params.length === 0 && d.body !== undefined && typeof d.body !== 'number' && d.redefined !== true && d.named === undefined;
}

/** The nodes the differentiated names are built from, through the bodies of bound symbols. */
function upstreamNodes(from: ReadonlySet<string>, definitions: ReadonlyMap<string, FunctionDefinition>): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const body = definitions.get(queue.pop()!)?.body;
    for (const name of namesIn(body)) {
      if (seen.has(name) || !definitions.has(name)) continue;
      seen.add(name);
      queue.push(name);
    }
  }
  return seen;
}

function namesIn(json: MathJson | undefined, out = new Set<string>()): Set<string> {
  if (typeof json === 'string') out.add(json);
  else if (Array.isArray(json)) for (const item of json) namesIn(item as MathJson, out);
  return out;
}
