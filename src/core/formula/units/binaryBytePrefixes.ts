/**
 * `4096^2 \times 4 \text{ bytes} = 64\text{ MB}` (Gaurav14cs17/ml-researcher-foundations,
 * 06_deep_learning/04_architectures/01_attention/README.md): 67,108,864 bytes are
 * 67.1 MB with MB = 10⁶ bytes, and exactly 64 MB with MB = 2²⁰ bytes, as memory sizes
 * are often written (RAM, GPU memory, tensor sizes). units.ts reads MB, GB, TB and PB
 * in powers of 1000 (KB keeps both readings there); a claim that fails so but holds
 * with every such prefix on bytes read in powers of 1024 (MB → MiB, GB → GiB, …) holds,
 * naming the binary reading. A claim that fails both ways still fails, and one that
 * holds in powers of 1000 is never looked at again.
 */
import type { ClaimReport } from '../types';

/** A decimal prefix on bytes: `MB`, `GB/s`, `\text{TB}`; not bits (b), not a bare B, not part of a longer word. */
const DECIMAL_BYTES = /(?<![A-Za-z])([kKMGTP])B(?![A-Za-z])/g;

function decimalBytesIn(text: string): string[] {
  return [...text.matchAll(DECIMAL_BYTES)].map((m) => `${m[1]}B`);
}

/** `text` with each decimal byte prefix made binary: MB → MiB, kB and KB → KiB. */
function toBinaryBytes(text: string): string {
  return text.replace(DECIMAL_BYTES, (_m, prefix: string) => `${prefix.toUpperCase()}iB`);
}

/**
 * `claim` read again when it fails (as judged by units.ts) and writes a decimal prefix
 * on bytes: `judgeWith` — the same judge — on the sides' LaTeX in binary prefixes. A
 * note's GB may be GiB, so the claim holds when it holds so, within the rounding the
 * author wrote, and the reading says which prefixes made it hold; it fails only when
 * neither reading holds.
 */
export function withBinaryByteReading(claim: ClaimReport, sides: readonly [string, string], judgeWith: (left: string, right: string) => ClaimReport): ClaimReport {
  if (claim.verdict !== 'fails') return claim;
  const names = [...new Set(sides.flatMap(decimalBytesIn))];
  if (names.length === 0) return claim;
  const binary = judgeWith(toBinaryBytes(sides[0]), toBinaryBytes(sides[1]));
  if (binary.verdict !== 'holds') return claim;
  const said = names.join(' and ');
  const { fix: _fix, ...rest } = binary;
  return { ...rest, left: claim.left, right: claim.right, reading: `with ${said} in powers of 1024 (${names.map((n) => `${n[0]!.toUpperCase()}iB`).join(', ')}), as memory sizes are often written` };
}
