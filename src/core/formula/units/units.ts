/**
 * Quantities with units and percentages in formulas: `2 \cdot 160\,\textrm{MB}
 * / (3 \cdot 18\,\textrm{GB/s}) \approx 6\,\textrm{ms}`, `50\% \times 0.2 =
 * 0.1`, `1\,\text{KiB} = 1024\,\text{B}`.
 *
 * Library: mathjs (15.2.0) supplies the unit database — SI prefixes, the
 * binary prefixes Ki…Ei on bits and bytes (1 B = 8 b), s/min/h, Hz, m, g, W,
 * J … — the dimension vectors and the conversion factors; FLOP (a base
 * dimension of its own) and FLOPS = FLOP/s are added through its
 * `createUnit`. We build its Unit class from the `createUnitClass` factory
 * with plain float64 arithmetic (unitLibrary.ts): 46 KB minified, ≈10–25 ms
 * to load, where `create({ UnitDependencies })` is 237 KB and ≈250 ms
 * (typed-function compilation), and the whole of mathjs 663 KB. The Compute
 * Engine we already ship (0.27.0) has no units; its later versions do
 * (`Quantity`, from 0.3x–0.5x on) but without bits, bytes or FLOP, they need
 * Node ≥ 21.7/22 where we support 20, and upgrading would change how every
 * formula is parsed. The LaTeX itself is read by unitSyntax.ts (mathjs's
 * expression syntax is not LaTeX), so unit names are recognised by rules we
 * control: a name that can be read two ways keeps both readings, and a claim
 * is judged only when every consistent reading gives the same verdict.
 * See docs/decisions.md, "Units in formulas".
 *
 * Loading: `hasUnits` needs no library. mathjs's Unit code (46 KB) is
 * imported statically — evaluating it costs < 1 ms — and its unit tables,
 * the ≈10–30 ms part, are built on the first `unitChecker()` call, so notes
 * without units never pay for them. Import this module (and unitLibrary.ts)
 * statically: behind a dynamic `import()` esbuild wraps mathjs's modules in
 * lazy initialisers it cannot tree-shake, and the bundle grows to ≈716 KB
 * whose import (mathjs's index creates its default instance) takes ≈1.5 s.
 */
import { lazy } from '../../api/lazy';
import { readWrittenNumber } from '../literal';
import { mentionsUnits, parseSide, type Node, type ParsedSide, type Reading } from './unitSyntax';
import { makeUnitClass, type MathUnit, type MathUnitClass } from './unitLibrary';
import { agreesAsCount } from './countAsSize';
import { countReadingThatHolds } from './plainCount';
import { RELATION_TEXT, type Relation } from '../types';
import { Refusal } from '../refusal';

/** A side read as a quantity. */
export interface Quantity {
  /**
   * The value in base units: s, m, kg, bit (1 B = 8 bit), FLOP, and their
   * products (bandwidth in bit/s); a dimensionless side is the plain number
   * (`50\%` → 0.5, `1\,\text{MB}/1\,\text{kB}` → 1000).
   */
  readonly value: number;
  /** What the quantity measures, for messages: "time (s)", "data size (bytes)", "a plain number". */
  readonly dimension: string;
  /** Canonical exponents of mathjs's base dimensions ("TIME^-1 BIT^1"); '' when dimensionless. */
  readonly dimensionKey: string;
  /** The value in a readable unit, 4 significant digits: "5.926 ms", "1.074 GB", "0.5". */
  readonly display: string;
  /** True when a unit name or `%` was read (false for a plain number). */
  readonly hasUnits: boolean;
  /** When the side is a number followed by its units (`6\,\textrm{ms}`, `25 \times 10^9`): that number as written. */
  readonly written?: WrittenQuantity;
  /**
   * Every reading when a name is ambiguous (`B`: bytes or billion): this
   * object is the first of them. Absent when the side reads one way.
   */
  readonly readings?: readonly Quantity[];
  /** The ambiguous names, e.g. ['B'], when there are several readings. */
  readonly ambiguousNames?: readonly string[];
}

/** The number an author wrote before a unit. */
export interface WrittenQuantity {
  readonly value: number;
  /** Significant digits written (trailing zeros of an integer do not count). */
  readonly digits: number;
  /** The mantissa has a decimal point (`33.3`, `2.5 \times 10^{10}`). */
  readonly decimalPoint: boolean;
  /** The unit text as written, e.g. "ms", "GB/s", "%"; '' for a plain number. */
  readonly unit: string;
}

