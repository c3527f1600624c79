/**
 * A name the note applies to a letter is a function there, also where it is
 * applied to a number. The KMP prefix function: "考察$\pi(j)=2$" and then
 * `\pi(12) = 2+1 = 3` (major-second/104-public-knowledge-base, algorithm/kmp.md),
 * which read with π the number is 37.7; a curve on a matrix manifold:
 * "$\gamma(t) = Q(t)$ 且 $Q(0) = Q$" (a-little-bear/University-Linear-Algebra,
 * docs/part4/ch24-matrix-manifolds.md), which read with Q a number is Q · 0 = Q.
 *
 * A failing claim that applies such a name to a bracket is left undecided when
 * the name was read as a number — the constant π or e, or a free variable of
 * the identity — and the note elsewhere applies it to a lone letter. A name the
 * note defines (`f(x) = x^2` then `f(2) = 5`) was read as its function and still fails.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** A name applied to a bracket: `\pi(`, `Q(`, `\phi\left(`. */
const APPLIED = /(\\[A-Za-z]+|(?<![\\A-Za-z])[A-Za-z])\s*(?:\\left\s*)?\(/g;
/** Constants the engine reads by these names. */
const CONSTANTS = new Set(['\\pi', 'e']);

const escape = (name: string): string => name.replace(/\\/g, '\\\\');

/** Whether the note writes `name(j)`: the name applied to one letter. */
function calledOnALetter(note: string, name: string): boolean {
  const boundary = name.startsWith('\\') ? '(?![A-Za-z])' : '(?<![\\\\A-Za-z])';
  const head = name.startsWith('\\') ? escape(name) : `${boundary}${name}`;
  return new RegExp(`${head}\\s*(?:\\\\left\\s*)?\\(\\s*[A-Za-z]\\s*(?:\\\\right\\s*)?\\)`).test(note);
}

/** The name of `names` read as a number in `claim`, if any. */
function readAsNumber(claim: ClaimReport, names: readonly string[]): string | undefined {
  const free = Object.keys(claim.identity?.counterexample?.at ?? {});
  return names.find((name) => CONSTANTS.has(name) || free.includes(name.replace(/^\\/, '')));
}

/** The report with its failing claims undecided when they apply a name the note uses as a function elsewhere. */
export function withNamesCalledElsewhere(note: string, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !report.source.includes('(')) return report;
  const names = [...new Set([...report.source.matchAll(APPLIED)].map((m) => m[1]!))].filter((n) => !/^\\(?:left|right|frac|sqrt|log|ln|exp|sin|cos|tan|text|mathrm)$/.test(n));
  if (names.length === 0) return report;
  return leaveUndecided(report, (claim) => {
    const name = readAsNumber(claim, names);
    if (name === undefined || !calledOnALetter(note, name)) return undefined;
    return `the note applies ${name} to a letter elsewhere (${name}(…) as a function), so ${name}(…) here may be its value, not a product`;
  });
}
