/**
 * Whole-number claims the surrounding prose places in modular arithmetic:
 * "Adding 1 in binary is governed by simple rules: … $1 + 1 = 0$, with a carry
 * over of 1 to the next bit" (Vtheonly/Obsidian_Notes, Complexity and Advanced
 * Algorithms, Exercise 3 Binary Successor). In a bit, or modulo 2, 1 + 1 is 0.
 *
 * A claim between two whole numbers that fails as integers is left undecided
 * when the text around it (its paragraph before, its sentence after) names a
 * modulus (`mod 12`, `\pmod{7}`, `\mathbb{Z}_5`) and the two sides are congruent
 * modulo it. Words of bits (binary, carry, XOR, Boolean, GF(2)) name modulo 2
 * only for a claim written in the digits 0 and 1 alone: `8 + 8 + 4 = 12` network
 * bits is no bit arithmetic. `1 + 1 = 3` fails there still: it is wrong modulo 2 as well.
 * Parity (奇偶, "两个奇数相加等于偶数") and a finite field named without its order
 * ("有限域 … 如 $1+1=0$") speak of bits too: GF(2) is the field a reader takes there.
 *
 * An inverse is a fraction whose numerator and denominator are whole: in GF(5)
 * `2^{-1} = 3` holds as 2 · 3 ≡ 1 (mod 5) (a-little-bear/University-Linear-Algebra,
 * docs/part7/ch52-finite-fields.md). A side that is p/q with q ≤ 64 and prime to
 * the modulus is read as p · q⁻¹.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** Words that put the arithmetic in one bit (modulo 2). */
const SPEAKS_OF_BITS = /\b(?:binary|bits?|carry|carries|XOR|exclusive[- ]or|boolean|GF\s*\(\s*2\s*\)|parity|finite\s+fields?|galois)\b|二进制|进位|异或|奇偶|奇数|偶数|布尔|有限域/i;
/** A modulus named in prose or LaTeX. */
const NAMES_MODULUS = /(?:\\pmod\s*\{?\s*|\\bmod\s*|\\mod\s*|\bmod(?:ulo)?\s+|\\mathbb\s*\{\s*Z\s*\}\s*_\s*\{?\s*|\bGF\s*\(\s*)(\d{1,6})/gi;

const LOOK_BACK = 400;
const LOOK_AHEAD = 120;

/** A formula whose numbers are all 0 or 1 (`1 + 1 = 0`, `1 \oplus 1 = 0`). */
const ONLY_BITS = /^[^\d]*(?:(?<!\d)[01](?!\d)[^\d]*)+$/;

/** The moduli the text around [start, end) of `note` names for the formula there. */
export function moduliAround(note: string, start: number, end: number): number[] {
  const before = note.slice(Math.max(0, start - LOOK_BACK), start);
  const paragraph = before.slice(before.lastIndexOf('\n\n') + 1);
  const text = `${paragraph} ${note.slice(start, end)} ${note.slice(end, end + LOOK_AHEAD).split(/\n\s*\n/)[0]}`;
  const moduli = new Set<number>();
  if (ONLY_BITS.test(note.slice(start, end)) && SPEAKS_OF_BITS.test(text)) moduli.add(2);
  for (const m of text.matchAll(NAMES_MODULUS)) {
    const n = Number(m[1]);
    if (n >= 2) moduli.add(n);
  }
  return [...moduli];
}

function congruent(a: number, b: number, n: number): boolean {
  return (((a - b) % n) + n) % n === 0;
}

/** The largest denominator read back from a side's value: `2^{-1}` is 1/2, `3^{-2}` is 1/9. */
const MAX_DENOMINATOR = 64;

/** A side's value as a whole numerator over a small whole denominator, or undefined. */
function asFraction(value: number): readonly [number, number] | undefined {
  for (let q = 1; q <= MAX_DENOMINATOR; q++) {
    const p = Math.round(value * q);
    if (Number.isSafeInteger(p) && Math.abs(p - value * q) < 1e-9 * Math.max(1, Math.abs(p))) return [p, q];
  }
  return undefined;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

function modularModulus(claim: ClaimReport, moduli: readonly number[]): number | undefined {
  if (claim.relation !== '=') return undefined;
  const [a, b] = [claim.left.value, claim.right.value];
  if (a === null || b === null) return undefined;
  const [fa, fb] = [asFraction(a), asFraction(b)];
  if (fa === undefined || fb === undefined) return undefined;
  // p₁/q₁ ≡ p₂/q₂ (mod n) when p₁q₂ ≡ p₂q₁, both denominators invertible modulo n.
  return moduli.find((n) => gcd(fa[1], n) === 1 && gcd(fb[1], n) === 1 && congruent(fa[0] * fb[1], fb[0] * fa[1], n));
}

/** The report with its failing whole-number claims undecided when the text around them names a modulus they agree under. */
export function withModularContext(note: string, start: number, end: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  const moduli = moduliAround(note, start, end);
  if (moduli.length === 0) return report;
  return leaveUndecided(report, (claim) => {
    const n = modularModulus(claim, moduli);
    if (n === undefined) return undefined;
    const why = n === 2 ? 'in one bit (modulo 2), as the text around it speaks of binary digits' : `modulo ${n}, which the text around it names`;
    return `it fails with whole numbers but holds ${why}`;
  });
}
