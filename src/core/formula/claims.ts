/**
 * Judges one relation between two evaluated sides.
 *
 * - `\approx` holds when the computed value, rounded to as many significant
 *   digits as the author wrote, equals the number written (1.5^100 ≈ 4×10^17
 *   holds; 0.9^50 ≈ 0.05 fails). The written number is the right side when it
 *   is a plain number, else the left; when neither is, the sides must agree
 *   to 3 significant digits (relative error ≤ 5×10^-3).
 * - `=` holds to 1e-12 relative; `\neq` is its negation; `<`, `>`, `\le`,
 *   `\ge` compare the float64 values. ±∞ equals only itself.
 * - Rounding: each side carries a bound of what float64 rounding may have
 *   changed (`roundingError`, interpret.ts); the true value lies within twice
 *   it (ROUNDING_FACTOR: library functions are faithful to 1 ulp, not ½).
 *   When those intervals together are below the 1e-12 tolerance of `=`, the
 *   float64 values are judged as they are. Otherwise a verdict is given only if
 *   every pair of values within the intervals gives the same one, and else the
 *   claim is undecided (verdict none, with a reason that, like every
 *   reason for none, starts "cannot evaluate: "): sin(π) = 0 is
 *   1.2e-16 ± 7.0e-16, so neither = 0 nor ≠ 0 is decided, while
 *   2^{53}+1−2^{53} = 3 (0 ± 2) fails. A false claim never holds because
 *   float64 rounded it true.
 */
import { DECIMAL_IN_SIDE, readWrittenNumber, significantDigits, type NumberStyle } from './literal';
import { latexNumber } from './latexNumber';
import { hasSlashBeforeProduct } from './read/grouping';
import { ROUNDING_FACTOR } from './evaluate/errorBounds';
import { isArrayClaim, judgeArrayClaim } from './matrices/matrixClaims';
import type { ClaimReport, QuickFix, Relation, SideReport, Verdict } from './types';
import { contradictionShown } from './identity/otherReadings';
import { decimalPlacesWritten, roundsAtPlace } from './rounding/decimalPlaces';
import { authorRoundings, type Reading } from './rounding/authorRounding';
import { roundsToCoefficient } from './rounding/roundedMultiple';
import { inheritedRounding, LONG_INPUT_DIGITS, withinOneLastDigit } from './rounding/lastDigitSlack';

const EQUAL_TOLERANCE = 1e-12;
/** A relative gap below which a claim's sides differ by the evaluation's own error (numerical derivatives, limits), not by a rounding. */
const EVALUATION_NOISE = 1e-9;
const LOOSE_APPROX_TOLERANCE = 5e-3;

