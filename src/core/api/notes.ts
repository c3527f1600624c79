/**
 * The core's cheap surface — what an adapter may import at start-up (the
 * extension at activation, the CLI before it knows its command): finding a
 * note's gradexp blocks, parsing and checking them against the one key table,
 * editor helpers (completions, key docs), text helpers, the shared types, and
 * the rules for weights files. Nothing here loads the numeric engine, KaTeX or
 * the LaTeX evaluator (test/extension/activation.test.ts checks the extension).
 *
 * Finding and evaluating formulas is `./formulas` and running experiments is
 * `./experiments`: load those lazily (`./lazy`) where start-up time matters.
 */
export { findBlocks, type FencedBlock } from '../blocks/findBlocks';
export { parseBlock, type ParsedBlock } from '../spec/parse';
export { drain, parseBlocksStepwise } from '../spec/reuseParse';
export { completionsAt, keyDetail, keyDocAt, type Completion } from '../spec/editor';
export type { KeySchema } from '../spec/schema';
export { visible } from '../text/visible';
export { LineIndex } from '../text/lines';
export { formatNumber } from '../display';
export { ambiguityText, failureText, identityText, RELATION_TEXT, symbolName, VERDICTS, type ValueFormatter } from '../claimWords';
export { blockBudgetProblem, DEFAULT_BUDGET, estimateWork } from '../numeric/budget';
export { activationFormulas } from '../numeric/activations';
export { isInsideFolder, MAX_WEIGHTS_FILE_BYTES, posixDirname, resolveWeightsPathRule, shortToken, weightsRootFor } from '../numeric/weightsPath';
export { parseWeightsJson } from '../numeric/weightsJson';
export { CancelledError, FACT_FORMATS } from '../types';
export type {
  Activation,
  ActivationName,
  BlockRun,
  Dtype,
  ExperimentKind,
  FactFormat,
  ExperimentSpec,
  Init,
  LayerStats,
  LineColumn,
  NoteError,
  Point,
  RunControl,
  SeriesResult,
  SeriesSummary,
  WeightsData,
} from '../types';
// The formula module's types only (erased at build: importing them loads nothing).
export type {
  BudgetLimit,
  ClaimReport,
  FormatFact,
  FormatFacts,
  FormulaReport,
  FunctionDefinition,
  IdentityCheck,
  MathSpan,
  NoteAnalysis,
  NoteBudget,
  NotChecked,
  NoteFormulaReport,
  QuickFix,
  Relation,
  SideReport,
  UnitsCheck,
  Verdict,
} from '../formula/index';
