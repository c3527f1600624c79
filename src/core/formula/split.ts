/**
 * Splits a formula into independent statements and each statement into sides
 * joined by relations, at the top level only (never inside `{…}` or an
 * environment, so `\sum_{i=1}` keeps its `=`).
 *
 * Statements are separated the way authors separate them in display math:
 * `\quad`, `\qquad`, a `\text{…}` between two claims, a `\\` line break, or a
 * `,`/`;` followed by one of those, or `\iff`, `\implies`, `\Rightarrow`. So
 * `a \approx b \quad c \approx d` is two claims, and `a = b \approx c` is one
 * chain with two. An update arrow after a statement's first side
 * (`b \leftarrow 1 + (-1) = 0`) assigns: that side is the name assigned to,
 * and the chain after the arrow is the statement.
 *
 * Derivations: the alignment environments (aligned, align, gather, split,
 * eqnarray, alignat, multline and their starred forms) are read row by row:
 * their `&` are alignment only, each `\\` ends a row, and a row that starts
 * with a relation (`&= …`) continues the chain of the row before, so
 * `a &= b \\ &= c` is the chain a = b = c.
 */
import { withDefiningEquals } from './read/definingRelations';
import { TEXT_OPERATOR_BEFORE_BRACKET } from './read/textOperators';
import type { Relation } from './types';
import { bracedGroup } from './read/bracedGroup';
import { indicatorsIn } from './read/iversonBrackets';
import { blankLayoutArray } from './read/layoutArray';
import { remainderWordAt } from './read/remainderWord';

/** A piece of the formula source with its offset. */
export interface Piece {
  readonly text: string;
  readonly offset: number;
}

/** A chain `side rel side rel side …`; `relations.length === sides.length - 1`. */
export interface Statement {
  readonly sides: readonly Piece[];
  readonly relations: readonly Relation[];
  /** `b \\leftarrow 1 + (-1) = 0`: the name the chain's value is assigned to (no side of the chain). */
  readonly assigns?: Piece;
}

const RELATION_COMMANDS: Readonly<Record<string, Relation>> = {
  approx: '\\approx', simeq: '\\approx', approxeq: '\\approx', thickapprox: '\\approx', sim: '\\sim', neq: '\\neq', ne: '\\neq', lt: '<', gt: '>',
  le: '\\le', leq: '\\le', leqslant: '\\le', ge: '\\ge', geq: '\\ge', geqslant: '\\ge',
};
const UNICODE_RELATIONS: Readonly<Record<string, Relation>> = { '≈': '\\approx', '≠': '\\neq', '≤': '\\le', '≥': '\\ge' };
/** Update arrows: `b \\leftarrow b + 1 = 1` assigns the chain on the right to the name on the left. */
const ASSIGNMENT_COMMANDS = new Set(['leftarrow', 'gets', 'longleftarrow']);
const SEPARATOR_COMMANDS = new Set(['quad', 'qquad', 'text', 'textrm', 'mbox', 'hspace']);
/**
 * Spacing and words inside parentheses belong to what the parentheses hold, they separate no
 * statements: a tuple's entries, `\left(\frac{5}{6}, \quad \frac{1}{6}\right) \approx (0.8333, \quad 0.1667)`
 * (Vtheonly/Obsidian_Notes), and events in words, `P(\text{rain} \mid \text{cloudy}) = 0.45`.
 */
const INSIDE_PARENTHESES = new Set(['quad', 'qquad', 'hspace', 'text', 'textrm', 'mbox']);
/** Commands that join two statements without taking an argument. */
const CONNECTIVES = new Set([
  'iff', 'implies', 'impliedby', 'Rightarrow', 'Leftarrow', 'Leftrightarrow', 'Longrightarrow', 'Longleftarrow',
  'Longleftrightarrow', 'therefore', 'because', 'qquad', 'quad', 'rightarrow', 'longrightarrow', 'leadsto',
  // `p(x \mid \text{data}) \propto x(1-x)^4 \cdot x^2(1-x) = x^3(1-x)^5`: what follows a proportionality is a
  // statement of its own; its `=` rows are claims (a fail among them is withheld, proportionality.ts).
  'propto',
]);
/**
 * Environments whose rows are a derivation (`&` aligns, `\\\\` ends a row), and the
 * one-statement wrappers `equation`, `displaymath` and `math`: their delimiters are blanked.
 */