/** The verdict of `left relation right`. */
export function judgeClaim(left: SideReport, relation: Relation, right: SideReport): ClaimReport {
  if (isArrayClaim(left, right)) return judgeArrayClaim(left, relation, right, judgeClaim);
  const claimedSide = right.writtenDigits !== undefined || left.writtenDigits === undefined ? 'right' : 'left';
  const base = { relation, left, right, claimedSide } as const;
  if (left.value === null || right.value === null) return { ...base, verdict: 'none', relativeError: null };
  if (relation === '=' && contradictionShown(left.source, right.source)) return { ...base, verdict: 'none', relativeError: null, reason: 'cannot evaluate: a contradiction shown (0 against a nonzero number), not a claim' };
  // `10\\% \\sim 100\\%`, `0.5 \\sim 2`: a range between two written numbers, not a claim.
  // `\\boxed{1} \\sim \\boxed{4}`: the blanks 1 to 4 of an exam question, a range of labels.
  if (relation === '\\sim' && (left.written || BOXED_LABEL.test(left.source))) return { ...base, verdict: 'none', relativeError: null };
  const claimed = claimedSide === 'right' ? right : left;
  const computed = claimedSide === 'right' ? left : right;
  const v = computed.value as number;
  const relativeError = relError(v, claimed.value as number);
  const l = left.value;
  const r = right.value;
  const reach = { left: ROUNDING_FACTOR * (left.roundingError ?? 0), right: ROUNDING_FACTOR * (right.roundingError ?? 0) };
  const total = reach.left + reach.right;
  const finite = Number.isFinite(l) && Number.isFinite(r);
  const accurate = !finite || total <= EQUAL_TOLERANCE * Math.max(Math.abs(l), Math.abs(r));
  // `<`, `>` and the digits of `\approx` have no tolerance to absorb rounding: even an accurate
  // 0.1 + 0.2 > 0.3 is decided on the intervals (there, none). With no rounding at all both ways agree.
  const asWritten = !finite || (accurate && relation !== '<' && relation !== '>' && relation !== '\\approx');
  // `\\sim` is never meant exactly: its readings alone decide it.
  const plain: Verdict = relation === '\\sim'
    ? 'fails'
    : asWritten
      ? decide(relation, l, r, v, claimed, relativeError) ? 'holds' : 'fails'
      : decideWithin(relation, { l, r, ...reach }, v, claimed);
  const other = plain === 'holds' || !finite ? undefined : otherReadings(relation, claimed, v, total, computed.source);
  const verdict = combine(plain, other);
  const reading = verdict === 'holds' && plain !== 'holds' ? other?.find((o) => o.verdict === 'holds')?.name : undefined;
  const judged = reading ? { ...base, verdict, relativeError, reading } : { ...base, verdict, relativeError };
  if (verdict === 'none') {
    const borderline = other?.find((o) => o.verdict === 'none');
    if (plain !== 'none' && borderline) return { ...judged, reason: `cannot evaluate: it fails as written, but read ${borderline.name} it is borderline` };
    return { ...judged, reason: undecided(relation, l, r, total, claimed) };
  }
  if (verdict === 'fails' && hasSlashBeforeProduct(computed.source)) return { ...judged, verdict: 'none', reason: GROUPING_UNDECIDED };
  // `0.1 + 0.2 \neq 0.3` "due to floating-point representation limits": equal numbers, different doubles.
  if (verdict === 'fails' && relation === '\\neq' && l !== r) {
    return { ...judged, verdict: 'none', reason: `cannot evaluate: the sides are equal, but not in float64 arithmetic (${l} against ${r}), which the note may mean` };
  }
  if (verdict === 'fails' && [left.source, right.source].some(eNotationBesideEuler)) {
    return { ...judged, verdict: 'none', reason: 'cannot evaluate: with Euler\'s e in the formula, 6e-8 may be 6e − 8 rather than 6 × 10⁻⁸' };
  }
  if (verdict === 'fails' && negatedPower(computed.source)) {
    return { ...judged, verdict: 'none', reason: 'cannot evaluate: a·-b^2 may mean a·(-b)^2 or a·-(b^2); it fails read as -(b^2)' };
  }
  // A fix writes the computed value, which is only worth writing when rounding cannot have moved it far.
  const fix = verdict === 'fails' && accurate ? quickFix(relation, claimed, v) : undefined;
  return fix ? { ...judged, fix } : judged;
}

/**
 * The reason of a claim that fails as a calculator reads `a/b·c`; analyze.ts
 * then tries a/(b·c), which authors often mean (grouping.ts).
 */
export const GROUPING_UNDECIDED = 'cannot evaluate: a/b·c may mean (a/b)·c or a/(b·c); it fails read left to right, the way calculators do';

/** A boxed or bracketed whole number alone (`\\boxed{1}`, `(3)`): a label or a blank to fill, not a quantity. */
const BOXED_LABEL = /^\s*(?:\\boxed\s*\{\s*\d+\s*\}|\(\s*\d+\s*\))\s*$/;
/** `6e-8`, `2e+3`: e-notation, or a multiple of Euler's e minus a number. */
const E_NOTATION = /\de[-+]?\d/;
/** An e standing alone, not after a digit or a letter (`8+e`, `\\frac{e}{2}`): Euler's number. */
const LONE_E = /(?<![\\A-Za-z\d.])e(?![A-Za-z])/;

