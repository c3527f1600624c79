/**
 * A quotient of whole numbers that counts whole things, written as the whole number the author
 * rounds it to: "所以这个 SM 最多同时能放 $65536 / 20480=3$ 个这样的 blocks"
 * (bapixiaobb/ai-learning-notes, GPU Occupancy.md) takes the floor (3.2 blocks fit as 3), and
 * "特征图的大小为 $$W*H = (600/16) * (800/16) = 38*50$$" (senliuy/Advanced-Deep-Learning,
 * Faster R-CNN) takes the ceiling of each side of a downsampled feature map (37.5 → 38).
 *
 * A failing `=` or `\approx` claim whose computed side is a quotient of written whole numbers
 * (`a/b`, `\frac{a}{b}`, `a \div b`), or a product of such quotients and whole numbers, and
 * whose claimed side writes, factor by factor, a whole number equal to the floor or the ceiling
 * of each quotient, is left undecided when the words around the formula count whole things
 * (countCeiling.ts's words: blocks, levels, GPUs…; and feature-map sizes after downsampling).
 * `65536/20480 = 4` blocks (neither floor nor ceiling) and `(600/16)*(800/16) = 36*50` still fail,
 * and so does `65536/20480 = 3` where nothing is counted.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { countWords, COUNTS_UP } from './countCeiling';

/** Sizes of downsampled images and feature maps, which come whole. */
const WHOLE_SIZES = /\b(?:feature[-\s]maps?|down-?sampl\w*|strides?|pixels?|patch(?:es)?|tiles?|batch(?:es)?|warps?|threads?)\b|特征图|降采样|下采样|步长|像素|批次?/i;

/** A whole number as written. */
const WHOLE = String.raw`\d+`;
/** One factor of the computed side: a quotient of whole numbers, or a whole number, maybe in parentheses. */
const QUOTIENT = [
  new RegExp(String.raw`^\(?\s*(${WHOLE})\s*(?:/|\\div)\s*(${WHOLE})\s*\)?$`),
  new RegExp(String.raw`^\(?\s*\\[dt]?frac\s*\{\s*(${WHOLE})\s*\}\s*\{\s*(${WHOLE})\s*\}\s*\)?$`),
];
/** Where a product splits at its top level: `*`, `\times`, `\cdot`. */
const TIMES = /\s*(?:\*|\\times|\\cdot)\s*/;

/** The factors of `side` when it is a product (or a single factor) of whole numbers and quotients of them: each as [value, is a quotient]. */
function quotientFactors(side: string): [number, boolean][] | undefined {
  const factors = splitTopLevel(side.trim());
  const out: [number, boolean][] = [];
  for (const factor of factors) {
    const whole = /^\(?\s*(\d+)\s*\)?$/.exec(factor);
    if (whole) {
      out.push([Number(whole[1]), false]);
      continue;
    }
    const m = QUOTIENT.map((q) => q.exec(factor)).find((x) => x !== null);
    if (!m || Number(m[2]) === 0) return undefined;
    out.push([Number(m[1]) / Number(m[2]), true]);
  }
  return out.some(([, quotient]) => quotient) ? out : undefined;
}

/** `side` split at the product signs outside parentheses and braces. */
function splitTopLevel(side: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < side.length; i++) {
    const c = side[i]!;
    if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    if (depth !== 0) continue;
    const times = TIMES.exec(side.slice(i));
    if (times && times.index === 0 && times[0].trim() !== '') {
      parts.push(side.slice(from, i).trim());
      i += times[0].length - 1;
      from = i + 1;
    }
  }
  parts.push(side.slice(from).trim());
  return parts;
}

/** The whole numbers of the claimed side, factor by factor, when it writes only those. */
function wholeFactors(side: string): number[] | undefined {
  const factors = splitTopLevel(side.trim()).map((f) => /^\(?\s*(\d+)\s*\)?$/.exec(f)?.[1]);
  return factors.every((f) => f !== undefined) ? factors.map(Number) : undefined;
}

/** Whether the claim writes, factor by factor, the floor or ceiling of a quotient of whole numbers. */
function roundsQuotients(claim: ClaimReport): boolean {
  if (claim.verdict !== 'fails' || (claim.relation !== '=' && claim.relation !== '\\approx')) return false;
  const [claimed, computed] = claim.claimedSide === 'right' ? [claim.right, claim.left] : [claim.left, claim.right];
  const wholes = wholeFactors(claimed.source);
  const quotients = quotientFactors(computed.source);
  if (!wholes || !quotients || wholes.length !== quotients.length) return false;
  return quotients.every(([x, quotient], k) => {
    const n = wholes[k]!;
    return n === x || (quotient && (n === Math.floor(x) || n === Math.ceil(x)));
  });
}

/** The report with its failing claims undecided when each written whole number rounds a quotient of whole numbers that counts whole things. */
export function withWholeQuotients(note: string, start: number, end: number, report: FormulaReport): FormulaReport {
  if (!report.claims.some(roundsQuotients)) return report;
  const around = countWords(note, start, end);
  const words = (COUNTS_UP.exec(around) ?? WHOLE_SIZES.exec(around))?.[0];
  if (!words) return report;
  return leaveUndecided(report, (claim) =>
    roundsQuotients(claim) ? `a quotient of whole numbers that counts whole things ("${words}") is written rounded down or up to a whole number` : undefined,
  );
}
