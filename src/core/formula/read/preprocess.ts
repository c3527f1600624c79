/**
 * Rewrites the LaTeX habits of note-takers that the Compute Engine would read
 * differently from the author, before the side is parsed:
 *
 * - plain-text e-notation: `6e(-8)`, `6e{-8}`, `6e-8`, `6E8` → `6\times10^{-8}`
 *   (CE would read `6e(-8)` as 6·e·(−8));
 * - `\operatorname{exp}` and friends → `\exp`; other operator names → a symbol;
 * - upright single letters (`\mathrm{d}`, `\mathrm{e}`) → the letter;
 * - spacing commands (`\quad`, `\,`, `~`), `\text{…}` and sizing hints → nothing;
 * - `{,}` digit-group separators, `\dfrac`/`\tfrac`, Unicode ×, ·, −, ≈, ≤, ≥, ≠,
 *   and superscript digits (`10⁻⁵` → `10^{-5}`);
 * - `12.5%` (no backslash) → `12.5\%`: a percent, not a TeX comment;
 * - `\log_{10}` → `\lg`: the engine reads `\log_{10} x` and `\log x` alike,
 *   and we take `\log` as the natural logarithm (interpret.ts), as numpy,
 *   PyTorch and the deep-learning texts do;
 * - `log` written without its backslash (`log \frac{1+3}{1+3}`) → `\log`: no
 *   note means the product l·o·g; nor t·a·n·h in `tanh(x)`: `exp`, `sin`, `tanh`,
 *   `sigmoid` … right before their parenthesis are the functions, and `\exp^{-x}`
 *   is e^{-x}.
 */

import { derivativeNotation } from './derivativeNotation';
import { FROM_SUPERSCRIPT as SUPERSCRIPTS } from '../../text/superscript';
import { TEXT_FUNCTION_NAME } from '../split';
import { bracedGroup } from './bracedGroup';
import { rewriteDivisorNames } from './divisorNames';
import { remainderWordAsOperator } from './remainderWord';
import { rewriteSeriesNotation } from './seriesNotation';
import { readUprightLetters } from './uprightLetters';
import { dropShapeAnnotations } from './shapeAnnotations';
import { dropUnclosedOpening } from './strayParenthesis';
import { TextMemo } from './textMemo';
import { rewriteIndicators } from './iversonBrackets';
import { escapedSubscriptsRead } from './escapedSubscripts';
import { rewriteExtremaOfLists } from './extremumOfList';
import { logSuperscriptAsArgument } from './logBaseSuperscript';
import { errorFunctionNamesRead } from './errorFunctionNames';
import { rewriteBracketGroups } from './bracketGroups';
import { unwrappedNotation } from './notationWrappers';

const KNOWN_FUNCTIONS = new Set([
  'exp', 'ln', 'log', 'lg', 'lb', 'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'sinh', 'cosh', 'tanh',
  'arcsin', 'arccos', 'arctan', 'max', 'min',
]);

