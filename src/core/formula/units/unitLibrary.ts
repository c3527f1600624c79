/**
 * The mathjs unit database, built for plain float64 numbers. Import it
 * statically (units.ts does): only then can esbuild tree-shake mathjs down to
 * its Unit class; nothing is built until `makeUnitClass()` is called.
 *
 * mathjs's `create({ UnitDependencies })` compiles a typed-function for each
 * arithmetic dependency of its Unit class (number, BigNumber, Fraction,
 * Complex signatures): 237 KB minified and ≈250 ms before the first unit on
 * our CI-class machine. We only ever hold float64 values, so we call the
 * exported `createUnitClass` factory ourselves with plain-number operations:
 * 46 KB minified, ≈10–25 ms (docs/decisions.md, "Units in formulas").
 */
import * as mathjs from 'mathjs';

/** The part of mathjs's Unit we use (its own typings do not declare the factory). */
export interface MathUnit {
  /** Value in base units (mathjs keeps every value normalised: 1 MB holds 8e6 bit). */
  value: number | null;
  readonly dimensions: readonly number[];
  multiply(other: MathUnit | number): MathUnit | number;
  divide(other: MathUnit | number): MathUnit | number;
  divideInto(numerator: number): MathUnit | number;
  pow(p: number): MathUnit | number;
  equalBase(other: MathUnit): boolean;
  clone(): MathUnit;
  toSI(): MathUnit;
  formatUnits(): string;
}

export interface MathUnitClass {
  new (value: number | null | undefined, name?: string): MathUnit;
  readonly BASE_DIMENSIONS: readonly string[];
  isValuelessUnit(name: string): boolean;
  createUnit(definitions: Record<string, { definition?: string; prefixes?: string; aliases?: string[]; baseName?: string }>): unknown;
}

type UnitFactory = (dependencies: Record<string, unknown>) => MathUnitClass;

/** A fresh Unit class over float64, with FLOP and FLOP/s added. */
export function makeUnitClass(): MathUnitClass {
  const factory = (mathjs as unknown as { createUnitClass: UnitFactory }).createUnitClass;
  const Unit = factory({
    // predictable: false turns a dimensionless result (MB / GB) into a plain number.
    config: { number: 'number', predictable: false, precision: 64, relTol: 1e-12, absTol: 1e-15 },
    addScalar: (a: number, b: number) => a + b,
    subtractScalar: (a: number, b: number) => a - b,
    multiplyScalar: (a: number, b: number) => a * b,
    divideScalar: (a: number, b: number) => a / b,
    pow: (a: number, b: number) => a ** b,
    abs: Math.abs,
    fix: Math.trunc,
    round: Math.round,
    equal: (a: number, b: number) => a === b,
    isNumeric: (x: unknown) => typeof x === 'number',
    format: (x: number) => String(x),
    number: (x: unknown) => Number(x),
    // Only the reactive-power unit VAR is complex (value i); we never read it.
    Complex: { I: Number.NaN },
    BigNumber: class {},
    Fraction: class {},
  });
  // A floating-point operation is its own base dimension; FLOPS is a rate.
  Unit.createUnit({ FLOP: { prefixes: 'short', baseName: 'FLOP' } });
  Unit.createUnit({ FLOPS: { definition: '1 FLOP/s', prefixes: 'short' } });
  return Unit;
}