const ALIGNMENT = /\\(begin|end)\s*\{\s*(aligned|align|alignat|alignedat|gather|gathered|split|eqnarray|multline|flalign|equation|displaymath|math)\*?\s*\}(\s*\{\d+\})?/g;
/** Font-size commands and the frame of a result that wrap a whole statement in braces (`\\small{2BD \\approxeq 2DF}`, `\\boxed{\\nabla^2 f(x) = A}`). */
const SIZE_GROUP = /\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge|boxed)\s*\{/g;
/**
 * A bold value with a remark after a space, `\\mathbf{0.6106 \\quad (61.06\\%)}` (a worked sigmoid in
 * exam notes, found by the code search): opened like a size group, so the `\\quad` separates the
 * remark as it does outside the bold, and the value is not read as multiplied by its percent.
 */
const BOLD_GROUP = /\\(?:mathbf|textbf|boldsymbol|bm)\s*\{/g;
const SPACED_REMARK = /\\q?quad(?![A-Za-z])/;
/**
 * `{\\displaystyle P(A\\mid B)={\\frac {P(B\\mid A)\\,P(A)}{P(B)}},}`: the alt text of Wikipedia's formula images,
 * which notes copy as they are (tirthajyoti/Machine-Learning-with-Python). The whole formula is one brace group
 * opened by `\\displaystyle`; its braces group nothing, so the relations inside are at the top level.
 */
const WIKIPEDIA_GROUP = /^\s*\{\s*\\displaystyle(?![A-Za-z])/;
/** A relation inside `\\boxed{…}`: the frame holds a statement. */
const FRAMED_RELATION = /=|\\(?:approx|le|ge|leq|geq|neq|ne|simeq|sim)(?![A-Za-z])|[<>]/;
/** Row labels and numbering that are not part of any side. */
const ROW_MARKUP = /\\(?:nonumber|notag)\b|\\(?:label|tag)\*?\s*\{[^{}]*\}/g;

/** One lexical item found at the top level. */
type Mark =
  | { kind: 'relation'; relation: Relation; start: number; end: number }
  | { kind: 'separator'; start: number; end: number }
  | { kind: 'assignment'; start: number; end: number };

/** Statements of `source`, each with its sides; text-only pieces are dropped. */
export function splitFormula(formula: string): Statement[] {
  // Blanked, not removed: offsets into the formula stay valid for every piece.
  const source = blankAlignment(withDefiningEquals(formula));
  const marks = continueRows(source, topLevelMarks(source));
  const statements: Statement[] = [];
  let sides: Piece[] = [];
  let relations: Relation[] = [];
  let assigns: Piece | undefined;
  let from = 0;
  const flushSide = (to: number): void => {
    const raw = source.slice(from, to);
    // A comma or semicolon that only separates two statements belongs to neither.
    // So does the row break (or run of them, `\\\\\\\\`) before a continuing row (`b \\\\ &= c`).
    // Spacing before the separator (`p^k(1-p)^{n-k} \\ , \\ k=0,1`) belongs to neither side.
    const kept = raw.replace(/(?:\\\\(?:\s*\[[^\]]{0,20}\])?\s*)+$/, '').replace(/(?<!\\)[,;.]\s*$/, '').replace(/(?:\s*\\(?:[,;:! ]|q?quad(?![A-Za-z])))+\s*$/, '');
    const offset = from + (kept.length - kept.trimStart().length);
    // The side as the author wrote it (blanking kept every offset); normalizeLatex drops any `&` left inside.
    sides.push({ text: formula.slice(offset, from + kept.trimEnd().length), offset });
  };
  const flushStatement = (): void => {
    const meaningful = sides.some((s) => s.text !== '');
    if (meaningful && (relations.length > 0 || sides.length === 1)) statements.push(assigns ? { sides, relations, assigns } : { sides, relations });
    sides = [];
    relations = [];
    assigns = undefined;
  };
  for (const mark of marks) {
    // Only an arrow right after the statement's first name assigns; elsewhere it stays in its side, unread as before.
    if (mark.kind === 'assignment' && (sides.length > 0 || assigns)) continue;
    flushSide(mark.start);
    if (mark.kind === 'assignment') {
      const name = sides.pop()!;
      if (name.text !== '') assigns = name;
    } else if (mark.kind === 'relation') relations.push(mark.relation);
    else flushStatement();
    from = mark.end;
  }
  flushSide(source.length);
  flushStatement();
  return statements.map(dropEmptyEnds).filter((s) => s.sides.length > 0);
}

/** The formula with alignment environments' delimiters, their `&` and row labels turned into spaces. */
function blankAlignment(formula: string): string {
  // A display that is one table of a derivation (`\\begin{array}{ccc} z & = & 0 \\\\ …`) reads as an alignment (layoutArray.ts).
  const sized = blankSizeGroups(blankLayoutArray(blankOuterParentheses(formula)));
  if (!sized.includes('\\begin') && !sized.includes('&')) return sized;
  const blank = (m: string): string => ' '.repeat(m.length);
  const out = sized.replace(ALIGNMENT, blank).replace(ROW_MARKUP, blank);
  // `\\&` is a literal ampersand; any other `&` is alignment.
  return out.replace(/(^|[^\\])&/g, (_m, before: string) => `${before} `);
}

/** `(`, `\\left(` opening a formula, and `)`, `\\right)` closing it. */
const OUTER_OPEN = /^\s*(?:\\left\s*)?\(/;
const OUTER_CLOSE = /(?:\\right\s*)?\)\s*$/;
/** A relation a parenthesised statement holds (`=`, `\\approx`, `<`, `\\le` …), not `\\left<`. */
const HELD_RELATION = /=|\\(?:approx|le|ge|leq|geq|neq|ne|lt|gt)(?![A-Za-z])|(?<!\\left\s*|\\right\s*)[<>]/;

/**
 * `$(-\\log(1)=0)$`, `$(\\underset{y \\rightarrow 0}{\\text{lim}}{(-\\log(y))} = +\\infty)$` (peterroelants-blog): a
 * statement set in parentheses in the prose, as an aside. The parentheses wrap the whole statement, so the claim is
 * what they hold; they are blanked. Only one pair that opens the formula and closes at its end, around a relation
 * at its top level and no comma or semicolon there (`(1, 2)` is a tuple, `(a = 1, b = 2)` a list of bindings, both
 * left as they are); `(a+b)=c` is not wrapped, its bracket closes before the end.
 */
export function blankOuterParentheses(formula: string): string {
  const open = OUTER_OPEN.exec(formula);
  const close = open && OUTER_CLOSE.exec(formula);
  if (!open || !close || close.index < open[0].length) return formula;
  const inner = formula.slice(open[0].length, close.index);
  let depth = 0;
  let top = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && --depth < 0) return formula;
    else if (depth === 0) top += ch;
    else top += ' ';
  }
  if (depth !== 0 || /[,;]/.test(top) || !HELD_RELATION.test(top)) return formula;
  const blank = (text: string): string => text.replace(/\S/g, ' ');
  return blank(open[0]) + inner + blank(formula.slice(close.index));
}

