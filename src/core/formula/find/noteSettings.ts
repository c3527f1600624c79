/**
 * What a note declares about how its formulas are to be read, in its front
 * matter. Today one setting: the base of a bare `\log`, which texts disagree
 * on (natural in numpy and most ML texts, 2 in information theory):
 *
 *     ---
 *     log-base: 2          # or 10, or e; also accepted under `gradexp:`
 *     ---
 *
 * Undeclared, `\log` is natural and a claim that holds only in another base
 * is "ambiguous" (analyze.ts). Bad front matter is ignored: it belongs to
 * the note's author and other tools, and never stops a check.
 */
import { wordsDefinedIn } from '../read/wordNames';
import { parse } from 'yaml';
import { frontMatterYaml } from '../../text/frontMatter';
import type { AnalyzeOptions, FormulaReport, FunctionDefinition, SideReport } from '../types';
import type { MathJson } from '../read/engine';
import { writtenResults } from '../worked/carriedResults';

/** The analysis options a note declares. */
export function noteSettings(note: string): Pick<AnalyzeOptions, 'logBase'> {
  const yaml = frontMatterYaml(note);
  if (yaml === undefined || !/log-base/.test(yaml)) return {};
  let data: unknown;
  try {
    data = parse(yaml, { maxAliasCount: 10 });
  } catch {
    return {};
  }
  const own = isRecord(data) && isRecord(data.gradexp) ? data.gradexp : data;
  const base = isRecord(own) ? logBaseOf(own['log-base']) : undefined;
  return base === undefined ? {} : { logBase: base };
}

function logBaseOf(value: unknown): 'e' | 2 | 10 | undefined {
  const text = String(value).trim().toLowerCase();
  if (text === '2') return 2;
  if (text === '10') return 10;
  return text === 'e' || text === 'ln' || text === 'natural' ? 'e' : undefined;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The context one formula of a note is read in: the note's settings and the
 * functions earlier formulas defined. Every per-note loop (the CLI's, the
 * editor's) walks the formulas in order through one scope.
 */
export class NoteScope {
  private readonly definitions = new Map<string, FunctionDefinition>();
  private readonly seen = new Set<string>();
  /** Decimals earlier formulas wrote as results (carriedResults.ts). */
  private readonly results = new Set<string>();
  /** Names of several letters given values so far (wordNames.ts). */
  private readonly words = new Set<string>();
  private readonly base: AnalyzeOptions;

  constructor(note: string, options: AnalyzeOptions = {}) {
    this.base = { ...options, ...noteSettings(note) };
  }

  /** Options for the next formula (the definitions map is live: read it before learning from the next report). */
  options(): AnalyzeOptions {
    const definitions = this.definitions.size === 0 ? {} : { definitions: this.definitions };
    const results = this.results.size === 0 ? {} : { earlierResults: this.results };
    const words = this.words.size === 0 ? {} : { wordNames: this.words };
    return { ...this.base, ...definitions, ...results, ...words };
  }

  /** Remember what a formula defines and the results it writes, for the formulas after it. */
  learn(report: Pick<FormulaReport, 'defines'> & Partial<Pick<FormulaReport, 'claims' | 'source' | 'cutShort' | 'sides'>>): void {
    if (report.cutShort && report.source !== undefined) onlyConfirmMentioned(this.definitions, report.sides?.length ? definingSides(report.sides) : report.source);
    for (const d of report.defines ?? []) learnDefinition(this.definitions, this.seen, d);
    for (const w of report.source === undefined ? [] : wordsDefinedIn(report.source)) this.words.add(w);
    if (report.claims) for (const r of writtenResults(report as Pick<FormulaReport, 'claims'>)) this.results.add(r);
  }
}

/**
 * Record one definition, for the formulas after it (and the statements after it in
 * its own formula, analyze.ts). A name defined again only confirms from then on;
 * so does `f` once `f_c` is defined (`f_c(x) = c + x \rightarrow \frac{df}{dx} = 1`
 * means f_c). A definition with no usable body hides the earlier one.
 */
export function learnDefinition(definitions: Map<string, FunctionDefinition>, seen: Set<string>, d: FunctionDefinition): void {
  // `\\eta = \\log\\frac{\\phi}{1-\\phi}` then `\\phi = \\frac{1}{1 + e^{-\\eta}}`: the second solves the first for φ.
  // Both bound to each other would leave neither a value: η is free again, φ the expression of it the note goes on with.
  const inverted = invertedEarlier(definitions, d);
  if (inverted !== undefined) definitions.delete(inverted);
  const again = seen.has(d.name);
  seen.add(d.name);
  if (d.body === undefined) definitions.delete(d.name);
  else definitions.set(d.name, again ? { ...d, redefined: true } : d);
  const base = /^([^_]+)_/.exec(d.name)?.[1];
  const plain = base === undefined ? undefined : definitions.get(base);
  if (plain) definitions.set(base!, { ...plain, redefined: true });
}

/**
 * A formula cut short by its time limit may define a name again without the definition being
 * read (a busy machine): the earlier definitions of the names it may mention in a side that
 * may name what it defines (their letter before any subscript appears there) confirm from then
 * on, never refute — a later claim must not fail against a binding the note has replaced.
 */
function onlyConfirmMentioned(definitions: Map<string, FunctionDefinition>, source: string): void {
  for (const [name, d] of definitions) {
    if (!d.redefined && source.includes(name.split('_')[0]!)) definitions.set(name, { ...d, redefined: true });
  }
}

/** The earlier name `d` solves for: one bound to an expression of d's name, which d binds to an expression of it. */
function invertedEarlier(definitions: ReadonlyMap<string, FunctionDefinition>, d: FunctionDefinition): string | undefined {
  if (d.body === undefined || d.params.length > 0) return undefined;
  for (const [name, earlier] of definitions) {
    if (name !== d.name && earlier.body !== undefined && earlier.params.length === 0 && mentions(earlier.body, d.name) && mentions(d.body, name)) return name;
  }
  return undefined;
}

function mentions(json: MathJson, name: string): boolean {
  return json === name || (Array.isArray(json) && json.some((a) => mentions(a as MathJson, name)));
}

/**
 * A side that computes something (`\\frac{\\partial f}{\\partial x}`, `3x^2 - 3y`, `\\sum_i …`) defines no name:
 * an operator outside braces and parentheses, or a command that computes, at its start or outside braces.
 */
const COMPUTING_COMMAND = /\\(?:d?t?frac|partial|nabla|sum|int|prod|lim|sqrt|cdot|times|det|log|ln|exp)(?![A-Za-z])/;

/**
 * The sides of a formula that may name what it defines (`f(x, y)`, `z^{(2)}`, `W`, `(x, y)`), joined:
 * which names a cut-short formula may have bound again is read from its text alone, so a formula
 * that only differentiates f (`\\frac{\\partial f}{\\partial x} = 3x^2 - 3y`) leaves f's definition
 * refuting whether or not time cut it short — a verdict must not depend on how busy the machine was,
 * or on which notes were checked before (a warm engine finishes in time where a cold one does not).
 */
export function definingSides(sides: readonly Pick<SideReport, 'source'>[]): string {
  return sides.map((s) => s.source).filter((side) => !computes(side)).join(' ');
}

function computes(side: string): boolean {
  let depth = 0;
  let outside = '';
  for (const ch of side) {
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) outside += ch;
  }
  return /[+\-*/]/.test(outside.replace(/[.,;]\s*$/, '')) || COMPUTING_COMMAND.test(side);
}
