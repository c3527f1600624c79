/**
 * `D_{\text{syn}} = 60 \times 10{,}000 = 600\text{k 条},\quad \text{scale} \approx 100\times`
 * (jiabingyang01/llm-paper-notes, papers/06-embodied-ai/data-synthesis/RoboCasa365_2026.md): a magnitude
 * letter (k, K, M, B) opening the text set right after a claimed number scales it — 600k — and a reading
 * that drops the text as a label compares 600 000 with 600. The claim is left undecided (the letter may
 * also be a unit: B bytes, M metres); a claimed number with plain text after it keeps its verdict.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** The letter of a magnitude opening a text group, then a space, a non-Latin word (a classifier) or the group's end. */
const MAGNITUDE_TEXT = String.raw`\s*\\(?:text|mathrm|textrm|mbox)\s*\{\s*[kKMB](?:\s|[^\x00-\x7F]|\})`;

/** The report with a failing claim undecided when its claimed number is followed by a magnitude letter set as text. */
export function withMagnitudeInText(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !report.source.includes('text')) return report;
  return leaveUndecided(report, (claim) => {
    const claimed = (claim.claimedSide === 'right' ? claim.right : claim.left).source.trim();
    if (!/^\d[\d.,{}]*$/.test(claimed)) return undefined;
    const escaped = claimed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\d.])${escaped}${MAGNITUDE_TEXT}`).test(report.source)
      ? `the text after ${claimed} opens with a magnitude letter (k, M, B), which scales it`
      : undefined;
  });
}
