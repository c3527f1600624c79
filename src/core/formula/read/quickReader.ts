/**
 * A reader for the plainest symbolic LaTeX, giving the very MathJSON the
 * Compute Engine's non-canonical parse gives (engine.ts's `toMathJson`), at a
 * small fraction of its cost: the engine's parse was a third of a vault's
 * `gradexp check` (docs/performance.md), and most sides of a vault are short
 * products and sums of letters, bold letters, Greek letters, sub- and
 * superscripts and fractions (`\mathbf{W}^\top \mathbf{x} + \mathbf{b}`,
 * `\frac{\lambda}{2} w_{t}`).
 *
 * It reads only what it knows the engine reads the same way (products with
 * `\cdot` or `\times`, `\sqrt`, `\left( … \right)`, `\sum_{i=1}^{n}`, `\prod_{l}`, `\max(…)`,
 * `\log(…)`, `\tanh(…)`, quotients of `\partial`, a prime on a symbol, `\mathrm{softmax}` and
 * other words it reads as symbols, `x \in \mathbb{R}^{n}`) and answers undefined for anything else, which the engine then
 * parses: any other command, an unbraced subscript (the engine's swallows the
 * rest of the side: `x_i y_j` is x_(i·y_j)), a script after a space or on a
 * group (`Subscript`, not `At`), a superscript `T` (a transpose), two minus
 * signs in a row (the engine nests `a - b - c`), `\cdot` and juxtaposition in
 * one product (the engine groups them by position), a number after another
 * factor (`2 3` is 23) or before `e`, `(` or `\frac` (E-notation, a repeating
 * decimal, a mixed number), `\times 10^` (scientific notation), the letter d in
 * a fraction (a derivative), the letters G, D and N (a constant, functions).
 * test/formula/quickReader.test.ts compares it with the engine; every side it
 * read of D2L, the corpus, the bench vault and 279 probe repositories' notes
 * (54,858 texts) was the engine's tree.
 *
 * `\|` (a norm's bar), `\nabla`, `\odot` and `\mid` the engine does not read: each is
 * an error item in the product around it (`\|x\|` is ⚠ x ⚠), a script on it
 * splitting into an error headed `Power` or `Subscript` and the script as the
 * next item. A side with such errors is refused by every reading, but the
 * parses that end in them were the costliest the engine still made
 * (docs/performance.md).
 */
import type { MathJson } from './engine';

/**
 * Greek letters, each read as its name (\gamma too: engine.ts's toMathJson turns the engine's
 * EulerGamma back into the letter). Not \pi (Pi, a constant), \delta (`\delta_{ij}` is
 * KroneckerDelta), \Gamma (`\Gamma^{(n)}` a derivative).
 */
const GREEK: ReadonlyMap<string, string> = new Map([
  ...['alpha', 'beta', 'gamma', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'rho', 'sigma', 'tau', 'upsilon'],
  ...['phi', 'chi', 'psi', 'omega', 'Delta', 'Theta', 'Lambda', 'Xi', 'Sigma', 'Phi', 'Psi', 'Omega'],
].map((name) => [name, name] as const));
/**
 * Words written `\mathrm{word}` that the engine reads as a plain symbol named by the word, like a
 * letter (`\mathrm{softmax}(x)` is softmax side by side with (x)). Not words it knows as functions
 * (`\mathrm{tr}` is Trace, `\mathrm{max}` Max, `\mathrm{exp}`…), nor one letter (`\mathrm{E}` is E_upright).
 */
const UPRIGHT_WORDS: ReadonlySet<string> = new Set(['softmax', 'diag', 'ReLU', 'sigmoid', 'Var', 'Cov', 'rank', 'MLP']);
const UPRIGHT_WORD = /^\s*\{([A-Za-z]+)\}/;
/** `\sum_{…}` and `\prod_{…}`, as the engine's `Sum` and `Product`. */
const BIG_OPERATORS: ReadonlyMap<string, string> = new Map([['sum', 'Sum'], ['prod', 'Product']]);
/** A shape annotation's `\in \mathbb{R}`, the engine's `Element` of `RealNumbers` (`\mathbb R` is the letter R). */
const IN_REALS = /^\\in\s*\\mathbb\s*\{R\}/;
/**
 * Functions the engine applies to the parenthesised group after them (`\max(0, x)` is `Max(0, x)`,
 * `\log(x)^2` `Power(Log(x), 2)`). Not `\exp`: the engine leaves `Exp` beside its group.
 */
