/**
 * Adam's bias correction written with the wrong power (tensorflow/docs, the Adam pseudo-code of
 * site/en/guide/core/optimizers_core.ipynb):
 *
 *     v_{dv}^{bc} = \frac{V_{dv\_i}}{(1-\beta_1)^t} \; \triangleright \text{momentum bias correction}
 *
 * An exponential moving average started at 0 has, after t steps, the weight 1 − β^t on its inputs:
 * the correction divides by 1 − β^t (Kingma & Ba 2015, Algorithm 1). (1 − β)^t is no reading of it:
 * it is already (1 − β) at t = 1 and shrinks towards 0, so the "corrected" average grows without
 * bound. The formula fails only when the words "bias correction" (or "bias-corrected") are in it,
 * on its line or in the two written lines before: a division by (1 − β)^t elsewhere is the note's own quantity.
 */
import type { ClaimReport, FormulaReport } from '../types';

/** The cheap test: a `\beta` raised to `t` somewhere after a `(1 -`. */
export const WRITES_BETA_POWER = /\(\s*1\s*-\s*\\beta[^)]*\)\s*\^/;
/** A side that divides by (1 − β)^t: `\frac{m_t}{(1-\beta_1)^t}`, `m_t / (1 - \beta_1)^{t}`. */
const DIVIDES_BY_POWER_OF_ONE_MINUS_BETA = /(?:\\frac\s*\{(?:[^{}]|\{[^{}]*\})*\}\s*\{\s*\{?|\/\s*)\(\s*1\s*-\s*\\beta\s*(?:_\s*\{?\s*\w\s*\}?)?\s*\)\s*\}?\s*\^\s*\{?\s*t\s*\}?\s*\}?\s*(?:\\[;,!]|\\triangleright|\\quad|\s)*$/;
const SAYS_BIAS_CORRECTION = /bias[-\s]*correct/i;

/** The claims whose right side divides by (1 − β)^t, judged "fails" when the formula's line calls it a bias correction. */
export function withBiasCorrection(note: string, start: number, end: number, report: FormulaReport): FormulaReport['claims'] {
  const lineEnd = note.indexOf('\n', end);
  if (!SAYS_BIAS_CORRECTION.test(`${linesBefore(note, start)}\n${note.slice(start, lineEnd < 0 ? note.length : lineEnd)}`)) return report.claims;
  return report.claims.map((claim) => (claim.relation === '=' && claim.verdict === 'none' && DIVIDES_BY_POWER_OF_ONE_MINUS_BETA.test(withoutTrailingText(claim.right.source)) ? refuted(claim) : claim));
}

/** The formula's line up to it and the two written lines before (blank lines skipped): where its name stands. */
function linesBefore(note: string, start: number): string {
  const lines = note.slice(Math.max(0, start - 1000), start).split('\n');
  const own = lines.pop() ?? '';
  return [...lines.filter((l) => l.trim() !== '').slice(-2), own].join('\n');
}

/** The side without a `\text{…}` comment after it. */
function withoutTrailingText(side: string): string {
  return side.replace(/(?:\\triangleright|\\quad|\\;|\s)*\\text\s*\{[^{}]*\}\s*$/, '').trim();
}

function refuted(claim: ClaimReport): ClaimReport {
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'fails', reading: "as Adam's bias correction, which divides by 1 − β^t, not by (1 − β)^t" };
}
