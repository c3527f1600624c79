/**
 * `\frac{M - H(S)}{M} = 1 - \frac{H(S)}{M}` (nikcleju/IT_Course, redundancy of a source): H is a
 * function the note never defines, so the identity check, which samples symbols as numbers, skips
 * the claim. A careful reader does not need H: the claim is algebra in the value H(S), whatever it
 * is. So each distinct application of an unknown function (`H(S)`, `p(s_i)`, `P(A)`) is read as one
 * more variable — the same text, the same variable — and a claim that holds at every sampled value
 * of those variables holds for every function. The reading only confirms: where it fails the claim
 * may still hold for the function the author means (`O(4w) = O(w)`, `P(A) = 1 - P(A^c)`), so it is
 * left as before. Sums, integrals, limits and derivatives are out of it: there an application
 * depends on a bound or differentiated variable, and one number cannot stand for it.
 */
import type { MathJson } from '../read/engine';
import { readAs } from '../read/readAs';

/** Heads under which an application is not one value. */
const VARYING_HEADS = new Set(['Sum', 'Product', 'Integrate', 'Limit', 'Derivative', 'D', 'Partial', 'Prime']);
/** The same in the LaTeX (a prime, a Leibniz d, calculus commands). */
const VARYING_LATEX = /'|\\(?:partial|int|iint|oint|sum|prod|lim|nabla|mathbb\s*\{\s*E)|\\frac\s*\{\s*d/;

/** The sides with each application of `names` read as a variable, or undefined when the reading does not apply. */
export function withOpaqueApplications(
  latex: string,
  left: MathJson,
  right: MathJson,
  names: ReadonlySet<string>,
): { left: MathJson; right: MathJson; terms: ReadonlyMap<string, string> } | undefined {
  if (VARYING_LATEX.test(latex) || hasVaryingHead(left) || hasVaryingHead(right)) return undefined;
  const terms = new Map<string, string>();
  const replace = (json: MathJson): MathJson | undefined => {
    if (!Array.isArray(json)) return json;
    const items = json as readonly MathJson[];
    const out: MathJson[] = [items[0]!];
    const product = items[0] === 'Multiply' || items[0] === 'InvisibleOperator';
    for (let k = 1; k < items.length; k++) {
      const item = items[k]!;
      const next = items[k + 1];
      if (product && typeof item === 'string' && names.has(item)) {
        if (!(Array.isArray(next) && next[0] === 'Delimiter')) return undefined;
        const inner = replace(next);
        if (inner === undefined) return undefined;
        const key = JSON.stringify([item, inner]);
        if (!terms.has(key)) terms.set(key, `o_{⟨${terms.size + 1}⟩}`);
        out.push(terms.get(key)!);
        k++;
        continue;
      }
      if (typeof item === 'string' && names.has(item)) return undefined;
      const inner = replace(item);
      if (inner === undefined) return undefined;
      out.push(inner);
    }
    // A product left with one factor is that factor.
    return product && out.length === 2 ? out[1]! : out;
  };
  const l = replace(left);
  const r = replace(right);
  if (l === undefined || r === undefined || terms.size === 0) return undefined;
  return { left: l, right: r, terms };
}

/** How the check names what it read as a variable: `H(S) as any value`. */
export function opaqueUsing(terms: ReadonlyMap<string, string>): string[] {
  return [...terms.keys()].map((key) => {
    const [name, group] = JSON.parse(key) as [string, MathJson];
    return `${readAs(['InvisibleOperator', name, group])} as any value`;
  });
}

function hasVaryingHead(json: MathJson): boolean {
  return Array.isArray(json) && ((typeof json[0] === 'string' && VARYING_HEADS.has(json[0])) || json.some((a) => hasVaryingHead(a as MathJson)));
}
