/**
 * An equation and, joined to it by "or", "i.e.", ⇒ or ∴, its solved form for one of its names:
 *
 *     \frac{1}{2}(n_{in} + n_{out})\sigma^{2} = 1 \ \text{ or }\ \sigma = \sqrt{\frac{n_{in} + n_{out}}{2}}
 *
 * (newfacade-ml-notes, Xavier initialisation). A careful reader puts the solution back into the
 * equation: here ½(n_in + n_out)·(n_in + n_out)/2 is not 1, so the solved form is wrong (it is
 * √(2/(n_in + n_out))). solvedRows.ts only confirms such a solution; this reading refutes one, and
 * only when the refutation is certain on every reading the note allows:
 * - the formula has exactly two claims, both `=`, both undecided and not in doubt: the equation
 *   (no identity, or an equation to solve) and `x = R` with x one name (no definition reason);
 * - a connective that says "the same equation, solved" stands between them (`\text{or}`,
 *   `\text{i.e.}`, `\Rightarrow`, `\implies`, `\iff`, `\therefore`, `\text{so}`, `\text{thus}`,
 *   `\text{hence}`); two equations side by side may be a system, which this does not read;
 * - x is a name of the equation and not of R, and R names exactly the equation's other names (a
 *   solution in fewer names leans on an assumption of the prose, `n_{in} = n_{out}`; one in more
 *   names is not this equation's), none bound to a number or an expression earlier in the note (a
 *   function of that name, σ(x) the sigmoid, does not make the written σ anything but a name here), and no `\pm`;
 * - with R put in for x the equation fails as an identity at random points of the other names
 *   (checkIdentity's own verdict "fails"; a domain it cannot judge leaves the claims as they were).
 * Then the solved row fails; in every other case the claims stay as they were.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import { checkIdentity, flattenSubscripts, variablesOf } from '../identity/identity';
import { EQUATION_REASONS } from '../identity/statedConditions';
import { substitute } from './solvedRows';

/** The words and arrows by which a note restates an equation in solved form. */
const SOLVED_CONNECTIVE = /\\text(?:rm|bf)?\s*\{\s*(?:or|i\.\s*e\.?|so|thus|hence|therefore)\s*,?\s*\}|\\(?:Rightarrow|implies|Longrightarrow|iff|Leftrightarrow|Longleftrightarrow|therefore)(?![A-Za-z])/;

/**
 * A function whose argument is not bracketed (`\\cos\\theta\\cos\\phi \\cdot T = mg \\Rightarrow T =
 * \\frac{mg}{\\cos\\theta\\cos\\phi}`, luweiagi/machine-learning-notes): how far its argument reaches is the
 * author's (cos θ · cos φ · T, or cos(θ cos φ T)), and the two sides may be read differently.
 */
