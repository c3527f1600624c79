/**
 * Values a note states for its unknowns: `$\ T_{BD} = 780N$`, `$x = 162.5$`,
 * `$\hat{\beta}_0 = 3.5$` — a formula (or a statement of one) that is a name,
 * `=`, and a written number, optionally followed by a unit. statedSolutions.ts
 * judges the note's equations at them.
 *
 * The number is taken as written, in the unit written after it (780 for
 * `780N`): the equations it solves carry their constants in the same unit
 * (`T_{BE}/3 + T_{BD}/3 - 195 + R_x`). A letter after the number counts as a
 * unit only when the unit library reads it as one (`N`, newton); `2a` is no
 * stated value at all.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { flattenSubscripts } from '../identity/identity';
import { readWrittenNumber } from '../literal';
import { normalizeLatex } from '../read/preprocess';
import { readAs } from '../read/readAs';
import { splitFormula } from '../split';
import type { MathSpan } from '../types';

/** One value a note states for a name. */
export interface StatedValue {
  /** The name as identity.ts spells variables: `T_BD`, `x`, `hat(beta)_0`. */
  readonly name: string;
  /** The unknown an estimate or optimum names (`beta_0` for `hat(beta)_0`, `x` for `x^*`): it may confirm equations in that unknown. */
  readonly alias?: string;
  readonly value: number;
  /** Half a unit in the last significant digit written: what rounding there may have changed (5 for 780, 0.05 for 3.5). */
  readonly halfUnit: number;
  /** Digits after a decimal point were written (`3.5`): the value may be rounded. An integer is taken as exact when confirming. */
  readonly fractional: boolean;
  /** The unit written after the number, '' for none. */
  readonly unit: string;
  /** Index of the formula among the note's formulas, the claim's index in it, and its line. */
  readonly span: number;
  readonly claim: number;
  readonly line: number;
}

/** Names that are constants, never unknowns. */
const CONSTANTS = new Set(['e', 'i', 'pi', 'Pi', 'ExponentialE', 'ImaginaryUnit', 'PositiveInfinity', 'Nothing']);
const GREEK = 'alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega|Delta|Theta|Lambda|Sigma|Phi|Psi|Omega';
const PLAIN_NAME = new RegExp(String.raw`^(?:[A-Za-z]|${GREEK})(?:_[A-Za-z0-9]+)?$`);
/** `hat(beta)_0`, `x^*`: an estimate or an optimum, and the unknown it names. */
const ESTIMATE = new RegExp(String.raw`^hat\(((?:[A-Za-z]|${GREEK})(?:_[A-Za-z0-9]+)?)\)(_[A-Za-z0-9]+)?$`);
const OPTIMUM = new RegExp(String.raw`^((?:[A-Za-z]|${GREEK})(?:_[A-Za-z0-9]+)?)\^\*$`);
/** `bar(x)`, `tilde(x)_1`: a mean or another decorated quantity — a name of its own, standing for no unknown. */
const DECORATED = new RegExp(String.raw`^(?:bar|tilde)\((?:[A-Za-z]|${GREEK})(?:_[A-Za-z0-9]+)?\)(_[A-Za-z0-9]+)?$`);
/** A number and the unit after it: `780N`, `12\,\text{ms}`, `3 \mathrm{kg}`. */
const WITH_UNIT = /^(.*?[\d.}])\s*(?:\\[,;: ]|~|\s)*(?:\\(?:text|textrm|mathrm|rm|mbox)\s*\{\s*([A-Za-zµμΩ]{1,6})\s*\}|([A-Za-zµμΩ]{1,4}))\s*$/;

/** A name as written: letters, commands, braces, subscripts, a star; no operator or parenthesis. */
const NAME_TEXT = /^(?:\s|~|\\[ ,;:!])*[\\A-Za-z{}_^*\d\s]{1,40}$/;
/** A number as written, then perhaps a unit: `-195N`, `3.5`, `2 \times 10^{-3}`, `12\,\text{ms}`. */
const NUMBER_TEXT = /^\s*[-+−]?\s*\d[\d.,\s]*(?:(?:\\times|\\cdot)\s*10\s*\^\s*\{?\s*[-+−]?\s*\d+\s*\}?)?(?:\s|~|\\[ ,;:!])*(?:\\(?:text|textrm|mathrm|rm|mbox)\s*\{[^{}]*\}|[A-Za-zµμΩ]{0,6})\s*$/;