/** `\\small{…}`: the command and its braces as spaces, so the relations inside are at the top level. */
function blankSizeGroups(formula: string): string {
  let out = blankWikipediaGroup(formula);
  const bold = formula.includes('quad') ? [...formula.matchAll(BOLD_GROUP)] : [];
  const isBold = new Set(bold.map((m) => m.index));
  for (const m of [...formula.matchAll(SIZE_GROUP), ...bold]) {
    const open = m.index + m[0].length - 1;
    const group = bracedGroup(formula, open);
    if (!group) continue;
    // A frame around a value (`a = \\boxed{3} + 1`) stays in its side: only one around a statement is opened.
    if (m[0].startsWith('\\boxed') && !FRAMED_RELATION.test(group.content)) continue;
    if (isBold.has(m.index) && !SPACED_REMARK.test(group.content)) continue;
    out = out.slice(0, m.index) + ' '.repeat(m[0].length) + group.content + ' ' + out.slice(group.end);
  }
  return out;
}

/** The braces and `\\displaystyle` of a Wikipedia formula (WIKIPEDIA_GROUP) as spaces, when they wrap the whole formula. */
function blankWikipediaGroup(formula: string): string {
  const m = WIKIPEDIA_GROUP.exec(formula);
  if (!m) return formula;
  const open = formula.indexOf('{');
  const group = bracedGroup(formula, open);
  if (!group || formula.slice(group.end).trim() !== '') return formula;
  return formula.slice(0, open) + ' '.repeat(m[0].length - open) + formula.slice(m[0].length, group.end - 1) + ' ' + formula.slice(group.end);
}