/** `\\frac{8+e}{6e-8}`: where the formula uses Euler's e alone, `6e-8` may be 6e − 8, not 6 × 10⁻⁸. */
function eNotationBesideEuler(source: string): boolean {
  return E_NOTATION.test(source) && LONE_E.test(source);
}

/** `6\\times -0.4472136^2`: a signed number after an operator, raised to a power, which authors often mean as (-b)^2. */
function negatedPower(source: string): boolean {
  return /(?:\\times|\\cdot|\*|\/)\s*-\s*[\d.]+\s*\^/.test(source);
}


/**
 * The readings besides the plain one that a written number allows (docs/readings/rounding.md):
 * `= 0.272` and `\\approx 0.7\\ldots` as rounded or truncated at the last written digit,
 * `= 10^{12}` and `\\sim 10^{3}` as an order of magnitude, and `\\sim` as "within a factor of a few".
 */
function otherReadings(relation: Relation, claimed: SideReport, computed: number, reach: number, computedSource: string): Reading[] | undefined {
  const written = claimed.written;
  if (relation === '\\approx' && !written) return roundedInputsReading(claimed, computed, reach, computedSource);
  if (!written || (relation !== '=' && relation !== '\\approx' && relation !== '\\sim')) return undefined;
  if (!Number.isFinite(reach)) return undefined;
  const value = claimed.value as number;
  const [lo, hi] = [computed - reach, computed + reach];
  const digits = written.digits;
  const plural = digits === 1 ? '' : 's';
  const readings: Reading[] = [];
  if (written.style === 'power' || relation === '\\sim') readings.push({ name: 'as an order of magnitude', verdict: orderOfMagnitude(lo, hi, value) });
  // A plain integer against an integer value is a count: `2^{10} = 1000` fails. Any other written number
  // may be rounded: `= 0.272`, `= 1.3e8`, and the 240 written for 240.24. `\\approx` reads digits so already.
  const scientific = written.style !== 'plain' && written.style !== 'power' && written.style !== 'percent';
  const approximate = written.fractional || scientific || written.style === 'power' || !Number.isInteger(computed);
  // Under `=`, a plain integer of one significant digit is not a rounding of exact inputs: `\\frac12 a + \\frac34 b = 1`
  // at 1.25 and `2 \\cdot 28672 / 2550 = 20` (22.5) are slips; an author who rounds that far writes `\\approx`.
  // From rounded decimals (`6 \\times 0.89442719^2 + … = 7`) it is the exact value the decimals stand for, and
  // within a few parts in 10^9 (a numerical derivative's `f'(1) = 2` at 2 ± 1.5e-13) or within the evaluation's own
  // error bound (a third derivative's `f'''(1) = 6` at 6 ± 1.4e-6) the evaluation's own error.
  const inputs = inputDigits(computedSource);
  const oneDigitCount = relation === '=' && written.style === 'plain' && !written.fractional && digits === 1 && Number.isInteger(value)
    && inputs === undefined && relError(computed, value) > EVALUATION_NOISE && Math.abs(computed - value) > reach;
  if (relation !== '\\approx' && approximate && !oneDigitCount) {
    readings.push({ name: `as rounded to ${digits} significant digit${plural}`, verdict: overInterval(lo, hi, (x) => roundsAbove(x, digits, value)) });
  }
  // `\\approx 0.001` for 0.000658: rounded at its last written decimal place (decimalPlaces.ts).
  const places = decimalPlacesWritten(claimed.source);
  if (relation !== '\\sim' && places !== undefined && value !== 0) {
    readings.push({ name: `as rounded to ${places} decimal place${places === 1 ? '' : 's'}`, verdict: overInterval(lo, hi, (x) => roundsAtPlace(x, places, value)) });
  }
  // Cutting is a reading for two digits or more (`0.666`, `16e9` for 1.66e10, 4377 for 4377.8), or after `\\ldots`.
  if (written.continued || (digits >= 2 && approximate)) {
    readings.push({ name: `as truncated to ${digits} significant digit${plural}`, verdict: overInterval(lo, hi, (x) => truncatesAbove(x, digits, value)) });
  }
  // The inputs' rounding may move the last written digit by one unit; further it decides nothing (lastDigitSlack.ts).
  const within = withinOneLastDigit(value, digits, lo, hi) || (inputs ?? 0) >= LONG_INPUT_DIGITS;
  if (relation === '\\approx') {
    const rounded = fromRoundedInputs(lo, hi, computedSource, digits, value);
    if (rounded) readings.push(inheritedRounding(rounded, within));
  }
  // `10000/2.7232 = 3672.09`: an exam solution divides by an annuity factor it shows cut to five digits but
  // computed with in full. Decimals that long are values cut for display (lastDigitSlack.ts); a result their
  // rounding reaches is no slip the claim shows. Undecided, never "holds": a slip as small reads the same.
  if (relation === '=' && onlyLongDecimals(computedSource) && fromRoundedInputs(lo, hi, computedSource, digits, value)?.verdict === 'holds') {
    readings.push({ name: 'with its decimals as values cut for display', verdict: 'none' });
  }
  // `0.70710678 \\times 6 = 4.24264069`: digits beyond those of the rounded inputs are not the author's to get right.
  if (inputs !== undefined && inputs < digits) {
    const claimedAt = Number(value.toPrecision(inputs));
    readings.push(inheritedRounding({ name: `to the ${inputs} significant digits of its inputs`, verdict: overInterval(lo, hi, (x) => roundsAbove(x, inputs, claimedAt)) }, within));
  }
  // `e^{-10} \\approx 0`, `\\exp(-10) \\approx 0`: a value this small written as 0 is called negligible against the
  // quantities around it, which the claim alone does not show: undecided, never failed (`e^{-1} \\approx 0` still fails).
  if (relation === '\\approx' && value === 0 && Math.max(Math.abs(lo), Math.abs(hi)) < NEGLIGIBLE_BESIDE_ZERO) {
    readings.push({ name: 'as negligible', verdict: 'none' });
  }
  const byHand = { relation, value, digits, style: written.style, fractional: written.fractional === true, source: claimed.source, lo, hi };
  readings.push(...authorRoundings(byHand, { roundsAbove, truncatesAbove, overInterval }));
  return readings;
}

