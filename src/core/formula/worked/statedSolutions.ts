/**
 * Equations and the solution the note states for them. An equation to solve
 * (`\sum F_x = 0 = T_{BE}/3 + T_{BD}/3 - 195 + R_x`, `8\beta_0 + 20\beta_1 - 56 = 0`)
 * is no identity, so the random-point check leaves it undecided; but when the
 * same section of the note states values for all its unknowns — before or
 * after it (`T_{BD} = 780N`, …; `\hat{\beta}_0 = 3.5`) — the equation can be
 * judged at them, and each stated value by the equations it solves:
 *
 * - an equation that holds at the stated values **holds** ("at the values the
 *   note states: T_BD = 780, …"); an estimate (`\hat{\beta}_0`, `x^*`) stands
 *   for its unknown here;
 * - a stated value **holds** when an equation written before it in its
 *   section, that constrains it (no identity), holds with it ("it solves
 *   10/16 = (x − 150)/20"); an equation after it may only substitute it;
 * - an equation that does not hold at them **fails** only on strong evidence:
 *   the values come from one block of solution lines after it, that binds
 *   exactly the unknowns of the section's system; every other equation of that
 *   system (two at least, each a real constraint) holds at them, and together
 *   they confirm all but at most one of its unknowns; the values share one
 *   unit; and the equation writes no rounded decimal. Otherwise it stays
 *   undecided, and the reason says the stated values do not satisfy it.
 *
 * A name stated twice with different values in a section binds nothing there:
 * it names two things. Values are read as written, their rounding at the last
 * written digit allowed for (a decimal may be rounded when confirming; when
 * refuting, an integer too, at its last significant digit). A stated value
 * confirmed by an equation must be what the equation gives with the other values
 * as written, to one unit of its last written digit (lastDigitSlack.ts).
 */
import type { LatexReader, MathJson } from '../read/engine';
import { applyCalls, variablesOf } from '../identity/identity';
import { evaluate, type LogBase } from '../evaluate/interpret';
import { normalizeLatex } from '../read/preprocess';
import { splitFormula } from '../split';
import { symbolName } from '../read/readAs';
import { statedValues, variableNames, type StatedValue } from './statedValues';
import type { ClaimReport, MathSpan } from '../types';
import { budgetDeadline } from '../deadline';

/** An `=` between two sides of a formula of the section, read with its variables named as stated values are. */
interface Equation {
  readonly span: number;
  readonly claim: number;
  readonly line: number;
  /** `left = right` as written, for messages. */
  readonly text: string;
  readonly left: MathJson;
  readonly right: MathJson;
  readonly variables: readonly string[];
  /** It writes a decimal that may itself be rounded (`0.33x = 1`): it may hold, never fail. */
  readonly roundedConstants: boolean;
}

/** How an equation fares at stated values. */
interface AtValues {
  readonly status: 'holds' | 'off' | 'close';
  readonly left: number;
  readonly right: number;
  /** d(left − right)/d(name) at the values, for each unknown. */
  readonly slopes: ReadonlyMap<string, number>;
  /** It fails somewhere else: an equation that pins its unknowns, not an identity. */
  readonly constrains: boolean;
}

/** The stated values and equations of one section. */
interface Section {
  readonly values: readonly StatedValue[];
  readonly equations: readonly Equation[];
  /** Each stated value's block: the run of stated-value formulas it belongs to. */
  readonly blockOf: ReadonlyMap<StatedValue, readonly StatedValue[]>;
}

/** Longest formula read for equations: longer ones are derivations the identity check handles. */
const MAX_SOURCE = 2000;
/** Prose between two formulas of one block of solution lines ("and", a list marker). */
const MAX_GAP_TEXT = 120;

/** The values and equations of the sections of one note, read when the first formula of a section is reviewed. */
export class StatedSolutions {
  private readonly sections = new Map<number, Section>();
  private bySection?: Map<number, { span: MathSpan; index: number }[]>;

