/**
 * Notation that notes wrap around a plain claim, read as the plain claim (docs/readings/notation-wrappers.md):
 *
 * - a partial derivative written with a slash between two partials: `{\partial y}/{\partial z} = y (1-y)`,
 *   `{\partial \xi}/{\partial z_i} = y_i - t_i` (peterroelants-blog), `\partial L/\partial w = …` →
 *   `\frac{\partial y}{\partial z}`. Only when the slash divides exactly the two partials (each braced, or
 *   one `\partial` token each side) and nothing multiplies the quotient on its right (`\partial L/\partial w\, x`
 *   is left as written: which way it groups is the reader's guess); a braced `{dy}/{dx}` alike;
 * - a limit or an arg-extremum set as text: `\underset{y \rightarrow 0}{\text{lim}}`, `\underset{n\to\infty}{lim}`
 *   (Egjfour/dsti-course-notes, the name in plain letters under which the subscript is set), `\text{lim}_{x\to0}`,
 *   `\mathrm{lim}_{n\to\infty}`, `\underset{\theta}{\text{argmax}}` → `\lim_{y \rightarrow 0}`,
 *   `\operatorname*{argmax}_{\theta}`: the operator the author typeset by hand (the engine dropped the text and
 *   read the rest, ⚠).
 *
 * Each rewrite keeps what the author wrote; anything it is unsure of stays as it was.
 */

/** One token after `\partial` or `d`: a letter or a command, with an optional subscript. */
const TOKEN = String.raw`(?:[A-Za-z]|\\[A-Za-z]+)(?:\s*_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?`;
/** An order on a partial: `\partial^2`. */
const ORDER = String.raw`(?:\s*\^\s*(?:\{\s*\d\s*\}|\d))?`;
/** What may follow the quotient: the end, a relation, a sum's sign, a closing bracket, a separator. */
const AFTER = String.raw`(?=\s*(?:$|[=+\-),;&<>\]|]|\\(?:cdot|times|right|approx|neq?|leq?|geq?|q?quad|text|\\)(?![A-Za-z])))`;
/** `{\partial y}/{\partial z}`, `{dy}/{dx}`: two braced differentials around a slash, not a command's argument. */
const BRACED_SLASH = new RegExp(
  String.raw`(?<![\\A-Za-z_^}/]\s*|\\[A-Za-z]+\s*)\{\s*(\\partial${ORDER}|d)\s*(${TOKEN})\s*\}\s*/\s*\{\s*(\\partial|d)\s*(${TOKEN}${ORDER})\s*\}${AFTER}`,
  'g',
);
/** `\partial L/\partial w`: one partial token each side, nothing before the top one that could join it. */
const BARE_SLASH = new RegExp(String.raw`(?<![/}_^]\s*)\\partial(${ORDER})\s*(${TOKEN})\s*/\s*\\partial\s*(${TOKEN}${ORDER})${AFTER}`, 'g');

/** A slash between two partials read as the fraction `\frac{\partial y}{\partial z}`. */
export function slashDerivatives(latex: string): string {
  if (!latex.includes('/') || !/\\partial|\{\s*d/.test(latex)) return latex;
  return latex
    .replace(BRACED_SLASH, (whole, top: string, numerator: string, bottom: string, denominator: string) => {
      // `{\partial y}/{dx}`: the two differentials must be of one kind.
      if ((top === 'd') !== (bottom === 'd')) return whole;
      return `\\frac{${top} ${numerator}}{${bottom} ${denominator}}`;
    })
    .replace(BARE_SLASH, (_m, order: string, numerator: string, denominator: string) => `\\frac{\\partial${order} ${numerator}}{\\partial ${denominator}}`);
}

/** `\text{lim}`, `\mathrm{lim}`, `\operatorname{lim}`, `\rm{lim}`: the operator's name set as text. */
const TEXT_NAME = (names: string) => String.raw`\\(?:text|textrm|textup|mathrm|operatorname\*?|rm|mbox)\s*\{\s*(${names})\s*\}`;
const OPERATOR_NAMES = 'lim|argmax|argmin|arg\\s*max|arg\\s*min';
/** `\underset{y \to 0}{\text{lim}}`, `\underset{\theta}{\arg\max}`: the operator with its subscript set under it. */
const UNDERSET = new RegExp(String.raw`\\underset\s*\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}\s*\{\s*(?:${TEXT_NAME(OPERATOR_NAMES)}|\\?(lim)|\\?arg\s*\\?(max|min))\s*\}`, 'g');
const TEXT_OPERATOR = new RegExp(String.raw`${TEXT_NAME(OPERATOR_NAMES)}(\s*_)?`, 'g');

/** The canonical spelling of an operator named `name` (`lim`, `argmax`, `arg max`). */
function canonicalOperator(name: string): string {
  const plain = name.replace(/\s+/g, '');
  return plain === 'lim' ? '\\lim' : `\\operatorname*{${plain}}`;
}

/** A limit or an arg-extremum set as text or under `\underset`, written as the operator with its subscript. */
export function operatorsSetAsText(latex: string): string {
  if (!/lim|arg/.test(latex)) return latex;
  return latex
    .replace(UNDERSET, (_m, under: string, text?: string, lim?: string, arg?: string) => `${canonicalOperator(text ?? lim ?? `arg${arg}`)}_{${under}} `)
    .replace(TEXT_OPERATOR, (_m, name: string, subscript?: string) => `${canonicalOperator(name)}${subscript ? '_' : ' '}`);
}

/** The cheap test: a formula writing one of the wrappers above. */
export const WRITES_WRAPPED_OPERATOR = /\\underset|\\(?:text|textrm|textup|mathrm|operatorname\*?|rm|mbox)\s*\{\s*(?:lim|arg)|\/\s*(?:\{\s*)?(?:\\partial|d)/;

/** The operators set as text, rewritten before any other step of normalizeLatex (the slash derivatives are derivativeNotation's). */
export function unwrappedNotation(latex: string): string {
  return WRITES_WRAPPED_OPERATOR.test(latex) ? operatorsSetAsText(latex) : latex;
}
