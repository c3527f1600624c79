/**
 * Formula intelligence for notes: find every `$…$` / `$$…$$` exactly as VS
 * Code's preview does, evaluate it in float64, judge the claims it makes and
 * say how its value fares in fp16 / bf16 / fp32. Importing this module is
 * cheap: the LaTeX engine loads on the first analysis.
 */
export { findMath } from './find/findMath';
export { analyzeFormula, clearFormulaCache, MAX_FORMULA_LENGTH, noteOffsetOf, placeFormulaReport } from './analyze';
export { analyzeNote, analyzeNoteSteps, analyzeNoteWithin, DEFAULT_MAX_FORMULAS, DEFAULT_NOTE_TIME_LIMIT_MS, noteContext } from './noteBudget';
export type { BudgetLimit, NoteAnalysis, NoteBudget, NotChecked, NoteContext } from './noteBudget';
export { engineLoadTimeMs } from './read/engine';
export { MAX_TIMED_OUT_ATTEMPTS } from './reportCache';
export { NoteScope, noteSettings } from './find/noteSettings';
export { ambiguityText, failureText, identityText, RELATION_TEXT, VERDICTS, type ValueFormatter } from '../claimWords';
export { formatFacts } from './formatFacts';
export { latexNumber } from './latexNumber';
export type {
  AnalyzeOptions,
  ClaimReport,
  FormatFact,
  FormatFacts,
  FormulaReport,
  FunctionDefinition,
  IdentityCheck,
  UnitsCheck,
  MathSpan,
  NoteFormulaReport,
  QuickFix,
  Relation,
  SideReport,
  Verdict,
} from './types';
