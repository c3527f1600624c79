/**
 * The words of claims for people — relations, verdicts, symbol names, and the
 * one wording of a verdict — shared by the CLI, the Problems panel, the hover
 * and the panel so that they never disagree, and cheap (no evaluator behind
 * it, so the extension may load it at activation):
 * "0.9^{50} = 0.005154, not ≈ 0.05". The computed value is shown with at
 * least two digits more than the author wrote, so a message never reads
 * "0.272, not = 0.272": a claim fails only when its value, rounded (and cut)
 * to the written digits, differs from what is written.
 */
import type { ClaimReport, IdentityCheck, Relation, Verdict } from './formula/types';

/** Formats a value; `minDigits` asks for at least that many significant digits. */
export type ValueFormatter = (x: number, minDigits?: number) => string;

/** The same relation read from the other side. */
const MIRRORED: Partial<Record<Relation, Relation>> = { '<': '>', '>': '<', '\\le': '\\ge', '\\ge': '\\le' };

/** "2^{3} = 8, not > 10": the computed side, its value, and the relation the claim asserted. */
export function failureText(claim: ClaimReport, format: ValueFormatter): string {
  if (claim.units && claim.verdict === 'mismatch') return `${claim.left.source} ${RELATION_TEXT[claim.relation]} ${claim.right.source}: ${claim.units.message}`;
  if (claim.units) return `${claim.left.source} = ${claim.units.left}, not ${RELATION_TEXT[claim.relation]} ${claim.right.source}`;
  if (claim.slip) return `${claim.left.source} ${RELATION_TEXT[claim.relation]} ${claim.right.source}: ${claim.slip}`;
  if (claim.array) return `${claim.left.source} ${RELATION_TEXT[claim.relation]} ${claim.right.source}: ${claim.array.message}`;
  if (claim.identity) return `${claim.left.source} ${RELATION_TEXT[claim.relation]} ${claim.right.source} ${identityText(claim.identity, format)}`;
  // A claim refuted by a reading, not by a value (a standard quantity on random probability models): the reading says how.
  if (claim.left.value === null && claim.right.value === null && claim.reading) return `${claim.left.source} ${RELATION_TEXT[claim.relation]} ${claim.right.source} fails ${claim.reading}`;
  const computed = claim.claimedSide === 'right' ? claim.left : claim.right;
  const claimed = claim.claimedSide === 'right' ? claim.right : claim.left;
  // The message starts from the computed side, so `10 < 2^3` reads "2^3 = 8, not > 10".
  const relation = claim.claimedSide === 'left' ? (MIRRORED[claim.relation] ?? claim.relation) : claim.relation;
  const digits = claimed.written ? claimed.written.digits + 2 : undefined;
  const value = computed.value === null ? '?' : computed.imaginary !== undefined ? complexText(computed.value, computed.imaginary, format) : format(computed.value, digits);
  return `${computed.source} = ${value}, not ${RELATION_TEXT[relation]} ${claimed.source}`;
}

/** "1.2 × 10^-16 + 2i": a complex value, each part formatted like any value. */
function complexText(re: number, im: number, format: ValueFormatter): string {
  const imaginary = `${format(Math.abs(im))}i`;
  if (re === 0) return im < 0 ? `−${imaginary}` : imaginary;
  return `${format(re)} ${im < 0 ? '−' : '+'} ${imaginary}`;
}

/**
 * How an identity fared: "holds at 64 random points", "fails at x = 0.37:
 * 0.2294 vs 0.25", with the functions it took from the note or assumed.
 */
export function identityText(check: IdentityCheck, format: ValueFormatter): string {
  const using = check.using && check.using.length > 0 ? ` (${check.using.join(', ')})` : '';
  const c = check.counterexample;
  if (!c) return `holds at ${check.points} random points${using}`;
  const at = Object.entries(c.at).map(([name, value]) => `${symbolName(name)} = ${format(value)}`).join(', ');
  const [left, right] = shownApart(c.left, c.right, format);
  return `fails at ${at}: ${left} vs ${right}${using}`;
}

/**
 * The two values with enough digits (4 or more) to show how they differ: sec²x against
 * 1 − tanh²x at x = −0.0057 is "1.000033 vs 0.9999675", never "1 vs 1" (AccumulateMore/CV).
 */
function shownApart(a: number, b: number, format: ValueFormatter): [string, string] {
  const relative = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  const digits = relative > 0 && Number.isFinite(relative) ? Math.min(17, Math.max(4, Math.ceil(-Math.log10(relative)) + 2)) : 4;
  return [format(a, digits), format(b, digits)];
}

/** "holds if \log is base 2; fails with the natural log": why an ambiguous claim is neither. */
export function ambiguityText(claim: ClaimReport): string {
  return `${claim.left.source} ${RELATION_TEXT[claim.relation]} ${claim.right.source} holds ${claim.reading ?? 'under another reading'}, and fails as read by default (say which in the note's front matter, e.g. log-base: 2)`;
}

/** Each relation as people read it: the one table every message and hover uses. */
export const RELATION_TEXT: Readonly<Record<Relation, string>> = {
  '=': '=', '\\approx': '≈', '\\sim': '∼', '\\neq': '≠', '<': '<', '>': '>', '\\le': '≤', '\\ge': '≥',
};

/**
 * Every verdict, in the order "worst first" that summaries use. `mismatch`:
 * the two sides are quantities of different dimensions (MB against ms).
 */
export const VERDICTS: readonly Verdict[] = ['fails', 'mismatch', 'ambiguous', 'holds', 'none'];

/**
 * The worst verdict over a formula's claims, in the order of VERDICTS ('none'
 * without claims). A claim that fails as written and that only the note around
 * it keeps from failing (`doubted`), while no other reading makes it hold, keeps the
 * formula from "holds": a derivation whose one wrong row the text excuses is undecided,
 * not confirmed by its other rows. So does the undecided last link of a chain between
 * numbers (`unconfirmedResult`): the result the author claims was never checked.
 */
export function overallVerdict(claims: readonly { readonly verdict: Verdict; readonly doubted?: true; readonly unconfirmedResult?: true }[]): Verdict {
  const worst = VERDICTS.find((v) => claims.some((c) => c.verdict === v)) ?? 'none';
  return worst === 'holds' && claims.some((c) => (c.doubted === true || c.unconfirmedResult === true) && c.verdict === 'none') ? 'none' : worst;
}

const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η', theta: 'θ',
  kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', rho: 'ρ', sigma: 'σ', tau: 'τ', phi: 'φ', varphi: 'φ',
  chi: 'χ', psi: 'ψ', omega: 'ω', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Sigma: 'Σ', Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  ell: 'ℓ', nabla: '∇',
};

/** Display name of an engine symbol: `h_bold` → h, `W_t_bold` → W_t, `sigma` → σ. */
export function symbolName(symbol: string): string {
  const plain = symbol.replace(/_(bold|upright|italic|script|calligraphic|fraktur|doublestruck|bold_italic)$/, '');
  return GREEK[plain] ?? plain;
}