const CALLED_FUNCTIONS: ReadonlyMap<string, string> = new Map([['max', 'Max'], ['min', 'Min'], ['log', 'Log'], ['tanh', 'Tanh']]);
/** The products' signs the engine reads as `Multiply`. */
const TIMES = /^\\(?:cdot|times)(?![A-Za-z])/;
/** Parentheses sized by `\left` and `\right`, which the engine reads as plain ones. */
const LEFT = '\\left(';
const RIGHT = '\\right)';
/** A power of ten after a product's sign: scientific notation, which the engine reads as one number. */
const TIMES_TEN_TO = /^\s*10\s*\^/;
/** `\partial` alone, as the engine's non-canonical parse leaves it. */
const PARTIAL: MathJson = ['PartialDerivative', 'Nothing', 'Nothing', 'Nothing'];
/** Letters the engine reads as more than a symbol: G (Catalan's constant), D( and N( (functions). */
const ENGINE_LETTERS = new Set(['G', 'D', 'N']);
/** Longest run of digits read as a machine integer (longer ones keep their text in the engine's JSON). */
const MAX_INTEGER_DIGITS = 15;
const DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** Commands the engine does not read, each as its error items: alone, under a superscript, under a subscript. */
const UNREAD_COMMAND = /^\\(\||(?:nabla|odot|mid)(?![A-Za-z]))/;
const UNREAD_ITEMS: ReadonlyMap<string, readonly [alone: MathJson, power: MathJson, subscript: MathJson]> = new Map(
  ['|', 'nabla', 'odot', 'mid'].map((name) => {
    const command: MathJson = ['LatexString', `'\\${name}'`];
    const heads = ['Error', 'Power', 'Subscript'].map((head): MathJson => [head, "'unexpected-command'", command]);
    return [name, [heads[0]!, heads[1]!, heads[2]!]] as const;
  }),
);
const UNREAD_ITEM_SET: ReadonlySet<MathJson> = new Set([...UNREAD_ITEMS.values()].flat());

/** Thrown (and caught below) where the text leaves what this reader knows. */
class NotQuick {}
const NOT_QUICK = new NotQuick();

/** The side's MathJSON as the engine would read it, or undefined when only the engine should read it. */
export function readQuickly(latex: string): MathJson | undefined {
  if (!mayReadQuickly(latex)) return undefined;
  const parser = new QuickParser(latex);
  try {
    const tree = parser.side();
    return parser.atEnd() ? tree : undefined;
  } catch {
    // NOT_QUICK, or a nesting deeper than the stack (`((((…))))`): the engine's to read (and refuse).
    return undefined;
  }
}