/** A row that opens with `+`, `\\times` or `\\cdot` (after its `&`): the expression of the row before goes on. */
const CONTINUING_ROW = /^\s*&?\s*(?:\+|\\(?:times|cdot)(?![A-Za-z]))/;

/**
 * Drops the row break before a row that opens with a relation: `a &= b \\\\ &= c` is one chain,
 * and before a row that opens with a plus or a product sign: the expression continues.
 * A run of row breaks (`\\\\\\\\`, escaped once more in Markdown) counts as one.
 */
function continueRows(source: string, marks: readonly Mark[]): Mark[] {
  const isBreak = (m: Mark | undefined): boolean => m?.kind === 'separator' && source.startsWith('\\\\', m.start);
  const single = marks.filter((mark, k) => !(isBreak(mark) && isBreak(marks[k + 1]) && source.slice(mark.end, marks[k + 1]!.start).trim() === ''));
  return single.filter((mark, k) => {
    const next = single[k + 1];
    // `g &= a + b \\ &+ c + d \\ &= e`: a row opening with + or a product sign goes on with the row before
    // (normalizeLatex reads the row break left inside the side as a space).
    if (isBreak(mark) && CONTINUING_ROW.test(source.slice(mark.end, mark.end + 40))) return false;
    if (mark.kind !== 'separator' || !next || next.kind !== 'relation') return true;
    const isRowBreak = source.startsWith('\\\\', mark.start);
    return !(isRowBreak && source.slice(mark.end, next.start).trim() === '');
  });
}

/** `= 3` or `x =` leave an empty side: the statement then has no judgeable relation there. */
function dropEmptyEnds(statement: Statement): Statement {
  const { sides, relations } = statement;
  if (sides.length === 1) return sides[0].text === '' ? { sides: [], relations: [] } : statement;
  let first = 0;
  let last = sides.length - 1;
  while (first < last && sides[first].text === '') first++;
  while (last > first && sides[last].text === '') last--;
  return { ...statement, sides: sides.slice(first, last + 1), relations: relations.slice(first, last) };
}

/** Relations and statement separators outside braces and environments. */
function topLevelMarks(source: string): Mark[] {
  const marks: Mark[] = [];
  const grouped = parenthesised(source);
  let depth = 0;
  // Square brackets outside braces: a comma inside a written list (`[0.35, 0.6]`) separates nothing.
  let brackets = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '{') { depth++; i++; continue; }
    if (ch === '}') { depth = Math.max(0, depth - 1); i++; continue; }
    if (ch === '\\') {
      const name = /^\\([A-Za-z]+|.)/.exec(source.slice(i, i + 40))?.[1] ?? '';
      let end = i + 1 + name.length;
      // `P\{X=k\}`, `\{x \mid x > 0\}`: a relation inside set braces belongs to the event or set, not the statement.
      if (name === 'begin' || name === '{') depth++;
      else if (name === 'end' || name === '}') depth = Math.max(0, depth - 1);
      else if (depth === 0 && name in RELATION_COMMANDS && !grouped[i]) {
        marks.push({ kind: 'relation', relation: RELATION_COMMANDS[name], start: i, end });
      } else if (depth === 0 && ASSIGNMENT_COMMANDS.has(name)) {
        marks.push({ kind: 'assignment', start: i, end });
      } else if (depth === 0 && (SEPARATOR_COMMANDS.has(name) || CONNECTIVES.has(name) || name === '\\') && !unitAt(source, i) && !functionNameAt(source, i) && !subscriptedTextName(source, i) && !scriptArgument(source, i) && !remainderWordAt(source, i) && !(grouped[i] && INSIDE_PARENTHESES.has(name))) {
        if (name === '\\') end = skipSpacing(source, end);
        else if (!CONNECTIVES.has(name)) end = skipGroup(source, end);
        marks.push({ kind: 'separator', start: i, end });
      }
      i = end;
      continue;
    }
    if (grouped[i]) { i++; continue; }
    if (ch === '[') brackets++;
    else if (ch === ']') brackets = Math.max(0, brackets - 1);
    else if (depth === 0 && brackets === 0 && (ch === ',' || ch === ';') && namesNextStatement(source, i, marks)) marks.push({ kind: 'separator', start: i, end: i + 1 });
    if (depth === 0 && (ch === '=' || ch === '<' || ch === '>')) {
      marks.push({ kind: 'relation', relation: ch === '=' ? '=' : ch, start: i, end: i + 1 });
    } else if (depth === 0 && ch in UNICODE_RELATIONS) {
      marks.push({ kind: 'relation', relation: UNICODE_RELATIONS[ch], start: i, end: i + 1 });
    }
    i++;
  }
  return marks;
}

