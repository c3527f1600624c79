/**
 * How a side was read, as a short plain-math string ("6 × 10^(-8)",
 * "1.5^100", "sum(i = 1..10, i^2)"), and which free symbols it contains.
 * Both come from the same MathJSON the interpreter evaluates, so the hover
 * shows exactly what was computed.
 */
import type { MathJson } from './engine';
import { literalValue } from '../evaluate/interpret';
import { FUNCTION_SYMBOLS } from './functionCalls';
import { symbolName } from '../../claimWords';

export { symbolName };

const CONSTANT_NAMES: Readonly<Record<string, string>> = {
  Pi: 'π', ExponentialE: 'e', e: 'e', PositiveInfinity: '∞', NegativeInfinity: '−∞', NaN: 'NaN', ImaginaryUnit: 'i',
};
const FUNCTION_NAMES: Readonly<Record<string, string>> = {
  Sqrt: '√', Exp: 'exp', Ln: 'ln', Lb: 'log2', Lg: 'log10', Log: 'log', Abs: 'abs',
};

/** Heads that take no part in the value: their string arguments are not free symbols. */
const STRUCTURAL = new Set(['Error', 'LatexString', 'ErrorCode']);

/** A plain-math rendering of `json`. */
export function readAs(json: MathJson): string {
  return print(json, 0);
}

/** Free symbols of `json` (display names, sorted, unique): not constants, not bound indices. */
export function freeSymbols(json: MathJson): string[] {
  const found = new Set<string>();
  collect(json, new Set(), found);
  return [...found].sort();
}

function collect(json: MathJson, bound: Set<string>, out: Set<string>): void {
  if (typeof json === 'string') {
    if (!json.startsWith("'") && json !== 'Nothing' && !(json in CONSTANT_NAMES) && !bound.has(json) && !(json in FUNCTION_NAMES) && !isFunctionSymbol(json)) {
      out.add(symbolName(json));
    }
    return;
  }
  if (!Array.isArray(json) || json.length === 0) return;
  const [head, ...args] = json as readonly MathJson[];
  if (typeof head === 'string' && STRUCTURAL.has(head)) return;
  if ((head === 'Sum' || head === 'Product' || head === 'Integrate') && args.length >= 2) {
    const inner = new Set(bound);
    for (const limit of args.slice(1)) {
      if (!Array.isArray(limit)) continue;
      // The index is `i` in sums and `["Hold", "x"]` in integrals.
      const index = Array.isArray(limit[1]) && limit[1][0] === 'Hold' ? limit[1][1] : limit[1];
      if (typeof index === 'string') inner.add(index);
      for (const b of limit.slice(2)) collect(b as MathJson, bound, out);
    }
    collect(args[0], inner, out);
    return;
  }
  if (Array.isArray(head)) collect(head, bound, out);
  for (const a of args) collect(a, bound, out);
}

/** Capitalised engine names such as `Exp` standing for a function applied by juxtaposition. */
function isFunctionSymbol(symbol: string): boolean {
  return FUNCTION_SYMBOLS.has(symbol);
}

const PRECEDENCE: Readonly<Record<string, number>> = { Add: 1, Subtract: 1, Negate: 2, Multiply: 3, InvisibleOperator: 3, Divide: 3, Rational: 3, Power: 4 };

