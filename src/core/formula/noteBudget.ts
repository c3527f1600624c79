/**
 * Note-wide limits on formula analysis. Each formula has its own time budget,
 * but a note can hold a million of them: without a limit over the whole note,
 * `gradexp check` on a generated note ran for minutes. Formulas past either
 * limit are not evaluated; the caller learns how many and where the first one is,
 * so it can say so and name the knob that raises the limit.
 */
import { latexReader } from './read/engine';
import { findMath } from './find/findMath';
import { analyzeFormula, placeFormulaReport } from './analyze';
import { NoteScope } from './find/noteSettings';
import { NoteReadings } from './noteReadings';
import { writesMatrixNotation } from './matrices/matrixIdentity';
import { statedMatrixProperties } from './matrices/matrixProperties';
import { definesNamedFunction, functionNamedBefore } from './context/proseFunctions';
import type { AnalyzeOptions, MathSpan, NoteFormulaReport } from './types';

/** Formulas analysed per note by default: the panel lists at most as many (MAX_FORMULAS in src/shared/messages.ts). */
export const DEFAULT_MAX_FORMULAS = 10_000;
/** Default wall-clock budget for analysing one note's formulas, in ms (finding them is not counted). */
export const DEFAULT_NOTE_TIME_LIMIT_MS = 3_000;

/** Limits over a whole note, on top of the per-formula options. */
export interface NoteBudget extends AnalyzeOptions {
  /** Most formulas evaluated; the rest are not (default DEFAULT_MAX_FORMULAS). */
  readonly maxFormulas?: number;
  /** Wall-clock ms for evaluating the note's formulas (default DEFAULT_NOTE_TIME_LIMIT_MS). */
  readonly noteTimeLimitMs?: number;
  /** Clock in ms; tests pass a fake one. */
  readonly now?: () => number;
}

/** Which note-wide limit stopped the analysis. */
export type BudgetLimit = 'formulas' | 'time';

/** The formulas a note-wide limit left unevaluated. */
export interface NotChecked {
  readonly limit: BudgetLimit;
  /** The limit's value: a formula count, or milliseconds. */
  readonly budget: number;
  /** How many formulas were not evaluated. */
  readonly count: number;
  /** The first of them, in document order. */
  readonly first: MathSpan;
}

/** A note's formula reports, and what a note-wide limit left out (null when every formula was evaluated). */
export interface NoteAnalysis {
  readonly reports: NoteFormulaReport[];
  readonly notChecked: NotChecked | null;
}

/**
 * What the loop knows about the note it walks, built once before the first
 * formula and handed to each. Per-note context that later formulas see
 * (front-matter settings, definitions made by earlier formulas) belongs here.
 */
export interface NoteContext {
  /** The note's text. */
  readonly note: string;
  /** Its formulas, in document order. */
  readonly spans: readonly MathSpan[];
  /** Its front-matter settings and the definitions its formulas have made so far. */
  readonly scope: NoteScope;
  /** Readings that join formulas of one section (a stated solution, a section's log base). */
  readonly readings: NoteReadings;
}

/** The context of `note`; `spans`: its formulas when the caller found them already (the editor does, off its thread). */
export function noteContext(note: string, spans?: readonly MathSpan[]): NoteContext {
  const found = spans ?? findMath(note);
  return { note, spans: found, scope: new NoteScope(note), readings: new NoteReadings(note, found) };
}

/** The scope's options, with the function the sentence before the formula names (proseFunctions.ts) unless the note defines it so already. */
function withNamedFunction(context: NoteContext, span: MathSpan): AnalyzeOptions {
  const scoped = context.scope.options();
  const named = functionNamedBefore(context.note, span.start, span.source);
  const own = named && scoped.definitions?.get(named.name);
  // A name the note binds to a value (`a = \\sigma(z_a)`) is a variable, not the function the sentence names.
  // The note's own σ(x) = 1/(1+e^{-x}) under "the sigmoid" is what the sentence names: its own definition stays, and refutes.
  if (!named || own?.params.length === 0 || (own && !own.redefined && definesNamedFunction(own, named))) return scoped;
  return { ...scoped, definitions: new Map(scoped.definitions ?? []).set(named.name, named) };
}

/** One formula of the note, evaluated in the note's context (settings, earlier definitions) and placed in it. */
async function analyzeInNote(context: NoteContext, index: number, options: AnalyzeOptions): Promise<NoteFormulaReport> {
  const span = context.spans[index]!;
  const properties = writesMatrixNotation(span.source) ? statedMatrixProperties(context.note, span.start) : undefined;
  const inNote = { ...options, ...withNamedFunction(context, span), ...(properties?.size ? { matrixProperties: properties } : {}) };
  const report = await analyzeFormula(span.source, inNote);
  // Before the scope learns from it: a reading may analyse the formula again, in the scope it was first analysed in.
  const read = await context.readings.review(index, report, inNote);
  context.scope.learn(report);
  return placeFormulaReport(context.note, span, read);
}

/**
 * The one per-note formula loop: evaluates the note's formulas in document
 * order, yielding each report as it is made, until one of `budget`'s
 * note-wide limits is reached; returns every report and what was left out.
 * `analyzeNoteWithin` (the CLI) drives it straight through; the editor drives
 * it in time slices between which other work runs (and may stop it early).
 */
export async function* analyzeNoteSteps(context: NoteContext, budget: NoteBudget = {}): AsyncGenerator<NoteFormulaReport, NoteAnalysis, void> {
  const { spans } = context;
  if (spans.length === 0) return { reports: [], notChecked: null };
  await latexReader();
  const now = budget.now ?? Date.now;
  const maxFormulas = budget.maxFormulas ?? DEFAULT_MAX_FORMULAS;
  const timeLimitMs = budget.noteTimeLimitMs ?? DEFAULT_NOTE_TIME_LIMIT_MS;
  const deadline = now() + timeLimitMs;
  const reports: NoteFormulaReport[] = [];
  for (let i = 0; i < spans.length; i++) {
    // The clock is read between formulas only: one formula overruns by at most its own budget.
    const limit: BudgetLimit | null = i >= maxFormulas ? 'formulas' : now() > deadline ? 'time' : null;
    if (limit) {
      const notChecked = { limit, budget: limit === 'formulas' ? maxFormulas : timeLimitMs, count: spans.length - i, first: spans[i] };
      return { reports, notChecked };
    }
    const report = await analyzeInNote(context, i, budget);
    reports.push(report);
    yield report;
  }
  return { reports, notChecked: null };
}

/** Analyse a note's formulas in document order until one of `budget`'s note-wide limits is reached. */
export async function analyzeNoteWithin(note: string, budget: NoteBudget = {}): Promise<NoteAnalysis> {
  const steps = analyzeNoteSteps(noteContext(note), budget);
  for (;;) {
    const step = await steps.next();
    if (step.done) return step.value;
  }
}

/** Every formula of a note, with no note-wide limit (tests, benchmarks): the same loop, driven straight through. */
export async function analyzeNote(note: string, options: AnalyzeOptions = {}): Promise<NoteFormulaReport[]> {
  return (await analyzeNoteWithin(note, { ...options, maxFormulas: Infinity, noteTimeLimitMs: Infinity })).reports;
}