  constructor(
    private readonly note: string,
    private readonly spans: readonly MathSpan[],
    private readonly sectionOf: (line: number) => number,
  ) {}

  /** `claims` of the formula at `index`, with those the note's stated values decide judged. */
  review(index: number, claims: readonly ClaimReport[], reader: LatexReader, isUnit: (unit: string) => boolean, logBase: LogBase | undefined): readonly ClaimReport[] {
    if (!claims.some((c) => c.verdict === 'none' && c.relation === '=')) return claims;
    const section = this.section(this.sectionOf(this.spans[index]!.line), reader, isUnit);
    if (section.values.length === 0) return claims;
    const judge = new SectionJudge(section, logBase);
    const judged = claims.map((claim, k) => {
      if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
      const value = section.values.find((v) => v.span === index && v.claim === k);
      if (value) return judge.statedValue(claim, value);
      const equation = section.equations.find((e) => e.span === index && e.claim === k);
      return equation ? judge.equation(claim, equation) : claim;
    });
    return judged.every((c, k) => c === claims[k]) ? claims : judged;
  }

  private section(id: number, reader: LatexReader, isUnit: (unit: string) => boolean): Section {
    const known = this.sections.get(id);
    if (known) return known;
    const members = this.membersOf(id);
    const values = members.flatMap(({ span, index }) => statedValues(index, span, reader, isUnit));
    const stated = new Set(values.map((v) => `${v.span}:${v.claim}`));
    const equations = values.length === 0 ? [] : members.flatMap(({ span, index }) => equationsOf(index, span, reader).filter((e) => !stated.has(`${e.span}:${e.claim}`)));
    const section = { values, equations, blockOf: this.blocks(values) };
    this.sections.set(id, section);
    return section;
  }

  /** The formulas of section `id`, with their indices (the note's grouped once). */
  private membersOf(id: number): { span: MathSpan; index: number }[] {
    if (!this.bySection) {
      this.bySection = new Map();
      this.spans.forEach((span, index) => {
        const section = this.sectionOf(span.line);
        const list = this.bySection!.get(section) ?? [];
        list.push({ span, index });
        this.bySection!.set(section, list);
      });
    }
    return this.bySection.get(id) ?? [];
  }

  /** Runs of stated-value formulas with no other formula and little prose between them. */
  private blocks(values: readonly StatedValue[]): Map<StatedValue, readonly StatedValue[]> {
    const out = new Map<StatedValue, StatedValue[]>();
    let block: StatedValue[] = [];
    values.forEach((v, k) => {
      const previous = values[k - 1];
      const joined = previous !== undefined && (previous.span === v.span || (previous.span + 1 === v.span && this.gapText(previous.span, v.span) <= MAX_GAP_TEXT));
      if (!joined) block = [];
      block.push(v);
      out.set(v, block);
    });
    return out;
  }

  /** Non-blank characters of prose between two neighbouring formulas. */
  private gapText(a: number, b: number): number {
    return this.note.slice(this.spans[a]!.end, this.spans[b]!.start).replace(/\s+/g, '').length;
  }
}

/** Every `=` of a formula between two readable sides with variables. */
function equationsOf(index: number, span: MathSpan, reader: LatexReader): Equation[] {
  if (span.source.length > MAX_SOURCE || !span.source.includes('=')) return [];
  const out: Equation[] = [];
  let claim = 0;
  for (const statement of splitFormula(span.source)) {
    statement.relations.forEach((relation, k) => {
      const at = claim + k;
      if (relation !== '=') return;
      const pieces = [statement.sides[k]!, statement.sides[k + 1]!];
      const trees = pieces.map((p) => readSide(p.text, reader));
      if (trees.some((t) => t === undefined)) return;
      const [left, right] = trees as [MathJson, MathJson];
      const variables = [...new Set([...variablesOf(left), ...variablesOf(right)])];
      if (variables.length === 0) return;
      const text = `${pieces[0]!.text.trim()} = ${pieces[1]!.text.trim()}`;
      const line = span.line + (span.source.slice(0, pieces[0]!.offset).match(/\n/g)?.length ?? 0);
      out.push({ span: index, claim: at, line, text, left, right, variables, roundedConstants: /\d\.\d|\d[eE][+-]?\d/.test(text) });
    });
    claim += statement.relations.length;
  }
  return out;
}