/**
 * Fewest significant digits among the decimals a side was computed from that
 * look rounded: three digits or more after trimming (0.70710678, 1.97e14).
 * Short ones (0.9, 0.37, 1.5) are taken as exact parameters.
 */
function inputDigits(source: string): number | undefined {
  let fewest: number | undefined;
  for (const m of source.matchAll(DECIMAL_IN_SIDE)) {
    const digits = significantDigits(m[1]!);
    if (digits >= ROUNDED_INPUT_DIGITS) fewest = fewest === undefined ? digits : Math.min(fewest, digits);
  }
  return fewest;
}

const ROUNDED_INPUT_DIGITS = 3;

/** Whether `source` writes decimals and every one has LONG_INPUT_DIGITS significant digits or more. */
function onlyLongDecimals(source: string): boolean {
  const decimals = [...source.matchAll(DECIMAL_IN_SIDE)].map((m) => m[1]!);
  return decimals.length > 0 && decimals.every((d) => significantDigits(d) >= LONG_INPUT_DIGITS);
}

/** Below this magnitude a value written `\\approx 0` may be negligible in its context (e^{-10} = 4.5e-5). */
const NEGLIGIBLE_BESIDE_ZERO = 1e-3;

/** Holds when any reading holds; fails only when every reading fails; else undecided. */
function combine(plain: Verdict, other: readonly Reading[] | undefined): Verdict {
  if (plain === 'holds' || !other || other.length === 0) return plain;
  if (other.some((o) => o.verdict === 'holds')) return 'holds';
  return plain === 'fails' && other.every((o) => o.verdict === 'fails') ? 'fails' : 'none';
}

