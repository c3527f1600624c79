/**
 * Events under a side in probability notation: P(A), P(A | B), P(A, B) = P(A ∩ B), ∪, `\setminus` (set
 * difference), complements (`A^c`, `\bar A`, `A'`, `\neg A`), Ω and ∅, and the self-information
 * i(A) = −log P(A). A letter inside P(·) is an event; in a sum over a variable's values, x_i is the
 * event {X = x_i} (cellOf, probabilitySides.ts).
 */
import { ArithmeticSide } from './arithmeticSide';
import { CLOSER, GREEK, NAME, OPENS } from './probabilityNotation';
import { EventSet, probability, refuse } from './probabilityValues';

/** A capital event letter, perhaps indexed: what may stand beside another as their intersection. */
const ADJACENT_EVENT = /^[A-Z](?:_[A-Za-z0-9]+)?'*$/;

export abstract class EventSide extends ArithmeticSide {
  /** Whether the term just read was a capital event (or its complement), so that one written beside it intersects it. */
  private adjacentEvents = false;
  /** The event names read since it was set (probability()). */
  protected eventNames: Set<string> | undefined;

  /** The cell of a sum a name stands for, if any: its event. */
  protected abstract cellOf(name: string): { readonly mask: readonly boolean[]; readonly letter: string } | undefined;

  /**
   * P(A), P(A | B), P(A, B) = P(A ∩ B). A lower-case p with one name on both sides of the bar,
   * `p(s_9 \mid s_9, a_i)`, is a transition probability of a state to itself, not P(A | A ∩ B): refused.
   */
  protected probability(lower = false): number {
    this.use.operators++;
    const open = this.next() ?? refuse();
    if (!OPENS.has(open)) refuse();
    const events = (this.eventNames = new Set());
    const event = this.eventExpression();
    const conditions = (this.eventNames = new Set());
    const given = this.peek() === '|' ? (this.next(), this.eventExpression()) : undefined;
    this.eventNames = undefined;
    if (this.next() !== CLOSER[open]) refuse();
    if (lower && [...events].some((name) => conditions.has(name))) refuse();
    return probability(this.setting.model, event, given);
  }
  /** i(A) = −log P(A), the self-information of an event; i_b in base b. */
  protected selfInformation(subscript: string): number {
    this.use.unbounded++;
    const unit = subscript === '' ? this.setting.unitLog : Math.log(/^\d+$/.test(subscript) ? Number(subscript) : this.constant(subscript));
    return -Math.log(this.probability()) / unit;
  }
  /** Events joined by ∩ (or a comma), ∪ or \ — mixing ∩ and ∪ without parentheses is refused. */
  protected eventExpression(): EventSet {
    let v = this.eventTerm();
    let joined: string | undefined;
    for (;;) {
      const t = this.peek();
      // `P(AB)`, `P(A\bar{B})`, `P(ABC)`: capital events side by side are their intersection, as probability texts write it.
      const adjacent = t !== undefined && (ADJACENT_EVENT.test(t) || t === '\\bar' || t === '\\overline') && this.adjacentEvents;
      const op = t === ',' || t === '\\cap' || adjacent ? '\\cap' : t === '\\cup' || t === '\\setminus' ? t : undefined;
      if (!op) return v;
      if (joined !== undefined && joined !== op) refuse();
      joined = op;
      if (!adjacent) this.next();
      const w = this.eventTerm().mask;
      const before = v.mask;
      v = new EventSet(before.map((x, i) => (op === '\\cap' ? x && w[i]! : op === '\\cup' ? x || w[i]! : x && !w[i]!)));
    }
  }
  protected eventTerm(): EventSet {
    this.adjacentEvents = false;
    const t = this.next() ?? refuse();
    // y' under a sum over y' is that sum's cell, not the complement of y.
    const primedCell = /'$/.test(t) ? this.cellOf(t) : undefined;
    let v: EventSet;
    if (t === '(' || t === '{') v = new EventSet(this.closedBy(CLOSER[t]!, this.eventExpression()).mask);
    else if (t === '\\bar' || t === '\\overline') v = complement(this.peek() === '{' ? (this.next(), this.closedBy('}', this.eventExpression())) : this.eventTerm());
    else if (t === '\\neg') return complement(this.eventTerm());
    else if (t === '\\Omega') v = new EventSet(this.setting.model.weights.map(() => true));
    else if (t === '\\emptyset' || t === '\\varnothing') v = new EventSet(this.setting.model.weights.map(() => false));
    else if (primedCell) v = new EventSet(primedCell.mask);
    else if (NAME.test(t) || GREEK.test(t)) {
      const primes = /'+$/.exec(t)?.[0].length ?? 0;
      const name = t.replace(/'+$/, '');
      if (primes === 0 && this.peek() === '=') return this.valueEvent(name);
      this.eventNames?.add(name);
      const cell = this.cellOf(name);
      v = new EventSet(cell ? cell.mask : this.kind(name, 'event', this.setting.model.event(name)));
      if (primes % 2 === 1) v = complement(v);
    } else return refuse();
    if (this.peek() === '^') {
      this.next();
      const braced = this.peek() === '{';
      if (braced) this.next();
      const mark = this.next();
      if ((mark !== 'c' && mark !== 'C' && mark !== '\\complement') || (braced && this.next() !== '}')) refuse();
      v = complement(v);
    }
    this.adjacentEvents = ADJACENT_EVENT.test(t) || t === '\\bar' || t === '\\overline';
    return v;
  }
  /**
   * `p(C = k \mid D)`, `P(z = k \mid x)`, `\sum_j p(z = j) p(x \mid z = j)`: the event that the variable the
   * letter names (C; z → Z) takes a value — the cell's in a sum over that variable (`\sum_j`), else one
   * value of the variable drawn for the letter (k), the same everywhere in the claim. A number
   * (`y = 1`) says which value only to a reader who knows the variable's values: refused.
   */
  private valueEvent(name: string): EventSet {
    this.next();
    const value = this.next() ?? refuse();
    if (!/^[A-Za-z]$/.test(name[0]!) || !NAME.test(value) || name.length > 1 && !/^[A-Za-z]_[A-Za-z0-9]+$/.test(name)) refuse();
    const variable = name.toUpperCase();
    const values = this.kind(variable, 'variable', this.setting.model.variable(variable));
    this.kind(name, name === variable ? 'variable' : 'valued', undefined);
    const cell = this.cellOf(value);
    if (cell) return cell.letter === name.toLowerCase() ? new EventSet(cell.mask) : refuse();
    const support = [...new Set(values)];
    const picked = support[this.setting.model.pick(`${variable}=${value}`, support.length)]!;
    this.kind(value, `value of ${variable}`, undefined);
    return new EventSet(values.map((x) => x === picked));
  }
}

const complement = (v: EventSet): EventSet => new EventSet(v.mask.map((x) => !x));