function readSide(latex: string, reader: LatexReader): MathJson | undefined {
  try {
    return applyCalls(variableNames(reader.read(normalizeLatex(latex))), () => false);
  } catch {
    return undefined;
  }
}

/**
 * Whether the equation, solved for the stated value with the others as written, gives it within
 * one unit of its last written digit (lastDigitSlack.ts): the others' rounding may move that digit
 * by one, never more. `20\beta_0 + 60\beta_1 - 154 = 0` with β₁ = 1.4 gives β₀ = 3.5, and a
 * stated 3.3 is a slip even though β₁ anywhere in [1.35, 1.45] with β₀ at 3.35 solves it.
 */
function withinOneUnit(at: AtValues, slope: number, value: StatedValue): boolean {
  const off = Math.abs(at.left - at.right);
  return off <= Math.abs(slope) * 2 * value.halfUnit * (1 + 1e-9) + 1e-12 * Math.max(Math.abs(at.left), Math.abs(at.right));
}

/** Judges the claims of one formula with the values of its section. */
class SectionJudge {
  /** Each name's one stated value in the section (undefined when stated with different values), by name and by the unknown it estimates. */
  private readonly byName: Map<string, StatedValue | undefined>;
  private readonly byAlias: Map<string, StatedValue | undefined>;

  constructor(
    private readonly section: Section,
    private readonly logBase: LogBase | undefined,
  ) {
    this.byName = uniqueValues(section.values, (v) => v.name);
    this.byAlias = uniqueValues(section.values, (v) => v.alias);
  }

  /** An undecided `=` between expressions: holds at the stated values, fails on strong evidence, else stays undecided. */
  equation(claim: ClaimReport, equation: Equation): ClaimReport {
    const values = this.bind(equation, true);
    if (!values) return claim;
    const at = this.at(equation, values);
    if (!at || at.status === 'close') return claim;
    if (at.status === 'holds') return { ...asHeld(claim), verdict: 'holds', reading: `at the values the note states: ${listed(values)} (${lines(values)})` };
    if (this.refutes(equation)) {
      const counterexample = { at: Object.fromEntries(values.map((v) => [v.name, v.value])), left: at.left, right: at.right };
      const relativeError = Math.abs(at.left - at.right) / Math.max(Math.abs(at.left), Math.abs(at.right));
      return {
        ...withoutFix(claim),
        verdict: 'fails',
        relativeError,
        identity: { points: 1, counterexample, using: [`the solution stated on ${lines(this.section.blockOf.get(values[0]!)!)}, which solves the section's other equations`] },
      };
    }
    return { ...withoutFix(claim), reason: `cannot evaluate: it is an equation to solve, and the values the note states for it on ${lines(values)} (${listed(values)}) do not satisfy it` };
  }

