/**
 * A mixed number: `12\frac{34}{100}` is twelve and thirty-four hundredths, as
 * "十进制数 $12.34_{10}$ 可以表示为：$1\times10^{1}+2\times10^{0}+3\times10^{-1}+4\times10^{-2}=12\frac{34}{100}$"
 * writes it (enigmaiiiiiiii/Learning-Record-Write-By-Obsidian, sorted/Foundation/float-point.md).
 * A parser reads a whole number before a fraction as their product (12 · 0.34).
 *
 * A failing claim whose side is a whole number and a fraction of whole numbers
 * and nothing else is left undecided when read as a mixed number it holds: both
 * readings are written the same. `= 12\frac{35}{100}` still fails, under both.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const MIXED = /^\s*(\d+)\s*\\[dt]?frac\s*\{\s*(\d+)\s*\}\s*\{\s*(\d+)\s*\}\s*$/;

function mixedValue(source: string): number | undefined {
  const m = MIXED.exec(source);
  if (!m || Number(m[3]) === 0) return undefined;
  return Number(m[1]) + Number(m[2]) / Number(m[3]);
}

function holdsAsMixed(claim: ClaimReport): boolean {
  if (claim.relation !== '=') return false;
  const pairs: [string, number | null][] = [[claim.left.source, claim.right.value], [claim.right.source, claim.left.value]];
  return pairs.some(([source, other]) => {
    const mixed = mixedValue(source);
    return mixed !== undefined && other !== null && Math.abs(mixed - other) <= 1e-12 * Math.max(1, Math.abs(mixed));
  });
}

/** The report with its failing claims undecided when a side read as a mixed number makes them hold. */
export function withMixedNumbers(report: FormulaReport): FormulaReport {
  return leaveUndecided(report, (claim) => (holdsAsMixed(claim) ? 'a whole number before a fraction may be a mixed number (12 34/100 = 12.34), under which it holds' : undefined));
}
