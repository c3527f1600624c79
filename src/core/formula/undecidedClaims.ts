/**
 * The one way a reading of the note's text takes a "fails" away: each failing
 * claim it doubts becomes undecided with the reason it gives (its quick fix
 * dropped, as a fix is offered only for real fails), and the formula's verdict
 * follows its claims.
 */
import { overallVerdict, type ClaimReport, type FormulaReport } from './types';

/** `report` with every failing claim for which `doubt` gives a reason left undecided (the same report when none is). */
export function leaveUndecided(report: FormulaReport, doubt: (claim: ClaimReport) => string | undefined): FormulaReport {
  if (report.verdict !== 'fails') return report;
  let changed = false;
  const claims = report.claims.map((claim) => {
    const why = claim.verdict === 'fails' ? doubt(claim) : undefined;
    if (why === undefined) return claim;
    changed = true;
    const { fix: _fix, ...rest } = claim;
    return { ...rest, verdict: 'none' as const, reason: `cannot evaluate: ${why}`, doubted: true as const };
  });
  return changed ? { ...report, claims, verdict: overallVerdict(claims) } : report;
}

/**
 * The claims a confirm-only reading judged (`after`, row for row with `before`), its new "holds" kept only when no row is
 * left undecided: one confirmed row would make a chain "holds" while a wrong row beside it stays unchecked. A chain's
 * first row that only names what follows (`\mu_x = E(X) = …`) is a definition, not a row to check.
 */
export function confirmedWhenAllDecided(before: readonly ClaimReport[], after: readonly ClaimReport[]): readonly ClaimReport[] {
  const unchecked = (c: ClaimReport, i: number) => c.verdict === 'none' && !(i === 0 && NAME_ONLY.test(c.left.source)) && !statesSupport(after, i) && !tiesVariable(c);
  if (!after.some(unchecked)) return after;
  return after.map((c, i) => (c.verdict === 'holds' && before[i]!.verdict !== 'holds' ? before[i]! : c));
}

/** Layout commands before a display's first row: `\\Large`, `\\begin{split}`. */
const LAYOUT = /\\(?:Large|LARGE|large|small|normalsize|huge|Huge|displaystyle|begin\s*\{[a-z*]+\})/g;

/** `X \\sim U(a, b)`: a row that ties one variable to a distribution defines it (namedFamilyClaims.ts reads it); it is no claim to check. */
function tiesVariable(c: ClaimReport): boolean {
  return c.relation === '\\sim' && /^\s*[A-Z](?:_\s*(?:\{[A-Za-z0-9]\}|[A-Za-z0-9]))?\s*$/.test(c.left.source.replace(LAYOUT, ''));
}

/** One value of a support list: a whole number, a letter (`n`), `n-1`, an ellipsis. */
const SUPPORT_VALUE = String.raw`(?:-?\d+|[a-z](?:\s*[-+]\s*\d+)?|\\[cl]?dots|\\cdots|\\ldots|\.\.\.|\+?\\infty)`;
const SUPPORT_VALUES = new RegExp(String.raw`^\s*${SUPPORT_VALUE}(?:\s*,\s*${SUPPORT_VALUE})+\s*,?\s*$`);

/**
 * `P\{X=k\}=p^{k}(1-p)^{1-k},k=0,1`, `f(x) = \lambda e^{-\lambda x}, x \ge 0`: a row after the first that gives the support of
 * a letter the row before writes (a list of its values, or a bound) says where the statement holds; it is no claim to check.
 */
export function statesSupport(claims: readonly ClaimReport[], i: number): boolean {
  const c = claims[i]!;
  const name = /^\s*([a-z])\s*$/.exec(c.left.source.replace(/^(?:\s*\\(?:[,;:! ]|q?quad(?![A-Za-z])))+/, ''))?.[1];
  if (i === 0 || name === undefined) return false;
  const before = claims[i - 1]!;
  if (!new RegExp(`(?<![A-Za-z\\\\])${name}(?![A-Za-z])`).test(`${before.left.source} ${before.right.source}`)) return false;
  if (c.relation === '=') return SUPPORT_VALUES.test(c.right.source);
  return ['<', '>', '\\le', '\\ge'].includes(c.relation) && /^\s*-?(?:\d+(?:\.\d+)?|[a-z]|\\infty)\s*[,.;]?\s*$/.test(c.right.source);
}

/** A lone name, perhaps with a subscript: `\mu_x`, `\sigma`, `F_X`. */
const NAME_ONLY = /^\s*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$/;
