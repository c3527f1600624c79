/**
 * A chain that names a rounding once and then computes: `T_c=向上取整(N/B_c)=1024/768=2`
 * (BBuf/how-to-optim-algorithm-in-cuda, FlashAttention's block count: 向上取整 is
 * "round up"), `n = \lceil N/B \rceil = 1000/64 = 16`. The author writes the
 * rounding on the symbolic side and carries it through the numbers: the last
 * step says ⌈1.333⌉ = 2, not 1.333 = 2. A claimed integer that the named
 * rounding of the computed value gives holds, with the reading named; any other
 * value still fails. The reading only takes a "fails" away.
 */
import type { ClaimReport } from '../types';

type Rounding = 'up' | 'down' | 'nearest';

/** Roundings as notes name them: TeX's brackets, code's names, the Chinese words (向上取整 up, 向下取整 down, 四舍五入 to nearest, 取整 to an integer). */
const NAMED: ReadonlyArray<readonly [RegExp, readonly Rounding[], string]> = [
  [/\\lceil|⌈|向上取整|(?<![A-Za-z])ceil(?:ing)?(?![A-Za-z])/i, ['up'], 'rounded up'],
  [/\\lfloor|⌊|向下取整|(?<![A-Za-z])floor(?![A-Za-z])/i, ['down'], 'rounded down'],
  [/四舍五入|(?<![A-Za-z])round(?![A-Za-z])/i, ['nearest'], 'rounded'],
  [/(?<![向上下])取整/, ['down', 'nearest'], 'rounded to an integer'],
];

const APPLY: Readonly<Record<Rounding, (x: number) => number>> = { up: Math.ceil, down: Math.floor, nearest: Math.round };

/**
 * `claim` unchanged unless it fails as written, its claimed side is a written
 * integer on the right, and a side before it in the chain (`before`) names a
 * rounding that turns the computed value into that integer.
 */
export function withChainRounding(claim: ClaimReport, before: readonly string[]): ClaimReport {
  if (claim.verdict !== 'fails' || claim.relation !== '=' || claim.claimedSide !== 'right') return claim;
  const value = claim.left.value;
  const claimed = claim.right.value;
  if (value === null || claimed === null || !claim.right.written || !Number.isInteger(claimed) || Number.isInteger(value)) return claim;
  const text = before.join(' ');
  for (const [pattern, roundings, said] of NAMED) {
    const name = pattern.exec(text)?.[0];
    if (name && roundings.some((r) => APPLY[r](value) === claimed)) {
      const { fix: _fix, reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'holds', relativeError: 0, reading: `${said}, as the chain's ${name} says` };
    }
  }
  return claim;
}