  /** `x = 162.5`: holds when it solves an equation of the section that constrains x. */
  statedValue(claim: ClaimReport, value: StatedValue): ClaimReport {
    let unsolved: Equation | undefined;
    // The equations written before it: one written after may only substitute it (`\frac{3}{2^n} = \frac{3}{2^3}` after `n = 3`).
    for (const equation of this.section.equations.filter((e) => e.span < value.span || (e.span === value.span && e.claim < value.claim))) {
      const values = this.bind(equation, true);
      const unknown = values?.find((v) => v === value)?.name;
      if (!values || unknown === undefined) continue;
      const at = this.at(equation, values);
      const slope = at?.slopes.get(variableOf(equation, value)) ?? 0;
      if (!at || !at.constrains || slope === 0) continue;
      if (at.status === 'holds' && withinOneUnit(at, slope, value)) {
        const others = values.filter((v) => v !== value);
        const also = others.length > 0 ? `, with ${listed(others)} (${lines(others)})` : '';
        return { ...asHeld(claim), verdict: 'holds', reading: `it solves ${shortened(equation.text)} (line ${equation.line})${also}` };
      }
      if (at.status === 'off') unsolved ??= equation;
    }
    if (!unsolved) return claim;
    return { ...withoutFix(claim), reason: `cannot evaluate: a stated value, and ${shortened(unsolved.text)} (line ${unsolved.line}) does not hold with it`, doubted: true };
  }

  /**
   * Strong evidence that the equation, not the stated solution, is wrong (the
   * module comment): its unknowns bound by their own names, all from one block.
   */
  private refutes(equation: Equation): boolean {
    const values = this.bind(equation, false);
    if (equation.roundedConstants || !values) return false;
    const block = this.section.blockOf.get(values[0]!);
    if (!block || values.some((v) => !block.includes(v)) || block[0]!.span <= equation.span) return false;
    if (new Set(block.map((v) => v.unit)).size !== 1) return false;
    const names = new Set(block.map((v) => v.name));
    const system = this.section.equations.filter((e) => e !== equation && e.variables.every((n) => names.has(n)));
    const confirmed = new Set<string>();
    let holding = 0;
    for (const other of system) {
      const bound = this.bind(other, false);
      const at = bound && this.at(other, bound);
      if (!at) continue;
      if (!at.constrains) continue;
      if (at.status !== 'holds') return false;
      holding++;
      for (const n of other.variables) confirmed.add(n);
    }
    const unknowns = new Set([...confirmed, ...equation.variables]);
    const unconfirmed = equation.variables.filter((n) => !confirmed.has(n)).length;
    return holding >= 2 && [...names].every((n) => unknowns.has(n)) && unconfirmed <= 1;
  }

  /** The stated value of each variable of `equation` (an estimate standing for its unknown when `estimates`), or undefined if one has none. */
  private bind(equation: Equation, estimates: boolean): StatedValue[] | undefined {
    const out: StatedValue[] = [];
    for (const name of equation.variables) {
      const plain = this.byName.get(name);
      const value = plain ?? (estimates && !this.byName.has(name) ? this.byAlias.get(name) : undefined);
      // A unit written after a stated number (`780N`) is no variable of the equation that number solves.
      if (!value || equation.variables.includes(value.unit)) return undefined;
      out.push(value);
    }
    return out;
  }

  /** The equation at the stated values: holds, clearly off, or too close to call given their rounding. */
  private at(equation: Equation, values: readonly StatedValue[]): AtValues | undefined {
    const env = new Map(equation.variables.map((n, k) => [n, values[k]!.value] as const));
    const here = this.sides(equation, env);
    if (!here) return undefined;
    const residual = here.left - here.right;
    const slopes = new Map<string, number>();
    let confirming = 0;
    let refuting = 0;
    let magnitude = Math.max(Math.abs(here.left), Math.abs(here.right));
    for (const [k, name] of equation.variables.entries()) {
      const v = values[k]!;
      const step = v.halfUnit > 0 ? v.halfUnit : Math.max(1e-6 * Math.abs(v.value), 1e-6);
      const moved = this.sides(equation, new Map(env).set(name, v.value + step));
      if (!moved) return undefined;
      const slope = (moved.left - moved.right - residual) / step;
      slopes.set(name, slope);
      confirming += Math.abs(slope) * (v.fractional ? v.halfUnit : 0);
      refuting += Math.abs(slope) * v.halfUnit;
      magnitude = Math.max(magnitude, Math.abs(slope * v.value));
    }
    const off = Math.abs(residual);
    const status = off <= confirming + here.noise + 1e-9 * magnitude ? 'holds'
      : off > 10 * refuting + 100 * here.noise && off > 1e-3 * magnitude ? 'off' : 'close';
    return { status, left: here.left, right: here.right, slopes, constrains: this.constrains(equation, env) };
  }

