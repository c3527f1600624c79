/**
 * The value of a side in probability notation on one finite model: a recursive-descent reader of
 * the tokens (probabilityTokens.ts) that computes as it reads (probabilityValues.ts).
 *
 * Which letter is what follows the notation, as a reader takes it: inside P(…), Pr(…), p(…) and
 * i(…) a letter is an event (`P(A \cap B)`, `p(s_i)`); a letter a distribution is written with
 * (`D_{KL}(P \| Q)`, `x \sim P`, `\mathbb{E}_p`, `H(P, Q)`) is that distribution, and P(x) its
 * probability at the bound letter x; any other capital letter (X, Y, X_1, S) is a random variable;
 * any other lower-case or Greek letter a constant; e is Euler's number. A letter read as two kinds
 * in one claim, a function of an unknown name (`f(X)`), or `\mathbb{E}X^2` (whose grouping a reader
 * must guess) is refused.
 */
import { EventSide } from './eventSide';
import type { NamedMoment } from './namedMoments';
import { CLOSER, GREEK, matching, NAME, OPENS } from './probabilityNotation';
import {
  combine, conditionalEntropy, covariance, entropyGivenEvent, crossEntropy, divergence, expectation, expectationUnder, map, mutualInformation,
  OnAlphabet, OnOutcomes, probabilityVector, refuse, type Value, variance,
} from './probabilityValues';

/** What a bound letter ranges over: the alphabet of the distributions (E_{x∼P}, a sum over x with P(x) and Q(x)). */
interface Space {
  readonly values: OnAlphabet;
}

/**
 * One cell of a sum over a random variable's values: in `\sum_x x P(x)` and `\sum_i p(y \mid x_i) p(x_i)`,
 * x (x_i) is the value v of X in the cell, and inside P(·) the event {X = v}.
 */
interface Cell {
  readonly index: string;
  readonly letter: string;
  readonly value: number;
  readonly mask: readonly boolean[];
  /** The variable's distinct values, in order: where Q(x) of a pmf over them is read (pmfAtCell). */
  readonly support: readonly number[];
}

export class ProbabilitySide extends EventSide {
  private readonly bound = new Map<string, Space>();
  private readonly cells: Cell[] = [];
  private cellsRead = 0;
  /** Letters bound as drawn from an expectation's distribution that wrote none (drawnImplicitly); undefined outside such an E. */
  private implicitDraws: string[] | undefined;

