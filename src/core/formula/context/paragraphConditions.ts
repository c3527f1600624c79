/**
 * A derivation may rely on a condition stated in an earlier formula of its
 * paragraph: "a linear combination … with the unit-variance constraint
 * $z_1^2 + z_2^2 = 1$. … On the unit circle, $z_1^4 + z_2^4 = (z_1^2 + z_2^2)^2 -
 * 2z_1^2 z_2^2 = 1 - 2z_1^2 z_2^2$" (m-ciniello/omscs-ml-notes, PCA/pca_ica.md).
 * Random points know nothing of the condition, so a failing identity whose
 * variables include all of an earlier `… = number` relating two names or more of its section (a few
 * paragraphs back at most) is left
 * undecided, naming that condition (statedConditions.ts does the same within
 * one formula).
 *
 * A property of one matrix or name stated as an equation with itself counts too: "考虑到
 * $\mathbf{Z}^{-1}=\mathbf{Z}$ 且 $\mathbf{S}^{-1}=\mathbf{S}$，所以 … $\mathbf{Z}\mathbf{S}\mathbf{R}^{-1}
 * \mathbf{T}^{-1}=\mathbf{Z} (\mathbf{T}\mathbf{R}\mathbf{S})^{-1}$" (stalomeow/note, 仿星铁渲染：改进版逐物体阴影):
 * an involution (X^{-1} = X), a symmetric (X^T = X) or idempotent (X^2 = X) matrix. One side is the name
 * alone, the other writes that name only; it constrains that one name, and a failing identity over it
 * is left undecided. Such an equation is no binding (it gives no value) and no definition (the name
 * is on both sides).
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { sectionTextBefore } from '../find/noteSections';

/** `z_1^2 + z_2^2 = 1`, `\sum_i p_i = 1`: an expression with letters set equal to a number. */
const CONDITION = /^([^=<>]*[A-Za-z][^=<>]*)=\s*-?\d+(?:\.\d+)?\s*$/;
/** The names a condition constrains as the checker writes them: `z_1`, `p`, `\theta` → `θ` is not needed (letters only). */
const NAME = /(?<![\\A-Za-z])([A-Za-z])(?:\s*_\s*(?:\{\s*([A-Za-z0-9]+)\s*\}|([A-Za-z0-9])))?/g;

export function namesOf(latex: string): Set<string> {
  const names = new Set<string>();
  for (const m of latex.replace(/\\[A-Za-z]+/g, ' ').matchAll(NAME)) names.add(m[2] ?? m[3] ? `${m[1]}_${m[2] ?? m[3]}` : m[1]!);
  return names;
}

/** A name alone, plain or set bold (`Z`, `\mathbf{Z}`, `\boldsymbol{S}`). */
const LONE_NAME = /^\s*(?:\\(?:mathbf|boldsymbol|bm|mathbb)\s*\{\s*([A-Za-z])\s*\}|([A-Za-z]))\s*$/;

/** `\mathbf{Z}^{-1}=\mathbf{Z}`, `A^T = A`: the one name an equation of a name with itself constrains, if it is one. */
function selfRelation(latex: string): string | undefined {
  const sides = latex.split('=');
  if (sides.length !== 2) return undefined;
  for (const [alone, other] of [[sides[0]!, sides[1]!], [sides[1]!, sides[0]!]] as const) {
    const m = LONE_NAME.exec(alone);
    if (!m || LONE_NAME.test(other) || !/[\^']/.test(other)) continue;
    const name = (m[1] ?? m[2])!;
    const names = namesOf(other);
    // `X^{-1}`, `X^T`, `X^\top`, `X^2`: T in X^T is the transpose, not a second name.
    if (name !== 'T') names.delete('T');
    if (names.size === 1 && names.has(name)) return name;
  }
  return undefined;
}

/** How far back conditions are looked for: the derivation's own stretch of text, not the note. */
const LOOK_BACK = 1500;

/** The inline or display formulas of `note` before `start` in its section (at most LOOK_BACK characters back) that set letters equal to a number. */
function conditionsBefore(note: string, start: number): string[] {
  const paragraph = sectionTextBefore(note, start, LOOK_BACK);
  const out: string[] = [];
  for (const m of paragraph.matchAll(/\$\$?([^$]+)\$\$?/g)) {
    const latex = m[1]!.trim();
    if (CONDITION.test(latex) || selfRelation(latex) !== undefined) out.push(latex);
  }
  return out;
}

/** The report with each failing identity undecided when an earlier condition of its section constrains only its variables. */
export function underParagraphConditions(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const conditions = conditionsBefore(note, start);
  if (conditions.length === 0) return report;
  return leaveUndecided(report, (claim) => {
    if (claim.identity?.counterexample === undefined) return undefined;
    // The variables it was sampled over, by the names the checker writes (`z_1`).
    const own = new Set(Object.keys(claim.identity.counterexample.at));
    const condition = conditions.find((c) => {
      const names = namesOf(c);
      // A relation among two names or more: a value given to one (`x = 1`) is a binding, which the checker reads already.
      const self = selfRelation(c);
      if (self !== undefined) return own.has(self);
      return names.size >= 2 && [...names].every((n) => own.has(n));
    });
    return condition === undefined ? undefined : `it fails at random points, but the note states ${condition} before it, a condition it may hold under`;
  });
}
