/**
 * A plain computation against a size, an amount of compute or a time:
 * `2 \cdot 1 \cdot 32768 \cdot 32 \cdot 128 \cdot 2 = 512 \text{ MB}` and
 * `6 \times 70 \times 10^9 \times 1.4 \times 10^{12} = 5.9 \times 10^{23} \text{ FLOPs}`
 * (ttsugriy/distributed-training-book): the left side counts bytes, FLOP or seconds,
 * and the author names the unit once, on the result. Read so only to let the claim
 * hold — in bytes, or with the prefixes binary (a memory's MB is often MiB). When no
 * such reading holds, the claim stays undecided as before: the count may be in other
 * units (`70 \times 2 = 140 \text{ GB}`, billions of parameters at 2 bytes), so a
 * failing count reading proves nothing.
 */
import type { Relation } from '../types';

/** The unit a plain count is taken in, by the other side's dimension key. */
const COUNT_UNITS: Readonly<Record<string, string>> = { 'BIT^1': 'B', 'FLOP^1': 'FLOP', 'TIME^1': 's' };

interface Judged {
  readonly verdict: string;
  readonly message: string;
}

/** `\text{ MB}` as `\text{ MiB}`, `8 \text{ KB}` as `8 \text{ KiB}`: decimal byte prefixes read as binary. */
function binaryPrefixes(side: string): string {
  return side.replace(/(?<![A-Za-z])([KMGTPE])(B|bytes?)(?![A-Za-z])/g, (_m, prefix: string, unit: string) => `${prefix}i${unit}`);
}

/**
 * The report of `left relation right` with the plain `left` read as a count in the unit of
 * `right`'s dimension (`rightKey`), when one reading makes it hold; undefined otherwise.
 */
export function countReadingThatHolds<R extends Judged>(
  judge: (left: string, relation: Relation, right: string) => R,
  left: string,
  relation: Relation,
  right: string,
  rightKey: string,
): R | undefined {
  const unit = COUNT_UNITS[rightKey];
  if (unit === undefined) return undefined;
  const counted = `(${left})\\,\\text{${unit}}`;
  const binary = binaryPrefixes(right);
  for (const side of binary === right ? [right] : [right, binary]) {
    const report = judge(counted, relation, side);
    if (report.verdict === 'holds') {
      const how = side === right ? '' : ', with binary prefixes';
      return { ...report, message: `${report.message} (the left side read as a count of ${unit}${how})` };
    }
  }
  return undefined;
}
