/**
 * `32 \text{bit} \div 8 = 4 \text{Byte}` (chenyuntc/pytorch-book, Chapter3): a plain 8 between
 * bits and bytes is the number of bits in a byte, a conversion the author writes as a
 * number. Read as quantities the sides are 4 bits and 4 bytes and the claim fails; a
 * reader takes the 8 as 8 bits/byte. A failing claim that writes bits on one side and
 * bytes on the other and one bare 8 is judged again with that 8 as 8 bits/byte, and
 * holds when it holds so. It fails only when it fails both ways.
 */
import type { ClaimReport } from '../types';

const BITS = /\\(?:text|mathrm|textrm)\s*\{\s*(?:bits?|Bits?|b)\s*\}|\d\s*(?:bits?|b)(?![A-Za-z])/;
const BYTES = /\\(?:text|mathrm|textrm)\s*\{\s*(?:bytes?|Bytes?|B)\s*\}|\d\s*(?:bytes?|B)(?![A-Za-z])/;
/** A bare 8, not part of a longer number nor an exponent. */
const BARE_EIGHT = /(?<![\d.^_{]|\^\{)8(?![\d.])/g;

/** The claim as a reader takes it when its one bare 8 converts bits to bytes. */
export function withBitsPerByte(claim: ClaimReport, sides: readonly [string, string], judgeWith: (left: string, right: string) => ClaimReport): ClaimReport {
  if (claim.verdict !== 'fails') return claim;
  const [left, right] = sides;
  const mixes = (BITS.test(left) && BYTES.test(right)) || (BYTES.test(left) && BITS.test(right));
  if (!mixes) return claim;
  const eights = [left, right].map((s) => (s.match(BARE_EIGHT) ?? []).length);
  if (eights[0]! + eights[1]! !== 1) return claim;
  const k = eights[0] === 1 ? 0 : 1;
  const converted = sides.map((s, j) => (j === k ? s.replace(BARE_EIGHT, '{8\\,\\text{bits/byte}}') : s)) as [string, string];
  const again = judgeWith(converted[0], converted[1]);
  if (again.verdict !== 'holds') return claim;
  const { fix: _fix, ...rest } = again;
  return { ...rest, left: claim.left, right: claim.right, reading: 'with the 8 as the 8 bits in a byte' };
}