/** Characters the reader knows (commands aside). */
const KNOWN_CHARACTERS = /^[A-Za-z0-9 +\-(){}_^,.=|'\\]*$/;
/** Every command the reader knows; `\\left` and `\\right` only before their parenthesis. */
const KNOWN_COMMANDS: ReadonlySet<string> = new Set([...GREEK.keys(), 'mathbf', 'mathrm', 'frac', 'sqrt', ...BIG_OPERATORS.keys(), 'cdot', 'times', 'top', 'partial', 'left', 'right', 'in', 'mathbb', ...CALLED_FUNCTIONS.keys(), ...UNREAD_ITEMS.keys()]);
const COMMAND = /\\([A-Za-z]+)/g;

/** A cheap first look: a side with a character or command the reader does not know is the engine's at once. */
function mayReadQuickly(latex: string): boolean {
  if (!KNOWN_CHARACTERS.test(latex)) return false;
  COMMAND.lastIndex = 0;
  for (let m = COMMAND.exec(latex); m !== null; m = COMMAND.exec(latex)) if (!KNOWN_COMMANDS.has(m[1]!)) return false;
  return true;
}

class QuickParser {
  private at = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    this.skipSpace();
    return this.at === this.text.length;
  }

  /** A side: a sum, or `sum \in \mathbb{R}^{n}` as the engine's `Element` (nothing may follow it). */
  side(): MathJson {
    const side = this.sum(false);
    this.skipSpace();
    const reals = IN_REALS.exec(this.text.slice(this.at, this.at + 20));
    if (!reals) return side;
    this.at += reals[0].length;
    this.skipSpace();
    if (this.peek() !== '^') return ['Element', side, 'RealNumbers'];
    this.at++;
    this.skipSpace();
    return ['Element', side, ['Power', 'RealNumbers', this.script()]];
  }

  /** Terms joined by + and −: `Add` of them (a − b as a + (−b)), flat. */
  sum(inSubscript: boolean): MathJson {
    const terms: MathJson[] = [];
    let lastMinus = false;
    this.skipSpace();
    if (this.peek() === '-') {
      this.at++;
      terms.push(this.negated(inSubscript));
    } else terms.push(this.product(inSubscript));
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c !== '+' && c !== '-') break;
      this.at++;
      this.skipSpace();
      const signed = this.peek() === '-' || this.peek() === '+';
      if (signed || (c === '-' && lastMinus)) throw NOT_QUICK;
      lastMinus = c === '-';
      terms.push(c === '-' ? this.negated(inSubscript) : this.product(inSubscript));
    }
    return terms.length === 1 ? terms[0]! : ['Add', ...terms];
  }

  /** −product: the engine negates a product side by side whole, but only the first factor of a `\cdot` product. */
  private negated(inSubscript: boolean): MathJson {
    const product = this.product(inSubscript);
    if (Array.isArray(product) && product[0] === 'Multiply') throw NOT_QUICK;
    return ['Negate', product];
  }

  /** Factors side by side (`InvisibleOperator`) or joined by `\cdot` (`Multiply`), not both. */
  private product(inSubscript: boolean): MathJson {
    const factors: MathJson[] = [];
    this.factorInto(factors, inSubscript, true);
    let dotted: boolean | undefined;
    for (;;) {
      this.skipSpace();
      const c = this.peek();
      if (c === '' || c === '+' || c === '-' || c === '}' || c === ')' || c === ',' || this.text.startsWith(RIGHT, this.at) || IN_REALS.test(this.text.slice(this.at, this.at + 20))) break;
      const sign = TIMES.exec(this.text.slice(this.at, this.at + 7));
      if (sign) this.at += sign[0].length;
      if (sign && TIMES_TEN_TO.test(this.text.slice(this.at, this.at + 8))) throw NOT_QUICK; // `5 \times 10^{-5}`: the engine's number 0.00005
      if (dotted !== undefined && dotted !== Boolean(sign)) throw NOT_QUICK;
      dotted = Boolean(sign);
      this.factorInto(factors, inSubscript, dotted);
    }
    if (factors.length === 1) return factors[0]!;
    // The engine groups an unread command's script with what follows it in a `\cdot` product.
    if (dotted && factors.some((f) => UNREAD_ITEM_SET.has(f))) throw NOT_QUICK;
    return [dotted ? 'Multiply' : 'InvisibleOperator', ...factors];
  }

  /** The next factor onto `factors`: one, or a command the engine does not read as its one or two items. */
  private factorInto(factors: MathJson[], inSubscript: boolean, first: boolean): void {
    this.skipSpace();
    const unread = this.peek() === '\\' ? UNREAD_COMMAND.exec(this.text.slice(this.at, this.at + 7)) : null;
    if (!unread) {
      factors.push(this.factor(inSubscript, first));
      return;
    }
    if (inSubscript) throw NOT_QUICK;
    this.at += unread[0].length;
    const [alone, power, subscript] = UNREAD_ITEMS.get(unread[1]!)!;
    if (this.peek() === '^') {
      this.at++;
      this.skipSpace();
      const script = this.script();
      // The engine runs a script written side by side (`\|x\|^{2b}`) into the product around it.
      if (Array.isArray(script) && script[0] === 'InvisibleOperator') throw NOT_QUICK;
      factors.push(power, script);
    } else if (this.peek() === '_') {
      this.at++;
      let sub = this.unreadSubscript();
      if (this.peek() === '^') {
        this.at++;
        this.skipSpace();
        sub = ['Power', sub, this.script()];
      }
      factors.push(subscript, sub);
    } else factors.push(alone);
    this.skipSpace();
    if (this.peek() === '_' || this.peek() === '^' || this.peek() === "'") throw NOT_QUICK;
  }

  /** An unread command's subscript (`\|x\|_2`, `_F`, `_{p}`, `\nabla_{\mathbf{x}}`): one digit or letter, or a braced symbol. */
  private unreadSubscript(): MathJson {
    const c = this.peek();
    if (c === '{') {
      const sub = this.braced(true);
      if (typeof sub !== 'string' && typeof sub !== 'number') throw NOT_QUICK;
      return sub;
    }
    if (ENGINE_LETTERS.has(c) || !(isLetter(c) || isDigit(c))) throw NOT_QUICK;
    this.at++;
    return isDigit(c) ? Number(c) : c;
  }

  /** One factor and its sub- or superscripts. */
  private factor(inSubscript: boolean, first: boolean): MathJson {
    this.skipSpace();
    let base = this.primary(inSubscript, first);
    // A prime on a symbol is the engine's `Prime` (on anything else, or after a script, a `Derivative`).
    if (this.peek() === "'" && typeof base === 'string') {
      this.at++;
      this.skipSpace();
      if (this.peek() === "'" || this.peek() === '_' || this.peek() === '^') throw NOT_QUICK;
      return ['Prime', base];
    }
    // A script after a space, or on anything but a symbol, is the engine's `Subscript`, not `At`;
    // a superscript after a space `Power(x, True)` where `\top` follows.
    if (this.peek() === '_') {
      if (typeof base !== 'string') throw NOT_QUICK;
      this.at++;
      base = ['At', base, this.braced(true)];
    }
    if (this.peek() === '^') {
      this.at++;
      this.skipSpace();
      if (this.text.startsWith('\\top', this.at) && !isLetter(this.text[this.at + 4])) {
        this.at += 4;
        base = ['Transpose', base];
      } else if (this.text.startsWith('{\\top}', this.at)) {
        this.at += 6;
        base = ['Transpose', base];
      } else base = ['Power', base, this.script()];
    }
    this.skipSpace();
    if (this.peek() === '_' || this.peek() === '^' || this.peek() === "'") throw NOT_QUICK;
    return base;
  }

  /** A superscript: one digit or lowercase letter, or a braced sum but a capital (`x^{T}` is the engine's transpose). */
  private script(): MathJson {
    const c = this.peek();
    if (c === '{') {
      const sup = this.braced(false);
      if (typeof sup === 'string' && sup >= 'A' && sup <= 'Z') throw NOT_QUICK;
      return sup;
    }
    if (isDigit(c)) {
      this.at++;
      return Number(c);
    }
    if (c >= 'a' && c <= 'z') {
      this.at++;
      return c;
    }
    throw NOT_QUICK;
  }

  /** A big operator's upper bound: a script, or a capital letter (`\sum_{t=1}^{T}`: no transpose there). */
  private upperBound(): MathJson {
    const top = /^(?:\{\s*\\top\s*\}|\\top(?![A-Za-z]))/.exec(this.text.slice(this.at, this.at + 10));
    if (top) {
      this.at += top[0].length;
      return 'True'; // the engine's reading of `\top` as a bound
    }
    const capital = /^(?:\{\s*([A-Z])\s*\}|([A-Z]))/.exec(this.text.slice(this.at, this.at + 5));
    const letter = capital?.[1] ?? capital?.[2];
    if (!capital || !letter || ENGINE_LETTERS.has(letter)) return this.script();
    this.at += capital[0].length;
    return letter;
  }

  /** `{sum}` (a subscript must be braced: the engine's unbraced one swallows the rest of the side). */
  private braced(inSubscript: boolean): MathJson {
    this.skipSpace();
    if (this.peek() !== '{') throw NOT_QUICK;
    this.at++;
    this.skipSpace();
    if (this.peek() === '}') throw NOT_QUICK;
    const inner = this.sum(inSubscript);
    this.skipSpace();
    if (this.peek() !== '}') throw NOT_QUICK;
    this.at++;
    return inner;
  }

  private primary(inSubscript: boolean, first: boolean): MathJson {
    const c = this.peek();
    if (isDigit(c)) {
      if (!first) throw NOT_QUICK;
      return this.number();
    }
    if (isLetter(c)) {
      if (ENGINE_LETTERS.has(c)) throw NOT_QUICK;
      this.at++;
      return c;
    }
    if (c === '{') {
      // The engine runs a braced product into the product around it (`{Ax}\alpha` is A·x·α).
      const group = this.braced(inSubscript);
      if (Array.isArray(group) && group[0] === 'InvisibleOperator') throw NOT_QUICK;
      return group;
    }
    if (c === '(' || this.text.startsWith(LEFT, this.at)) {
      if (inSubscript) throw NOT_QUICK;
      return this.parenthesised(c !== '(');
    }
    if (c === '\\') return this.command(inSubscript);
    throw NOT_QUICK;
  }

  /** `(a)` and `(a, b)`, as the engine's `Delimiter`. */
  private parenthesised(sized: boolean): MathJson {
    const items = this.parenthesisedItems(sized);
    return items.length === 1 ? ['Delimiter', items[0]!] : ['Delimiter', ['Sequence', ...items], "'(,)'"];
  }

  /** The comma-separated items between `(` and `)` (or `\left(` and `\right)`). */
  private parenthesisedItems(sized: boolean): MathJson[] {
    this.at += sized ? LEFT.length : 1;
    const items = [this.sum(false)];
    for (;;) {
      this.skipSpace();
      if (sized ? this.text.startsWith(RIGHT, this.at) : this.peek() === ')') break;
      if (this.peek() !== ',') throw NOT_QUICK;
      this.at++;
      items.push(this.sum(false));
    }
    this.at += sized ? RIGHT.length : 1;
    return items;
  }

  /** `\mathbf{x}`, a Greek letter, `\frac{…}{…}`. */
  private command(inSubscript: boolean): MathJson {
    const start = this.at + 1;
    let end = start;
    while (isLetter(this.text[end])) end++;
    const name = this.text.slice(start, end);
    this.at = end;
    const greek = GREEK.get(name);
    if (greek) return greek;
    if (name === 'sqrt') return ['Sqrt', this.braced(inSubscript)];
    const bigOperator = BIG_OPERATORS.get(name);
    if (bigOperator) return this.bigOperatorOver(bigOperator, inSubscript);
    if (name === 'mathrm') {
      const word = UPRIGHT_WORD.exec(this.text.slice(this.at, this.at + 12));
      if (!word || !UPRIGHT_WORDS.has(word[1]!)) throw NOT_QUICK;
      this.at += word[0].length;
      return word[1]!;
    }
    const called = CALLED_FUNCTIONS.get(name);
    if (called) {
      // `\max_{i} x_i`, `\log_2 x`, `\log x` are not read here.
      this.skipSpace();
      const sized = this.text.startsWith(LEFT, this.at);
      if (!sized && this.peek() !== '(') throw NOT_QUICK;
      return [called, ...this.parenthesisedItems(sized)];
    }
    if (name === 'mathbf') {
      const bold = /^\s*\{([A-Za-z])\}/.exec(this.text.slice(this.at, this.at + 8));
      if (!bold) throw NOT_QUICK;
      this.at += bold[0].length;
      return `${bold[1]}_bold`;
    }
    if (name === 'frac') {
      const derivative = this.partialFraction();
      if (derivative) return derivative;
      const from = this.at;
      const numerator = this.braced(inSubscript);
      const denominator = this.braced(inSubscript);
      if (writesLetterD(this.text.slice(from, this.at))) throw NOT_QUICK; // dy/dx: a derivative
      return ['Divide', numerator, denominator];
    }
    throw NOT_QUICK;
  }

  /**
   * `\sum_{i=1}^{n} body` as the engine's `Sum` over `Tuple(i, 1, n)` (`\sum_{i}`: `Tuple(i)`),
   * `\prod` the same as its `Product`. The body is the product that follows (for `\prod`, written
   * side by side); the engine runs a
   * `−` after a sum into its body too, so a big operator followed by one is left to it.
   */
  private bigOperatorOver(head: string, inSubscript: boolean): MathJson {
    const lower = /^_\{\s*([a-z])\s*(=?)/.exec(this.text.slice(this.at, this.at + 8));
    if (!lower) throw NOT_QUICK;
    this.at += lower[0].length;
    const bounds: MathJson[] = [lower[1]!];
    if (lower[2]) {
      bounds.push(this.sum(true));
      this.skipSpace();
      if (this.peek() !== '}' || this.text[this.at + 1] !== '^') throw NOT_QUICK;
      this.at += 2;
      bounds.push(this.upperBound());
    } else {
      this.skipSpace();
      if (this.peek() !== '}') throw NOT_QUICK;
      this.at++;
    }
    this.skipSpace();
    const body = this.product(inSubscript);
    this.skipSpace();
    if (this.peek() === '-') throw NOT_QUICK;
    // The engine ends a product's body before a `\cdot` (`Multiply(Product(x), y)`), a sum's after it.
    if (head === 'Product' && Array.isArray(body) && body[0] === 'Multiply') throw NOT_QUICK;
    return [head, body, ['Tuple', ...bounds]];
  }

  /**
   * `\frac{\partial L}{\partial x}` (and `\frac{\partial}{\partial x}`) with one factor after
   * each `\partial`, as the engine leaves it: a quotient of two products with a bare `\partial`.
   */
  private partialFraction(): MathJson | undefined {
    const match = /^\s*\{\s*\\partial(?![A-Za-z])/.exec(this.text.slice(this.at, this.at + 16));
    if (!match) return undefined;
    this.at += match[0].length;
    const numerator = this.partialOf(true);
    const denominator = /^\s*\{\s*\\partial(?![A-Za-z])/.exec(this.text.slice(this.at, this.at + 16));
    if (!denominator) throw NOT_QUICK;
    this.at += denominator[0].length;
    const braced = numerator === PARTIAL ? undefined : this.bracedPartialVariable();
    return ['Divide', numerator, braced ?? this.partialOf(false)];
  }

  /**
   * `\partial {y}}` closing a denominator (after a numerator `\partial L`): the engine's
   * `PartialDerivative` over `[y, Nothing]`, for a letter, a bold letter or a Greek letter.
   */
  private bracedPartialVariable(): MathJson | undefined {
    const from = this.at;
    this.skipSpace();
    if (this.peek() !== '{') return undefined;
    this.at++;
    this.skipSpace();
    const variable = this.peek() === '{' ? undefined : this.primary(false, false);
    this.skipSpace();
    const closes = this.peek() === '}' && (this.at++, this.skipSpace(), this.peek() === '}');
    if (typeof variable !== 'string' || !closes || !(/^[A-Za-z](?:_bold)?$/.test(variable) || GREEK.has(variable))) {
      this.at = from;
      return undefined;
    }
    this.at++;
    return ['PartialDerivative', [variable, 'Nothing'], 'Nothing', 'Nothing'];
  }

  /** What follows `\partial` up to the closing brace: nothing (where `bare`), or one factor. */
  private partialOf(bare: boolean): MathJson {
    this.skipSpace();
    if (this.peek() === '}' && bare) {
      this.at++;
      return PARTIAL;
    }
    if (this.peek() === '{') throw NOT_QUICK; // `\partial{C}` reads as a derivative of C
    const from = this.at;
    const factor = this.factor(false, false);
    if (writesLetterD(this.text.slice(from, this.at))) throw NOT_QUICK; // a d
    this.skipSpace();
    if (this.peek() !== '}') throw NOT_QUICK;
    this.at++;
    return ['InvisibleOperator', PARTIAL, factor];
  }

  /** An integer or a decimal, as the engine's JSON holds it. */
  private number(): MathJson {
    const start = this.at;
    while (isDigit(this.peek())) this.at++;
    if (this.peek() === '.') {
      this.at++;
      while (isDigit(this.peek())) this.at++;
    }
    const text = this.text.slice(start, this.at);
    // E-notation (`1e5`, `2 E3`) and a second number (`2 3` is 23) are the engine's to read.
    // So are a number before a fraction (`2\frac{1}{2}`: a mixed number?) or a parenthesis (`0.5(5)`: 0.555…).
    const next = /^\s*(\\frac|.)/.exec(this.text.slice(this.at, this.at + 12))?.[1];
    if (next === 'e' || next === 'E' || next === '.' || next === '(' || next === '\\frac' || isDigit(next)) throw NOT_QUICK;
    if (!DECIMAL.test(text) || (!text.includes('.') && text.length > MAX_INTEGER_DIGITS)) throw NOT_QUICK;
    const value = Number(text);
    if (String(value) !== text) throw NOT_QUICK;
    return value;
  }

  private peek(): string {
    return this.text[this.at] ?? '';
  }

  private skipSpace(): void {
    while (this.text[this.at] === ' ') this.at++;
  }
}

/**
 * Whether `latex` writes the letter d outside command names (`\\lambda` does not) and square roots
 * of d (`\\sqrt{d}`, attention's scale, never a differential): a fraction with one may be a derivative.
 */
function writesLetterD(latex: string): boolean {
  return latex.replace(/\\sqrt\s*\{\s*d\s*\}|\\[A-Za-z]+/g, '').includes('d');
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