  protected atom(): Value {
    const t = this.next() ?? refuse();
    if (/^[\d.]/.test(t)) return Number(t);
    if (OPENS.has(t)) return this.closedBy(CLOSER[t]!, this.expression());
    if (t === '|') return map(this.closedBy('|', this.expression()), Math.abs);
    if (t === '\\frac') return combine(this.group(), this.group(), (a, b) => a / b);
    if (t === '\\sqrt') return map(this.group(), Math.sqrt);
    // `\sigma(X)`, `\pi(a)`: a function this reading does not know, never σ times X.
    if ((t === '\\pi' || GREEK.test(t)) && (this.peek() === '(' || this.peek() === '[')) refuse();
    const moment = this.setting.moments.get(t);
    if (moment) return this.namedMoment(t, moment);
    if (/^\\(?:mu|sigma)_/.test(t)) refuse(); // `\sigma_w`: a moment of no variable this claim writes
    if (t === '\\pi') return Math.PI;
    if (t === '\\exp') return map(this.argument(), Math.exp);
    if (t === '\\ln') return map(this.argument(), Math.log);
    if (t === '\\log') return this.logarithm();
    if (t === '\\max' || t === '\\min') return this.extremum(t === '\\max');
    if (GREEK.test(t)) return this.letter(t);
    if (t === 'Var' || t === 'Cov' || t === 'Corr') return this.moment(t);
    if (t === 'KL') return this.divergence();
    if (t === 'Pr') return this.probability();
    if (t === '\\sum') return this.sum();
    if (NAME.test(t)) return this.named(t);
    return refuse();
  }
  private named(name: string): Value {
    const [letter, subscript] = [name[0]!, name.slice(2)];
    // `\mathcal{H}(S)` is a class of hypotheses, not an entropy in base "cal": a plain name.
    const calls = subscript !== 'cal' && (this.peek() === '(' || this.peek() === '[');
    if (letter === 'E' && !name.includes("'") && subscript !== 'cal') return this.expectation(subscript);
    if (name === 'V' && calls) return this.moment('Var');
    if (letter === 'H' && calls) return this.entropy(subscript);
    if (name === 'I' && calls) return this.mutualInformation();
    if (name === 'D' && calls) return this.divergence();
    if (letter === 'i' && calls && this.setting.selfInformation) return this.selfInformation(subscript);
    const argument = this.peek() === '(' && this.tokens[this.at + 2] === ')' ? this.boundSpace(this.tokens[this.at + 1] ?? '') : undefined;
    if (this.setting.distributions.has(name) || (argument && /^[PQpq]$/.test(name))) return this.distribution(name);
    if (/^[Qq](?:_[A-Za-z0-9]+)?$/.test(name) && this.peek() === '(' && this.tokens[this.at + 2] === ')') {
      const at = this.pmfAtCell(name);
      if (at !== undefined) return at;
    }
    if ((name === 'P' || name === 'p') && this.peek() === '(') return this.probability(name === 'p');
    if (name === 'e') return Math.E;
    const cell = this.cellOf(name);
    if (cell) return cell.value;
    const bound = this.boundSpace(name);
    if (bound) return this.kind(name, 'bound', bound.values);
    if (this.setting.multipliers.has(name)) return this.letter(name); // `a(X - E[X])`: a times the bracket
    if (this.peek() === '(' || this.peek() === '[') refuse(); // f(X), X(ω): a function this reading does not know
    if (/^[A-Z]/.test(name)) return this.kind(name, 'variable', new OnOutcomes(this.setting.model.variable(name)));
    return this.letter(name);
  }
  private expectation(subscript: string): Value {
    this.use.operators++;
    this.use.unbounded++;
    const model = this.setting.model;
    let under: readonly number[] | undefined;
    let boundName: string | undefined;
    const conditions: Value[] = [];
    let written = subscript;
    if (written === '' && this.peek() === '_') {
      this.next();
      const close = this.peek() === '{' ? '}' : undefined;
      if (close) this.next();
      const first = this.next() ?? refuse();
      if (this.peek() === '~') {
        this.next();
        boundName = first;
        written = this.next() ?? refuse();
        if (this.peek() === '(' && this.tokens[this.at + 1] === first && this.tokens[this.at + 2] === ')') this.at += 3; // x ∼ p(x)
      } else if (this.peek() === '(' && NAME.test(this.tokens[this.at + 1] ?? '') && this.tokens[this.at + 2] === ')' && /^[PQpq]$/.test(first)) {
        // `\mathbb{E}_{p(x)}[f(x)]`: x drawn from p.
        boundName = this.tokens[this.at + 1];
        written = first;
        this.at += 3;
      } else written = first;
      // `\mathbb{E}_{X|Y}[X|Y]`: the subscript names the variable averaged and the condition, E[· | Y].
      if (close && this.peek() === '|' && /^[A-Z]$/.test(first)) {
        this.next();
        for (let name = this.next(); name !== close; name = this.next()) {
          if (name === undefined || !/^[A-Z]$/.test(name) || this.setting.distributions.has(name)) refuse();
          conditions.push(this.named(name));
          if (this.peek() === ',') this.next();
        }
        this.at--;
      }
      if (close && this.next() !== close) refuse();
    }
    if (written !== '') {
      if (this.setting.distributions.has(written)) under = this.distributionProbabilities(written);
      else if (!/^[A-Z]$/.test(written) || boundName !== undefined) refuse(); // E_X[·] is E[·]; E_t, E_θ are not this reading's
    }
    if (boundName) this.bound.set(boundName, { values: new OnAlphabet(model.alphabet) });
    const outerDraws = this.implicitDraws;
    // `\mathbb{E}_p[-\log q(x)]`: no letter written as drawn, so the letter the distributions are called at is.
    this.implicitDraws = under && !boundName ? [] : undefined;
    this.insideMoments++;
    try {
      if (!OPENS.has(this.peek() ?? '')) {
        // `\mathbb{E}X`: the one letter after E; `\mathbb{E}X^2` or `EXY` would need a guess.
        const name = this.next() ?? refuse();
        if (!NAME.test(name) || !/^[A-Z]/.test(name) || this.peek() === '^' || NAME.test(this.peek() ?? '')) refuse();
        const v = this.named(name);
        if (under && conditions.length > 0) refuse();
        return under ? expectationUnder(under, v) : expectation(model, v, conditions);
      }
      const { main, given } = this.arguments();
      if (main.length !== 1) refuse();
      if (under) return given.length + conditions.length > 0 ? refuse() : expectationUnder(under, main[0]!);
      return expectation(model, main[0]!, [...given, ...conditions]);
    } finally {
      this.insideMoments--;
      if (boundName) this.bound.delete(boundName);
      this.implicitDraws?.forEach((name) => this.bound.delete(name));
      this.implicitDraws = outerDraws;
    }
  }
  /** `\mu_X`, `\sigma`: E[X] or the standard deviation of X, by the name the note gives it. */
  private namedMoment(name: string, { moment, variable }: NamedMoment): number {
    this.use.operators++;
    const values = this.kind(name, 'moment', new OnOutcomes(this.setting.model.variable(variable)));
    this.kind(variable, 'variable', values);
    const model = this.setting.model;
    return moment === 'mean' ? (expectation(model, values) as number) : Math.sqrt(variance(model, values) as number);
  }
  private moment(name: string): Value {
    this.use.operators++;
    this.use.unbounded++;
    const model = this.setting.model;
    if (this.peek() === '_') this.averagedVariable();
    if (!OPENS.has(this.peek() ?? '')) refuse();
    this.insideMoments++;
    const { main, given } = this.arguments();
    this.insideMoments--;
    if (main.some((v) => !(v instanceof OnOutcomes))) refuse(); // V(s), Var(w): not a random variable of this claim
    if (name === 'Var') return main.length === 1 ? variance(model, main[0]!, given) : refuse();
    if (main.length !== 2 || given.length > 0) refuse();
    const [a, b] = main as [Value, Value];
    const cov = covariance(model, a, b);
    return name === 'Cov' ? cov : cov / Math.sqrt(covariance(model, a, a) * covariance(model, b, b));
  }
  /** `\operatorname{Var}_Y(\mathbb{E}[X \mid Y])`: the variable a moment is taken over, as `E_X` is (a capital, not a distribution). */
  private averagedVariable(): void {
    this.next();
    const braced = this.peek() === '{';
    if (braced) this.next();
    const name = this.next() ?? refuse();
    if (!/^[A-Z]$/.test(name) || this.setting.distributions.has(name) || (braced && this.next() !== '}')) refuse();
  }
  /** H(X), H(X, Y), H(X | Y), H_2(X); H(P) and the cross entropy H(P, Q) of distributions. */
  private entropy(subscript: string): number {
    this.use.operators++;
    this.use.unbounded++;
    const unit = subscript === '' ? this.setting.unitLog : Math.log(/^\d+$/.test(subscript) ? Number(subscript) : this.constant(subscript));
    const event = this.givenValue();
    if (event) return entropyGivenEvent(this.setting.model, event.of, event.mask) / unit;
    const { main, given } = this.arguments();
    if (main.every((v) => v instanceof OnAlphabet)) {
      if (given.length > 0 || main.length > 2) refuse();
      return crossEntropy(probabilityVector(main[0]!), main[1] === undefined ? undefined : probabilityVector(main[1])) / unit;
    }
    if (main.some((v) => !(v instanceof OnOutcomes))) refuse();
    return conditionalEntropy(this.setting.model, main, given) / unit;
  }
  /**
   * `H(Y \mid X = x)` inside a sum over x (`\sum_{x} p(x) H(Y \mid X = x)`): the random variables before the
   * bar and the event {X = x} of the sum's cell; undefined when the argument has no such condition.
   */
  private givenValue(): { of: Value[]; mask: readonly boolean[] } | undefined {
    const close = matching(this.tokens, this.at);
    const [bar, variable, equals, value] = this.tokens.slice(close - 4, close);
    if (this.peek() !== '(' || bar !== '|' || equals !== '=' || !/^[A-Z]$/.test(variable ?? '') || !NAME.test(value ?? '')) return undefined;
    const cell = this.cellOf(value!);
    if (!cell || cell.letter !== variable!.toLowerCase()) refuse();
    this.next();
    const of = [this.expression()];
    while (this.peek() === ',') {
      this.next();
      of.push(this.expression());
    }
    if (this.at !== close - 4 || of.some((v) => !(v instanceof OnOutcomes))) refuse();
    this.at = close + 1;
    return { of, mask: cell.mask };
  }
  /** I(X; Y), I(X; Y | Z), I(X; Y, Z), and I(X, Y) as some notes write it. */
  private mutualInformation(): number {
    this.use.operators++;
    this.use.unbounded++;
    const { items, separators } = this.list();
    const bar = separators.indexOf('|');
    const head = bar < 0 ? items : items.slice(0, bar + 1);
    const headSeparators = bar < 0 ? separators : separators.slice(0, bar);
    const given = bar < 0 ? [] : items.slice(bar + 1);
    const semicolon = headSeparators.indexOf(';');
    if (headSeparators.lastIndexOf(';') !== semicolon || (bar >= 0 && separators.slice(bar + 1).some((s) => s !== ','))) refuse();
    if (semicolon < 0 && head.length !== 2) refuse();
    const cut = semicolon < 0 ? 1 : semicolon + 1;
    return mutualInformation(this.setting.model, head.slice(0, cut), head.slice(cut), given) / this.setting.unitLog;
  }
  /** D_KL(P ‖ Q), KL(P ‖ Q), D(P ‖ Q); D_KL(P, Q) as notes also write it (unpingco-pyprobstat: `D_{KL}(P,Q) \ge 0`). */
  private divergence(): number {
    this.use.operators++;
    this.use.unbounded++;
    const open = this.next() ?? refuse();
    if (!OPENS.has(open)) refuse();
    const p = probabilityVector(this.expression());
    const separator = this.next();
    if (separator !== '‖' && separator !== ',') refuse();
    const q = probabilityVector(this.expression());
    if (this.next() !== CLOSER[open]) refuse();
    return divergence(p, q) / this.setting.unitLog;
  }
  /** The space of a bound letter: x itself, or s_i, x_i under a sum over i. */
  private boundSpace(name: string): Space | undefined {
    return this.bound.get(name) ?? this.bound.get(name.replace(/^[A-Za-z]'*(?=_)/, ''));
  }
  /**
   * `\sum_x x P(x)`, `-\sum_i p(s_i) \log p(s_i)`, `\sum_i p(y \mid x_i) p(x_i)`: the sum of the product
   * after it. Over the alphabet when the claim writes distributions (`\sum_x P(x) \log Q(x)`); else
   * over the values of the random variable the letter names (X for x and x_i, S for s_i): a
   * partition of Ω. A body that does not depend on the letter is refused (its number of terms
   * would be a guess).
   */
  private sum(): number {
    this.use.operators++;
    if (this.next() !== '_') refuse();
    const braced = this.peek() === '{';
    if (braced) this.next();
    const index = this.next() ?? refuse();
    // `\sum_{y'} p(x \mid y') p(y')`: a primed index is a letter of its own, over the same variable's values.
    if (!/^[A-Za-z]'?$/.test(index) || (braced && this.next() !== '}')) refuse();
    if (this.bound.has(index) || this.cells.some((c) => c.index === index)) refuse();
    const after = this.tokens.slice(this.at);
    // `\sum_j p(z = j) p(x \mid z = j)`: over the values of the variable the index is set equal to (Z).
    const valued = [...new Set(after.flatMap((t, i) => (after[i + 1] === '=' && after[i + 2] === index && /^[A-Za-z]$/.test(t) ? [t] : [])))];
    if (valued.length > 1) refuse();
    const letters = valued.length === 1 ? valued : [...new Set([...after.filter((t) => t.endsWith(`_${index}`)).map((t) => t[0]!), index])];
    return this.setting.distributions.size > 0 ? this.sumOverAlphabet(index) : this.sumOverValues(index, letters);
  }
  private sumOverAlphabet(index: string): number {
    const keys = [index, `_${index}`];
    const space = { values: new OnAlphabet(this.setting.model.alphabet) };
    keys.forEach((k) => this.bound.set(k, space));
    try {
      const body = this.term();
      if (!(body instanceof OnAlphabet) || body.values.length !== space.values.values.length) refuse();
      return body.values.reduce((s, x) => s + x, 0);
    } finally {
      keys.forEach((k) => this.bound.delete(k));
    }
  }
  private sumOverValues(index: string, letters: readonly string[]): number {
    // The variable: one the claim writes (X beside x_i), else the letter's own (x_i → X; \sum_x → X).
    const candidates = letters.filter((l) => l !== index || letters.length === 1).map((l) => l.replace(/'+$/, '').toUpperCase());
    const variable = candidates.find((l) => this.setting.capitals.has(l)) ?? candidates[0] ?? refuse();
    if (!/^[A-Z]$/.test(variable) || 'EHIPDV'.includes(variable)) refuse();
    const values = this.kind(variable, 'variable', this.setting.model.variable(variable));
    const start = this.at;
    let total = 0;
    let end = start;
    for (const value of new Set(values)) {
      this.at = start;
      const before = this.cellsRead;
      this.cells.push({ index, letter: variable.toLowerCase(), value, mask: values.map((v) => v === value), support: [...new Set(values)] });
      try {
        const body = this.term();
        if (typeof body !== 'number' || this.cellsRead === before) refuse();
        total += body;
      } finally {
        this.cells.pop();
      }
      end = this.at;
    }
    this.at = end;
    return total;
  }
  /**
   * `\sum_z Q(z) \log \frac{p(x, z)}{Q(z)}` (newfacade-ml-notes' EM, the ELBO): Q, q or Q_i called at the cell of a sum
   * over a variable's values is a distribution over those values — any one, as the author's Q is: a random
   * positive pmf drawn for the name. Undefined when the argument is no cell.
   */
  private pmfAtCell(name: string): number | undefined {
    const cell = [...this.cells].reverse().find((c) => this.tokens[this.at + 1] === c.index || this.tokens[this.at + 1]?.toLowerCase() === `${c.letter}_${c.index}`.toLowerCase());
    if (!cell) return undefined;
    this.at += 3;
    this.cellsRead++;
    const pmf = this.kind(`${name}(${cell.letter})`, 'pmf', this.setting.model.pmf(`${name}(${cell.letter})`, cell.support.length));
    this.kind(name, 'pmf', undefined);
    return pmf[cell.support.indexOf(cell.value)]!;
  }
  /** The cell a name stands for: x in a sum over x, x_i in a sum over i of X's values. */
  protected cellOf(name: string): Cell | undefined {
    const cell = [...this.cells].reverse().find((c) => name === c.index || name.toLowerCase() === `${c.letter}_${c.index}`.toLowerCase());
    if (cell) this.cellsRead++;
    return cell;
  }
  /** P(x) at the bound letter x, or the distribution P as a whole (`\log q` under E_p). */
  private distribution(name: string): OnAlphabet {
    const probabilities = new OnAlphabet(this.distributionProbabilities(name));
    if (this.peek() !== '(') return probabilities;
    this.next();
    const at = this.next() ?? refuse();
    if (!this.boundSpace(at)) this.drawnImplicitly(at);
    if (this.next() !== ')') refuse();
    return probabilities;
  }
  /** `x` in `\mathbb{E}_p[\log q(x)]`: drawn from p, bound to the end of the expectation; else refused. */
  private drawnImplicitly(name: string): void {
    if (!this.implicitDraws || !/^[a-z]$/.test(name) || this.cells.length > 0) refuse();
    this.bound.set(this.kind(name, 'bound', name), { values: new OnAlphabet(this.setting.model.alphabet) });
    this.implicitDraws.push(name);
  }
  private distributionProbabilities(name: string): readonly number[] {
    if (this.cells.length > 0) refuse(); // a distribution inside a sum over a variable's values
    return this.kind(name, 'distribution', this.setting.model.distribution(name));
  }
}
