/**
 * What follows a claim's verdict in the hover and the panel: the points an
 * identity was tried at or its counter-example, the two quantities in one
 * unit, the dimensions that differ, the reading that made a claim hold; what
 * a definition binds, and why a claim is not judged.
 * One wording for both views, so they never disagree.
 */
import { identityText, symbolName, type ClaimReport, type FormulaReport } from '../core/api/notes';
import { RELATION_SYMBOL, type NumberFormatter } from './format';

/** The parts of a claim the detail is made from. */
export type ClaimForDetail = Pick<ClaimReport, 'verdict' | 'relation' | 'reading' | 'identity' | 'units' | 'array'>;

/**
 * "at 64 random points (σ as defined earlier)", "at x = 2.589: 0.06497 vs 1.795",
 * "5.926 ms ≈ 6 ms; …", "data size (bytes) vs time (s)", "as rounded to 3
 * significant digits", "if \log is base 2" — or undefined when the verdict says it all.
 */
export function claimDetail(claim: ClaimForDetail, fmt: NumberFormatter): string | undefined {
  switch (claim.verdict) {
    case 'holds':
    case 'fails':
      // The shared identity wording starts with "holds"/"fails", which the verdict already says.
      // A claim judged another way (at the values the note states) keeps the random-point check that left it open: its counter-example is not the verdict's.
      if (claim.identity?.counterexample && claim.verdict === 'holds' && claim.reading) return claim.reading;
      if (claim.identity) return identityText(claim.identity, fmt).replace(/^(holds|fails) /, '');
      if (claim.units) return unitsDetail(claim, claim.units);
      if (claim.array && claim.verdict === 'fails') return claim.array.message;
      return claim.verdict === 'holds' ? claim.reading : undefined;
    case 'mismatch':
      if (claim.array) return claim.array.message;
      return claim.units?.message.replace(/^the sides have different dimensions: /, '');
    case 'ambiguous':
      return claim.reading;
    case 'none':
      return undefined;
  }
}

/**
 * The two quantities in one unit: "5.926 ms ≈ 6 ms", "5.926 ms = 5.9 ms, as rounded to 2
 * significant digits" (the claim's own reading, not units.ts's longer sentence, which repeats them);
 * "1.024 kB vs 1 kB" when it fails.
 */
function unitsDetail(claim: ClaimForDetail, units: NonNullable<ClaimReport['units']>): string {
  if (claim.verdict !== 'holds') return `${units.left} vs ${units.right}`;
  // units.ts compared the quantities in the unit the author wrote; when it found the claim holding too, its pair is that one.
  const both = units.message.startsWith('holds: ')
    ? units.message.slice('holds: '.length).split('; ')[0]!
    : `${units.left} ${RELATION_SYMBOL[claim.relation] ?? claim.relation} ${units.right}`;
  return claim.reading ? `${both}, ${claim.reading}` : both;
}

/** The parts of a claim that say what it defines. */
export type ClaimForDefinition = Pick<ClaimReport, 'verdict' | 'reason' | 'left' | 'right'>;

/**
 * What an unjudged claim is when its formula defines the name on its left:
 * "defines f(x), used by later formulas", "binds F = 1.3005 × 10⁷" — or
 * undefined when it is no definition (or something else kept it from a verdict).
 */
export function definitionText(claim: ClaimForDefinition, defines: FormulaReport['defines'], fmt: NumberFormatter): string | undefined {
  if (claim.verdict !== 'none' || claim.reason || claim.left.error || claim.right.error) return undefined;
  const definition = defines?.find((d) => claim.left.symbols.includes(d.name));
  if (!definition) return statedValueText(claim, fmt);
  const name = symbolName(definition.name);
  if (definition.params.length > 0) {
    const call = `${name}(${definition.params.map(symbolName).join(', ')})`;
    return definition.body ? `defines ${call}, used by later formulas` : `defines ${call} (later formulas cannot evaluate it: it has free symbols)`;
  }
  const value = claim.right.value ?? claim.left.value;
  return value === null ? `defines ${name}` : `binds ${name} = ${fmt(value)}`;
}

/** A name alone on the left of a written number (`\\alpha = 0.01`, `\\beta_1 = 0.9`): a value the note states for later formulas. */
const LONE_NAME = /^[\p{L}][\p{L}\p{N}_′]*$/u;

function statedValueText(claim: ClaimForDefinition, fmt: NumberFormatter): string | undefined {
  const { left, right } = claim;
  if (left.value !== null || left.symbols.length !== 1 || !LONE_NAME.test(left.readAs)) return undefined;
  return right.written && right.value !== null ? `binds ${left.readAs} = ${fmt(right.value)}` : undefined;
}

/** Why an unjudged claim has no verdict: its own reason, else a side's, without the "cannot evaluate: " every one starts with. */
export function undecidedReason(claim: Pick<ClaimReport, 'reason' | 'left' | 'right'>): string | undefined {
  const why = claim.reason ?? claim.left.error ?? claim.right.error;
  return why?.replace(/^(cannot evaluate: )+/, '');
}
