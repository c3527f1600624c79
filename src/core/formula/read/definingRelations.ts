/**
 * Definitions written with a relation of their own: `f(x) := x^2`, `s \coloneqq a + b`,
 * `g(x) \triangleq \sin x`, `h(x) \equiv e^{2x}`, `k(x) \stackrel{\text{def}}{=} x^3`,
 * `p(x) \overset{\Delta}{=} x^6`, `m(x) \doteq x^4`. When the side before the relation is a name
 * being defined (a letter or command, decorated or subscripted, applied or not to a list of names),
 * the relation is read as the `=` of a definition, which binds the name for the formulas after it.
 * Anywhere else (`\sin^2 x + \cos^2 x \equiv 1`, `a \equiv b \pmod n`) it is left alone.
 *
 * The relation is blanked to `=` and spaces, never shortened: offsets into the formula stay valid.
 */

/** Cheap test first: most formulas write none of these. */
const ANY = /:=|\\(?:coloneqq?|triangleq|equiv|doteq|stackrel|overset|defeq)(?![A-Za-z])/;

/** Where a statement (or a row, an entry of a list) starts. */
const BOUNDARY = String.raw`(?:^|\\\\|&|\\q?quad(?![A-Za-z])|[,;]|\\text\{[^{}]*\}|\\begin\{[a-z]+\*?\})`;
/** One name: a letter or command, maybe decorated (`\hat m`, `\mathcal{L}`), with a subscript or superscript. */
const NAME = String.raw`(?:\\(?:hat|bar|tilde|vec|mathbf|mathcal|boldsymbol|bm|mathrm|operatorname)\s*(?:\{\s*(?:\\[A-Za-z]+|[A-Za-z]+)\s*\}|(?:\\[A-Za-z]+|[A-Za-z]))|\\[A-Za-z]+|[A-Za-z])` +
  String.raw`(?:\s*_\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9]))?(?:\s*\^\s*(?:\{[^{}]*\}|[A-Za-z0-9*]))?`;
/** The parameters of a function being defined: names separated by commas or semicolons. */
const PARAMETERS = String.raw`(?:\s*(?:\\left)?\(\s*${NAME}(?:\s*[,;]\s*${NAME})*\s*(?:\\right)?\))?`;
const DEFINING = String.raw`:=|\\coloneqq?(?![A-Za-z])|\\triangleq(?![A-Za-z])|\\equiv(?![A-Za-z])|\\doteq(?![A-Za-z])|\\defeq(?![A-Za-z])|` +
  String.raw`\\(?:stackrel|overset)\s*\{\s*(?:\\(?:text|mathrm|textrm)\s*\{\s*def\s*\}|def|\\Delta|\\triangle|\\triangledown)\s*\}\s*\{\s*=\s*\}`;
const DEFINITION = new RegExp(`(${BOUNDARY}\\s*${NAME}${PARAMETERS}\\s*)(${DEFINING})`, 'g');

/** A congruence (`a \equiv b \pmod n`) is no definition. */
const MODULAR = /\\(?:pmod|bmod|mod)(?![A-Za-z])|\\text\{\s*mod/;

/** `formula` with each defining relation after a name being defined read as `=`, of the same length. */
export function withDefiningEquals(formula: string): string {
  if (!ANY.test(formula)) return formula;
  const modular = MODULAR.test(formula);
  return formula.replace(DEFINITION, (whole, left: string, relation: string) => {
    if (modular && relation.startsWith('\\equiv')) return whole;
    return left + '='.padEnd(relation.length, ' ');
  });
}