/** `\\operatorname{sign}`, `\\text{sgn}(x)`: the sign function, which the engine reads as `\\mathrm{sgn}`. */
const SIGN_NAMES = new Set(['sign', 'sgn']);
/** `log` as a word: not part of a longer name, not a command's name, not an argument (`\mathrm{log}`). */
const LOG_WORD = /(?<![\\A-Za-z{])log(?![A-Za-z])/g;
/** A function's name typed as a word before its parenthesis (`tanh(x)`, not `\tanh`, not inside `arctanh` or `\mathrm{tanh}`). */
const FUNCTION_WORD = /(?<![\\A-Za-z{])(sigmoid|tanh|sinh|cosh|exp|sin|cos|tan)(?=\s*(?:\(|\\left\s*\())/g;
/**
 * `logsoftmax(z_i) = log{\frac{e^{z_i - max(z)}}{\sum_j{e^{z_j - max(z)}}}}` (jyroy-llm-learning): max, min, softmax and
 * logsoftmax typed as words right before their argument are those functions, never m·a·x (notationWrappers.ts's doc);
 * not a label in a subscript or superscript (`x_{max}(t)`, `z_max(`).
 */
const EXTREMUM_WORD = /(?<![\\A-Za-z_^]|[_^]\s*\{\s*)(max|min|softmax|logsoftmax)(?=\s*(?:\(|\\left\s*\())/g;
/** A `\log` with no base written (not `\log_2`, `\log_{10}`, `\logit`), with or without its backslash. */
export const BARE_LOG = /(?:\\|(?<![\\A-Za-z{]))log(?![A-Za-z])(?!\s*_)/;

/** Mantissa digits not glued to a preceding letter, digit or command (so `x2e3` is left alone). */
const MANTISSA = String.raw`(?<![A-Za-z0-9\\.])(\d+(?:\.\d*)?|\.\d+)`;
const E_NOTATION = [
  new RegExp(MANTISSA + String.raw`\s*[eE]\s*\(\s*([+-]?)\s*(\d+)\s*\)`, 'g'),
  new RegExp(MANTISSA + String.raw`\s*[eE]\s*\{\s*([+-]?)\s*(\d+)\s*\}`, 'g'),
  new RegExp(MANTISSA + String.raw`[eE]([+-]?)(\d+)(?![A-Za-z0-9])`, 'g'),
];

/** Upright text as a subscript or superscript, `k_\\textrm{h}` or braced `d_{\\text{model}}`: its name. */
const TEXT_COMMAND = String.raw`\\(?:text|textrm|textit|textbf|mbox|mathrm)\s*\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}`;
const TEXT_SCRIPT = new RegExp(String.raw`([_^])\s*(?:\{\s*${TEXT_COMMAND}\s*\}|${TEXT_COMMAND})`, 'g');

/** Unicode math characters that people paste, mapped to the LaTeX that CE knows. */
const UNICODE: ReadonlyArray<readonly [RegExp, string]> = [
  [/×/g, String.raw`\times `],
  [/[·⋅]/g, String.raw`\cdot `],
  [/−/g, '-'],
  // `(3 − 1) ∗ 1 + 3` (AngeloGalav/deep-learning-notes): the asterisk operator between numbers is
  // a product; beside a name it may be a convolution, which stays unread.
  [/(?<=\d\s*\)?\s*)∗(?=\s*\(?\s*\d)/g, String.raw`\cdot `],
  [/≈/g, String.raw`\approx `],
  [/≤/g, String.raw`\le `],
  [/≥/g, String.raw`\ge `],
  [/≠/g, String.raw`\neq `],
  [/π/g, String.raw`\pi `],
  // `\int_{-∞}^x f_X(t)dt` (ChenMatsu/UniversityEntrance, a CDF): the infinity sign pasted as is.
  [/∞/g, String.raw`\infty `],
  // Invisible characters pasted from rendered math (`\log_2⁡ 8`, U+2061 function application): the invisible
  // times is a product; the others (function application, separator, plus, zero-width space, BOM) are nothing.
  [/\u2062/g, String.raw`\cdot `],
  [/[\u2061\u2063\u2064\u200b-\u200d\ufeff]/g, ''],
];

/** A run of Unicode superscript digits and signs as a braced exponent. */
function rewriteSuperscripts(latex: string): string {
  return latex.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺]+/g, (run) => `^{${[...run].map((c) => SUPERSCRIPTS[c]).join('')}}`);
}

/**
 * Digit grouping authors write in numbers: `30,000`, `768{,}000`, `1\,000\,000`,
 * and bold or upright numbers (`\mathbf{0.37}`), percentages too
 * (`670 / 912 \approx \mathbf{73\%}`, tom-jerr/tom-jerr.github.io): the plain
 * number, so its written digits decide. A comma counts as grouping only before
 * exactly three digits, in runs that end there (`(1,2,4)` stays a list). A braced
 * comma before any other number of digits, and no further group, is a decimal comma, as
 * European notes write it: `\frac{218}{5} + 1 = 43{,}6 + 1 = 44{,}6` (a Spanish CNN
 * exercise on output sizes); `1{,}00{,}000` stays grouped, as Indian notes group it.
 */
export function rewriteNumberSpelling(latex: string): string {
  return latex
    .replace(/\\(?:mathbf|boldsymbol|bm|mathrm|textbf|mathit)\s*\{\s*(-?\s*\d+(?:\.\d+)?(?:\s*\\%)?)\s*\}/g, '$1')
    .replace(/(\d)\{,\}(?=\d)(?!\d{3}(?!\d))(?!\d+\{,\})/g, '$1.')
    .replace(/(\d)\{,\}(?=\d)/g, '$1')
    .replace(/(?<![\d.,])\d{1,3}(?:(?:,|\\,)\d{3})+(?![\d,])/g, (m) => m.replace(/\\,|,/g, ''));
}

/**
 * `2e + 1`, `3e - 1` with spaces (Myyura/the_kai_project, hosei-university 2024: `-e^2 + 3e - 1`): Euler's number
 * times a digit, which the engine would read as e-notation (2e+1 = 20). E-notation an author means is written
 * without spaces and was rewritten before this runs (rewriteENotation), so any digit then e then a sign left is e.
 */
function eulerAfterDigits(latex: string): string {
  return latex.replace(/(\d)\s*e(?=\s*[+-])/g, '$1 \\cdot e');
}

/** Rewrite e-notation only: shared with the literal reader so both agree. */
export function rewriteENotation(latex: string): string {
  // Every pattern needs a mantissa's last digit or point before its e: without one, nothing to rewrite.
  if (!/[\d.]\s*[eE]/.test(latex)) return latex;
  let out = latex;
  for (const pattern of E_NOTATION) {
    out = out.replace(pattern, (_m, mantissa: string, sign: string, exponent: string) =>
      `${mantissa}\\times10^{${sign === '-' ? '-' : ''}${exponent}}`,
    );
  }
  return out;
}

/** Unicode ×, ·, −, ≈ … as LaTeX: shared with the literal reader so that `4×10^{17}` is a written number too. */
export function rewriteUnicode(latex: string): string {
  // Every character rewritten here is outside ASCII.
  if (/^[\x00-\x7f]*$/.test(latex)) return latex;
  let out = latex;
  for (const [pattern, replacement] of UNICODE) out = out.replace(pattern, replacement);
  return rewriteSuperscripts(out);
}

/**
 * `\binom{n}{k}` (and `\dbinom`, `\tbinom`) as a call the interpreter evaluates:
 * the engine this project pins cannot read `\binom`.
 */
function rewriteBinomials(latex: string): string {
  let out = '';
  let at = 0;
  const pattern = /\\[dt]?binom\s*/g;
  for (let m = pattern.exec(latex); m; m = pattern.exec(latex)) {
    const n = bracedGroup(latex, m.index + m[0].length);
    const k = n && bracedGroup(latex, n.end + (/^\s*/.exec(latex.slice(n.end))?.[0].length ?? 0));
    if (!n || !k) continue;
    out += `${latex.slice(at, m.index)}\\mathrm{Binomial}(${rewriteBinomials(n.content)}, ${rewriteBinomials(k.content)})`;
    at = k.end;
    pattern.lastIndex = k.end;
  }
  return out + latex.slice(at);
}

/**
 * An unbraced subscript as a braced one: `x_1 + x_2` → `x_{1} + x_{2}`,
 * `\\alpha_t\\alpha_{t-1}` → `\\alpha_{t}\\alpha_{t-1}`. The engine reads an
 * unbraced subscript as running on to the end (`x_1 + x_2` as x sub (1 + x₂)),
 * where TeX takes one token: one letter or command. A run of digits stays one
 * index (`W_12` is W₁₂, as its author means, though TeX would print W₁2).
 */
function braceSubscripts(latex: string): string {
  return latex.replace(/(?<!\\)_\s*(\d+|[A-Za-z]|\\[A-Za-z]+)/g, (_m, index: string) => `_{${index}}`);
}

/**
 * `(1 \, 2 \, 3)`: digits kept apart by a space command, which is neither one number
 * (the engine reads 123) nor a tuple to compare element by element — it is a
 * permutation's cycle, or a list we cannot tell from one. A thousands group
 * (`1\,000`) is no such thing; plain spaces are ignored in math, as TeX does
 * (`1 000` is 1000).
 */
export function spacesDigits(latex: string): boolean {
  return /\d\s*(?:\\[,;: ]|~)\s*\d/.test(rewriteNumberSpelling(latex));
}

/**
 * A side that runs over rows (`a + b \\\\ &+ c`, split.ts) read as one expression: its row breaks
 * outside braces and environments (a matrix keeps its rows) become spaces.
 */
function blankRowBreaks(text: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('\\begin', i)) depth++;
    else if (text.startsWith('\\end', i)) depth--;
    const ch = text[i]!;
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth === 0 && text.startsWith('\\\\', i)) {
      out += '  ';
      i++;
      continue;
    }
    if (ch === '\\') {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Sides normalised so far, by text (one side is normalised for each reading of it). */
const normalized = new TextMemo((latex) => normalizeOnce(latex));

/** Forget every side normalised so far (clearFormulaCache: benchmarks time uncached analyses). */
export function clearNormalizeCache(): void {
  normalized.clear();
}

/**
 * `[\beta_0 + \beta_1 - 6]^2`: square brackets raised to a power group a sum, as
 * parentheses do (the engine reads a list). Not after a name (`E[X]^2`, `x[1]`), not
 * around a comma (`[2, 3]^T` is a vector), not before a transpose.
 */
export function rewriteBracketPowers(latex: string): string {
  let out = latex;
  for (let open = out.indexOf('['); open >= 0; open = out.indexOf('[', open + 1)) {
    // `\\left[ h \\right]^{y}`: the sizing command is part of the bracket, not a name before it; so is
    // `\\right]^{y}\\left[ 1 - h \\right]^{1 - y}`, a product of powers of brackets.
    const before = out.slice(0, open).replace(/\\right\s*[)\]]\s*\^\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*\\left\s*$/, '(').replace(/\\left\s*$/, '');
    if (/[A-Za-z0-9\\}_^)\]]\s*$/.test(before)) continue;
    let depth = 0;
    let close = -1;
    for (let k = open; k < out.length && close < 0; k++) {
      if (out[k] === '[') depth++;
      else if (out[k] === ']' && --depth === 0) close = k;
    }
    if (close < 0 || out.slice(open, close).includes(',') || !/^\s*\^\s*(?!\{?\s*(?:T\b|\\top))/.test(out.slice(close + 1))) continue;
    out = `${out.slice(0, open)}(${out.slice(open + 1, close)})${out.slice(close + 1)}`;
  }
  return out;
}

/** Normalise one side (no relation inside) for the Compute Engine. */
export function normalizeLatex(latex: string): string {
  return normalized.of(latex);
}

/**
 * `\color{red}{2 + 2}`, `{\color{red} 5}`, `\textcolor{blue}{x}`, `\colorbox{yellow}{x}`: colour changes how the
 * math looks, never what it says — the colour's name is no product of letters r·e·d.
 */
function dropColours(latex: string): string {
  if (!latex.includes('color')) return latex;
  return latex.replace(/\\(?:textcolor|color|colorbox)\s*(?:\[[^\]]*\]\s*)?\{[^{}]*\}/g, ' ');
}

/**
 * `\\bigl(`, `\\Bigr]`, `\\biggl\\{`, `\\big|`: a delimiter's size says how tall it is set, never what it
 * groups, so the bracket stays and its size goes (`\\sum_i \\log \\biggl( \\frac{1}{\\sqrt{2\\pi}\\sigma} exp\\bigl(…\\bigr)
 * \\biggr)`, girafe-ml-course). `\\bigl.` is an empty delimiter: both go.
 */
function dropDelimiterSizes(latex: string): string {
  if (!/\\(?:big|Big|bigg|Bigg)/.test(latex)) return latex;
  return latex.replace(/\\(?:big|Big|bigg|Bigg)[lrm]?(?![A-Za-z])\s*(?:\.)?/g, ' ');
}

/** The rewrites of one normalising pass, in the order they apply (each reads what the one before left). */
const NORMALIZING_STEPS: ReadonlyArray<(latex: string) => string> = [
  readUprightLetters, unwrappedNotation, escapedSubscriptsRead, errorFunctionNamesRead, dropDelimiterSizes, derivativeNotation, dropColours, rewriteIndicators, rewriteExtremaOfLists, dropShapeAnnotations, dropUnclosedOpening,
  blankRowBreaks, rewriteBracketPowers, rewriteBracketGroups, rewriteUnicode, rewriteNumberSpelling, rewriteSeriesNotation, rewriteBinomials,
  rewriteDivisorNames, remainderWordAsOperator,
];

function normalizeOnce(latex: string): string {
  const out = NORMALIZING_STEPS.reduce((text, step) => step(text), latex)
    // KaTeX's `\\infin` (Lyuuwu/LearningNote, `\\int_{-\\infin}^{\\infin} xf(x)dx`): the engine knows only `\\infty`.
    .replace(/\\infin(?![A-Za-z])/g, '\\infty ')
    // `-\\text{log}\\frac{1}{1+\\text{exp}(-wx)}`: a known function's name set as text is that function, never prose to drop.
    .replace(/\\(?:text|textrm|mbox|mathrm)\s*\{\s*([a-z]+)\s*\}/g, (run, name: string) => (KNOWN_FUNCTIONS.has(name) ? `\\${name} ` : run))
    // `\\frac{\\text{d}y}{\\text{d}x}`, `\\int f\\,\\text{d}x`: an upright d set as text before a variable is the
    // differential, as `\\mathrm{d}` is, never prose to drop (dropping it left y/x, a false "fails").
    .replace(/(?<![_^]\s*\{?\s*)\\(?:text|textrm|textup)\s*\{\s*d\s*\}(?=\s*(?:[A-Za-z]|\\[A-Za-z]|\}))/g, '\\mathrm{d}')
    // `k_\\textrm{h}`, `W_\\text{out}`: text as a subscript or superscript is part of the name.
    // Braced too: `d_{\\text{model}}` is d_model, and d_ff another name, never one d_ with its text dropped.
    .replace(TEXT_SCRIPT, (_m, mark: string, braced: string | undefined, bare: string | undefined) => `${mark}{${braced ?? bare}}`)
    // `\\text{sign}(12)` names a function applied to (12): keep the name, never drop it and leave `(12)`.
    // A name with underscores (`transistor\_count`) is one name too, and so are one letter (`\mbox{S}(t)`) and
    // words in any script (`\text{Tanh encogida}(x)`): the name keeps its Latin letters and digits.
    .replace(/\\(?:text|textrm|mbox)\s*\{[^\s{}\\](?:(?:[^{}\\]|\\_)*[^\s{}\\])?\}(?=\s*(?:\(|\\left\s*\())/g, (run, at: number, all: string) =>
      TEXT_FUNCTION_NAME.test(all.slice(at)) ? `\\operatorname{${/\{([^}]*)\}/.exec(run)![1]!.replace(/[^A-Za-z0-9]/g, '') || 'f'}}` : run,
    )
    .replace(/\\(?:text|textrm|textit|textbf|mbox|hbox)\s*\{[^{}]*\}/g, ' ')
    // `16/30 = 0.5\bar{3}` (pyro-ai/pyro tutorials, a Beta posterior mean): a bar over the digits after a decimal
    // point marks them repeating, as `\overline` does, which the engine reads as 0.5333….
    .replace(/(\d\.\d*)\s*\\bar\s*(?:\{\s*(\d+)\s*\}|(\d))/g, (_m, decimal: string, braced?: string, one?: string) => `${decimal}\\overline{${braced ?? one}}`)
    // `0.9(2)`, `0.5(-1)`, `3.785 (2)`: a decimal before a bracket is multiplied by it (a discounted
    // return, a regression's term), never the engine's repeating decimal 0.9222….
    .replace(/(?<![\d.])(\d+\.\d+)\s*(?=\()/g, '$1\\cdot ')
    // `60.59.58`: with two points or more it is no decimal but a product written with dots.
    .replace(/(?<![\d.])\d+(?:\.\d+){2,}(?![\d.])/g, (run) => run.split('.').join(' \\cdot '))
    .replace(/\\operatorname\*?\s*\{\s*([A-Za-z]+)\s*\}/g, (_m, name: string) =>
      KNOWN_FUNCTIONS.has(name) ? `\\${name} ` : SIGN_NAMES.has(name) ? '\\mathrm{sgn}' : `\\mathrm{${name}}`,
    )
    .replace(/\\(?:mathrm|mathit|mathup|rm)\s*\{\s*([A-Za-z])\s*\}/g, '$1')
    // `\\frac{4}{32}=12.5%`: a percent sign typed without its backslash right after a number is the
    // percent the author means (the literal reader takes it so too), not a TeX comment dropping it.
    // `0.405 \\, (40.5\\%)`: a percentage in brackets after a number restates it, it multiplies nothing.
    .replace(/(\d)\s*(?:\\[,;: ]\s*)?\(\s*\d+(?:\.\d+)?\s*\\?%\s*\)/g, '$1')
    .replace(/(\d)%/g, '$1\\%')
    .replace(/\\[dtc]frac(?![A-Za-z])/g, '\\frac')
    // `\\hat m_t`, `\\hat\\theta`: an accent takes one letter or command without braces, as TeX sets it (`\\hat{m}_t`).
    .replace(/\\(hat|bar|tilde|widehat|widetilde|overline|vec)(?![A-Za-z])\s*(\\[A-Za-z]+|[A-Za-z])/g, '\\$1{$2}')
    // `2 + 1 = 3 \; \checkmark` (djeada/Numerical-Methods): a tick after a result marks it checked, it multiplies nothing.
    .replace(/\\checkmark(?![A-Za-z])|✓|✔/g, ' ')
    // `\\boxed{…}` frames a result: what is inside is the math (split.ts opens it when it holds a statement).
    .replace(/\\boxed\s*(?=\{)/g, '')
    .replace(LOG_WORD, '\\log ')
    // `log_3^n`: the superscript of a based log with nothing after it is its argument (logBaseSuperscript.ts).
    .replace(/[\s\S]*/, logSuperscriptAsArgument)
    // `tanh(x)`, `sigmoid(x)` typed without a backslash, right before their argument: the functions, never t·a·n·h.
    .replace(FUNCTION_WORD, (_m, name: string) => (name === 'sigmoid' ? '\\operatorname{sigmoid}' : `\\${name} `))
    .replace(EXTREMUM_WORD, (_m, name: string) => (name === 'max' || name === 'min' ? `\\${name} ` : `\\operatorname{${name}}`))
    // `\exp^{-x}`: exp written with the exponent it stands for, e^{-x}.
    .replace(/\\exp\s*\^/g, 'e^')
    // `\\log_10(3)`: TeX sets log₁0(3), but a base of two digits written without braces is meant whole.
    .replace(/\\log\s*_\s*(?:\{\s*10\s*\}|10(?!\d))/g, '\\lg ')
    // `\\log_23` (Myyura/the_kai_project, eeis 2020): as TeX sets it, log₂3 — a subscript without braces is one digit.
    .replace(/\\log\s*_\s*([2-9])(\d)/g, '\\log_{$1} $2')
    .replace(/\\(?:qquad|quad|displaystyle|textstyle|limits|nolimits|[,;:!> ])/g, ' ')
    // `\\Large` and the other size switches change how big the rest is set, not what it says.
    .replace(/\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])/g, ' ')
    .replace(/\\(?:hspace|vspace)\*?\s*\{[^{}]*\}/g, ' ')
    .replace(/~/g, ' ')
    // Digits that trail off (`3.14159\\dots`) are read as written; claims.ts knows they continue.
    // Dots with a number after them elide factors or terms (`1 \\cdot 1 \\cdots 1`), never digits: 1 1 is not 11.
    .replace(/(\d)\s*(?:\\(?:ldots|dots|cdots|dotsc)(?![A-Za-z])|\.\.\.|…)(?!\s*\d)/g, '$1')
    .replace(/(^|[^\\])&/g, '$1 ');
  return braceSubscripts(eulerAfterDigits(rewriteENotation(out))).trim();
}
