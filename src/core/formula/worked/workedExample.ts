/**
 * A worked example read as its author wrote it: the values a section gives its
 * names (`W^{(2)} = [0.4, 0.45]`, `z^{(2)} = … = 1.105`, "the target is $y = 0$")
 * are the ones its next steps use. Numbers bound to names may confirm a claim,
 * never refute it (identity.ts, matrixClaims.ts), because notes reuse letters; a
 * careful reader still sees `W^{(2)} - \\eta \\delta^{(2)} a^{(1)} = [0.37, 0.42]`
 * fail when the same section wrote every value it uses just above.
 *
 * So a claim left undecided only because it uses bound names is judged again
 * with the names trusted whose latest binding is the only one the claim's own
 * section made (an earlier section's `\hat{y}` belongs to another example), and σ trusted as the logistic sigmoid when
 * the section's prose says "sigmoid". It fails only when rounding cannot explain
 * the gap: each bound decimal of three significant digits or more is read as
 * rounded at its last digit (0.4 or 0.45 are parameters, exact), and the gap
 * must exceed the claimed number's half unit plus ten times the relative
 * rounding of those inputs (a generous condition number). The failure names
 * the values it used; no quick fix is offered (the inputs are rounded).
 */
import { analyzeFormula } from '../analyze';
import { ASSUMED } from '../identity/identity';
import { mayMention } from '../read/decoratedNames';
import { sectionMentions } from '../find/noteSections';
import { numbersInProseBetween } from './proseValues';
import { exerciseMarkers } from '../context/earlierExercise';
import type { MathJson } from '../read/engine';
import type { AnalyzeOptions, ClaimReport, FormulaReport, FunctionDefinition, MathSpan, SideReport } from '../types';

/** Reasons of claims that failed with bound values or assumed activations and were left undecided for it. */
const DOUBTED_BINDING = /bound earlier in the note|meanings assumed for its names|which the note may mean otherwise/;
/** The doubt a row added to a matrix of another shape leaves (matrix.ts). */
const BROADCAST = /added (?:to each row|down each column) of a matrix/;
/** Prose that names the logistic sigmoid as the section's activation. */
const SIGMOID_WORD = /\bsigmoid|\blogistic\b/i;
/**
 * A step's written result as a worked example writes it: a decimal with digits after the point
 * (`1.105`, `[0.37, 0.42]`). A whole number after names the section reused (`\lambda_1+\lambda_2=0`
 * for a rotation, after `\lambda_1=4` of another matrix in the same chapter) is more often a fact
 * about a new object than a step of the example (ByteGeniusBot/MIT-18.06-Linear-Algebra-Notes-From-Zhihu).
 */
const COMPUTED_DECIMAL = /^[\s[\]{}(),\\a-z&-]*-?\d*\.\d/;

function writesComputedDecimal(side: string): boolean {
  return COMPUTED_DECIMAL.test(side);
}

/** How much the computation may amplify the relative rounding of its inputs. */
const CONDITION = 10;

export class WorkedExamples {
  /** Formula indices that bound each name, in note order. */
  private readonly boundAt = new Map<string, number[]>();
  /** Where the note's exercise and example markers begin (earlierExercise.ts), found when first asked. */
  private markers?: readonly number[];
  private readonly lines: readonly string[];

  constructor(private readonly note: string, private readonly spans: readonly MathSpan[], private readonly sectionOf: (line: number) => number) {
    this.lines = note.split('\n');
  }

  /** The claims of the formula at `index`, with those a trusted worked example refutes failed. */
  async review(index: number, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
    if (!claims.some((c) => doubted(c) || doubtedShape(c))) return claims;
    const span = this.spans[index]!;
    const trusted = this.trustedDefinitions(index, options.definitions);
    if (trusted === undefined) return claims;
    const again = await analyzeFormula(span.source, { ...options, definitions: trusted });
    if (again.claims.length !== claims.length) return claims;
    const inputs = relativeRounding(span.source, trusted);
    const mentioned = [...trusted.values()].filter((d) => d.trusted && mayMention(span.source, d.name) && sameIndex(span.source, d.name)).map((d) => d.name);
    const broadcasts = again.claims.some((c) => BROADCAST.test(c.reason ?? ''))
      ? await Promise.all((['rows', 'columns'] as const).map((broadcast) => analyzeFormula(span.source, { ...options, definitions: trusted, broadcast })))
      : [];
    const reviewed = claims.map((claim, k) => {
      const failsBeyondRounding = (report: FormulaReport) => {
        const c = report.claims[k];
        return c !== undefined && c.verdict === 'fails' && c.left.offset === claim.left.offset && beyondRounding(c, inputs);
      };
      // A row added to a matrix: it fails only if it fails added to each row and down each column, where those shapes fit.
      const evaluated = broadcasts.filter((r) => r.claims[k]?.verdict === 'fails' || r.claims[k]?.verdict === 'holds');
      const judged = BROADCAST.test(again.claims[k]!.reason ?? '') && evaluated.length > 0 && evaluated.every(failsBeyondRounding) ? evaluated[0]!.claims[k]! : again.claims[k]!;
      if (!doubted(claim) && !doubtedShape(claim)) return claim;
      if (judged.verdict !== 'fails' || judged.left.offset !== claim.left.offset || !beyondRounding(judged, inputs)) return claim;
      if (!writesComputedDecimal(judged[judged.claimedSide].source)) return claim;
      const { fix: _fix, ...rest } = judged;
      // The doubt named the bound values it used ("(W^(2), a^(1), eta)"); else every trusted name the formula may mention.
      const named = /earlier in the note \((.*)\), whose names/.exec(claim.reason ?? '')?.[1];
      return { ...rest, reading: `with ${named ?? mentioned.join(', ')} as this section's worked example gave them` };
    });
    // A step the prose moved a name for ("…比如到11.001，那么 $J = 3v = 33.003$") is not refuted by the formula's value.
    for (let k = 0; k < reviewed.length; k++) {
      if (reviewed[k] !== claims[k] && (await this.movedInProse(index, k, mentioned, trusted, options))) reviewed[k] = claims[k]!;
    }
    return reviewed;
  }

