/**
 * A display whose whole content is one `array` (after any size switch such as
 * `\Large`) with an `=` or `\approx` at the edge of a cell is a derivation laid out
 * as a table, not a matrix: the author puts each side, relation and operator in
 * its own column (`z & = & 0 & = & b & + & w_1x_1`) to line them up. A careful
 * reader reads it as an `aligned` block: `&` aligns, `\\` ends a row.
 *
 * An array inside brackets (`\left[\begin{array}…\right]`), after a side
 * (`f(x) = \begin{array}…`), a ruled table, or one whose relations all sit inside
 * a cell (a table of values `7 & 2 & 7 - 2 = 5`, a matrix, a case table) keeps its
 * own reading. A one-column array whose rows each state something about a name
 * (`f'(1) = 4 \\ f''(1) = 10`) is a list of statements, read row by row too.
 */

/** Size switches that may open the display before the array. */
const LEADING = /^(?:\s|\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|displaystyle)(?![A-Za-z]))*/;
/** The array's opening, with its optional column specification (`{ccc}`, `{c|c}`, `{@{}l@{}}` has one nesting level). */
const OPENING = /^\\begin\s*\{\s*array\s*\}(?:\s*\{(?:[lcrpmbx|@!*.\d\s]|\{[^{}]*\})*\})?/;
const CLOSING = /\\end\s*\{\s*array\s*\}\s*$/;
/**
 * A cell that is a relation, or opens or closes with one (`& = &`, `=&`, `&= b`): the relation spans
 * cells, so the table lays out a derivation. A relation wholly inside a cell (`& 7 - 2 = 5 &`) is a
 * value in a table of values, whose columns are separate.
 */
const RELATION_AT_EDGE = /^(?:=(?![=>])|\\approx(?![A-Za-z]))|(?<![<>!=])=$|\\approx$/;
/** Ruled tables (`{c|c}`, `\hline`) hold values in cells, never one derivation. */
const RULES = /\\hline|\\cline|\\toprule/;

/**
 * `formula` with a layout array's opening (and the size switches before it) and its closing
 * turned into spaces, so that split.ts reads its rows as an alignment; otherwise `formula` itself.
 */
export function blankLayoutArray(formula: string): string {
  // Cheap where it does not apply: most formulas have no array at all.
  if (!formula.includes('{array}')) return formula;
  const lead = LEADING.exec(formula)![0].length;
  const opening = OPENING.exec(formula.slice(lead));
  const closing = CLOSING.exec(formula);
  if (!opening || !closing) return formula;
  const bodyStart = lead + opening[0].length;
  const body = formula.slice(bodyStart, closing.index);
  // The whole display is this one array, with no environment nested in it (an `aligned` inside keeps its depth).
  if (/\\(?:begin|end)(?![A-Za-z])/.test(body)) return formula;
  if (opening[0].includes('|') || RULES.test(body)) return formula;
  if (isListOfNamedStatements(body)) return ' '.repeat(bodyStart) + body + ' '.repeat(formula.length - closing.index);
  // Only a relation beside an `&` lays a derivation out in columns. A one-column array of rows (`{l}`,
  // `… \\\\ =9.8 \\times 10^{7}`) is left as it was: read as rows it exposes claims made in another
  // arithmetic (polynomials over GF(2)) or from rounded inputs, which the checker cannot yet tell apart.
  const rows = topLevel(body).split(/\\\\/).filter((row) => row.includes('&'));
  if (!rows.some((row) => row.split('&').some((cell) => RELATION_AT_EDGE.test(cell.trim())))) return formula;
  return ' '.repeat(bodyStart) + body + ' '.repeat(formula.length - closing.index);
}

/** The text outside any `{…}` group (a subscript's `i=1` is no cell's relation). */
function topLevel(body: string): string {
  let depth = 0;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') { out += depth === 0 ? body.slice(i, i + 2) : ''; i++; continue; }
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/**
 * A row that states one thing about a name: `f'(x) = 3x^2 + 4x - 3`, `f''(1) = 10`, `f^{iv}(1) = 0`,
 * `y = 2` (jax-ml/jax, automatic-differentiation.md in its docs, the derivatives of a cubic in an `{l}` array).
 * The left side is one letter with primes or a braced order (`^{iv}`: topLevel drops the group) and an
 * optional argument; the row has one `=` and no other relation.
 */
const NAMED_STATEMENT = /^\s*[A-Za-z](?:'+|\^(?=\s*[(=]))?\s*(?:\([^()=]*\))?\s*=[^=<>]+$/;

/**
 * A one-column array whose rows each state a value or an expression for a name is a list of
 * statements, read row by row like `aligned`. A one-column array of other rows (a polynomial
 * continued over lines, `\\ =9.8 \times 10^{7}`) keeps its reading (see blankLayoutArray).
 */
function isListOfNamedStatements(body: string): boolean {
  if (body.includes('&')) return false;
  const rows = topLevel(body).split(/\\\\/).map((row) => row.trim()).filter((row) => row !== '');
  return rows.length >= 2 && rows.every((row) => NAMED_STATEMENT.test(row));
}
