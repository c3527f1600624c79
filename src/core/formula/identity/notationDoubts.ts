/**
 * Notations of study notes under which a claim that fails with real numbers is
 * what its author meant (docs/readings/notations.md). Each only ever turns a "fails"
 * into an undecided claim, with the reading named.
 *
 * - `I^{-1} = I`, `K^{n+2} = -K^n`: one capital letter on both sides, alone or
 *   raised to a power, is a law of matrix powers (the identity, a skew-symmetric
 *   cross-product matrix), which no real number need satisfy.
 * - `\lambda^n = 5 \lambda^{n-1} - 6 \lambda^{n-2}`: sums of numbers times powers of one
 *   base to one letter plus whole numbers are a recurrence's characteristic equation.
 * - `v-(v\cdot k)k = -k\times(k\times v)`: a letter crossed with a bracket that
 *   crosses letters is the double cross product of vectors (Rodrigues' rotation
 *   formula), which is neither commutative nor associative.
 * - `r e^{\theta \mathrm{j}} = r \cos \theta+r \sin \theta \mathrm{j}`: engineers
 *   write the imaginary unit j.
 * - `\sum_{i=1}^{10} e^i = 31.9`: e with the sum's own index as superscript is the
 *   i-th error e⁽ⁱ⁾, as `x^n` is the n-th sample in the same notes.
 * - `\cos x = \sum_n \frac{(-1)^n x^{2n}}{2n!}`: a factorial after a number times a letter may be of
 *   the product, (2n)!, as its author means.
 * - `58 ·82 37 = 14`: two numbers with only a space between them are not written
 *   as a product (here ·₈₂ is multiplication modulo 82, with its subscript lost).
 */
import type { FunctionDefinition } from '../types';
import type { MathJson } from '../read/engine';
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const CAPITAL = /^[A-Z]$/;

/** The capital letter a side is made of (`I`, `-K^n`, `I^{-1}`, `\frac{1}{A}`), if it is only that letter and powers of it. */
function capitalPowerOf(json: MathJson): string | undefined {
  if (typeof json === 'string') return CAPITAL.test(json) ? json : undefined;
  if (!Array.isArray(json)) return undefined;
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'Negate' && args.length === 1) return capitalPowerOf(args[0]!);
  if ((head === 'Power' || head === 'Root') && args.length === 2) return typeof args[0] === 'string' && CAPITAL.test(args[0]) ? args[0] : undefined;
  if (head === 'Divide' && args.length === 2 && args[0] === 1) return capitalPowerOf(args[1]!);
  return undefined;
}

/** `k\times(k\times v)`: a letter crossed with a bracket that crosses letters, the double cross product of vector algebra (`p \times r` of two scalars is not). */
const NESTED_CROSS = /(?<![\\A-Za-z])[A-Za-z]\s*\\times\s*(?:\\left\s*)?\(\s*[A-Za-z]\s*\\times\s*[A-Za-z]\s*(?:\\right\s*)?\)/;

/** `\\frac{x^{2n}}{2n!}` (boonware/notes, the cosine's series): TeX's 2·n!, but its author means (2n)!. */
const SCALED_FACTORIAL = /(?<![\w\\.])\d+\s*[A-Za-z]\s*!/;

/** `3`, `-1` written as `['Negate', 1]`. */
function isWhole(json: MathJson): boolean {
  return Number.isInteger(json) || (Array.isArray(json) && json[0] === 'Negate' && json.length === 2 && Number.isInteger(json[1]));
}

/** The bases and exponent letters of `json` when it is a sum of numbers times powers `λ^{n-k}` with whole k; undefined when it is anything else. */
function powerTerms(json: MathJson, into: { bases: Set<string>; exponents: Set<string> }): boolean {
  if (isWhole(json)) return true;
  if (!Array.isArray(json)) return false;
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'Add' || head === 'Subtract' || head === 'Negate') return args.every((a) => powerTerms(a, into));
  if (head === 'Multiply' || head === 'InvisibleOperator') return args.filter((a) => !isWhole(a)).length === 1 && args.every((a) => isWhole(a) || powerTerms(a, into));
  if (head !== 'Power' || typeof args[0] !== 'string') return false;
  const exponent = args[1]!;
  const shifted = Array.isArray(exponent) && (exponent[0] === 'Add' || exponent[0] === 'Subtract') && exponent.length === 3 ? (exponent as readonly MathJson[]).slice(1) : undefined;
  const letter = typeof exponent === 'string' ? exponent
    : shifted && shifted.some((a) => typeof a === 'string') && shifted.some(isWhole) ? (shifted.find((a) => typeof a === 'string') as string)
    : undefined;
  if (letter === undefined) return false;
  into.bases.add(args[0]);
  into.exponents.add(letter);
  return true;
}

