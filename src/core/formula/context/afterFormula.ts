/**
 * What the author wrote right after the closing `$`, read as part of the claim:
 *
 * - `$e^{-1} \approx 36$%`, `$9/9 = 100$th percentile`, `$$…=83.3%$$` (a `%` TeX reads as a comment): a percent. A claim about the
 *   formula's last number that fails as written but holds as a percentage is read as one.
 * - `$56^4 = 9.8$ million`, `$4096 \times 4096 \approx 1600$ 万`, `$4 \times 512^2 \approx 1.05$M`: a number word or letter (cjkScaleWords.ts
 *   for Chinese, Japanese and Korean), which scales the claimed number by itself.
 * - `$70 \times 10^9 \times 2 = 140$ GB`, `$2 \times 256 \times 32,000 \approx 16.4$ MegaFLOPs`: a unit in prose. The computed side
 *   counts bytes and the claimed number gigabytes, so the claim is judged with the
 *   claimed number scaled by every power of 1000 and of 1024 (a note's GB may be
 *   GiB): it holds when one scale makes it hold, and fails only when none does.
 */
import { judgeClaim } from '../claims';
import { cjkScaleAfter } from './cjkScaleWords';
import { overallVerdict, type ClaimReport, type FormulaReport, type SideReport } from '../types';

/** A percent sign, the word, or an ordinal percentile right after the formula. */
const PERCENT_AFTER = /^(?:%|\s*percent\b|(?:th|st|nd|rd)\s+percentile\b)/i;
/** An unescaped `%` after the formula's last number, inside it (`=83.3%` then `$$`): TeX drops it as a comment, its author meant percent. */
const PERCENT_LAST_INSIDE = /\d\s*%\s*\$+$/;
/** A number word after the formula (`$10^{10} = 10$ billion`). */
const NUMBER_WORD_AFTER = /^\s+(thousand|million|billion|trillion)\b/i;
const NUMBER_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** The text a formula ends with (`35\text{억 가지 경우}`). */
const TRAILING_TEXT = /\d\s*\\(?:text|mbox|textrm)\s*\{([^{}]*)\}\s*$/;
/** A magnitude letter glued after the formula (`$4 \times 512^2 \approx 1.05$M` parameters, ulink-deep-learning-club handouts). */
const MAGNITUDE_LETTER_AFTER = /^[ \u00a0]?([kKMBG])(?![A-Za-z0-9])/;
const MAGNITUDE_LETTERS: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9, G: 1e9 };
/** Unit words of the sizes, rates and times notes on training write after a number. */
const UNIT_AFTER = /^[ \u00a0]?(?:[kKMGTPE]i?B|(?:[kKMGTPE]|(?:[Kk]ilo|[Mm]ega|[Gg]iga|[Tt]era|[Pp]eta|[Ee]xa)-?)?(?:bytes?|FLOP[sS]?)|[kKMGTPE]?b(?:it)?s?|[kKMGTPE]?FLOP[sS]?|[kKMGTP]?Hz|[mµμun]?s|sec(?:ond)?s?|params?|parameters|tokens?)(?![A-Za-z0-9])/;

/** Powers of 1000 and of 1024 from 10⁻¹⁵ to 10¹⁸ (ms to EB), but not 1: the plain reading is the claim as written. */
const SCALES: readonly number[] = [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6].flatMap((k) => [1000 ** k, 1024 ** k]);

type Reread = (claim: ClaimReport, right: SideReport) => ClaimReport;

/** The report with the readings the text after the formula (`note` from `end`) allows. */
export function withTextAfter(note: string, end: number, whole: FormulaReport): FormulaReport {
  const report = withScaleWordsInside(whole);
  const after = note.slice(end, end + 40);
  if (PERCENT_AFTER.test(after) || PERCENT_LAST_INSIDE.test(note.slice(Math.max(0, end - 40), end))) return rereadLastClaim(report, asPercent);
  if (restatedAsPercent(note.slice(end, end + RESTATED_REACH), report)) return rereadLastClaim(report, asPercent);
  const word = NUMBER_WORD_AFTER.exec(after)?.[1]?.toLowerCase();
  if (word) return rereadLastClaim(report, timesWord(word, [NUMBER_WORDS[word]!]));
  // `3^{20} \approx 35\text{억 가지 경우}` (JunHyeong-data/ML-DL-Study): the word set as text inside the formula, after its last number.
  const cjk = cjkScaleAfter(after) ?? cjkScaleAfter(TRAILING_TEXT.exec(report.source)?.[1] ?? '');
  if (cjk) return rereadLastClaim(report, timesWord(cjk.word, cjk.scales));
  const letter = MAGNITUDE_LETTER_AFTER.exec(after)?.[1];
  if (letter) return rereadLastClaim(report, timesWord(letter, [MAGNITUDE_LETTERS[letter]!]));
  const unit = UNIT_AFTER.exec(after)?.[0].trim();
  return unit ? rereadLastClaim(report, scaledBy(unit)) : report;
}

/** A CJK magnitude character anywhere in the formula: the cheap test before the sides are looked at. */
const CJK_SCALE_CHAR = /[万萬亿億兆千만억조]/;
/** A text group right after a side (`1.17 \text{ 亿}, \quad …`): its words. */
const TEXT_AFTER_SIDE = /^\s*\\(?:text|mbox|textrm)\s*\{([^{}]*)\}/;