/** The verdict over [lo, hi] of a monotone comparison (0 equal, ±1 above or below). */
function overInterval(lo: number, hi: number, compare: (x: number) => number): Verdict {
  const low = compare(lo);
  const high = compare(hi);
  if (low === 0 && high === 0) return 'holds';
  return low > 0 || high < 0 ? 'fails' : 'none';
}

/** `x` cut (not rounded) to `digits` significant digits compared with `value`, as roundsAbove does. */
function truncatesAbove(x: number, digits: number, value: number): number {
  const cut = truncate(x, digits);
  return nearlyEqual(cut, value) ? 0 : Math.sign(cut - value);
}

function truncate(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  // 17 significant digits name the double exactly enough to cut at any shorter length.
  const [mantissa, exponent] = Math.abs(x).toExponential(16).split('e');
  const kept = mantissa.replace('.', '').slice(0, digits);
  return Math.sign(x) * Number(`${kept[0]}.${kept.slice(1) || '0'}e${exponent}`);
}

/**
 * `= 10^{k}` as an order of magnitude: it holds when the value's decade is k
 * (4 × 10^{17} is "10^{17}") or its nearest power of ten is 10^k (9 × 10^{16});
 * it fails when the value is more than 0.8 of a decade away (a factor of 6.3),
 * or of the other sign. In between (2 × 10^{16} against 10^{17}) a reader could
 * go either way.
 */
const FAR_DECADES = 0.8;

function orderOfMagnitude(lo: number, hi: number, claimed: number): Verdict {
  if (claimed === 0) return 'none';
  const k = Math.log10(Math.abs(claimed));
  const at = (x: number): Verdict => {
    if (x === 0 || Math.sign(x) !== Math.sign(claimed)) return 'fails';
    const decade = Math.log10(Math.abs(x));
    if (Math.floor(decade + 1e-12) === Math.round(k) || Math.round(decade) === Math.round(k)) return 'holds';
    return Math.abs(decade - k) > FAR_DECADES ? 'fails' : 'none';
  };
  const [a, b] = [at(lo), at(hi)];
  return a === b ? a : 'none';
}

/** |computed − claimed| / |claimed|: Infinity when the claim is 0 and the value is not (no relative scale exists). */
export function relError(computed: number, claimed: number): number {
  if (computed === claimed) return 0;
  const diff = Math.abs(computed - claimed);
  return claimed === 0 ? Infinity : diff / Math.abs(claimed);
}

/** The relation between the float64 values as they are. */
function decide(relation: Relation, l: number, r: number, computed: number, claimed: SideReport, relative: number): boolean {
  switch (relation) {
    case '=': return nearlyEqual(l, r);
    case '\\neq': return !nearlyEqual(l, r);
    case '<': return l < r;
    case '>': return l > r;
    case '\\le': return l <= r || nearlyEqual(l, r);
    case '\\ge': return l >= r || nearlyEqual(l, r);
    case '\\approx': return approximatelyEqual(computed, claimed, relative);
    case '\\sim': return false;
  }
}

function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  // ∞ − ∞ is NaN and ∞ − 5 is ∞ ≤ 1e-12·∞: an infinity equals only itself.
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= EQUAL_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function approximatelyEqual(computed: number, claimed: SideReport, relative: number): boolean {
  const value = claimed.value as number;
  if (claimed.writtenDigits === undefined) return relative <= LOOSE_APPROX_TOLERANCE || roundsToCoefficient(computed, claimed.source, value) === true;
  if (!Number.isFinite(computed)) return computed === value;
  return roundsAbove(computed, claimed.writtenDigits, value) === 0;
}

/**
 * `\\approx` between two computed sides (`(8192^2 \\cdot 4096^2) \\cdot 4 \\approx (1.1 \\times 10^{15}) \\cdot 4`):
 * each decimal of two significant digits or more in them may be rounded by half a unit of
 * its last digit, and the claim holds when the sides are that close (the relative
 * half-units added, as they add in products), besides the 0.5% of two computed sides.
 */