/** `\lambda^n = 5 \lambda^{n-1} - 6 \lambda^{n-2}`: a recurrence's trial solution, an equation in λ (its characteristic equation). */
function isCharacteristicEquation(left: MathJson, right: MathJson): boolean {
  const seen = { bases: new Set<string>(), exponents: new Set<string>() };
  if (!powerTerms(left, seen) || !powerTerms(right, seen)) return false;
  return seen.bases.size === 1 && seen.exponents.size === 1 && [...seen.bases][0] !== [...seen.exponents][0];
}

/** Why a failing identity may be read under another notation, or undefined. */
export function notationDoubt(left: MathJson, right: MathJson, latex: string): string | undefined {
  const capital = capitalPowerOf(left);
  if (capital !== undefined && capitalPowerOf(right) === capital) {
    return `${capital} may be a matrix (a law of its powers), which a check with numbers cannot refute`;
  }
  if (isCharacteristicEquation(left, right)) return 'it reads as an equation in the base of its powers (a characteristic equation), not an identity';
  if (NESTED_CROSS.test(latex.replace(/\\(?:mathbf|boldsymbol|vec|bm)\s*\{([^{}]*)\}/g, '$1'))) {
    return 'k \\times (k \\times v) may be a cross product of vectors, which a check with numbers cannot refute';
  }
  if (SCALED_FACTORIAL.test(latex)) return '2n! may be (2n)!, as series are often written, which a check of 2·n! cannot refute';
  return undefined;
}

/**
 * `\mathrm{j}`, `\text{j}`, or a j in an exponent of e beside a cos or sin: j written for the imaginary unit.
 * The j may be glued to one letter, the exponent's variable: `e^{jx}=\cos x+j\sin x` (DuskNgai/Paper-Notes,
 * Biology/Cryo/1992 Hartley Transform.md), Euler's formula as signal-processing notes write it.
 */
export function writesImaginaryJ(sides: readonly string[]): boolean {
  if (sides.some((s) => /\\(?:mathrm|text|textrm|operatorname)\s*\{\s*j\s*\}|\\jmath\b/.test(s))) return true;
  const euler = sides.some((s) => /(?<![A-Za-z\\])e\s*\^\s*\{[^{}]*(?<![A-Za-z\\])j[A-Za-z]?(?![A-Za-z])[^{}]*\}/.test(s));
  return euler && sides.some((s) => /\\(?:cos|sin)\b/.test(s));
}

/**
 * `\mathbf{e}\cdot\mathbf{e}=1` (DuskNgai/Paper-Notes, Course Notes/Differential Geometry/Chapter 2): a bold
 * or arrowed e is a vector (a unit normal, a basis vector e_1), never Euler's number.
 */