/**
 * `7 \times 4096^2 \approx 1.17 \text{ 亿}, \quad 32 \text{ 层} \approx 37.5 \text{ 亿}` (Losirgithub/dl-llm-learning,
 * dl-llm-course/04_llm_engineering/04_inference_vllm_notes.md): the magnitude word is set as text right after a
 * number in the middle of the formula, not only at its end, and the reader drops the text group, so the side
 * reads 1.17. A claim that fails on such a side is re-judged with the number scaled by the word (亿 = 10⁸);
 * as after the formula, the word only rescues a claim that holds under it, and a wrong one still fails.
 */
function withScaleWordsInside(report: FormulaReport): FormulaReport {
  if (!CJK_SCALE_CHAR.test(report.source) || !report.claims.some((claim) => claim.verdict === 'fails')) return report;
  let changed = false;
  const claims = report.claims.map((claim) => {
    const right = claim.right;
    if (claim.verdict !== 'fails' || claim.claimedSide !== 'right' || !right.written || right.value === null) return claim;
    const text = TEXT_AFTER_SIDE.exec(report.source.slice(right.offset + right.source.length))?.[1];
    const cjk = text === undefined ? undefined : cjkScaleAfter(text.trimStart());
    if (!cjk) return claim;
    const next = timesWord(cjk.word, cjk.scales)(claim, right);
    changed ||= next !== claim;
    return next;
  });
  return changed ? { ...report, claims, verdict: overallVerdict(claims) } : report;
}

/** How far after the formula a restatement of its result as a percent is looked for (the next sentence or line). */
const RESTATED_REACH = 240;

/**
 * `$P(A_1|E) = \dfrac{99.9 * 0.01}{99.9 * 0.01 + 0.01 * 99.9} = 50$` then "Thus, having a positive result
 * means that there is a 50% chance" (Egjfour/dsti-course-notes, Statistics and Probability/Probability/
 * Conditional Probability and Independence.md): the formula's last number, a plain number, written again
 * with % in the text that follows, before any other formula. The claim is read as a percentage (it holds
 * only when the computed value is that number over 100).
 */
function restatedAsPercent(after: string, report: FormulaReport): boolean {
  const last = report.sides[report.sides.length - 1]?.source.trim() ?? '';
  if (!/^\d+(?:\.\d+)?$/.test(last)) return false;
  const prose = after.split('$')[0]!;
  // A text test before the pattern is built: most prose after a formula names no percent.
  if (!prose.includes('%') && !prose.includes('percent') && !prose.includes('per cent')) return false;
  return new RegExp(`(?<![\\d.,])${last.replace('.', '\\.')}\\s*(?:\\\\?%|percent\\b|per cent\\b)`).test(prose);
}

function asPercent(claim: ClaimReport, right: SideReport): ClaimReport {
  const percent = judgeClaim(claim.left, claim.relation, { ...right, value: right.value! / 100, written: { ...right.written!, style: 'percent' } });
  return percent.verdict === 'holds' ? { ...percent, right, reading: 'as a percentage (a percent follows the formula)' } : claim;
}

function timesWord(word: string, scales: readonly number[]): Reread {
  return (claim, right) => {
    for (const scale of scales) {
      const scaled = judgeClaim(claim.left, claim.relation, { ...right, value: right.value! * scale });
      if (scaled.verdict === 'holds') return { ...scaled, right, reading: `in ${word}s (the word follows the formula)` };
    }
    return claim;
  };
}

/**
 * The computed side is brought into the unit (divided by the scale), not the written number out of
 * it: its digits are the author's in that unit. `(128 + 1{,}048{,}576 / 128) \\times 1024 \\approx 8.1`
 * MiB (vllm-project/vllm-project.github.io, _posts/2026-04-24-deepseek-v4.md) is 8.125 MiB, whose two
 * digits are 8.1, though 8.1 × 1024² = 8,493,465.6 and 8,519,680 to two digits is 8,500,000.
 */
function scaledBy(unit: string): Reread {
  return (claim, right) => {
    const left = claim.left;
    for (const scale of SCALES) {
      const inUnit = { ...left, value: left.value! / scale, ...(left.roundingError === undefined ? {} : { roundingError: left.roundingError / scale }) };
      const scaled = judgeClaim(inUnit, claim.relation, right);
      if (scaled.verdict === 'holds') return { ...scaled, left, right, reading: `with the ${unit} after the formula (× ${formatScale(scale)})` };
    }
    return claim;
  };
}

function formatScale(scale: number): string {
  const k = Math.round(Math.log(scale) / Math.log(1024));
  return Math.abs(1024 ** k - scale) < 1e-9 * scale ? `1024^${k}` : `10^${Math.round(Math.log10(scale))}`;
}

/** Re-judge the claims whose written right side is the formula's last side and that fail as written. */
function rereadLastClaim(report: FormulaReport, reread: Reread): FormulaReport {
  const last = report.sides[report.sides.length - 1];
  let changed = false;
  const claims = report.claims.map((claim) => {
    const right = claim.right;
    if (claim.verdict !== 'fails' || claim.claimedSide !== 'right' || right !== last || !right.written || right.value === null) return claim;
    const next = reread(claim, right);
    changed ||= next !== claim;
    return next;
  });
  return changed ? { ...report, claims, verdict: overallVerdict(claims) } : report;
}
