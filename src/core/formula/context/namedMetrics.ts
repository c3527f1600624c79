/**
 * The evaluation metrics of classification known by name, tied to their standard definitions in the
 * counts of a confusion matrix (docs/readings/evaluation-metrics.md). Notes write them as definitions
 * (`Precision = \frac{TP}{TP+FP}`) and as relations between them (sunyufei-ml-notes:
 * `\frac{1}{F_1}=\frac{1}{2}\times\frac{1}{Precision}+\frac{1}{2}\times\frac{1}{Recall}`), which the identity
 * check cannot judge: the names are bound, not compared. A careful reader knows each by name, in one
 * convention every textbook and library shares:
 *
 *   precision TP/(TP+FP), recall (sensitivity, TPR) TP/(TP+FN), accuracy (TP+TN)/(TP+TN+FP+FN),
 *   specificity (TNR) TN/(TN+FP), FPR FP/(FP+TN), F1 2PR/(P+R), F_β (1+β²)PR/(β²P+R).
 *
 * The reading writes both sides as functions of the four counts (and β) and compares them at drawn
 * counts. It holds when they agree at every draw; it fails only when they differ at every draw, each side
 * writes a named metric or a count, the claim writes nothing else (no other letter, no decimal, no
 * subscript but F₁'s and F_β's), and no bare `P` or `R` is read as a count's metric on a claim that also
 * writes counts (P is also "the positives", P = TP + FN). Bare `P` and `R` are precision and recall only
 * where the section names both. Anything else stays as it was.
 */
import type { ClaimReport, FormulaReport, MathSpan } from '../types';
import { sectionTextBefore } from '../find/noteSections';
import { compact, letterArithmetic } from './namedMlFormulas';