export function writesVectorE(sides: readonly string[]): boolean {
  return sides.some((s) => /\\(?:mathbf|boldsymbol|bm|vec|mathbfit|hat|overrightarrow)\s*(?:\{\s*(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?e\s*\}|\s+e(?![A-Za-z]))/.test(s));
}

/**
 * `$e in S_1$ by definition of [[Group]], and $|e|=1$` (aortega0703/math-notes, Group/Examples/Group of permutations
 * Sn has elements of all orders up to n.md): e alone between bars is a named thing's size — the order of a group's
 * identity, the norm of an error vector — never Euler's number, whose absolute value nobody writes.
 */
export function writesBarredE(sides: readonly string[]): boolean {
  return sides.some((s) => /(?:\\left\s*)?(?:\\\||\\[lr]Vert|\\[lr]vert|\\Vert|\\vert|\|)\s*e\s*(?:\\right\s*)?(?:\\\||\\[lr]Vert|\\[lr]vert|\\Vert|\\vert|\|)/.test(s));
}

/**
 * `\Gamma(0)=-1!=\infty` (Tulbm/Stats-Notes, Math Stats 1/Beta Function.md): a side that is a negative
 * number's factorial as written, −n!, meant as (−n)! — the factorial Γ(n + 1) continues, with a pole at
 * every negative integer — not −(n!).
 */
export function writesNegatedFactorial(sides: readonly string[]): boolean {
  return sides.some((s) => /^\s*-\s*\d+\s*!\s*$/.test(s));
}

/**
 * `i^{(12)} = 6\%` (ActuarialNotes/Actuarial-Notes-Wiki, Concepts/Nominal Interest Rate.md): a superscript in
 * brackets on i or e labels it — the nominal rate convertible 12 times, a sample e^{(t)} — where the checker
 * would read the constant √−1 or Euler's number raised to a power. Other letters are names the identity
 * reading already keeps apart (`x^{(t)}`), and their failing claims keep failing.
 */
export function writesBracketedSuperscript(sides: readonly string[]): boolean {
  return sides.some((s) => /(?<![A-Za-z\\])[ie]\s*\^\s*\{\s*\(\s*[^(){}]+\)\s*\}/.test(s));
}

/**
 * `1.06 \times 1.035 = +9.7\%` (ActuarialNotes/Actuarial-Notes-Wiki, Concepts/Considerations for Implementing
 * Rates.md): a percent written with its sign is a change, the factor's excess over 1, not the factor.
 */
export function writesSignedPercentChange(sides: readonly string[]): boolean {
  return sides.some((s) => /^\s*[+]\s*\d+(?:\.\d+)?\s*\\%\s*$/.test(s));
}

/** `\sum_{i=1}^{10} e^i`: e raised to the sum's own index (an indexed e, not Euler's number). */
export function writesIndexedE(side: string): boolean {
  const index = /\\sum\s*(?:\\limits\s*)?_\s*\{?\s*([A-Za-z])\s*=/.exec(side)?.[1];
  if (index === undefined) return false;
  return new RegExp(String.raw`(?<![A-Za-z\\])e\s*\^\s*(?:\{\s*\(?\s*${index}\s*\)?\s*\}|${index}(?![A-Za-z]))`).test(side);
}

/**
 * `With $e = 3$`: the note names e, so its later formulas may mean that e. The
 * definition only marks the name (a redefined name may confirm, never refute;
 * its body keeps it in the note's scope) — the formula that mentions it is undecided when it fails.
 */
export function eGivenValue(source: string): FunctionDefinition {
  return { name: 'e', params: [], body: 'Nothing', source, redefined: true };
}

/** The statement that gave e a value other than Euler's number (`e = 3`, eGivenValue), if the note's scope holds one; `e \approx 2.72` is Euler's number. */
export function eNamedBy(scope: ReadonlyMap<string, FunctionDefinition>): string | undefined {
  const d = scope.get('e');
  if (d === undefined || d.params.length > 0) return undefined;
  const named = (d.body === 'Nothing' && d.redefined === true) || (typeof d.body === 'number' && Math.abs(d.body - Math.E) > 0.05);
  return named ? d.source : undefined;
}

/** An e that is a letter of its own (`e^2`, `2e`), not part of a command (`\exp`) or of a longer name. */
export function writesBareE(side: string): boolean {
  return /(?<![A-Za-z\\])e(?![A-Za-z])/.test(side.replace(/\\(?:text|mathrm|operatorname)\s*\{[^{}]*\}/g, ' ').replace(/\\[A-Za-z]+/g, ' '));
}

/** `58 ·82 37`: two numbers with only a space between them. */
export function writesNumbersSideBySide(side: string): boolean {
  return /(?<![\d.])\d+(?:\.\d+)?[ \t]+\d/.test(side.replace(/\\[A-Za-z]+\s*/g, '\\cmd'));
}

/** `\text{Tanh encogida}(x)`: a name of several words applied to a group, a function the note defines. */
const NAME_OF_WORDS_APPLIED = /\\(?:text|textrm|mbox|mathrm|operatorname)\s*\{[^{}]*[A-Za-z]\s+[A-Za-z][^{}]*\}\s*(?:\(|\\left\s*\()/;

/**
 * The report with its failing claims undecided when the formula applies a name
 * of several words (`\text{Tanh encogida}(x) = x - \tanh(x)`, a definition):
 * the words are dropped as prose before the sides are read, so the claim seen is
 * not the one written.
 */
export function withNamesOfWords(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !NAME_OF_WORDS_APPLIED.test(report.source)) return report;
  return leaveUndecided(report, () => 'a name of several words applied to a group is a function the note defines');
}

/** `\pi = 2`, `\pi^1 = 1`: a side that is π alone (or π with a superscript label), a name given a value as `e = 150` is. */
export function isBarePi(side: string): boolean {
  return /^\s*\\pi\s*(?:\^\s*(?:\{\s*\w+\s*\}|\w))?\s*$/.test(side);
}

/**
 * `c^2_t(s^t) = 1 - c^1_t(s^t)`: one letter with superscripts 1 and 2, each right
 * before a subscript or an argument, labels agents 1 and 2; they are not powers.
 */
export function writesSuperscriptLabels(latex: string): boolean {
  const labels = new Map<string, Set<string>>();
  const pattern = /(?<![A-Za-z\\])([A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|\w))?\s*\^\s*(?:\{\s*(\d)\s*\}|(\d))\s*(?=_|\(|\\left)/g;
  for (const m of latex.matchAll(pattern)) {
    const seen = labels.get(m[1]!) ?? new Set<string>();
    seen.add(m[2] ?? m[3]!);
    labels.set(m[1]!, seen);
  }
  return [...labels.values()].some((s) => s.size >= 2);
}

/** `\int_0^1 y_t(\omega) d \omega`: a name applied to the integration variable alone is a function of it, not a product. */
export function integratesFunctionOfVariable(latex: string): boolean {
  if (!/\\i+nt/.test(latex)) return false;
  for (const m of latex.matchAll(/(?<![A-Za-z\\])d\s*(\\[A-Za-z]+|[A-Za-z])(?![A-Za-z])/g)) {
    const variable = m[1]!.replace(/\\/g, '\\\\');
    if (new RegExp(String.raw`[A-Za-z}]\s*(?:\\left)?\(\s*${variable}\s*(?:\\right)?\)`).test(latex)) return true;
  }
  return false;
}

/** `\frac{2}{10} \times 100 = 20\%`: a percentage computed by multiplying by 100, its % naming the unit, not a factor 1/100. */
export function writesPercentOfHundred(sides: readonly string[]): boolean {
  return sides.some((s) => /\\%\s*$/.test(s)) && sides.some((s) => /(?:\\times|\\cdot|\*)\s*100(?![\d.])/.test(s));
}

/**
 * `\vec{0} = 1`, "true only in our special Factor Space" (fractalbach/linear-algebra-notes,
 * misc/factor.md): a number under an arrow (`\vec{0}`, `\overrightarrow{1}`) is a
 * vector the note names, mapped or encoded as the note says, not the number itself.
 */
export function writesVectorOfNumber(sides: readonly string[]): boolean {
  return sides.some((s) => /\\(?:vec|overrightarrow)\s*(?:\{\s*\d+\s*\}|\d)/.test(s));
}

/** A name with an optional subscript: `Q_t`, `G_{t:t+n}`, `\\hat{R}`. */
const NAME = String.raw`(?:\\[A-Za-z]+\s*\{\s*[A-Za-z]\s*\}|\\[A-Za-z]+|[A-Za-z])(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?`;
/** A letter as a superscript, braced or parenthesised: `\\lambda`, `{n}`, `{(n)}`. */
const LETTER_SUPERSCRIPT = String.raw`\^\s*(?:\{\s*\(?\s*(\\[A-Za-z]+|[A-Za-z])\s*\)?\s*\}|(\\[A-Za-z]+|[A-Za-z]))`;

/** A label on the other side: a letter, or a digit (`x^\\tau = (1-\\tau) x^0 + \\tau x^1`, the path between two samples). */
const LABEL_SUPERSCRIPT = String.raw`\^\s*(?:\{\s*\(?\s*(\\[A-Za-z]+|[A-Za-z]|\d)\s*\)?\s*\}|(\\[A-Za-z]+|[A-Za-z]|\d))`;

/**
 * `Q_{t}^{\lambda} = (1-\lambda) \sum_{n=1}^{\infty} \lambda^{n-1} Q_{t}^{n}` (datawhalechina/easy-rl,
 * the λ-return from the n-step returns): a name raised to a letter alone on one side, and the same
 * name raised to another letter on the other, labels a family of quantities, not powers.
 */
export function writesSuperscriptFamily(sides: readonly string[]): boolean {
  const defined = new RegExp(String.raw`^\s*(${NAME})\s*${LETTER_SUPERSCRIPT}\s*$`);
  return sides.some((side, k) => {
    const m = defined.exec(side);
    if (!m) return false;
    const name = m[1]!.replace(/\s+/g, '');
    const label = m[2] ?? m[3];
    const others = sides.filter((_, j) => j !== k).join(' ');
    for (const use of others.matchAll(new RegExp(`(${NAME})\\s*${LABEL_SUPERSCRIPT}`, 'g'))) {
      if (use[1]!.replace(/\s+/g, '') === name && (use[2] ?? use[3]) !== label) return true;
    }
    return false;
  });
}

/** Greek letters physics notes use as tensor indices. */
const INDEX_LETTER = String.raw`\\(?:mu|nu|lambda|rho|sigma|alpha|beta|gamma|kappa|tau)(?![A-Za-z])\s*`;

/**
 * `\omega^{\mu\lambda} = -\omega^{\lambda\mu}`, `\delta(g^{\mu\nu}n_\mu n_\nu)`: two Greek
 * letters side by side as a superscript or subscript are tensor indices (GaoZ1en/obsidian_note), not powers.
 */
export function writesTensorIndices(sides: readonly string[]): boolean {
  return sides.some((s) => new RegExp(String.raw`[_^]\s*\{[^{}]*(?:${INDEX_LETTER}){2,}[^{}]*\}`).test(s));
}

/**
 * `011 = 3`, `2 = 11` (a Turing machine's tape, Vtheonly/Obsidian_Notes): a numeral of 0s and 1s
 * beside a plain number may be binary or unary. `2^{10} = 1000` is no such thing: its other side computes.
 */
export function writesBits(sides: readonly string[]): boolean {
  const trimmed = sides.map((s) => s.trim());
  // `(1)0111=7` (GeekSnail/math-notes, organization_data.md, a sum in two's complement with its carry bit in
  // brackets) and `0111`: a numeral of 0s and 1s that opens with 0 or a bracketed bit is a bit string,
  // as no decimal number is written with a leading zero.
  if (trimmed.some((s) => /^(?:\([01]\))?0[01]{2,}$|^\([01]\)[01]{2,}$/.test(s))) return true;
  if (trimmed.some((s) => /^[01]{2,}$/.test(s)) && trimmed.every((s) => /^\d+$/.test(s))) return true;
  // `11110 + 11001 = 10111`, `(-90)=(10100110)` (Myyura/the_kai_project): binary sums and two's complement
  // written without a base. Four digits or more, other than a power of ten (1000 is a thousand); and no
  // decimal digit beside them but a negative number alone on its side (the value a two's complement
  // writes): `1001 + 1 = 1003` is decimal.
  if (!sides.some((s) => [...s.matchAll(LONG_BITS)].some((m) => !/^10*$/.test(m[0])))) return false;
  return sides.every((s) => !/[2-9]/.test(s) || NEGATIVE_NUMBER_ALONE.test(s));
}

/** `(-90)`, `-90`: a negative number alone on its side. */
const NEGATIVE_NUMBER_ALONE = /^\s*\(?\s*-\s*\d+\s*\)?\s*$/;

/** A whole number of four digits or more, all 0s and 1s. */
const LONG_BITS = /(?<![\d.])[01]{4,}(?![\d.])/g;

/** `\text{FLOPs}_{\text{Total}}`: a name set as text with a subscript, which the reading of text as prose would leave a bare subscript. */
export function writesTextNameWithSubscript(sides: readonly string[]): boolean {
  // The text name may already be gone: split.ts leaves prose before a formula's first side out.
  return sides.some((s) => /^\s*(?:\\(?:text|textrm|textbf|textit|mathrm|mbox|operatorname)\s*\{[^{}]*\}\s*)?_/.test(s));
}