/** A side that names units but cannot be read; `error` starts "cannot evaluate: ". */
export interface UnitReadError {
  readonly error: string;
}

export type UnitVerdict = 'holds' | 'fails' | 'none' | 'dimension-mismatch';

/** The verdict of a claim between two sides with units. */
export interface UnitClaimReport {
  readonly verdict: UnitVerdict;
  /** Each side's value in a readable unit ("5.926 ms"); '' when the side could not be read. */
  readonly leftDisplay: string;
  readonly rightDisplay: string;
  /** Both sides in one unit — the claimed side's written unit when it has one — when their dimensions agree. */
  readonly converted?: { readonly unit: string; readonly left: number; readonly right: number };
  /** One sentence for the hover: why it holds, fails, or is not judged. */
  readonly message: string;
}

export interface JudgeOptions {
  /**
   * The note's text right after the formula (`$… = 10^{13}$ FLOP`): when the
   * right side has no unit, a unit name that opens this text (two letters or
   * more, one reading, e.g. FLOP, GFLOPS, ms) is taken as its unit — but only
   * if that makes the two sides' dimensions agree.
   */
  readonly after?: string;
}

/** Reads and judges quantities; every method is synchronous once loaded and never throws. */
export interface UnitChecker {
  /** undefined when the side names no unit and no `%`; an error when it does but cannot be read. */
  readQuantity(latexSide: string): Quantity | UnitReadError | undefined;
  judgeUnitClaim(left: string, relation: Relation, right: string, options?: JudgeOptions): UnitClaimReport;
}

/** Cheap test (no library, no parse) whether a side names a unit or a percentage. */
export function hasUnits(latexSide: string): boolean {
  try {
    return mentionsUnits(latexSide);
  } catch {
    return false;
  }
}

let loadMs: number | undefined;

/** The one load, shared by every caller (core/api/lazy.ts). */
const loadOnce = lazy(() => load());

/** The checker, building mathjs's unit tables on first call (later calls share the promise). */
export function unitChecker(): Promise<UnitChecker> {
  return loadOnce();
}

/** Milliseconds the first load took (import + building the unit tables), or undefined before. */
export function unitsLoadTimeMs(): number | undefined {
  return loadMs;
}

/** `unitChecker()` then `readQuantity`. */
export async function readQuantity(latexSide: string): Promise<Quantity | UnitReadError | undefined> {
  return (await unitChecker()).readQuantity(latexSide);
}

/** `unitChecker()` then `judgeUnitClaim`. */
export async function judgeUnitClaim(left: string, relation: Relation, right: string, options?: JudgeOptions): Promise<UnitClaimReport> {
  return (await unitChecker()).judgeUnitClaim(left, relation, right, options);
}

async function load(): Promise<UnitChecker> {
  await Promise.resolve(); // the tables are built on a later tick, never inside the caller's frame
  const started = Date.now();
  const checker = makeChecker(makeUnitClass());
  loadMs = Date.now() - started;
  return checker;
}

// ------------------------------------------------------------- evaluation

const EQUAL_TOLERANCE = 1e-12;
const LOOSE_APPROX_TOLERANCE = 5e-3;
const SYMBOL = RELATION_TEXT;

class UnitProblem extends Refusal {}

type Value = number | MathUnit;

/** A side read under every combination of its ambiguous names. */
interface ReadSide {
  readonly parsed: ParsedSide;
  readonly quantities: readonly Quantity[];
  /** Why readings were dropped (the first problem), when some were. */
  readonly problem?: string;
}

interface Describe {
  readonly name: string;
  readonly unit: string;
  /** Base units per one `unit`. */
  readonly scale: number;
  readonly prefixes: 'all' | 'small' | 'none';
}