function roundedInputsReading(claimed: SideReport, computed: number, reach: number, computedSource: string): Reading[] | undefined {
  const allowance = roundingAllowance(`${computedSource} ${claimed.source}`);
  if (allowance === 0 || !Number.isFinite(reach)) return undefined;
  const value = claimed.value as number;
  const apart = value === 0 ? Infinity : (Math.abs(computed - value) + reach) / Math.abs(value);
  return [{ name: 'with its decimals read as rounded values', verdict: apart <= allowance + LOOSE_APPROX_TOLERANCE ? 'holds' : 'fails' }];
}

/**
 * The relative half-units of the decimals of two significant digits or more in `text`, added: under
 * `\\approx` such a number stands for a rounded one (`1.1 \\times 10^{15}` for 1.1259 × 10¹⁵).
 * The half-units add so only where the decimals multiply: one in an exponent or a function's
 * argument moves the value by another amount (`\\frac{1}{1 + e^{-1.6}}` is 0.832 for any 1.6 ± 0.05,
 * never the 0.85 a 3 % allowance would reach), so a side with one has no allowance (0).
 */
function roundingAllowance(text: string): number {
  let allowance = 0;
  for (const m of text.matchAll(DECIMAL_IN_SIDE)) {
    const digits = m[1]!;
    const value = Number(digits);
    if (significantDigits(digits) < 2 || value === 0) continue;
    if (insideExponentOrArgument(text, m.index)) return 0;
    allowance += (0.5 * 10 ** -(digits.split('.')[1]!.length)) / Math.abs(value);
  }
  return allowance;
}

