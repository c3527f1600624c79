/**
 * E-notation typed with a caret: `955 = 608 * 1e^{10} / (24 * 3600 * 73.7 * 1e^3)`
 * (BBuf/how-to-optim-algorithm-in-cuda, an estimate of serving nodes). The author
 * means 1e10 and 1e3, as a calculator writes them; read as Euler's number the
 * claim is off by orders of magnitude. A number written right before `e^{k}`
 * with an integer k may therefore be k's power of ten.
 *
 * The reading only takes a "fails" away. With the mantissa 1 (`1e^{10}`) it is
 * the author's: nobody writes 1·e¹⁰ with its factor 1, so the claim holds when
 * it holds so. With another mantissa (`2e^{3}`) both readings are plausible,
 * and the claim is left undecided.
 */
import { judgeClaim } from '../claims';
import type { Piece } from '../split';
import type { ClaimReport, SideReport } from '../types';

/** A written number (not glued to a name, a command, a subscript or a superscript) right before `e^{k}` or `e^k`, k an integer. */
const E_POWER = /(?<![A-Za-z0-9\\._^])(\d+(?:\.\d*)?|\.\d+)\s*e\s*\^\s*(?:\{\s*([+-]?\d+)\s*\}|(\d))/g;

/** The mantissas a side writes before `e^{k}` (empty when it writes none). */
function mantissas(text: string): string[] {
  return [...text.matchAll(E_POWER)].map((m) => m[1]!);
}

/** `text` with each `<number> e^{k}` as `<number> \times 10^{k}`. */
export function asPowersOfTen(text: string): string {
  return text.replace(E_POWER, (_m, mantissa: string, braced: string | undefined, digit: string | undefined) => `${mantissa}\\times10^{${braced ?? digit}}`);
}

/**
 * `claim` unchanged unless it fails as written and a side writes `<number> e^{k}`:
 * then judged with those read as powers of ten (`evaluate` reads a side anew).
 */
export function withENotationPowers(claim: ClaimReport, pieces: readonly [Piece, Piece], evaluate: (piece: Piece) => SideReport): ClaimReport {
  if (claim.verdict !== 'fails') return claim;
  const written = pieces.flatMap((p) => mantissas(p.text));
  if (written.length === 0) return claim;
  // A side read anew keeps the author's text; its value is the one this reading gives.
  const [left, right] = pieces.map((p, k) => {
    if (mantissas(p.text).length === 0) return k === 0 ? claim.left : claim.right;
    return { ...evaluate({ ...p, text: asPowersOfTen(p.text) }), source: (k === 0 ? claim.left : claim.right).source };
  }) as [SideReport, SideReport];
  const other = judgeClaim(left, claim.relation, right);
  const ones = written.every((m) => Number(m) === 1);
  if (other.verdict === 'holds' && ones) {
    const { fix: _fix, ...held } = other;
    return { ...held, reading: `with e^{k} after a number read as 10^{k} (E-notation)${other.reading ? `, ${other.reading}` : ''}` };
  }
  // `6e^{-5} + .002 + .040 = .043` (statsthinking21-core, 06-Probability): terms shown rounded, their exact
  // sum .043. Already a doubtful reading, so its `=` may be read as `\approx` (rounded inputs) to stay undecided.
  const roughly = other.verdict !== 'holds' && !ones && claim.relation === '=' && judgeClaim(left, '\\approx', right).verdict === 'holds';
  if (other.verdict !== 'holds' && !roughly) return claim;
  const { fix: _fix, reason: _reason, ...rest } = claim;
  const how = roughly ? ' with its decimals read as rounded values' : '';
  return { ...rest, verdict: 'none', reason: `cannot evaluate: e^{k} after a number may be E-notation (× 10^k), under which the claim holds${how}` };
}
