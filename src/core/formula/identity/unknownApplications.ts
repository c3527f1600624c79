/**
 * Applications of a function the note never defines, read as values. `\frac{M - H(S)}{M} = 1 - \frac{H(S)}{M}`
 * (nikcleju/IT_Course, redundancy of a source) and
 * `-(0) \log(f_{\mathbf{w},b}(\mathbf{x}^{(i)})) - (1 - 0) \log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)})) = -\log(1 - f_{\mathbf{w},b}(\mathbf{x}^{(i)}))`
 * (ml-specialization-labs, the logistic loss at y = 0) are algebra in the values H(S) and f(x), whatever H and f
 * are. A careful reader sees the same application in each place and checks the algebra around it: each distinct
 * application `name(…)` becomes one more variable, the same text the same variable, and a claim that holds at
 * every sampled value of those variables holds for every function.
 *
 * The reading only confirms: where it fails the claim may still hold for the function the author means
 * (`O(4w) = O(w)`, `P(A) = 1 - P(A^c)`, f(x) meaning f·x). Sums, integrals, limits and derivatives are out of it:
 * there an application depends on a bound or differentiated variable, and one number cannot stand for it.
 *
 * Two places use it: the identity check, for names only ever applied in the claim (identity.ts), and a second
 * pass over a claim still undecided that applies some function twice (subscripted names like `f_{\mathbf{w},b}`
 * and `h_\theta` the identity check does not take for names).
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import { readAs } from '../read/readAs';
import type { ClaimReport } from '../types';
import type { SideTexts } from './claimReading';
import { checkIdentity, flattenSubscripts } from './identity';

/** Heads under which an application is not one value. */
const VARYING_HEADS = new Set(['Sum', 'Product', 'Integrate', 'Limit', 'Derivative', 'D', 'Partial', 'Prime']);
/** The same in the LaTeX (a prime, a Leibniz d, calculus commands). */
const VARYING_LATEX = /'|\\(?:partial|int|iint|oint|sum|prod|lim|nabla|mathbb\s*\{\s*E)|\\frac\s*\{\s*d/;

/** A letter, with any subscript, written right before a parenthesis (`f(`, `f_{\mathbf{w},b}\left(`, `h_\theta(`). */
const APPLICATION = /(?<![\\A-Za-z])[A-Za-z](?:_\{(?:[^{}]|\{[^{}]*\})*\}|_\\?[A-Za-z0-9]+)?\s*(?:\\left\s*)?\(/g;

/** The variable standing for the k-th distinct application: no name a note writes. */
const valueName = (k: number): string => `o_{⟨${k}⟩}`;

/** Applications read as values: the sides, and each application's key (`[name, argument group]`) with its variable. */
export interface ApplicationsAsValues {
  readonly left: MathJson;
  readonly right: MathJson;
  readonly terms: ReadonlyMap<string, string>;
}

/**
 * The sides with each application of a name `isFunction` accepts read as a variable, or undefined when the
 * reading does not apply: no application, one under a sum, integral, limit or derivative, or an applied
 * name also written without its arguments (then it may be a factor, not a function).
 */
export function withApplicationsAsValues(latex: string, left: MathJson, right: MathJson, isFunction: (item: MathJson) => boolean): ApplicationsAsValues | undefined {
  if (VARYING_LATEX.test(latex) || hasVaryingHead(left) || hasVaryingHead(right)) return undefined;
  // The names the claim applies somewhere: written anywhere without arguments, such a name may be a factor.
  const applied = new Set<string>();
  const collect = (json: MathJson): void => {
    if (!Array.isArray(json)) return;
    const product = json[0] === 'Multiply' || json[0] === 'InvisibleOperator';
    json.forEach((item, k) => {
      const next = json[k + 1] as MathJson | undefined;
      if (product && k > 0 && isFunction(item as MathJson) && Array.isArray(next) && next[0] === 'Delimiter') applied.add(JSON.stringify(item));
      collect(item as MathJson);
    });
  };
  collect(left);
  collect(right);
  const isApplied = (item: MathJson): boolean => applied.has(JSON.stringify(item));
  const terms = new Map<string, string>();
  const replace = (json: MathJson): MathJson | undefined => {
    if (!Array.isArray(json)) return json;
    const items = json as readonly MathJson[];
    const out: MathJson[] = [items[0]!];
    const product = items[0] === 'Multiply' || items[0] === 'InvisibleOperator';
    for (let k = 1; k < items.length; k++) {
      const item = items[k]!;
      const next = items[k + 1];
      if (product && isApplied(item) && Array.isArray(next) && next[0] === 'Delimiter') {
        const inner = replace(next);
        if (inner === undefined) return undefined;
        const key = JSON.stringify([item, inner]);
        if (!terms.has(key)) terms.set(key, valueName(terms.size + 1));
        out.push(terms.get(key)!);
        k++;
        continue;
      }
      if (isApplied(item)) return undefined;
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
export function valuesUsing(terms: ReadonlyMap<string, string>): string[] {
  return [...terms.keys()].map((key) => {
    const [name, group] = JSON.parse(key) as [MathJson, MathJson];
    return `${readAs(['InvisibleOperator', name, group])} as any value`;
  });
}

/**
 * A quick test before reading a claim again: some function applied twice in it. An application written
 * once holds for every value only where it cancels, which is rare: such claims are not read again.
 */
function appliesTwice(latex: string): boolean {
  const names = [...latex.matchAll(APPLICATION)].map((m) => m[0].replace(/\s+/g, ''));
  return new Set(names).size < names.length;
}

/** `f`, `f_{\mathbf{w},b}`, `h_\theta`: a name that may be applied (flattened to one string). */
function isName(json: MathJson): boolean {
  // `f_{\mathbf{w},b}`: a letter with a list of subscripts.
  if (Array.isArray(json) && json[0] === 'At' && typeof json[1] === 'string') return /^[A-Za-z]/.test(json[1]);
  const flat = flattenSubscripts(json);
  return typeof flat === 'string' && /^[A-Za-z]/.test(flat);
}

/** An undecided `=` that applies a function the note does not define twice, held when it holds for every value of the applications. */
export function withApplicationsAsValuesClaim(claim: ClaimReport, pieces: SideTexts, reader: LatexReader, deadline: number): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=' || claim.left.error || claim.right.error) return claim;
  const text = `${pieces[0].text} ${pieces[1].text}`;
  if (!appliesTwice(text)) return claim;
  let values: ApplicationsAsValues | undefined;
  try {
    const [left, right] = pieces.map((p) => reader.read(normalizeLatex(p.text)));
    values = withApplicationsAsValues(text, left!, right!, isName);
  } catch {
    return claim;
  }
  if (values === undefined) return claim;
  // The identity check reads the statement's notation from text: the sides as read, the applications as their variables.
  const latex = `${readAs(values.left)} = ${readAs(values.right)}`;
  let outcome: ReturnType<typeof checkIdentity>;
  try {
    outcome = checkIdentity(latex, values.left, values.right, new Map(), deadline, true);
  } catch {
    return claim;
  }
  if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claim;
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'holds', identity: { ...outcome.check, using: [...(outcome.check.using ?? []), ...valuesUsing(values.terms)] } };
}

function hasVaryingHead(json: MathJson): boolean {
  return Array.isArray(json) && ((typeof json[0] === 'string' && VARYING_HEADS.has(json[0])) || json.some((a) => hasVaryingHead(a as MathJson)));
}