/** The cheap test on a formula's source: a metric's name or a count. */
export const WRITES_METRIC = /F_?\{?1\b|F_\{?\\beta|\b(?:TP|FP|FN|TN)|[Pp]recision|[Rr]ecall|[Aa]ccuracy|[Ss]pecificity|精确率|召回率|查准率|查全率|准确率/;

/** Words that say the section is about these metrics. */
const NAMES_METRICS = /precision|recall|\bF1\b|F-(?:score|measure)|confusion|accuracy|specificity|sensitivity|true positive|精确率|召回率|查准率|查全率|混淆矩阵|准确率/i;
/** Both precision and recall named: bare P and R are theirs. */
const NAMES_PRECISION = /precision|精确率|查准率|准确度/i;
const NAMES_RECALL = /recall|召回率|查全率/i;

/**
 * The tokens a side is written in, after `compact`: each named quantity as one capital or lower-case
 * letter of the evaluator — counts a (TP), b (FP), c (FN), d (TN); metrics P, R, A (accuracy), S
 * (specificity), Q (FPR), F (F1), G (F_β); B (β).
 */
const NAMES: ReadonlyArray<[RegExp, string]> = [
  [/F_\{?\\beta\}?(?:-?score)?/g, 'G'],
  [/F(?:_\{1\}|_1|1)(?![0-9])(?:-?(?:score|Score|measure))?/g, 'F'],
  [/\\beta/g, 'B'],
  [/[Pp]recision|Prec(?![a-z])|精确率|查准率/g, 'P'],
  [/[Rr]ecall|[Ss]ensitivity|TPR|召回率|查全率/g, 'R'],
  [/[Aa]ccuracy|Acc(?![a-z])|准确率/g, 'A'],
  [/[Ss]pecificity|TNR/g, 'S'],
  [/FPR/g, 'Q'],
  // FNR, PPV, NPV … are no entry: their letters stay and the claim is left alone.
  [/FNR|NPV|PPV/g, '?'],
  [/TP/g, 'a'],
  [/FP/g, 'b'],
  [/FN/g, 'c'],
  [/TN/g, 'd'],
];

/** A side in the evaluator's letters, or undefined when it writes anything the reading does not know. */
function tokenised(side: string, bareLetters: boolean): { text: string; bare: boolean; decimal: boolean } | undefined {
  let text = compact(side)
    .replace(/\\(?:displaystyle|textstyle)/g, '')
    .replace(/\\(?:text|textrm|mathrm|mathit|textit|operatorname|rm)\{([^{}]*)\}/g, '$1')
    .replace(/\\(?:dfrac|tfrac)/g, '\\frac')
    .replace(/\\(?:ast|cdot)/g, '')
    .replace(/\*/g, '')
    .replace(/\{\s*\}/g, '');
  // A probability P(…) or a function R(…) is no metric.
  if (/[PR]\s*\(/.test(text)) return undefined;
  for (const [pattern, letter] of NAMES) text = text.replace(pattern, `§${letter}`);
  // Bare P and R (`2PR`): precision and recall only where the section names both; any other letter, or a
  // command but \frac, \sqrt, \times, leaves the claim alone (`F_1 = \frac{2ab}{a+b}` is in other letters).
  let bare = false;
  let known = true;
  text = text.replace(/\\[A-Za-z]+|§[A-Za-z?]|[A-Za-z]/g, (token) => {
    if (token.startsWith('§')) return token;
    if (/^\\(?:frac|sqrt|times)$/.test(token)) return token;
    if (token === 'P' || token === 'R') { bare = true; return `§${token}`; }
    known = false;
    return token;
  });
  if (!known || text.includes('?') || (bare && !bareLetters) || !text.includes('§')) return undefined;
  text = text.replace(/§/g, '');
  return { text, bare, decimal: /\d\.\d/.test(text) };
}

/** The metrics of drawn counts (β drawn too). */
function metricsAt(a: number, b: number, c: number, d: number, beta: number): Record<string, number> {
  const P = a / (a + b);
  const R = a / (a + c);
  const B2 = beta * beta;
  return { a, b, c, d, B: beta, P, R, A: (a + d) / (a + b + c + d), S: d / (d + b), Q: b / (b + d), F: (2 * P * R) / (P + R), G: ((1 + B2) * P * R) / (B2 * P + R) };
}

const LETTERS = 'abcdBPRASQFG';
/** Fixed draws of the counts and β: a claim that agrees at all of them holds. */
const DRAWS: ReadonlyArray<[number, number, number, number, number]> = [
  [37.3, 11.9, 5.7, 42.1, 0.7],
  [8.2, 23.5, 14.6, 3.3, 1.9],
  [61.7, 4.4, 29.8, 17.2, 2.6],
  [2.9, 6.1, 1.3, 88.4, 0.4],
  [19.6, 19.1, 33.7, 7.8, 1.3],
];

function close(x: number, y: number): boolean {
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** What the reading concludes of one claim: holds, fails, or nothing. */
export function judgeMetricClaim(left: string, right: string, naming: string): { verdict: 'holds' | 'fails'; reading: string } | undefined {
  if (!NAMES_METRICS.test(naming)) return undefined;
  const bareLetters = NAMES_PRECISION.test(naming) && NAMES_RECALL.test(naming);
  const l = tokenised(left, bareLetters);
  const r = tokenised(right, bareLetters);
  if (!l || !r) return undefined;
  const f = letterArithmetic(l.text, LETTERS);
  const g = letterArithmetic(r.text, LETTERS);
  if (!f || !g) return undefined;
  const pairs = DRAWS.map((draw) => {
    const values = metricsAt(...draw);
    return [f(values), g(values)] as const;
  });
  if (pairs.some(([x, y]) => !Number.isFinite(x) || !Number.isFinite(y))) return undefined;
  if (pairs.every(([x, y]) => close(x, y))) {
    return { verdict: 'holds', reading: 'with the metrics by their standard definitions (precision TP/(TP+FP), recall TP/(TP+FN), F1 2PR/(P+R), …), at drawn confusion-matrix counts' };
  }
  const counts = /[abcd]/.test(`${l.text} ${r.text}`.replace(/\\[A-Za-z]+/g, ''));
  if ((l.bare || r.bare) && counts) return undefined;
  if (l.decimal || r.decimal) return undefined;
  if (!pairs.every(([x, y]) => !close(x, y))) return undefined;
  // A recognisable shape only: a metric's definition in counts (`Recall = \frac{TP}{TP+FP}`), or F1 / F_β with
  // both precision and recall (`F_1 = \frac{2PR}{P \cdot R}`). `F_1 = P` (said when P = R) is never failed.
  const plain = (t: string) => t.replace(/\\[A-Za-z]+/g, '');
  const [lp, rp] = [plain(l.text), plain(r.text)];
  const definition = [[lp, rp], [rp, lp]].some(([one, other]) => /^[PRASQF]$/.test(one!) && /^[^PRASQFG]*$/.test(other!) && /[abcd]/.test(other!));
  const harmonic = /[FG]/.test(lp + rp) && /P/.test(lp + rp) && /R/.test(lp + rp);
  if (!definition && !harmonic) return undefined;
  return { verdict: 'fails', reading: 'as the named metrics (precision TP/(TP+FP), recall TP/(TP+FN), accuracy (TP+TN)/(TP+TN+FP+FN), specificity TN/(TN+FP), F1 2PR/(P+R)): the two sides differ at every drawn confusion matrix' };
}

/** The report with each undecided `=` claim between named metrics judged by their definitions. */
export function withNamedMetrics(note: string, span: MathSpan, report: FormulaReport): FormulaReport['claims'] {
  if (!report.claims.some((c) => c.verdict === 'none' && c.relation === '=')) return report.claims;
  const lineEnd = note.indexOf('\n', span.end);
  const naming = `${sectionTextBefore(note, span.start, 3000)}\n${note.slice(span.start, lineEnd < 0 ? note.length : lineEnd)}`;
  if (!NAMES_METRICS.test(naming)) return report.claims;
  return report.claims.map((claim): ClaimReport => {
    if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
    const judgement = judgeMetricClaim(claim.left.source, claim.right.source, naming);
    if (!judgement) return claim;
    const { reason: _reason, fix: _fix, ...rest } = claim;
    if (judgement.verdict === 'holds') return { ...rest, verdict: 'holds', reading: judgement.reading };
    return { ...rest, verdict: 'fails', reading: judgement.reading, slip: judgement.reading };
  });
}