/** A name right before an `=` (`b^{(2)} =`, `\\eta=`, `x_1 =`): what a comma-separated list of bindings names next. */
const NAME_THEN_EQUALS = /^,\s*(?:\\[,;: !]\s*|\\q?quad(?![A-Za-z])\s*)*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:(?:[_^]\s*(?:\{[^{}]{0,20}\}|[A-Za-z0-9]))\s*){0,2}=(?!=)/;
/**
 * `E(X)=\\mu,D(X)=\\sigma^{2}`, `E(\\chi^{2}(n))=n;D(\\chi^{2}(n))=2n` (Chinese probability notes): after a statement, a
 * comma or semicolon before an operator applied to its argument and an `=` starts the next statement, as a name does.
 */
const CALL_THEN_EQUALS = /^[,;]\s*(?:\\[,;: !]\s*|\\q?quad(?![A-Za-z])\s*)*(?:\\(?:mathbb|mathrm|operatorname)\s*\{\s*[A-Za-z]{1,4}\s*\}|\\[A-Za-z]+|[A-Za-z]{1,4})\s*(?:_\s*(?:\{[^{}]{0,20}\}|[A-Za-z0-9])\s*)?(?:\\left\s*)?(?:\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|\[[^[\]]*\])\s*(?:\^\s*(?:\{[^{}]{0,10}\}|[0-9])\s*)?=(?!=)/;
/** `, x \\ge 0`, `,k=0,1` after a pmf or density: the support the statement holds on starts there (the rest of the formula). */
const SUPPORT_CONDITION = /^,\s*(?:\\[,;: !]\s*|\\q?quad(?![A-Za-z])\s*)*[a-z]\s*(?:\\geq?|\\leq?|\\geqslant|\\leqslant|>|<)(?![A-Za-z])\s*-?(?:\d+(?:\.\d+)?|[a-z]|\\infty)\s*(?:[,.;]\s*)?(?:\\\\|$)/;

/**
 * `b^{(1)} = [0.35], b^{(2)} = 0.6`: a comma after a statement with a relation, before
 * a name and an `=`, separates two statements, as the author's list of values does.
 */
function namesNextStatement(source: string, at: number, marks: readonly Mark[]): boolean {
  const last = marks[marks.length - 1];
  if (last?.kind !== 'relation') return false;
  const after = source.slice(at, at + 80);
  if (source[at] === ';') return CALL_THEN_EQUALS.test(after) || NAME_THEN_EQUALS.test(`,${after.slice(1)}`);
  return NAME_THEN_EQUALS.test(after) || CALL_THEN_EQUALS.test(after) || SUPPORT_CONDITION.test(source.slice(at));
}

/**
 * Which characters lie inside a matched pair of parentheses: a relation there
 * is part of a side (`P(X=k)`, `\mathbb{1}(x > 0)`), not a claim. A lone
 * bracket of an interval (`[0, 1)`) pairs with nothing.
 */
