/**
 * An equation a worked solution goes on to solve: the rows after it give its unknown a value.
 * `(\frac{x^2}{3})^2 = 3x` then "なので $x^4 = 27x$ 。… よって $x = 0$ または $x = 3$" (Myyura/the_kai_project,
 * docs/meiji-university/…/mathematical_sciences_202008_tiku_0909.md, the stationary points of a
 * function); `100000000+\frac{5125}{4}Q = 2500Q,\\ Q = \frac{3200000}{39}` (…/hes_201708_tiku_0817.md);
 * "Since $2 \cos^2 \theta = \sin^2 \theta$ … so $3 \cos^2 \theta = 1$" (…/mathematical_sciences_201908_tiku_0913.md).
 * Such a claim is a condition on its unknown, not an identity, whatever words surround it.
 *
 * A failing identity is left undecided when, after it (in its own formula or within a short stretch of
 * the note's text that follows, before the next heading), one of its free variables is given a
 * constant: `x = 3`, `Q = \frac{…}{39}`, `3\cos^2\theta = 1`, `x_2 = -1`. A wrong identity with no such
 * solving after it still fails, and so does an equation already failed with that solution put back
 * (statedSolutions.ts: `\sum F_{z} = 0 = …` with `T_{BD} = 780N` stated after it, numpy/numpy-tutorials).
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const LOOK_AHEAD = 400;
const LONE_NAME = /^\s*\\?[A-Za-z]+(?:'+|\^\s*\{?\s*\\prime\s*\}?)*\s*(?:\([^()]*\))?\s*$/;
const GREEK: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', θ: 'theta', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', ρ: 'rho', σ: 'sigma', τ: 'tau', φ: 'phi', ψ: 'psi', ω: 'omega',
};
/** A constant the unknown is given: a number, a fraction, a root, π, ±…, maybe signed. */
const CONSTANT = String.raw`\s*&?\s*=\s*(?:[-+−]\s*|\\pm\s*)?(?:\d|\\[dt]?frac\s*\{\s*[-\d\\]|\\sqrt|\\pi(?![A-Za-z])|\\infty)`;

/** The variable as it may be written in LaTeX: `x`, `y_1` or `y_{1}`, `θ` or `\theta`. */
function spellings(name: string): string {
  const sub = /^(.+?)_\{?([^{}]+)\}?$/.exec(name);
  const base = sub ? sub[1]! : name;
  // The engine names a Greek letter by its word (`theta`); the note may write `\theta` or `θ`.
  const word = /^[A-Za-z]{2,}$/.test(base) ? base : GREEK[base];
  const letter = Object.keys(GREEK).find((k) => GREEK[k] === word);
  const baseAlternatives = word ? [`\\\\${word}(?![A-Za-z])`, ...(letter ? [letter] : [])] : [base.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')];
  const written = `(?:${baseAlternatives.join('|')})`;
  return sub ? `${written}\\s*_\\s*(?:\\{\\s*${sub[2]!.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\\s*\\}|${sub[2]!.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')})` : written;
}

/** `x = 3`, `3\cos^2\theta = 1`, `x_2 = -1` for one of `names`: a coefficient, a function and a power allowed around it. */
function givenAConstant(names: readonly string[]): RegExp {
  const variable = `(?:${names.map(spellings).join('|')})`;
  return new RegExp(
    String.raw`(?<![A-Za-z\\_^{])(?:\d+\s*)?(?:\\(?:sin|cos|tan|log|ln|exp)(?:\s*\^\s*\{?\d\}?)?\s*)?${variable}(?![A-Za-z_(])(?:\s*\^\s*\{?\d+\}?)?${CONSTANT}`,
    'g',
  );
}

/** The report with each failing identity undecided when what follows it gives one of its unknowns a constant. */
export function withSolvedLater(note: string, end: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const ahead = note.slice(end, end + LOOK_AHEAD).split(/\n#{1,6}\s/)[0]!;
  return leaveUndecided(report, (claim) => {
    const names = Object.keys(claim.identity?.counterexample?.at ?? {});
    // A claim failed with the stated solution put back (statedSolutions.ts), or read with earlier definitions, was read already.
    if (names.length === 0 || (claim.identity?.using?.length ?? 0) > 0) return undefined;
    // `y' = -2x - 3`, `f(x) = …`: a side that is a lone function or derivative states what it is, no equation.
    if (LONE_NAME.test(claim.left.source) || LONE_NAME.test(claim.right.source)) return undefined;
    const text = `${afterClaim(report.source, claim)}\n${ahead}`;
    const unknown = new RegExp(`(?<![A-Za-z\\\\])(?:${names.map(spellings).join('|')})(?![A-Za-z])`);
    const solved = [...text.matchAll(givenAConstant(names))].find((m) => {
      const to = m.index! + m[0].length;
      // The value is a constant only when the unknown is gone from the rest of its side: `3\cos^2\theta = 1`, not `= 1 - \cos^2\theta`.
      const rest = /^[^$,;\n。、，]*?(?=\\\\|\\q?quad|[$,;\n。、，]|$)/.exec(text.slice(to))![0];
      return !unknown.test(m[0].slice(m[0].indexOf('=')) + rest) && !evaluatedAt(text, m.index!, to);
    });
    return solved ? `the solution goes on to give its unknown a value ("${solved[0].trim()}"): an equation to solve, not an identity` : undefined;
  });
}

/**
 * A value given to evaluate at, not a solution: "at $x = 1$", "when x = 2", "$x = 0$ のとき" (when x = 0),
 * "x = 1 代入" (substituted).
 */
const POINT_BEFORE = /\b(?:at|when|for|where|if|with|let|put|setting|substitut\w*|plug\w*|evaluat\w*)\s*\$*\s*$/i;
const POINT_AFTER = /^[^$\n]{0,24}?\$?\s*(?:の(?:とき|時)|とき|において|を代入|代入|时|時|일 때)/;

function evaluatedAt(text: string, from: number, to: number): boolean {
  return POINT_BEFORE.test(text.slice(Math.max(0, from - 24), from)) || POINT_AFTER.test(text.slice(to, to + 40));
}

/** The formula's source after the claim's right side. */
function afterClaim(source: string, claim: ClaimReport): string {
  return source.slice(claim.right.offset + claim.right.source.length);
}