  /** Whether claim `k` of the formula at `index` holds with one of `names` at a number the prose wrote since its binding. */
  private async movedInProse(index: number, k: number, names: readonly string[], trusted: ReadonlyMap<string, FunctionDefinition>, options: AnalyzeOptions): Promise<boolean> {
    const span = this.spans[index]!;
    for (const name of names) {
      const at = this.onlyInSection(index, name);
      if (at === undefined) continue;
      for (const value of numbersInProseBetween(this.note, this.spans[at]!.end, span.start)) {
        // A new source too: reports are cached by the definitions' statements (reportCache.ts).
        const moved = new Map(trusted).set(name, { ...trusted.get(name)!, body: value, source: `${name} = ${value}` });
        if ((await analyzeFormula(span.source, { ...options, definitions: moved })).claims[k]?.verdict === 'holds') return true;
      }
    }
    return false;
  }

  /** Record the names the formula at `index` bound. */
  learn(index: number, report: Pick<FormulaReport, 'defines'>): void {
    // `z^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.105` defines z^(2) twice, in one formula: one binding.
    for (const name of new Set((report.defines ?? []).map((d) => d.name))) this.boundAt.set(name, [...(this.boundAt.get(name) ?? []), index]);
  }

  /** The definitions with those of this section's worked example trusted; undefined when none is. */
  private trustedDefinitions(index: number, definitions: ReadonlyMap<string, FunctionDefinition> | undefined): Map<string, FunctionDefinition> | undefined {
    const section = this.sectionOf(this.spans[index]!.line);
    const out = new Map(definitions ?? []);
    let any = false;
    for (const [name, d] of out) {
      if (this.onlyInSection(index, name) !== undefined && d.params.length === 0 && isValue(d.body)) {
        const { redefined: _again, ...latest } = d;
        out.set(name, { ...latest, trusted: true });
        any = true;
      }
    }
    if (!out.has('sigma') && this.sectionSays(section, SIGMOID_WORD)) {
      const sigmoid = ASSUMED.get('sigma')!;
      out.set('sigma', { name: 'sigma', params: sigmoid.params, body: sigmoid.body, source: 'σ, the sigmoid the section names', trusted: true });
      any = true;
    }
    return any ? out : undefined;
  }

  /** The binding of `name` the formula at `index` may quote: the latest, when its section made no other (workedExample.ts, restatedValue.ts). */
  sectionBinding(index: number, name: string, definitions: ReadonlyMap<string, FunctionDefinition> | undefined): { definition: FunctionDefinition; line: number } | undefined {
    const definition = definitions?.get(name);
    const at = this.onlyInSection(index, name);
    return definition && at !== undefined ? { definition, line: this.spans[at]!.line } : undefined;
  }

  /**
   * The formula that bound `name` latest, when it is the only one of the section of `index` to bind it: an earlier section's `\hat{y}` is another example's.
   * So is a binding before the latest example or exercise marker (`**例：**`, `**2.**`) before the claim: "$z_0=-2.33$" of a left-tailed
   * example does not refute "$-z_0=-1.96$" of the two-tailed one after it (jiaweim/machine-learning-n, hypothesis_test/test_one.md).
   */
  private onlyInSection(index: number, name: string): number | undefined {
    const section = this.sectionOf(this.spans[index]!.line);
    const at = this.boundAt.get(name) ?? [];
    const inSection = at.filter((j) => this.sectionOf(this.spans[j]!.line) === section);
    if (inSection.length !== 1 || at.at(-1) !== inSection[0]) return undefined;
    return this.spans[inSection[0]!]!.start < this.exampleStart(index) ? undefined : inSection[0];
  }