/** Whether a formula's LaTeX may state a value (cheap, before any parse): one `=` between a name and a number. */
export function mayStateValue(source: string): boolean {
  if (source.length > 120) return false;
  const parts = source.split('=');
  return parts.length === 2 && NAME_TEXT.test(parts[0]!) && NUMBER_TEXT.test(parts[1]!);
}

/** Whether some candidate writes a unit after its number, so the unit library is needed. */
export function writesUnit(source: string): boolean {
  return /[\d}](?:\s|~|\\[ ,;:!])*(?:\\(?:text|textrm|mathrm|rm|mbox)\s*\{|[A-Za-zµμΩ])[^=]*$/.test(source);
}

/**
 * The value the formula at `span` states, when it is one statement `name = number`.
 * `isUnit(u)`: whether the unit library reads `u` as one unit.
 */
export function statedValues(spanIndex: number, span: MathSpan, reader: LatexReader, isUnit: (unit: string) => boolean): StatedValue[] {
  if (!mayStateValue(span.source)) return [];
  const out: StatedValue[] = [];
  let claim = 0;
  for (const statement of splitFormula(span.source)) {
    const at = claim;
    claim += statement.relations.length;
    if (statement.relations.length !== 1 || statement.relations[0] !== '=') continue;
    const [left, right] = statement.sides;
    const name = nameOf(left!.text, reader);
    const number = name === undefined ? undefined : numberOf(right!.text, isUnit);
    if (name === undefined || number === undefined) continue;
    const alias = ESTIMATE.exec(name) ?? OPTIMUM.exec(name);
    out.push({
      name,
      ...(alias ? { alias: `${alias[1]}${alias[2] ?? ''}` } : {}),
      ...number,
      span: spanIndex,
      claim: at,
      line: span.line + lineWithin(span.source, left!.offset),
    });
  }
  return out;
}

/** The side as one name (`\ T_{BD}` → `T_BD`, `\hat{\beta}_0` → `hat(beta)_0`), or undefined. */
function nameOf(latex: string, reader: LatexReader): string | undefined {
  if (latex.length > 80) return undefined;
  let tree: MathJson;
  try {
    tree = variableNames(reader.read(normalizeLatex(latex)));
  } catch {
    return undefined;
  }
  if (typeof tree !== 'string' || CONSTANTS.has(tree)) return undefined;
  return PLAIN_NAME.test(tree) || ESTIMATE.test(tree) || OPTIMUM.test(tree) || DECORATED.test(tree) ? tree : undefined;
}

/**
 * A tree with its variables named as identity.ts names them (flattenSubscripts),
 * and a subscripted estimate or mean (`\hat{\beta}_0`, which the engine reads as
 * hat(β) subscripted by 0; `\bar{x}_1`) as the one name `hat(beta)_0`, `bar(x)_1`.
 */
export function variableNames(json: MathJson): MathJson {
  const flat = flattenSubscripts(json);
  const fix = (j: MathJson): MathJson => {
    if (!Array.isArray(j)) return j;
    if ((j[0] === 'Subscript' || j[0] === 'At') && j.length === 3 && typeof j[1] === 'string' && /^(?:hat|bar|tilde)\(|\^\*$/.test(j[1])) {
      return `${j[1]}_${readAs(j[2] as MathJson).replace(/\s+/g, '')}`;
    }
    return j.map((item) => fix(item as MathJson));
  };
  return fix(flat);
}

/** The written number of a side, with the unit after it when the library reads one. */
function numberOf(latex: string, isUnit: (unit: string) => boolean): Pick<StatedValue, 'value' | 'halfUnit' | 'fractional' | 'unit'> | undefined {
  const plain = readWrittenNumber(latex);
  if (plain) return described(plain.value, plain.digits, plain.fractional === true, '');
  const m = WITH_UNIT.exec(latex.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? m[3])!;
  const number = readWrittenNumber(m[1]!);
  if (!number || number.style === 'percent' || !isUnit(unit)) return undefined;
  return described(number.value, number.digits, number.fractional === true, unit);
}

function described(value: number, digits: number, fractional: boolean, unit: string): Pick<StatedValue, 'value' | 'halfUnit' | 'fractional' | 'unit'> | undefined {
  if (!Number.isFinite(value)) return undefined;
  const halfUnit = value === 0 ? 0 : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return { value, halfUnit, fractional, unit };
}

/** Lines into a formula's source before `offset` (a display formula spans several). */
function lineWithin(source: string, offset: number): number {
  let n = 0;
  for (let k = 0; k < offset && k < source.length; k++) if (source[k] === '\n') n++;
  return n;
}