  /** Whether the equation fails at a point away from the stated values (an identity holds there too). */
  private constrains(equation: Equation, env: ReadonlyMap<string, number>): boolean {
    for (const [scale, shift] of [[1.37, 0.61], [0.73, -0.29]] as const) {
      const moved = new Map([...env].map(([n, v]) => [n, v * scale + shift] as const));
      const there = this.sides(equation, moved);
      if (there && Math.abs(there.left - there.right) > 100 * there.noise + 1e-9 * Math.max(Math.abs(there.left), Math.abs(there.right))) return true;
    }
    return false;
  }

  /** Both sides at `env`, with the rounding float64 may have added (twice the carried bounds), or undefined. */
  private sides(equation: Equation, env: ReadonlyMap<string, number>): { left: number; right: number; noise: number } | undefined {
    try {
      const budget = () => ({ deadline: budgetDeadline(50), maxTerms: 10_000, steps: 0, ...(this.logBase ? { logBase: this.logBase } : {}) });
      const left = evaluate(equation.left, budget(), env);
      const right = evaluate(equation.right, budget(), env);
      if (![left.value, right.value, left.noise, right.noise].every(Number.isFinite) || left.under + right.under > 0) return undefined;
      return { left: left.value, right: right.value, noise: 2 * (left.noise + right.noise) };
    } catch {
      return undefined;
    }
  }
}

/** The variable of `equation` that `value` binds (its name, or the unknown it estimates). */
function variableOf(equation: Equation, value: StatedValue): string {
  return equation.variables.includes(value.name) ? value.name : (value.alias ?? value.name);
}

/** Each key's value when the section states it once (or always alike), undefined when it states different ones. */
function uniqueValues(values: readonly StatedValue[], key: (v: StatedValue) => string | undefined): Map<string, StatedValue | undefined> {
  const out = new Map<string, StatedValue | undefined>();
  for (const v of values) {
    const k = key(v);
    if (k === undefined) continue;
    const known = out.get(k);
    if (!out.has(k)) out.set(k, v);
    else if (known !== undefined && (known.value !== v.value || known.unit !== v.unit)) out.set(k, undefined);
  }
  return out;
}

/** The claim as the stated values decide it: without its fix, its reason, or the random-point check they overrule. */
function asHeld(claim: ClaimReport): ClaimReport {
  const { identity: _identity, ...rest } = withoutFix(claim);
  return rest;
}

function withoutFix(claim: ClaimReport): ClaimReport {
  const { fix: _fix, reason: _reason, ...rest } = claim;
  return rest;
}

/** "T_BD = 780 N, β̂_0 = 3.5". */
function listed(values: readonly StatedValue[]): string {
  return [...new Set(values)].map((v) => `${displayName(v.name)} = ${v.value}${v.unit ? ` ${v.unit}` : ''}`).join(', ');
}

/** An equation's LaTeX as a message quotes it: at most 60 characters. */
function shortened(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 59)}…`;
}

/** "line 9", "lines 108–116". */
function lines(values: readonly StatedValue[]): string {
  const all = values.map((v) => v.line);
  const [lo, hi] = [Math.min(...all), Math.max(...all)];
  return lo === hi ? `line ${lo}` : `lines ${lo}–${hi}`;
}

/** `hat(beta)_0` → β̂_0, `T_BD` → T_BD. */
function displayName(name: string): string {
  const hat = /^hat\((.+)\)(.*)$/.exec(name);
  if (hat) return `${displayName(hat[1]!)}\u0302${hat[2]}`.replace(/^(\S)(_\S+)\u0302/, '$1\u0302$2');
  return name.replace(/^[A-Za-z]+/, (base) => symbolName(base));
}
