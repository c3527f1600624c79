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
 * The condition may also come right after the formula, introduced as one ("That is,
 * $$(g-o) = \sum_{i=1}^n\lambda_{i} (a_{i} - o) = \left(\sum_{i=1}^n \lambda_{i} a_{i}\right) - o$$
 * given that $$\sum_{i=1}^n\lambda_{i} = 1.$$", TianpeiLuke/SelfStudyNotes, Affine Combination.md),
 * or be an earlier row of the same display ("$$\frac{x^2}{a^2}+\frac{y^2}{b^2}=1\\ \Ra … \Ra y''=…$$",
 * Rainybunny/PKU-Lecture-Notes, Mathematical Analysis I, 24-11-hw8.md: the point is on the ellipse).
 * A sum over an index (`\sum_i \lambda_i = 1`) constrains the whole family λ₁, λ₂, … .
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

/** The name itself with one superscript or prime (`\mathbf{Z}^{-1}`, `A^T`, `A^\top`, `P^2`, `f'`): the group before the script. */
const NAME_WITH_SCRIPT = /^\s*(\\(?:mathbf|boldsymbol|bm|mathbb)\s*\{\s*[A-Za-z]\s*\}|[A-Za-z])\s*(?:\^\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[^\s{}])|')\s*$/;

/**
 * `\mathbf{Z}^{-1}=\mathbf{Z}`, `A^T = A`, `P^2 = P`: the one name an equation of a name with itself
 * constrains, if it is one. The other side is the name with one script and nothing else: `h^1 (1-h)^0 = h`
 * holds for every h and constrains nothing.
 */
function selfRelation(latex: string): string | undefined {
  const sides = latex.split('=');
  if (sides.length !== 2) return undefined;
  for (const [alone, other] of [[sides[0]!, sides[1]!], [sides[1]!, sides[0]!]] as const) {
    const m = LONE_NAME.exec(alone);
    const scripted = NAME_WITH_SCRIPT.exec(other);
    if (!m || !scripted) continue;
    const name = (m[1] ?? m[2])!;
    if (LONE_NAME.exec(scripted[1]!)?.slice(1).find((g) => g !== undefined) === name) return name;
  }
  return undefined;
}

/** How far back conditions are looked for: the derivation's own stretch of text, not the note. */
const LOOK_BACK = 1500;
/** How far after the formula a condition introduced as one ("given that $…$") is looked for. */
const LOOK_AHEAD = 300;
/** Words that introduce a condition right after the formula they qualify. */
const INTRODUCES_CONDITION = /^[\s>]*(?:[,，.;。]\s*)?(?:given\s+that|given|provided(?:\s+that)?|where|such\s+that|subject\s+to|s\.t\.|assuming(?:\s+that)?|if|when|on|其中|满足|若|当)\s*[:：]?[\s>]*$/i;
/** A formula of the text, display or inline, with its LaTeX. */
const MATH = /\$\$?([^$]+)\$\$?/g;
/** Rows of one display: split at line breaks, implications and spacing commands. */
const ROW_BREAK = /\\\\|\\(?:Ra|Rightarrow|implies|Longrightarrow|quad|qquad)(?![A-Za-z])|[,;]/;

/** Whether `latex` sets letters equal to a number; a sum's bounds (`\\sum_{i=1}^n`) are no `=` of it. */
function isCondition(latex: string): boolean {
  return CONDITION.test(latex.replace(/_\s*\{[^{}]*=[^{}]*\}/g, '_{}'));
}

/** A formula's LaTeX as a condition: blockquote markers and the sentence's closing punctuation dropped. */
function cleaned(latex: string): string {
  return latex.replace(/^[ \t]*>/gm, ' ').trim().replace(/[\s.,;。，]+$/, '');
}

/** The inline or display formulas of `note` before `start` in its section (at most LOOK_BACK characters back) that set letters equal to a number. */
function conditionsBefore(note: string, start: number): string[] {
  const paragraph = sectionTextBefore(note, start, LOOK_BACK);
  const out: string[] = [];
  for (const m of paragraph.matchAll(MATH)) {
    const latex = cleaned(m[1]!);
    if (isCondition(latex) || selfRelation(latex) !== undefined) out.push(latex);
  }
  return out;
}

/** A condition the text introduces right after the formula ending at `end`: "given that $\sum_i \lambda_i = 1$". */
function conditionAfter(note: string, end: number): string | undefined {
  // The span may end before its own closing delimiter.
  const after = note.slice(end, end + LOOK_AHEAD).replace(/^[\s>]*\$\$?/, '');
  const m = /\$\$?([^$]+)\$\$?/.exec(after);
  if (!m || /\n\s*#/.test(after.slice(0, m.index)) || !INTRODUCES_CONDITION.test(after.slice(0, m.index))) return undefined;
  const latex = cleaned(m[1]!);
  return isCondition(latex) ? latex : undefined;
}

/** The rows of the formula itself that set letters equal to a number, except the row the claim is written in. */
function ownConditions(source: string, claimSide: string): string[] {
  return source.split(ROW_BREAK).map(cleaned).filter((row) => isCondition(row) && !row.includes(claimSide.trim()));
}

/**
 * The names a condition constrains, as the checker writes them (`z_1`, `lambda_1`), each with
 * whether it stands for a family: `\lambda_i` under `\sum_i` is every λ₁, λ₂, … .
 */
function constrainedNames(condition: string): { name: string; family: boolean }[] {
  const indices = new Set<string>();
  const bare = condition.replace(/\\(?:sum|prod)\s*(?:_\s*(?:\{([^{}]*)\}|([A-Za-z])))?(?:\s*\^\s*(?:\{[^{}]*\}|\S))?/g, (_all, braced?: string, single?: string) => {
    const index = /^\s*([A-Za-z])/.exec(braced ?? single ?? '')?.[1];
    if (index) indices.add(index);
    return ' ';
  });
  // Greek letters by their names (`\lambda_i` → `lambda_i`), other commands dropped.
  const spelled = bare.replace(/\\(alpha|beta|gamma|delta|epsilon|theta|lambda|mu|nu|pi|rho|sigma|tau|phi|chi|psi|omega|eta|xi|zeta|kappa)(?![A-Za-z])/g, ' $1').replace(/\\[A-Za-z]+/g, ' ');
  const out: { name: string; family: boolean }[] = [];
  for (const m of spelled.matchAll(/(?<![A-Za-z])([A-Za-z]+)(?:\s*_\s*(?:\{\s*([A-Za-z0-9]+)\s*\}|([A-Za-z0-9])))?/g)) {
    const word = m[1]!;
    const index = m[2] ?? m[3];
    // A run of letters that is no Greek name is a product of one-letter names (`ab`).
    const letters = word.length === 1 || /^(?:alpha|beta|gamma|delta|epsilon|theta|lambda|mu|nu|pi|rho|sigma|tau|phi|chi|psi|omega|eta|xi|zeta|kappa)$/.test(word) ? [word] : [...word];
    letters.forEach((letter, k) => {
      if (indices.has(letter) && index === undefined) return;
      const own = k === letters.length - 1 ? index : undefined;
      out.push(own === undefined ? { name: letter, family: false } : { name: `${letter}_${own}`, family: indices.has(own) });
    });
  }
  return out;
}

/** Whether `condition` relates two names or more and constrains only variables the claim was sampled over. */
function constrainsOnly(condition: string, own: ReadonlySet<string>): boolean {
  const names = constrainedNames(condition);
  const members = (n: { name: string; family: boolean }): boolean => (n.family ? [...own].some((o) => o.startsWith(n.name.replace(/_[^_]*$/, '_'))) : own.has(n.name));
  const distinct = new Set(names.map((n) => n.name));
  // A relation among two names or more (or a family): a value given to one (`x = 1`) is a binding, which the checker reads already.
  return names.length > 0 && (distinct.size >= 2 || names.some((n) => n.family)) && names.every(members);
}

/** The report with each failing identity undecided when a condition of its section, before it, right after it or in its own rows, constrains only its variables. */
export function underParagraphConditions(note: string, start: number, report: FormulaReport, end = start + report.source.length): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const after = conditionAfter(note, end);
  const around = [...conditionsBefore(note, start), ...(after === undefined ? [] : [after])];
  return leaveUndecided(report, (claim) => {
    if (claim.identity?.counterexample === undefined) return undefined;
    // The variables it was sampled over, by the names the checker writes (`z_1`).
    const own = new Set(Object.keys(claim.identity.counterexample.at));
    const conditions = [...around, ...ownConditions(report.source, claim.left.source)];
    const condition = conditions.find((c) => {
      const self = selfRelation(c);
      return self !== undefined ? own.has(self) : constrainsOnly(c, own);
    });
    if (condition === undefined) return undefined;
    const where = around.includes(condition) ? (condition === after ? 'right after it' : 'before it') : 'in the same formula';
    return `it fails at random points, but the note states ${condition} ${where}, a condition it may hold under`;
  });
}