function parenthesised(source: string): boolean[] {
  const inside: boolean[] = new Array<boolean>(source.length).fill(false);
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') { i++; continue; }
    if (source[i] === '(') open.push(i);
    else if (source[i] === ')' && open.length > 0) {
      const from = open.pop()!;
      // Only the outermost pair marks: the nested ones lie inside it.
      if (open.length === 0) inside.fill(true, from + 1, i);
    }
  }
  // `\\sum_i [y_i \\le m]`: the comparison inside an indicator is no relation of the statement.
  for (const { from, to } of indicatorsIn(source)) inside.fill(true, from + 1, to - 1);
  return inside;
}

/** A unit name in text after a number or a closing bracket (`8\\text{GiB}`, `(…)\\,\\mathrm{ms}`): part of its side. */
export const UNIT_TEXT = /^\\(?:text|textrm|mathrm|mbox|rm)\s*\{\s*([A-Za-zµμ%][A-Za-zµμ%/^0-9\- ]{0,14})\}/;

/**
 * `\\text{sign}(12)`, `\\text{Tanh encogida}(x)`: text written tight in its braces, right before an opening
 * parenthesis, names a function applied to it; prose (`\\text{ and }(…)`, `\\text{for}(…)`) does not.
 */
export const TEXT_FUNCTION_NAME =
  /^\\(?:text|textrm|mbox)\s*\{(?!(?:and|or|for|if|where|with|when|so|as|to|is|at|since|thus|then|hence|but|by|from|of|in|on|let|also|else|otherwise)\})[^\s{}\\](?:(?:[^{}\\]|\\_)*[^\s{}\\])?\}\s*(?:\(|\\left\s*\()/;

/** `\\text{param}_{t-1}`, `\\text{average age}_{\\text{MA}}`: text with a subscript names a quantity (textNames.ts), it separates nothing. */
function subscriptedTextName(source: string, at: number): boolean {
  return /^\\text\s*\{\s*[A-Za-z][A-Za-z ]*\}\s*_/.test(source.slice(at, at + 60));
}

/** Whether a `\\text{…}` at `at` right before an opening parenthesis (or an operator's bracket, textOperators.ts) names a function applied to it, no separator. */
function functionNameAt(source: string, at: number): boolean {
  return TEXT_FUNCTION_NAME.test(source.slice(at, at + 60)) || TEXT_KNOWN_FUNCTION.test(source.slice(at, at + 30)) || TEXT_OPERATOR_BEFORE_BRACKET.test(source.slice(at, at + 40));
}

/** `-\\text{log}\\frac{1}{…}`: a known function's name set as text is the function wherever it stands (preprocess.ts). */
const TEXT_KNOWN_FUNCTION = /^\\(?:text|textrm|mbox)\s*\{\s*(?:log|ln|exp|sin|cos|tan|sinh|cosh|tanh|max|min)\s*\}/;

function unitAt(source: string, at: number): boolean {
  const m = UNIT_TEXT.exec(source.slice(at, at + 40));
  if (!m || /^\s*(and|or|for|if|where|with|when|so|as|to|is|at|since|thus|then|i\.e)\b/i.test(m[1]!)) return false;
  const before = source.slice(Math.max(0, at - 12), at).replace(/(\\[,;:! ]|~|\s)+$/, '');
  return /[\d)}]$/.test(before);
}

/** `x^\\text{T}`, `W_\\text{out}`: text that is the argument of a superscript or subscript separates nothing. */
function scriptArgument(source: string, at: number): boolean {
  return /[\^_]\s*$/.test(source.slice(Math.max(0, at - 8), at));
}

/** Index past the optional `[4pt]` spacing after a row break. */
function skipSpacing(source: string, from: number): number {
  const m = /^\s*\[[^\]]{0,20}\]/.exec(source.slice(from, from + 40));
  return m ? from + m[0].length : from;
}

/** Index just past the `{…}` group that starts at or after `from` (spaces allowed before it). */
function skipGroup(source: string, from: number): number {
  let i = from;
  while (source[i] === ' ' || source[i] === '*') i++;
  if (source[i] !== '{') return from;
  let depth = 0;
  for (; i < source.length; i++) {
    if (source[i] === '{') depth++;
    else if (source[i] === '}' && --depth === 0) return i + 1;
  }
  return source.length;
}