/** A function applied right before the number (`\\log 0.5`, `\\exp(-1.6`, `\\sigma(0.21`). */
const FUNCTION_BEFORE = /\\(?:exp|log|ln|lg|sin|cos|tan|tanh|sinh|cosh|sigma)\s*(?:\\left)?\s*[({[]?\s*[-+]?\s*$/;

/** Whether the number at `at` sits in a braced exponent (`e^{-1.6}`), right after `^`, or as a function's argument. */
function insideExponentOrArgument(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (/\^\s*[-+]?\s*$/.test(before) || FUNCTION_BEFORE.test(before)) return true;
  const opened: boolean[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before[i] === '{') opened.push(/\^\s*$/.test(before.slice(Math.max(0, i - 4), i)));
    else if (before[i] === '}') opened.pop();
  }
  return opened.includes(true);
}

/**
 * `(1.1 \\times 10^{15}) \\times 4 \\approx 4.5` (for 1.126 × 10¹⁵ · 4): a written result of `\\approx`
 * holds when some value of the computed side's rounded decimals gives it, rounded to its digits.
 */
function fromRoundedInputs(lo: number, hi: number, computedSource: string, digits: number, value: number): Reading | undefined {
  const allowance = roundingAllowance(computedSource);
  if (allowance === 0) return undefined;
  const ends = [lo * (1 - allowance), lo * (1 + allowance), hi * (1 - allowance), hi * (1 + allowance)];
  const [from, to] = [Math.min(...ends), Math.max(...ends)];
  const reaches = roundsAbove(from, digits, value) <= 0 && roundsAbove(to, digits, value) >= 0;
  return { name: 'with its decimals read as rounded values', verdict: reaches ? 'holds' : 'fails' };
}

/**
 * How `x` rounded to `digits` significant digits compares with the written
 * `value`: 0 when equal (allowing the last-bit noise of two decimal strings
 * turned into doubles), else the sign of the difference. Rounding is monotone,
 * so the values of an interval that round to `value` form an interval too.
 */
function roundsAbove(x: number, digits: number, value: number): number {
  const rounded = Number(x.toPrecision(digits));
  return nearlyEqual(rounded, value) ? 0 : Math.sign(rounded - value);
}

interface Intervals {
  readonly l: number;
  readonly r: number;
  /** Half-widths of the intervals around l and r. */
  readonly left: number;
  readonly right: number;
}

/** The verdict shared by every pair of values in the two intervals, or none when they differ. */
function decideWithin(relation: Relation, s: Intervals, computed: number, claimed: SideReport): Verdict {
  const total = s.left + s.right;
  const below = s.r - s.l > total; // every left value < every right value
  const above = s.l - s.r > total;
  // Some pair could be equal within the tolerance of `=`.
  const canMeet = Math.abs(s.l - s.r) - total <= EQUAL_TOLERANCE * (Math.max(Math.abs(s.l), Math.abs(s.r)) + total);
  const verdict = (holds: boolean, fails: boolean): Verdict => (holds ? 'holds' : fails ? 'fails' : 'none');
  switch (relation) {
    case '=': return verdict(false, !canMeet);
    case '\\neq': return verdict(!canMeet, false);
    case '<': return verdict(below, s.l - s.r >= total);
    case '>': return verdict(above, s.r - s.l >= total);
    case '\\le': return verdict(s.r - s.l >= total, above && !canMeet);
    case '\\ge': return verdict(s.l - s.r >= total, below && !canMeet);
    case '\\approx': return approximatelyWithin(computed, total, claimed);
    case '\\sim': return 'none';
  }
}

/** `\approx` over the computed value's interval (both sides' rounding counted on it). */
function approximatelyWithin(computed: number, reach: number, claimed: SideReport): Verdict {
  const value = claimed.value as number;
  const [lo, hi] = [computed - reach, computed + reach];
  if (!Number.isFinite(reach)) return 'none';
  if (claimed.writtenDigits === undefined) {
    if (value === 0) return lo === 0 && hi === 0 ? 'holds' : lo <= 0 && hi >= 0 ? 'none' : 'fails';
    const farthest = Math.max(Math.abs(lo - value), Math.abs(hi - value)) / Math.abs(value);
    const nearest = (lo <= value && value <= hi ? 0 : Math.min(Math.abs(lo - value), Math.abs(hi - value))) / Math.abs(value);
    if (farthest > LOOSE_APPROX_TOLERANCE && roundsToCoefficient(lo, claimed.source, value) && roundsToCoefficient(hi, claimed.source, value)) return 'holds';
    return farthest <= LOOSE_APPROX_TOLERANCE ? 'holds' : nearest > LOOSE_APPROX_TOLERANCE ? 'fails' : 'none';
  }
  const low = roundsAbove(lo, claimed.writtenDigits, value);
  const high = roundsAbove(hi, claimed.writtenDigits, value);
  if (low === 0 && high === 0) return 'holds';
  return low > 0 || high < 0 ? 'fails' : 'none';
}

/** Why a claim between two values cannot be decided in float64. */
function undecided(relation: Relation, l: number, r: number, total: number, claimed: SideReport): string {
  if (!Number.isFinite(total)) {
    return 'cannot evaluate: float64 cannot decide this claim; the rounding error of the evaluation is unbounded (it divides by, or takes a function near its pole at, a value that is 0 within its own rounding error)';
  }
  const within = `the rounding error of the evaluation (±${short(total)})`;
  if (relation === '\\approx' && claimed.writtenDigits !== undefined) {
    const digits = claimed.writtenDigits;
    return `cannot evaluate: float64 cannot decide this claim; values within ${within} of the computed one round to different numbers at the ${digits} significant digit${digits === 1 ? '' : 's'} written`;
  }
  return `cannot evaluate: float64 cannot decide this claim; the sides differ by ${short(Math.abs(l - r))}, within ${within}`;
}

function short(x: number): string {
  return String(Number(x.toPrecision(2)));
}

/** Replace the claimed side with the computed value, in the author's style and precision. */
function quickFix(relation: Relation, claimed: SideReport, computed: number): QuickFix | undefined {
  if ((relation !== '\\approx' && relation !== '=') || !Number.isFinite(computed)) return undefined;
  const written = readWrittenNumber(claimed.source);
  const style: NumberStyle = written?.style ?? 'times';
  // `=` against an integer or an exact value keeps 6 digits; against a rounded decimal, the author's own count.
  const digits = relation === '=' && !written?.fractional ? 6 : Math.max(claimed.writtenDigits ?? 3, 1);
  return { start: claimed.offset, end: claimed.offset + claimed.source.length, text: latexNumber(computed, digits, style) };
}