const BARE_ARGUMENT = /\\(?:sin|cos|tan|cot|sec|csc|sinh|cosh|tanh|arcsin|arccos|arctan|log|ln|lg|exp|det|tr)(?![A-Za-z])(?!\s*(?:\\left\s*)?[({])/;

/**
 * Operators, derivatives, transposes, brackets and named sets or operators: their extent and meaning are
 * the note's (an operand's reach, a matrix, an expectation), which this reading does not take up.
 */
const OTHER_NOTATION = /\\(?:sum|prod|int|oint|lim|nabla|partial|mathbb|mathcal|operatorname|max|min|arg|vec|mathbf|boldsymbol|bm|top)(?![A-Za-z])|'|\^\s*\{?\s*T\b|[[\]|]/;

/**
 * A side without the words, arrows and spaces around the connective that the split left on it
 * (`1 \\`, cut from `1 \\ \\text{ or }\\ \\sigma`).
 */
function clean(latex: string): string {
  return latex
    .replace(/_\s*\{\s*\\(?:text|mathrm|rm)\s*\{\s*([A-Za-z]+)\s*\}\s*\}/g, '_{$1}')
    .replace(/\\text(?:rm|bf)?\s*\{[^}]*\}/g, ' ')
    .replace(/&/g, ' ')
    .replace(/\\(?:Rightarrow|implies|Longrightarrow|iff|Leftrightarrow|Longleftrightarrow|therefore|quad|qquad)(?![A-Za-z])/g, ' ')
    .replace(/\\[ ,;!]/g, ' ')
    .replace(/\\+\s*$/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** The formula's claims with the solved row failed when, put back, it does not satisfy the equation before it (see the file comment). */
export function withRefutedSolution(claims: readonly ClaimReport[], source: string, reader: LatexReader, deadline: number, bound: (name: string) => boolean): readonly ClaimReport[] {
  if (claims.length !== 2 || !SOLVED_CONNECTIVE.test(source) || source.includes('\\pm') || source.includes('\\mp') || BARE_ARGUMENT.test(source) || OTHER_NOTATION.test(source)) return claims;
  const [equation, solved] = claims as [ClaimReport, ClaimReport];
  if (equation.relation !== '=' || solved.relation !== '=' || equation.verdict !== 'none' || solved.verdict !== 'none' || equation.doubted || solved.doubted) return claims;
  if (solved.reason != null || (equation.reason != null && !EQUATION_REASONS.some((r) => equation.reason!.endsWith(r)))) return claims;
  // The connective stands between the two claims: after the equation's right side starts, before the solved row's left side ends.
  const [from, to] = [source.indexOf(equation.right.source.trim()), source.lastIndexOf(solved.left.source.trim())];
  if (from < 0 || to < from || !SOLVED_CONNECTIVE.test(source.slice(from, to + solved.left.source.trim().length))) return claims;
  const read = (latex: string): MathJson => flattenSubscripts(reader.read(normalizeLatex(clean(latex))));
  try {
    const unknown = read(solved.left.source);
    if (typeof unknown !== 'string') return claims;
    const solution = read(solved.right.source);
    const sides = [read(equation.left.source), read(equation.right.source)] as const;
    const names = new Set([...variablesOf(sides[0]), ...variablesOf(sides[1])]);
    if (!names.has(unknown)) return claims;
    names.delete(unknown);
    const solutionNames = variablesOf(solution);
    if (names.size === 0 || !sameSet(names, solutionNames) || [unknown, ...names].some(bound)) return claims;
    const [left, right] = sides.map((side) => substitute(side, unknown, solution));
    // A word as subscript (`n_{in}`, `n_{out}`) is a label of one name (flattenSubscripts), not letters multiplied:
    // the scalar-notation test of checkIdentity sees it as a digit.
    const latex = clean(`${equation.left.source} = ${equation.right.source} = ${solved.right.source}`).replace(/_\s*\{\s*[A-Za-z]+\s*\}/g, '_{0}');
    const outcome = checkIdentity(latex, left!, right!, new Map(), deadline);
    if (outcome.kind !== 'judged') return claims;
    const { reason: _reason, ...rest } = solved;
    const put = `${clean(solved.left.source)} = ${clean(solved.right.source)} put back into ${clean(equation.left.source)} = ${clean(equation.right.source)}`;
    if (outcome.verdict === 'holds') return [equation, { ...rest, verdict: 'holds', reading: `${put}: it holds for every value of the other names` }];
    // A side that is constant (`= 1`) makes checkIdentity call the put-back equation one to solve; it then fails only
    // when the sides disagreed at nearly every point and nothing (another reading, a doubt of notation) excused it.
    const refuted = outcome.verdict === 'fails' || (outcome.verdict === 'none' && outcome.disagreesNearlyEverywhere === true && outcome.reason === `cannot evaluate: ${EQUATION_REASONS[0]}`);
    if (!refuted) return claims;
    return [equation, { ...rest, verdict: 'fails', reading: `${put}: the equation does not hold for every value of the other names` }];
  } catch {
    return claims;
  }
}