/** Names and display units of the dimensions notes use, keyed by dimensionKey. */
const DIMENSIONS: Readonly<Record<string, Describe>> = {
  '': { name: 'a plain number', unit: '', scale: 1, prefixes: 'none' },
  'BIT^1': { name: 'data size (bytes)', unit: 'B', scale: 8, prefixes: 'all' },
  'TIME^1': { name: 'time (s)', unit: 's', scale: 1, prefixes: 'small' },
  'TIME^-1': { name: 'frequency or rate (1/s)', unit: '/s', scale: 1, prefixes: 'all' },
  'TIME^-1 BIT^1': { name: 'bandwidth (bytes/s)', unit: 'B/s', scale: 8, prefixes: 'all' },
  'FLOP^1': { name: 'compute (FLOP)', unit: 'FLOP', scale: 1, prefixes: 'all' },
  'TIME^-1 FLOP^1': { name: 'compute rate (FLOP/s)', unit: 'FLOP/s', scale: 1, prefixes: 'all' },
  'BIT^-1 FLOP^1': { name: 'arithmetic intensity (FLOP/byte)', unit: 'FLOP/B', scale: 1 / 8, prefixes: 'none' },
  'BIT^1 FLOP^-1': { name: 'bytes per FLOP', unit: 'B/FLOP', scale: 8, prefixes: 'none' },
  'LENGTH^1': { name: 'length (m)', unit: 'm', scale: 1, prefixes: 'all' },
  'MASS^1': { name: 'mass (kg)', unit: 'g', scale: 1e-3, prefixes: 'all' },
  'LENGTH^1 TIME^-1': { name: 'speed (m/s)', unit: 'm/s', scale: 1, prefixes: 'none' },
  'MASS^1 LENGTH^2 TIME^-2': { name: 'energy (J)', unit: 'J', scale: 1, prefixes: 'all' },
  'MASS^1 LENGTH^2 TIME^-3': { name: 'power (W)', unit: 'W', scale: 1, prefixes: 'all' },
};

const BASE_SYMBOL: Readonly<Record<string, string>> = {
  MASS: 'kg', LENGTH: 'm', TIME: 's', CURRENT: 'A', TEMPERATURE: 'K', LUMINOUS_INTENSITY: 'cd',
  AMOUNT_OF_SUBSTANCE: 'mol', ANGLE: 'rad', BIT: 'bit', FLOP: 'FLOP',
};

const PREFIX_OF: Readonly<Record<number, string>> = { [-12]: 'p', [-9]: 'n', [-6]: 'µ', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };

function makeChecker(Unit: MathUnitClass): UnitChecker {
  const dims = Unit.BASE_DIMENSIONS;

  function evaluate(node: Node, choice: ReadonlyMap<Node, Reading>): Value {
    switch (node.k) {
      case 'num': return node.value;
      case 'word': {
        const reading = choice.get(node) ?? node.readings[0];
        return reading.kind === 'scale' ? reading.value : new Unit(1, reading.name);
      }
      case 'neg': return multiply(-1, evaluate(node.a, choice));
      case 'pow': {
        const exponent = evaluate(node.b, choice);
        if (typeof exponent !== 'number') throw new UnitProblem('an exponent must be a plain number');
        const base = evaluate(node.a, choice);
        return typeof base === 'number' ? base ** exponent : base.pow(exponent);
      }
      case 'bin': {
        const a = evaluate(node.a, choice);
        const b = evaluate(node.b, choice);
        switch (node.op) {
          case '*': return multiply(a, b);
          case '/': return typeof a === 'number' ? (typeof b === 'number' ? a / b : b.divideInto(a)) : a.divide(b);
          default: return add(a, b, node.op === '-' ? -1 : 1);
        }
      }
    }
  }

  function multiply(a: Value, b: Value): Value {
    if (typeof a === 'number') return typeof b === 'number' ? a * b : b.multiply(a);
    return a.multiply(b);
  }

  function add(a: Value, b: Value, sign: 1 | -1): Value {
    if (typeof a === 'number' && typeof b === 'number') return a + sign * b;
    if (typeof a !== 'number' && typeof b !== 'number' && a.equalBase(b)) {
      const sum = a.clone();
      sum.value = (a.value ?? 0) + sign * (b.value ?? 0);
      return sum;
    }
    throw new UnitProblem(`it adds quantities of different dimensions (${describe(keyOf(a)).name} and ${describe(keyOf(b)).name})`);
  }

  function keyOf(v: Value): string {
    if (typeof v === 'number') return '';
    return v.dimensions.map((e, i) => (e === 0 ? '' : `${dims[i]}^${e}`)).filter(Boolean).join(' ');
  }

  function describe(key: string): Describe {
    const known = DIMENSIONS[key];
    if (known) return known;
    const unit = key.split(' ').map((part) => {
      const [base, exp] = part.split('^');
      return `${BASE_SYMBOL[base] ?? base}${exp === '1' ? '' : `^${exp}`}`;
    }).join('·');
    return { name: `a quantity in ${unit}`, unit, scale: 1, prefixes: 'none' };
  }

  function quantity(v: Value, parsed: ParsedSide): Quantity {
    const value = typeof v === 'number' ? v : v.value ?? Number.NaN;
    if (!Number.isFinite(value)) throw new UnitProblem('the value is not a finite number');
    const key = keyOf(v);
    const d = describe(key);
    const written = writtenOf(parsed);
    return { value, dimension: d.name, dimensionKey: key, display: display(value, d), hasUnits: parsed.hasUnits, ...(written ? { written } : {}) };
  }

  function readSide(latex: string): ReadSide | { problem: string; symbolic: boolean } {
    const parsed = parseSide(latex);
    if ('problem' in parsed) return { problem: parsed.message, symbolic: parsed.problem === 'symbolic' };
    const choices = combinations(parsed);
    const quantities: Quantity[] = [];
    let problem: string | undefined;
    for (const choice of choices) {
      try {
        quantities.push(quantity(evaluate(parsed.tree, choice), parsed));
      } catch (error) {
        problem ??= error instanceof UnitProblem ? error.message : `the units cannot be combined (${error instanceof Error ? error.message : String(error)})`;
      }
    }
    if (quantities.length === 0) return { problem: problem ?? 'it has no value', symbolic: false };
    return { parsed, quantities, ...(problem !== undefined && quantities.length < choices.length ? { problem } : {}) };
  }

  function readQuantity(latexSide: string): Quantity | UnitReadError | undefined {
    try {
      const side = readSide(latexSide);
      if ('symbolic' in side) {
        return hasUnits(latexSide) ? { error: `cannot evaluate: ${side.problem}` } : undefined;
      }
      if (!side.parsed.hasUnits) return undefined;
      const [first] = side.quantities;
      if (side.quantities.length === 1) return first;
      return { ...first, readings: side.quantities, ambiguousNames: side.parsed.ambiguous.map((w) => w.word) };
    } catch (error) {
      return { error: `cannot evaluate: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  function judgeUnitClaim(left: string, relation: Relation, right: string, options?: JudgeOptions): UnitClaimReport {
    try {
      return judge(left, relation, right, options);
    } catch (error) {
      return { verdict: 'none', leftDisplay: '', rightDisplay: '', message: `cannot evaluate: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  function judge(left: string, relation: Relation, right: string, options?: JudgeOptions): UnitClaimReport {
    const l = readSide(left);
    let r = readSide(right);
    const lShown = 'symbolic' in l ? '' : l.quantities[0].display;
    let rShown = 'symbolic' in r ? '' : r.quantities[0].display;
    if ('symbolic' in l || 'symbolic' in r) {
      const which = 'symbolic' in l ? 'left' : 'right';
      const why = 'symbolic' in l ? l.problem : (r as { problem: string }).problem;
      return { verdict: 'none', leftDisplay: lShown, rightDisplay: rShown, message: `cannot evaluate: the ${which} side cannot be read: ${why}` };
    }
    if (!l.parsed.hasUnits && !r.parsed.hasUnits) {
      return { verdict: 'none', leftDisplay: lShown, rightDisplay: rShown, message: 'cannot evaluate: neither side has a unit or a percentage' };
    }
    let borrowed: string | undefined;
    if (!r.parsed.hasUnits && options?.after) {
      const word = /^\s*([A-Za-zµμ]{2,}(?:\/[A-Za-zµμ]+)?)(?![A-Za-z])/.exec(options.after)?.[1];
      const withUnit = word !== undefined && unambiguousName(word) ? readSide(`${right}\\,\\text{${word}}`) : undefined;
      if (withUnit && !('symbolic' in withUnit) && l.quantities.some((lq) => withUnit.quantities.some((rq) => rq.dimensionKey === lq.dimensionKey))) {
        r = withUnit;
        rShown = r.quantities[0].display;
        borrowed = word;
      }
    }
    const claimed: 'left' | 'right' | undefined = r.quantities[0].written ? 'right' : l.quantities[0].written ? 'left' : undefined;
    const judged: Judged[] = [];
    let unitless = false;
    let mismatch: [Quantity, Quantity] | undefined;
    for (const lq of l.quantities) {
      for (const rq of r.quantities) {
        if (lq.dimensionKey === rq.dimensionKey) judged.push(judgePair(relation, lq, rq, claimed));
        else if ((lq.dimensionKey === '' && !lq.hasUnits) || (rq.dimensionKey === '' && !rq.hasUnits)) unitless = true;
        else mismatch ??= [lq, rq];
      }
    }
    const note = borrowed !== undefined ? ` (reading "${borrowed}" after the formula as the right side's unit)` : '';
    // A name that can be a unit is read as one when that makes the sides' dimensions agree:
    // 8 b = 1 B compares bits with bytes, not 8 billion with 1 billion.
    const dimensional = judged.filter((j) => j.left.dimensionKey !== '');
    const considered = dimensional.length > 0 ? dimensional : judged;
    if (considered.length > 0) {
      const verdicts = new Set(considered.map((j) => j.verdict));
      const first = considered[0];
      const shown = { leftDisplay: first.left.display, rightDisplay: first.right.display, converted: first.converted };
      if (verdicts.size > 1) {
        // `1000 \\times 400 \\text{ bytes} = 400 \\text{ KB}`, `1024 \\times 4\\text{ KB} = 4\\text{ MiB}`: a KB is
        // 1000 or 1024 bytes as the note counts; the claim holds when one count makes it hold.
        const holding = onlyKiloBytes(l, r) ? considered.find((j) => j.verdict === 'holds') : undefined;
        if (holding) {
          const shownHolding = { leftDisplay: holding.left.display, rightDisplay: holding.right.display, converted: holding.converted };
          return { verdict: 'holds', ...shownHolding, message: `${holding.message} (with ${ambiguity(l, r)} as ${holding.converted.unit || 'read'}: a KB is 1000 or 1024 bytes as a note counts it)${note}` };
        }
        return { verdict: 'none', ...shown, message: `cannot evaluate: the claim holds for one reading of ${ambiguity(l, r)} and fails for another` };
      }
      // `1\\text{B} = 10^9 \\text{byte}`: B as billion, a count of one-byte things (countAsSize.ts).
      if (first.verdict === 'fails' && agreesAsCount(l.quantities, r.quantities)) {
        return { verdict: 'none', ...shown, message: `cannot evaluate: the claim fails with ${ambiguity(l, r)} read as a unit, and holds with it read as a count of one-byte values or of parameters of 0.5, 2 or 4 bytes (as in "7B parameters")` };
      }
      // A reading left undecided (a plain number against a unit) could still make the claim true.
      if (first.verdict === 'fails' && unitless) {
        return { verdict: 'none', ...shown, message: `cannot evaluate: the claim fails if ${ambiguity(l, r)} is read one way, and has no unit to compare with if read another` };
      }
      return { verdict: first.verdict, ...shown, message: first.message + note };
    }
    if (unitless) {
      const [plain, other] = !r.quantities[0].hasUnits ? ['right', l.quantities[0]] : ['left', r.quantities[0]];
      const counted = plain === 'left' && l.quantities.length === 1
        ? countReadingThatHolds((a, rel, b) => judge(a, rel, b, options), left, relation, right, other.dimensionKey)
        : undefined;
      if (counted) return counted;
      return {
        verdict: 'none', leftDisplay: lShown, rightDisplay: rShown,
        message: `cannot evaluate: the ${plain} side has no unit and the other is ${other.dimension} (${other.display}); write the unit to have the claim checked`,
      };
    }
    const [lq, rq] = mismatch as [Quantity, Quantity];
    // `128 \\times 128\\text{K} \\times 8192 \\times 2 \\approx 34\\text{ GB}`, `100\\ \\text{samples} = 100\\ \\text{ms}`
    // (ttsugriy/distributed-training-book, wangywUST/wangywust.github.io): a count against a quantity is a
    // correspondence the text explains — bytes a value, a sampling rate — not sides of different kinds.
    const count = [lq, rq].find(isCount);
    if (count && l.quantities.length * r.quantities.length === 1) {
      const other = count === lq ? rq : lq;
      return { verdict: 'none', leftDisplay: lShown, rightDisplay: rShown, message: `cannot evaluate: one side is a count (${count.display}) and the other ${other.dimension}; what one counted thing is worth is for the text to say` };
    }
    if (l.quantities.length * r.quantities.length === 1) {
      return { verdict: 'dimension-mismatch', leftDisplay: lShown, rightDisplay: rShown, message: `the sides have different dimensions: ${lq.dimension} vs ${rq.dimension}` };
    }
    return {
      verdict: 'none', leftDisplay: lShown, rightDisplay: rShown,
      message: `cannot evaluate: the sides have different dimensions however ${ambiguity(l, r)} is read (e.g. ${lq.dimension} vs ${rq.dimension})`,
    };
  }

  interface Judged {
    readonly verdict: 'holds' | 'fails';
    readonly left: Quantity;
    readonly right: Quantity;
    readonly converted: { readonly unit: string; readonly left: number; readonly right: number };
    readonly message: string;
  }

  /** Judge two readings of the same dimension. */
  function judgePair(relation: Relation, lq: Quantity, rq: Quantity, claimedSide: 'left' | 'right' | undefined): Judged {
    const claimed = claimedSide === 'left' ? lq : claimedSide === 'right' ? rq : undefined;
    const computed = claimedSide === 'left' ? rq : lq;
    const w = claimed?.written;
    // The written unit's size, clean of the division's float noise: 43.8e9 / 43.8 is 1.0000000000000001e9,
    // which would put 1.4 TB / 32 = 43.75 GB just under 43.75 and round it down.
    const scale = w && w.value !== 0 && claimed ? Number((claimed.value / w.value).toPrecision(15)) : Number.NaN;
    let unit: { label: string; scale: number };
    let digits: number | undefined;
    if (w && Number.isFinite(scale) && scale !== 0) {
      unit = { label: w.unit, scale };
      digits = w.digits;
    } else {
      unit = displayUnit(rq.value, describe(rq.dimensionKey));
    }
    const c = computed.value / unit.scale;
    const k = claimed ? claimed.value / unit.scale : rq.value / unit.scale;
    const shown = unit.label === '' ? '' : ` ${unit.label}`;
    let holds: boolean;
    let detail = '';
    switch (relation) {
      case '\\approx':
        if (digits !== undefined) {
          holds = nearlyEqual(Number(c.toPrecision(digits)), k);
          detail = `${short(c)}${shown} rounds to ${short(Number(c.toPrecision(digits)))}${shown} at the ${digits} significant digit${digits === 1 ? '' : 's'} written`;
        } else {
          holds = relError(c, k) <= LOOSE_APPROX_TOLERANCE;
          detail = 'the sides agree to 3 significant digits when within 0.5%';
        }
        break;
      case '=':
        holds = nearlyEqual(c, k);
        if (!holds && digits !== undefined && w?.decimalPoint) {
          const rounded = Number(c.toPrecision(digits));
          holds = nearlyEqual(rounded, k) || nearlyEqual(truncate(c, digits), k);
          detail = `${short(c)}${shown} ${holds ? 'agrees with' : 'does not round or truncate to'} the ${digits} significant digit${digits === 1 ? '' : 's'} written`;
        }
        break;
      case '\\neq': holds = !nearlyEqual(lq.value, rq.value); break;
      case '<': holds = lq.value < rq.value; break;
      case '>': holds = lq.value > rq.value; break;
      case '\\le': holds = lq.value <= rq.value || nearlyEqual(lq.value, rq.value); break;
      case '\\ge': holds = lq.value >= rq.value || nearlyEqual(lq.value, rq.value); break;
      case '\\sim': holds = relError(c, k) <= LOOSE_APPROX_TOLERANCE; break;
    }
    const converted = { unit: unit.label, left: lq.value / unit.scale, right: rq.value / unit.scale };
    const both = `${short(converted.left)}${shown} ${SYMBOL[relation]} ${short(converted.right)}${shown}`;
    const message = `${holds ? 'holds' : 'fails'}: ${both}${detail ? `; ${detail}` : ''}`;
    return { verdict: holds ? 'holds' : 'fails', left: lq, right: rq, converted, message };
  }

  return { readQuantity, judgeUnitClaim };
}

/** A side that counts things (a magnitude word or a count noun: `128K`, `100 samples`) and has no dimension. */
function isCount(q: Quantity): boolean {
  return q.dimensionKey === '' && q.hasUnits && q.written?.unit !== '%';
}

/** Every ambiguous name of the two sides is a kilo on bytes or bits (`KB`, `Kb`): 1000 or 1024, nothing else. */
function onlyKiloBytes(l: ReadSide, r: ReadSide): boolean {
  const names = [...l.parsed.ambiguous, ...r.parsed.ambiguous];
  return names.length > 0 && names.every((w) => /^K(?:B|b|bytes?|bits?)$/.test(w.word));
}

/** The ambiguous names of two sides, quoted: "B", "KB". */
function ambiguity(l: ReadSide, r: ReadSide): string {
  return [...new Set([...l.parsed.ambiguous, ...r.parsed.ambiguous].map((w) => `"${w.word}"`))].join(', ');
}

/**
 * A name read after the formula: two letters or more (the caller's pattern), and
 * either one reading or only unit readings (FLOPs: count or rate; KB) — never a
 * name that could be a plain magnitude (`B parameters`).
 */
function unambiguousName(word: string): boolean {
  const parsed = parseSide(`1\\,\\text{${word}}`);
  return !('problem' in parsed) && parsed.hasUnits && parsed.ambiguous.every((w) => w.readings.every((r) => r.kind === 'unit'));
}

/** The written number of a `number unit` side. */
function writtenOf(parsed: ParsedSide): WrittenQuantity | undefined {
  if (parsed.numberText === undefined) return undefined;
  const number = readWrittenNumber(parsed.numberText);
  if (!number) return undefined;
  const mantissa = /^[+-]?(\d*\.?\d*)/.exec(parsed.numberText.trim())?.[1] ?? '';
  return { value: number.value, digits: number.digits, decimalPoint: mantissa.includes('.'), unit: parsed.unitText ?? '' };
}

/** Every combination of readings of the side's ambiguous names (one empty choice when there are none). */
function combinations(parsed: ParsedSide): Map<Node, Reading>[] {
  let out: Map<Node, Reading>[] = [new Map()];
  for (const word of parsed.ambiguous) {
    out = out.flatMap((choice) => word.readings.map((reading) => new Map(choice).set(word, reading)));
  }
  return out;
}

/** The readable unit for a value: "ms" for 0.0059 s, "GB" for 1.07e9 B. */
function displayUnit(value: number, d: Describe): { label: string; scale: number } {
  if (d.prefixes === 'none' || value === 0 || !Number.isFinite(value)) return { label: d.unit, scale: d.scale };
  let exponent = Math.floor(Math.log10(Math.abs(value / d.scale)) / 3) * 3;
  exponent = Math.max(-12, Math.min(d.prefixes === 'small' ? 0 : 18, exponent));
  const prefix = PREFIX_OF[exponent];
  return { label: `${prefix}${d.unit}`, scale: d.scale * 10 ** exponent };
}

function display(value: number, d: Describe): string {
  const unit = displayUnit(value, d);
  const text = short(value / unit.scale);
  return unit.label === '' ? text : `${text} ${unit.label}`;
}

/** 4 significant digits, trailing zeros dropped; "2.5e10" style from 10⁶ up and below 10⁻³. */
function short(x: number): string {
  const rounded = Number(x.toPrecision(4));
  const size = Math.abs(rounded);
  if (size !== 0 && (size >= 1e6 || size < 1e-3)) {
    const [mantissa, exponent] = rounded.toExponential().split('e');
    return `${mantissa}e${Number(exponent)}`;
  }
  return String(rounded);
}

function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= EQUAL_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function relError(computed: number, claimed: number): number {
  if (computed === claimed) return 0;
  return claimed === 0 ? Infinity : Math.abs(computed - claimed) / Math.abs(claimed);
}

/** `x` cut (toward zero) to `digits` significant digits: 33.39 → 33.3 at 3. */
function truncate(x: number, digits: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const exponent = Math.floor(Math.log10(Math.abs(x)));
  const factor = 10 ** (digits - 1 - exponent);
  // The nudge keeps 0.29999999999999998 (= 0.3 written) from truncating to 0.2.
  return Math.sign(x) * Math.trunc(Math.abs(x) * factor * (1 + 1e-12)) / factor;
}
