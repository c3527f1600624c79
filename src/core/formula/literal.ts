/**
 * Recognises a side that is just a number the author wrote — `0.05`, `65504`,
 * `4 \times 10^{17}`, `6e(-8)`, `10^{-3}` — and how many significant digits
 * it has. Those digits decide an `\approx` claim, and the quick fix writes the
 * computed value back in the same style.
 */
import { rewriteENotation, rewriteNumberSpelling, rewriteUnicode } from './read/preprocess';

/** The way a written number was spelled, so a fix can answer in kind. */
export type NumberStyle = 'plain' | 'times' | 'cdot' | 'e' | 'e-paren' | 'power' | 'percent';

/** A number as the author wrote it. */
export interface WrittenNumber {
  readonly value: number;
  /** Significant digits written (trailing zeros of an integer do not count). */
  readonly digits: number;
  readonly style: NumberStyle;
  /**
   * Digits after the decimal point were written (`0.272`, `3.0`), or the number
   * trails off (`0.7\ldots`): a careful reader takes such a number as rounded
   * or truncated at its last written digit.
   */
  readonly fractional?: boolean;
  /** The number trails off with `\ldots`, `\dots`, `\cdots`, `...` or `…`: the digits continue. */
  readonly continued?: boolean;
}

const DECIMAL = String.raw`(\d+(?:\.\d*)?|\.\d+)`;
const EXPONENT = String.raw`10\s*\^\s*(?:\{\s*([+-]?\d+)\s*\}|(\d))`;
const PLAIN = new RegExp(String.raw`^([+-]?)\s*${DECIMAL}$`);
const SCALED = new RegExp(String.raw`^([+-]?)${DECIMAL}\s*(\\times|\\cdot)\s*${EXPONENT}$`);
const POWER = new RegExp(String.raw`^([+-]?)${EXPONENT}$`);
const PERCENT = new RegExp(String.raw`^([+-]?)${DECIMAL}\s*\\?%$`);
/** What authors write after digits that go on: `0.7\ldots`, `3.14159\dots`, `2.718...`. */
const CONTINUATION = /\s*(?:\\(?:ldots|dots|cdots|dotsc)\b|\.\.\.|…)\s*$/;

/** The written number in `latex`, or undefined when the side is more than a number. */
export function readWrittenNumber(latex: string): WrittenNumber | undefined {
  const unwrapped = stripWrappers(rewriteNumberSpelling(rewriteUnicode(latex)));
  const raw = unwrapped.replace(CONTINUATION, '');
  const written = readPlainOrScaled(raw);
  if (!written || raw === unwrapped) return written;
  // `0.7\ldots` continues; `10^{3}\ldots` or `5\%\ldots` is not a trailing decimal.
  return written.style === 'power' || written.style === 'percent' ? undefined : { ...written, fractional: true, continued: true };
}

function readPlainOrScaled(raw: string): WrittenNumber | undefined {
  const eStyle: NumberStyle | undefined = /\d\s*[eE]\s*\(/.test(raw) ? 'e-paren' : /\d[eE][+-]?\d|\d\s*[eE]\s*\{/.test(raw) ? 'e' : undefined;
  const text = rewriteENotation(raw).trim();
  let m = PLAIN.exec(text);
  if (m) return make(m[1], m[2], 0, 'plain');
  m = SCALED.exec(text);
  if (m) return make(m[1], m[2], Number(m[4] ?? m[5]), eStyle ?? (m[3] === '\\cdot' ? 'cdot' : 'times'));
  m = POWER.exec(text);
  if (m) return { value: Number(`${m[1]}1e${m[2] ?? m[3]}`), digits: 1, style: 'power' };
  m = PERCENT.exec(text);
  if (m) return make(m[1], m[2], -2, 'percent');
  return undefined;
}

/**
 * Where a number inside a side starts: not within a name (`x2.5`, `W_1.5`) or
 * a longer number, but possibly right after a command glued to it
 * (`2\times0.101^2`: scutan90/DeepLearning-500-questions, ch02), which
 * a reader sees as `\times 0.101`.
 */
const NUMBER_START = String.raw`(?<![.\\])(?:(?<!\w)|(?<=\\[A-Za-z]+))`;
/** Decimals written inside a side (`0.101` in `\times0.101`), the digits in group 1. */
export const DECIMAL_IN_SIDE = new RegExp(String.raw`${NUMBER_START}(\d*\.\d+)(?![\d.])`, 'g');
/** Integers written inside a side, not as a bare exponent or index (`x^2`, `a_{12}`), the digits in group 1. */
export const INTEGER_IN_SIDE = new RegExp(String.raw`${NUMBER_START}(?<![\^_]\{?)(\d+)(?![\d.])`, 'g');

/** Significant digits of a decimal mantissa such as "0.050" (2) or "1200" (2). */
export function significantDigits(mantissa: string): number {
  const hasPoint = mantissa.includes('.');
  let digits = mantissa.replace('.', '').replace(/^0+/, '');
  if (!hasPoint) digits = digits.replace(/0+$/, '');
  return Math.max(1, digits.length);
}

function make(sign: string, mantissa: string, exponent: number, style: NumberStyle): WrittenNumber {
  const value = Number(`${sign}${mantissa}e${exponent}`);
  const digits = significantDigits(mantissa);
  return /\.\d/.test(mantissa) ? { value, digits, style, fractional: true } : { value, digits, style };
}

/** Remove spacing, `\left( … \right)` or `{…}` around the whole side. */
function stripWrappers(latex: string): string {
  let s = latex.replace(/\\(?:[,;:! ]|quad|qquad)/g, ' ').trim();
  for (;;) {
    const inner =
      /^\\left\s*\(([\s\S]*)\\right\s*\)$/.exec(s)?.[1] ?? /^\{([^{}]*)\}$/.exec(s)?.[1] ?? /^\(([^()]*)\)$/.exec(s)?.[1];
    if (inner === undefined) return s;
    s = inner.trim();
  }
}