function print(json: MathJson, parentPrecedence: number): string {
  const literal = literalValue(json);
  if (literal !== undefined) return printNumber(literal, typeof json === 'number' ? String(json) : (json as { num: string }).num);
  if (typeof json === 'string') return json.startsWith("'") ? json.slice(1, -1) : CONSTANT_NAMES[json] ?? symbolName(json);
  if (!Array.isArray(json) || json.length === 0) return '?';
  const [head, ...args] = json as readonly MathJson[];
  const name = typeof head === 'string' ? head : print(head, 5);
  const own = PRECEDENCE[name] ?? 5;
  const p = (a: MathJson, prec = own): string => print(a, prec);
  let text: string;
  switch (name) {
    case 'Add': text = args.map((a, k) => (k > 0 && isNegate(a) ? ` − ${p((a as MathJson[])[1], 3)}` : `${k > 0 ? ' + ' : ''}${p(a)}`)).join(''); break;
    case 'Subtract': text = `${p(args[0])} − ${p(args[1], own + 1)}`; break;
    case 'Negate': text = `−${p(args[0], 3)}`; break;
    case 'InvisibleOperator':
      if (typeof args[0] === 'string' && isFunctionSymbol(args[0]) && args.length === 2) {
        const inner = p(args[1], 0);
        text = `${args[0].toLowerCase()}${inner.startsWith('(') ? inner : `(${inner})`}`;
        break;
      }
      // `f (x)` reads better as `f(x)`: no space before a parenthesised group.
      text = args.map((a, k) => (k > 0 && !(Array.isArray(a) && a[0] === 'Delimiter') ? ' ' : '') + p(a)).join('');
      break;
    case 'Multiply': text = args.map((a) => p(a)).join(' × '); break;
    case 'Divide': case 'Rational': text = `${p(args[0])} / ${p(args[1], own + 1)}`; break;
    case 'Power': text = `${p(args[0], 5)}^${exponent(args[1])}`; break;
    case 'At': case 'Subscript': text = `${p(args[0], 5)}_${exponent(args[1])}`; break;
    case 'Delimiter': text = `(${args[0] === undefined ? '' : p(args[0], 0)})`; break;
    case 'Root': text = `root(${p(args[0], 0)}, ${p(args[1], 0)})`; break;
    case 'Log': text = `${logName(args[1])}(${p(args[0], 0)})`; break;
    case 'Sum': case 'Product': text = bigOperator(name, args); break;
    // σ'(x) is the engine's ["Prime", "sigma"] (f'' nests two): σ′(x), f′′(x).
    case 'Prime': text = `${p(args[0], 5)}${'′'.repeat(typeof args[1] === 'number' ? args[1] : 1)}`; break;
    case 'Integrate': text = integralText(args); break;
    case 'Error': text = '⚠'; break;
    case 'Sequence': text = args.map((a) => p(a, 0)).join(', '); break;
    default: text = `${FUNCTION_NAMES[name] ?? name.toLowerCase()}(${args.map((a) => p(a, 0)).join(', ')})`;
  }
  return own < parentPrecedence ? `(${text})` : text;
}

/** `\\log x` is read as the natural logarithm (interpret.ts), so it is shown as ln. */
function logName(base: MathJson | undefined): string {
  if (base === undefined) return 'ln';
  const b = print(base, 5);
  return b === '2' || b === '10' ? `log${b}` : `log_${b}`;
}

function isNegate(json: MathJson): boolean {
  return Array.isArray(json) && json[0] === 'Negate' && json.length === 2;
}

function exponent(json: MathJson): string {
  const text = print(json, 0);
  return /^[\w.π]+$/.test(text) ? text : `(${text})`;
}

function bigOperator(name: string, args: readonly MathJson[]): string {
  const [body, limit] = args;
  const symbol = name === 'Sum' ? 'sum' : 'prod';
  if (Array.isArray(limit) && limit.length === 4) {
    return `${symbol}(${print(limit[1] as MathJson, 0)} = ${print(limit[2] as MathJson, 0)}..${print(limit[3] as MathJson, 0)}, ${print(body, 0)})`;
  }
  return `${symbol}(${print(body, 0)})`;
}

/** "integral(x = 0..∞, e^(−x))". */
function integralText(args: readonly MathJson[]): string {
  const [body, limit] = args;
  if (Array.isArray(limit) && limit.length === 4) {
    const variable = Array.isArray(limit[1]) && limit[1][0] === 'Hold' ? limit[1][1] : limit[1];
    return `integral(${print(variable as MathJson, 0)} = ${print(limit[2] as MathJson, 0)}..${print(limit[3] as MathJson, 0)}, ${print(body as MathJson, 0)})`;
  }
  return `integral(${print(body as MathJson, 0)})`;
}

/** Numbers as read: big or tiny ones in scientific form so that "6e-8" shows as "6 × 10^(-8)". */
function printNumber(value: number, written: string): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'NaN';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-4)) {
    const [mantissa, exp] = value.toExponential().split('e');
    return `${mantissa} × 10^(${Number(exp)})`;
  }
  return /^[+-]?[\d.]+$/.test(written) ? written.replace(/^\+/, '') : String(value);
}
