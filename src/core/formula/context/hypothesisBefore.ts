/**
 * A formula the sentence opens as a supposition: "**8. [Calculation] If
 * $p/n = 0.25$, find the support interval of the M-P distribution"
 * (a-little-bear/University-Linear-Algebra, docs/part4/ch23-random-matrices.en.md),
 * where an earlier exercise had set p = n = 1000. "If", "suppose", "assume",
 * "let", 若, 假设, 设 put a new value for its names, not a claim about the old ones.
 *
 * A failing claim that writes names and was judged by their earlier values,
 * right after such a word, is left undecided. A claim between numbers alone
 * (`If $2 + 2 = 5$`) is judged as written, and a supposition with free names
 * (`If $y = f^{-1}(x)$`) keeps its verdict: the note learns from it what it
 * learned before.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** The words that open a supposition, right before the formula. */
const SUPPOSES = /(?:\b(?:if|suppose|supposing|assume|assuming|let)|若|假设|假定|设|如果)\s*$/i;
/**
 * "Reject $H_{0}$ if" then `\chi_{obs}^2 = 6.83 \geq 14.067` (Tulbm/Stats-Notes, Math Stats 2/Goodness of fit
 * test.md): after "if" or "when" an order relation is the condition a decision rule tests, which the
 * data may not meet — also between numbers alone. An equation there (`If $2 + 2 = 5$`) is still judged.
 */
const CONDITION = /(?:\b(?:if|when|whenever)|若|如果)\s*$/i;
const ORDER: ReadonlySet<string> = new Set(['<', '>', '\\le', '\\ge']);
/** A side that writes a name (a letter), so an earlier binding may have given it its value. */
const WRITES_NAME = /(?<!\\)[A-Za-z]|\\(?:alpha|beta|gamma|lambda|mu|sigma|theta|rho|tau|phi)\b/;

/** A name alone, primed or indexed (`m'`, `x_1`, `\\hat m_t`): what "let" introduces. */
const LONE_NAME = /^\s*(?:\\(?:hat|bar|tilde)\s*)?(?:[A-Za-z]|\\[A-Za-z]+)\s*(?:'+|_\{?\w+\}?|\^\{?\\prime\}?)*\s*$/;

/**
 * `设 $m'=n^n+1$` after `$m=n^{n+1}+1$` (Rainybunny/PKU-Lecture-Notes): "let" names m' anew; its identity
 * reading (m' as the derivative of the earlier m) is not what the author wrote.
 */
const introducesName = (claim: ClaimReport): boolean => claim.identity !== undefined && LONE_NAME.test(claim.left.source);

/** The report with the failing claims of a supposed formula left undecided. */
export function withHypothesisBefore(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const words = SUPPOSES.exec(note.slice(Math.max(0, start - 16), start))?.[0];
  if (!words) return report;
  const byEarlierValues = (claim: ClaimReport): boolean =>
    claim.identity === undefined && claim.left.value !== null && claim.right.value !== null && (WRITES_NAME.test(claim.left.source) || WRITES_NAME.test(claim.right.source));
  const tested = CONDITION.test(words);
  return leaveUndecided(report, (claim) => (byEarlierValues(claim) ? `the text before supposes it ("${words.trim()}"), giving its names new values`
    : tested && ORDER.has(claim.relation) ? `the text before makes it a condition to test ("${words.trim()}"), not a statement that it holds`
    : introducesName(claim) ? `the text before introduces ${claim.left.source.trim()} ("${words.trim()}"), a new name, not a derivative or an identity to check`
    : undefined));
}
