/**
 * `If the confidence level = 95%, $z^* = 1.96$` (ericwiener-ai-notes, a statistics exam
 * sheet): the critical value of the standard normal for the confidence level the sentence
 * names. Alone, `z^* = 1.96` gives a name a value; a careful reader checks it against the
 * table: the two-sided value Φ⁻¹(1 − (1 − c)/2) (90% → 1.6449), or the one-sided Φ⁻¹(c)
 * (90% → 1.2816) when the sentence says one-sided, one-tailed, upper or lower.
 *
 * Tables print these to three decimals and notes round the table again, so 1.645 becomes
 * 1.65 (a rounding of the rounded value), as well as 1.64 (of the exact one) or cut to 1.64.
 * A reading that may confirm, never refute: the same letters name other quantiles (a
 * t-distribution's, a one-sided test's at another level), so a value that matches no
 * reading stays undecided.
 */
import { erfc } from '../../numeric/erf';
import { sentenceBefore } from './proseBefore';
import { overallVerdict, type ClaimReport, type FormulaReport } from '../types';

/** `z^*`, `z^{\ast}`, `z_{\alpha/2}`, `z^*_{\alpha/2}`, `z_c`, `z_{crit}`. */
const CRITICAL_NAME = /^z(?:\s*(?:\^\s*(?:\*|\\ast|\{\s*(?:\*|\\ast)\s*\})|_\s*(?:c|\{\s*(?:\\alpha\s*\/\s*2|c|crit|\\text\s*\{\s*crit\s*\})\s*\})))+$/;
/** The written value: a plain positive decimal. */
const DECIMAL = /^\d+\.(\d+)$/;
/** A confidence level in prose: "confidence level = 95%", "95% confidence interval". */
const LEVEL = /(\d{2}(?:\.\d+)?)\s*(?:\\?%|percent)/g;
const SPEAKS_OF_CONFIDENCE = /confiden/i;
/** A confidence interval is two-sided unless the sentence says otherwise. */
const ONE_SIDED = /one[- ](?:sided|tailed)|upper|lower/i;

/** The report with a `z^* = c` claim judged at the level its sentence names, if it holds so. */
export function withCriticalValue(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.claims.length !== 1 || report.claims[0]!.verdict !== 'none') return report;
  const claim = report.claims[0]!;
  if (claim.relation !== '=' && claim.relation !== '\\approx') return report;
  if (!CRITICAL_NAME.test(claim.left.source.replace(/\s+/g, '').trim())) return report;
  const written = DECIMAL.exec(claim.right.source.trim());
  if (!written) return report;
  const sentence = sentenceBefore(note, start);
  if (!SPEAKS_OF_CONFIDENCE.test(sentence)) return report;
  const levels = [...sentence.matchAll(LEVEL)];
  const level = Number(levels[levels.length - 1]?.[1]) / 100;
  if (!(level > 0.5 && level < 1)) return report;
  const value = Number(claim.right.source.trim());
  const places = written[1]!.length;
  const readings: ReadonlyArray<readonly [string, number]> = [
    ['two-sided', normalQuantile(1 - (1 - level) / 2)],
    ...(ONE_SIDED.test(sentence) ? [['one-sided', normalQuantile(level)] as const] : []),
  ];
  for (const [sides, q] of readings) {
    if (!writtenAs(q, value, places)) continue;
    const held: ClaimReport = {
      ...claim,
      verdict: 'holds',
      left: { ...claim.left, value: q, symbols: [] },
      claimedSide: 'right',
      relativeError: Math.abs(q - value) / value,
      reading: `as the ${sides} critical value of the standard normal at ${levels[levels.length - 1]![1]}% confidence, ${q.toFixed(4)}`,
    };
    const claims = [held];
    const { error: _error, ...rest } = report;
    return { ...rest, claims, verdict: overallVerdict(claims) };
  }
  return report;
}

/** Whether `value`, with `places` decimals, is q rounded, cut, or rounded from a three-decimal table. */
function writtenAs(q: number, value: number, places: number): boolean {
  const round = (x: number, p: number): number => Math.round(x * 10 ** p) / 10 ** p;
  const same = (x: number): boolean => Math.abs(x - value) < 1e-9;
  return same(round(q, places)) || same(Math.trunc(q * 10 ** places) / 10 ** places) || (places < 3 && same(round(round(q, 3), places)));
}

/** Φ⁻¹(p) by bisection on Φ(x) = erfc(−x/√2)/2, good to erfc's own accuracy (≈1e-7). */
export function normalQuantile(p: number): number {
  let lo = -10;
  let hi = 10;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (0.5 * erfc(-mid / Math.SQRT2) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