  /** Where the example or exercise of the formula at `index` begins: its latest marker, or -1. */
  private exampleStart(index: number): number {
    const start = this.spans[index]!.start;
    let last = -1;
    for (const m of (this.markers ??= exerciseMarkers(this.note))) if (m < start) last = m;
    return last;
  }

  private sectionSays(section: number, words: RegExp): boolean {
    return sectionMentions(this.lines, this.sectionOf, section, words);
  }
}

/** A claim whose sides could not be added as written (`cannot add a 2×2 matrix and a 1×2 row vector`). */
function doubtedShape(claim: ClaimReport): boolean {
  return claim.verdict === 'none' && /cannot add/.test(`${claim.reason ?? ''} ${claim.left.error ?? ''} ${claim.right.error ?? ''}`);
}

/** `z^(1)` is named only where the formula writes that index (`z^{(1)}`), not `z^{(2)}`: for the names a failure lists. */
function sameIndex(source: string, name: string): boolean {
  const index = /\^\((\w+)\)$/.exec(name)?.[1];
  return index === undefined || new RegExp(`\\^\\s*\\{?\\s*\\(\\s*${index}\\s*\\)`).test(source);
}

function doubted(claim: ClaimReport): boolean {
  return claim.verdict === 'none' && DOUBTED_BINDING.test(claim.reason ?? '');
}

/** A number, or a list or matrix of numbers: what a worked example binds. */
function isValue(body: MathJson | undefined): boolean {
  if (typeof body === 'number') return true;
  return Array.isArray(body) && (body[0] === 'List' || body[0] === 'Matrix');
}

/** The written numbers of a bound value (`{ num: "0.622" }` cells keep their spelling). */
function writtenNumbers(body: MathJson | undefined): string[] {
  if (typeof body === 'number') return [String(body)];
  if (Array.isArray(body)) return body.slice(1).flatMap((b) => writtenNumbers(b as MathJson));
  if (body !== null && typeof body === 'object' && 'num' in body) return [String((body as { num: unknown }).num)];
  return [];
}

/** Half a unit of the last digit of `text` relative to its value; 0 for a parameter of fewer than three significant digits. */
function relativeHalfUnit(text: string): number {
  const m = /^-?(\d*)(?:\.(\d*))?$/.exec(text.trim());
  const value = Math.abs(Number(text));
  if (!m || !(value > 0)) return 0;
  const significant = `${m[1] ?? ''}${m[2] ?? ''}`.replace(/^0+/, '').length;
  if (significant < 3) return 0;
  return (0.5 * 10 ** -(m[2]?.length ?? 0)) / value;
}

/** The relative rounding the trusted inputs the formula mentions may carry: per name, its coarsest element. */
function relativeRounding(source: string, definitions: ReadonlyMap<string, FunctionDefinition>): number {
  let sum = 0;
  for (const d of definitions.values()) {
    if (!d.trusted || d.params.length > 0 || !mayMention(source, d.name)) continue;
    sum += Math.max(0, ...writtenNumbers(d.body).map(relativeHalfUnit));
  }
  return sum;
}

/** Whether the failed claim's gap exceeds what the rounding of its claimed number and of its inputs explains. */
function beyondRounding(claim: ClaimReport, inputs: number): boolean {
  const pair = comparedValues(claim);
  if (pair === undefined) return false;
  const { computed, claimed, digits } = pair;
  if (!Number.isFinite(computed) || !Number.isFinite(claimed)) return false;
  const halfUnit = digits === undefined || claimed === 0 ? 0 : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(claimed))) - digits + 1);
  return Math.abs(computed - claimed) > halfUnit + CONDITION * inputs * Math.abs(computed);
}

/**
 * The computed and the claimed number the verdict rests on (for arrays, the failing element). The claimed
 * side must be a written result: `{n \\choose k} = {5 \\choose 3}` instantiates a formula, and the `n` bound
 * earlier in the section is not the one it means.
 */
function comparedValues(claim: ClaimReport): { computed: number; claimed: number; digits?: number } | undefined {
  const claimedSide: SideReport = claim.claimedSide === 'left' ? claim.left : claim.right;
  const written = claimedSide.array ? claimedSide.array.cells.every((c) => c.written !== undefined) : claimedSide.written !== undefined;
  if (!written) return undefined;
  const element = claim.array?.element;
  if (element) {
    const [computed, claimed] = claim.claimedSide === 'left' ? [element.right, element.left] : [element.left, element.right];
    const cols = claimedSide.array?.cols ?? 1;
    const cell = claimedSide.array?.cells[(element.row - 1) * cols + (element.col - 1)];
    return { computed, claimed, ...(cell?.writtenDigits !== undefined ? { digits: cell.writtenDigits } : {}) };
  }
  const computedSide = claim.claimedSide === 'left' ? claim.right : claim.left;
  if (computedSide.value === null || claimedSide.value === null) return undefined;
  return { computed: computedSide.value, claimed: claimedSide.value, ...(claimedSide.writtenDigits !== undefined ? { digits: claimedSide.writtenDigits } : {}) };
}
