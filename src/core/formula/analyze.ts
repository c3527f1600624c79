/**
 * Formula analysis: split a formula into statements and sides, evaluate each
 * side, judge each relation, and summarise. Results are cached per source
 * string (reportCache.ts), so re-analysing a note after an edit only does the
 * new formulas.
 */
import { clearParseCache, latexReader, readerIfLoaded, type LatexReader, type MathJson } from './read/engine';
import { clearSideTextCache, evaluateSide, readTreeOf, writesEntriesOfBoundArrays, type SideLimits } from './evaluate/evaluateSide';
import { GROUPING_UNDECIDED, judgeClaim } from './claims';
import { groupDenominators, numberFractionsBeforeNames } from './read/grouping';
import { ROUNDED_SUBSTITUTION_READING, withCarriedValue, withRoundedSubstitution, writesRoundedValue } from './rounding/roundedLiterals';
import { splitFormula, type Piece, type Statement } from './split';
import { formatFacts } from './formatFacts';
import { checkIdentity, flattenSubscripts, type IdentityOutcome } from './identity/identity';
import { BARE_LOG, clearNormalizeCache, normalizeLatex } from './read/preprocess';
import { clearArrayLatexCache } from './matrices/matrixSide';
import { ReportCache } from './reportCache';
import { indexSolution, realSolution, judgeComplexClaim, namesUnitExplicitly, usesImaginaryUnit } from './evaluate/complex';
import { hasUnits, unitChecker, type UnitChecker, type UnitClaimReport } from './units/units';
import type { Evaluated } from './evaluate/interpret';
import { learnDefinition } from './find/noteSettings';
import { chainEndBinding } from './worked/chainBinding';
import { chainEndArrayBinding } from './worked/arrayChainBinding';
import { mentionedResults, withEarlierResults } from './worked/carriedResults';
import { withRoundedDataInputs } from './rounding/roundedDataInputs';
import { withBinaryByteReading } from './units/binaryBytePrefixes';
import { withBitsPerByte } from './units/bitsPerByte';
import { fitsNoUnit } from './units/countInNoUnit';
import { withImaginaryJ } from './identity/imaginaryJ';
import { withPracticallyInfinite } from './rounding/practicallyInfinite';
import { withRoundedMiddle } from './rounding/roundedMiddle';
import { withApproximateChain } from './rounding/approximateChain';
import { withSimpleFraction } from './rounding/simpleFraction';
import { writesSpelledExtremum } from './identity/spelledOperators';
import { mayMention } from './read/decoratedNames';
import { constantFactorClaim } from './identity/constantRatio';
import { withProseBefore } from './context/proseBefore';
import { underParagraphConditions } from './context/paragraphConditions';
import { withReboundOnSameLine } from './context/reboundOnSameLine';
import { withConditionalDefinitions } from './context/conditionalDefinitions';
import { withEarlierExercise } from './context/earlierExercise';
import { eGivenValue, eNamedBy, integratesFunctionOfVariable, withNamesOfWords, isBarePi, writesBareE, writesImaginaryJ, writesIndexedE, writesNumbersSideBySide, writesPercentOfHundred, writesBits, writesBracketedSuperscript, writesNegatedFactorial, writesSignedPercentChange, writesSuperscriptFamily, writesSuperscriptLabels, writesTensorIndices, writesTextNameWithSubscript, writesVectorE, writesVectorOfNumber, writesBarredE } from './identity/notationDoubts';
import { withTextAfter } from './context/afterFormula';
import { withAbsoluteValueChain } from './context/absoluteValueChain';
import { withSetNames } from './context/setNames';
import { withMagnitudeInText } from './context/magnitudeInText';
import { withProseAfter } from './context/proseAfter';
import { withReciprocalFactor } from './context/reciprocalFactor';
import { underIntegerLetters } from './context/integerVariables';
import { withModularContext } from './context/modularContext';
import { withNamesCalledElsewhere } from './context/namesCalledElsewhere';
import { withVectorsAndOperators } from './identity/vectorsAndOperators';
import { CALLS_STATISTIC, withSampleStatistics } from './identity/sampleStatistics';
import { statisticAssumptions } from './context/statisticAssumptions';
import { WRITES_PROBABILITY, withProbabilityModelsAll } from './identity/probability/probabilityModels';
import { headingBefore } from './identity/probability/statedEventLaws';
import { writesSubscriptedVariance } from './identity/probability/probabilityTokens';
import { sentenceAround } from './identity/probability/statedIndependence';
import { WRITES_CONDITIONAL, withProductRule } from './identity/probability/productRule';
import { WRITES_BETA_POWER, withBiasCorrection } from './context/biasCorrection';
import { WRITES_ML_FORMULA, withNamedMlFormulas } from './context/namedMlFormulas';
import { WRITES_SYSTEMS_RESULT } from './context/namedSystemsResults';
import { WRITES_METRIC, withNamedMetrics } from './context/namedMetrics';
import { HAS_DERIVATIVE_FRACTION, withChainRule } from './identity/chainRule';
import { confirmedTogether, universalInequality, WRITES_INEQUALITY } from './identity/universalInequality';
import { withRunningComputation } from './worked/runningComputation';
import { withComplementProbability } from './identity/complementProbability';
import { withWrittenShape } from './matrices/writtenShape';
import { greekVectorClaims, WRITES_GREEK_VECTOR } from './matrices/formulaShapes';
import { withShapeAlgebra } from './matrices/shapeAlgebra';
import { withPermutationCycles } from './identity/permutationCycles';
import { withOperatorBeforeFormula } from './context/operatorBeforeFormula';
import { withHypothesisBefore } from './context/hypothesisBefore';
import { withCountCeiling } from './rounding/countCeiling';
import { withWholeQuotients } from './rounding/wholeQuotients';
import { withMixedNumbers } from './read/mixedNumbers';
import { withEquationToSolve } from './context/equationToSolve';
import { withSolvedLater } from './context/solvedLater';
import { withLetterUnknowns } from './context/letterUnknowns';
import { withAlgebraicStructures } from './identity/algebraicStructures';
import { withContinuedNeq } from './context/continuedNeq';
import { withAsymptoticContext } from './context/asymptoticContext';
import { withRankedLabels } from './context/rankedLabels';
import { EQUATION_REASONS, underStatedConditions } from './identity/statedConditions';
import { judgeDerivativeValue, needsIdentityReading, readForIdentity } from './evaluate/partials';
import { arrayBindings, arrayDefinition, isArrayClaim, numberBindings } from './matrices/matrixClaims';
import { undecidedAtSignZero } from './identity/signConvention';
import { withLogBesideLn } from './context/logBesideLn';
import { judgeOverExtents, writesOperator } from './evaluate/operatorExtents';
import { withArgumentClosed } from './evaluate/functionArgumentExtent';
import { withENotationPowers } from './read/eNotationPower';
import { withChainRounding } from './rounding/chainRounding';
import { withMatrixReading } from './matrices/matrixIdentity';
import { withMatrixInequality } from './matrices/matrixInequality';
import { failsAtSizeOne } from './matrices/matrixAtSizeOne';
import { SUMS_READING, withSumsWrittenOut } from './identity/elidedSums';
import { withUnboundedSums } from './identity/unboundedSums';
import { withPatternRuns } from './identity/patternRuns';
import { withGaussianDensities } from './identity/gaussianDensity';
import { withDensityApplications } from './identity/densityApplications';
import { withPlusMinusSigns } from './identity/plusMinusSigns';
import { withSignedBases } from './read/signedPowers';
import { withNegativeBase } from './context/negativeBase';
import { withWordNames, wordsDefinedIn, wordsMentionedIn } from './read/wordNames';
import { withWordsAroundNumbers } from './context/wordsAroundNumbers';
import { withCriticalValue } from './context/criticalValues';
import { withWrittenMatricesMultiplied } from './matrices/symbolicMatrixProduct';
import { gradientClaims, WRITES_GRADIENT } from './matrices/gradientClaims';
import { gaussianScoreClaims, WRITES_SCORE } from './identity/gaussianScore';
import { layerBackpropClaims, writesLayerGradient } from './matrices/layerBackprop';
import { withJammedLines } from './identity/jammedLines';
import { withIndicatorDoubt } from './read/iversonBrackets';
import { withDecimalCommaDoubt, withDecimalPoints } from './read/decimalComma';
import { withSolvedRows } from './worked/solvedRows';
import { withRefutedSolution } from './worked/refutedSolution';
import { withRoundedRestatements } from './worked/roundedRestatement';
import { withApplicationsAsValuesClaim } from './identity/unknownApplications';
import { withRandomFunctions } from './identity/randomFunctions';
import { withPrimedRules } from './identity/primedRules';
import { asApproximateIdentity, mayBeApproximateDerivativeValue, mayBeApproximateIdentity } from './identity/approximateIdentity';
import { withOrderOfGrowth } from './identity/bigO';
import { confirmedWhenAllDecided } from './undecidedClaims';
import { limitWords, withLimitApproximation, WRITES_APPROXIMATION } from './identity/limitApproximations';
import { withLimitWalk, WRITES_LIMIT } from './identity/limitWalks';
import { withProportionalChains, WRITES_PROPORTIONALITY } from './identity/proportionalChains';
import { bindsNumber, freeReadings } from './identity/freeReadings';
import type { MatrixProperty } from './matrices/matrixProperties';
import { whenFailing, whenWritten, type FormulaReading } from './readingGates';
import { operationNotationDoubt } from './identity/operationNotation';
import { withRoundedTerms } from './rounding/roundedTerms';

/** Functions defined earlier in the note, by the engine's name. */
type Definitions = ReadonlyMap<string, FunctionDefinition>;
import { overallVerdict, RELATION_TEXT, type FunctionDefinition, type AnalyzeOptions, type ClaimReport, type FormulaReport, type MathSpan, type NoteFormulaReport, type QuickFix, type Relation, type SideReport } from './types';
import { budgetDeadline, budgetLeft, deadlinesPassed, pastDeadline } from './deadline';

const DEFAULT_TIME_LIMIT_MS = 250;
/** A closing HTML tag (`</u>`), which no formula writes as math. */
const HTML_CLOSING_TAG = /<\/[A-Za-z][A-Za-z0-9]*\s*>/;
/**
 * Longest formula split into statements. Each side is capped at 2000 characters
 * (evaluateSide), but a chain like `1=1=1=…` has short sides: without this cap a
 * 1 MB formula became 500,000 claims and took seconds before any side was refused.
 */
export const MAX_FORMULA_LENGTH = 10_000;
const cache = new ReportCache(20_000);
/** The unit checker once a formula with units needed it (its tables take ≈20 ms to build). */
let units: UnitChecker | undefined;

/** Analyse one formula's LaTeX (the text between the delimiters). */
export async function analyzeFormula(source: string, options: AnalyzeOptions = {}): Promise<FormulaReport> {
  const reader = await latexReader();
  if (!units && (hasUnits(source) || GLUED_MAGNITUDE.test(source))) units = await unitChecker();
  return analyzeWith(reader, source, options);
}

/** Rules of Var, Cov, SD, Corr checked on columns that meet what the prose assumes (constant, independent letters). */
function withStatisticAssumptions(note: string, span: MathSpan, report: FormulaReport): FormulaReport {
  if (!report.claims.some((c) => c.verdict === 'none')) return report;
  const assumptions = statisticAssumptions(note, span.start);
  return withClaims(report, report.claims.map((c) => withSampleStatistics(c, assumptions)));
}

/** Time one formula's approximations may take to be walked toward their limits. */
const LIMIT_WALK_MS = 40;

/** `\\approx` and `\\sim` claims between expressions, walked toward the limit the words name (limitApproximations.ts). */
function withLimitApproximations(note: string, span: MathSpan, report: FormulaReport): FormulaReport {
  const reader = readerIfLoaded();
  if (!reader || !report.claims.some((c) => c.verdict === 'none' && (c.relation === '\\approx' || c.relation === '\\sim'))) return report;
  const words = limitWords(note, span.start, span.end, report.source);
  const deadline = budgetDeadline(LIMIT_WALK_MS);
  // A row held in its limit beside a row left undecided would make a chain hold with a wrong row unchecked.
  return withClaims(report, confirmedWhenAllDecided(report.claims, report.claims.map((c) => withLimitApproximation(c, words, reader, deadline))));
}

/** `\\lim_{x \\to a} f = L` claims the extrapolating evaluator left undecided, walked toward a (limitWalks.ts). */
function withLimitWalks(report: FormulaReport): FormulaReport {
  const reader = readerIfLoaded();
  if (!reader || !report.claims.some((c) => c.verdict === 'none' && c.relation === '=')) return report;
  const deadline = budgetDeadline(LIMIT_WALK_MS);
  return withClaims(report, confirmedWhenAllDecided(report.claims, report.claims.map((c) => withLimitWalk(c, reader, deadline))));
}

/**
 * What the note around a formula says of its claims, read in this order: each
 * reading may turn a failing claim undecided (the prose denies it, a condition
 * or an integer letter the section states, a notation of its subject) or
 * confirm one from the words around it. A reading that decides only formulas writing some
 * notation runs behind its text test (`whenWritten`, readingGates.ts).
 */
const CONTEXT_READINGS: readonly FormulaReading[] = [
  // First, so that the prose's readings (a condition, "a common fallacy is to assume") may take its fails away.
  (_note, span, report) => (span.display && WRITES_CONDITIONAL.test(report.source) ? withClaims(report, withProductRule(report.claims)) : report),
  (note, span, report) => withCriticalValue(note, span.start, report),
  // It re-reads only a failing claim's last side (the words after it: percent, million, a unit).
  whenFailing((note, span, report) => withTextAfter(note, span.end, report)),
  (note, span, report) => withProseAfter(note, span.end, report),
  (note, span, report) => withReciprocalFactor(note, span.start, span.end, report),
  (note, span, report) => withProseBefore(note, span.start, report),
  (_note, _span, report) => withContinuedNeq(report),
  (_note, _span, report) => withAbsoluteValueChain(report),
  (_note, _span, report) => withMagnitudeInText(report),
  (_note, _span, report) => withJammedLines(withIndicatorDoubt(withDecimalCommaDoubt(report))),
  (_note, _span, report) => withMixedNumbers(report),
  (_note, _span, report) => withRankedLabels(report),
  (note, span, report) => withAsymptoticContext(note, span.start, report),
  whenWritten(WRITES_APPROXIMATION, (note, span, report) => withLimitApproximations(note, span, report)),
  whenWritten(WRITES_LIMIT, (_note, _span, report) => withLimitWalks(report)),
  (note, span, report) => withModularContext(note, span.start, span.end, report),
  (note, _span, report) => withNamesCalledElsewhere(note, report),
  (note, span, report) => withSetNames(note, span.start, report),
  (_note, _span, report) => withVectorsAndOperators(report),
  (_note, _span, report) => withLogBesideLn(report),
  whenWritten(CALLS_STATISTIC, (note, span, report) => withStatisticAssumptions(note, span, report)),
  whenWritten((source) => WRITES_PROBABILITY.test(source) || writesSubscriptedVariance(source), (note, span, report) => withClaims(report, withProbabilityModelsAll(report.claims, note, sentenceAround(note, span.start, span.end), headingBefore(note, span.start)))),
  whenWritten(WRITES_BETA_POWER, (note, span, report) => withClaims(report, withBiasCorrection(note, span.start, span.end, report))),
  whenWritten((source) => WRITES_ML_FORMULA.test(source) || WRITES_SYSTEMS_RESULT.test(source), (note, span, report) => withClaims(report, withNamedMlFormulas(note, span, report))),
  whenWritten(WRITES_METRIC, (note, span, report) => withClaims(report, withNamedMetrics(note, span, report))),
  whenWritten(HAS_DERIVATIVE_FRACTION, (_note, _span, report) => withClaims(report, report.claims.map(withChainRule))),
  whenWritten(WRITES_INEQUALITY, (_note, _span, report) => withClaims(report, confirmedTogether(report.claims))),
  whenWritten(WRITES_GRADIENT, (note, span, report) => withClaims(report, gradientClaims(note, span, report))),
  // The score of a normal density the note defines (`\nabla_{\tilde{x}} \log q_\sigma(\tilde{x} \mid x)`): it may fail.
  whenWritten(WRITES_SCORE, (note, span, report) => withClaims(report, gaussianScoreClaims(note, span, report))),
  // The backward pass of a network in layer notation, on a small random network of the note's forward pass.
  whenWritten(writesLayerGradient, (note, span, report) => withClaims(report, layerBackpropClaims(note, span, report))),
  whenWritten(WRITES_GREEK_VECTOR, (_note, _span, report) => withClaims(report, greekVectorClaims(report))),
  (_note, _span, report) => withRunningComputation(report),
  (_note, _span, report) => withWrittenShape(report),
  (_note, _span, report) => withPermutationCycles(withShapeAlgebra(report)),
  (note, span, report) => withOperatorBeforeFormula(note, span.start, report),
  (note, span, report) => withHypothesisBefore(note, span.start, report),
  (note, span, report) => withCountCeiling(note, span.start, span.end, report),
  (note, span, report) => withWholeQuotients(note, span.start, span.end, report),
  (note, span, report) => withEquationToSolve(note, span.start, span.end, report),
  (note, span, report) => withSolvedLater(note, span.end, report),
  (note, span, report) => withReboundOnSameLine(note, span.start, span.end, report),
  (note, span, report) => withLetterUnknowns(note, span.start, report),
  (note, _span, report) => withAlgebraicStructures(note, report),
  (note, span, report) => underParagraphConditions(note, span.start, report, span.end),
  (note, span, report) => underIntegerLetters(note, span.start, report),
  (_note, _span, report) => withNamesOfWords(report),
  (note, span, report) => withConditionalDefinitions(note, span.start, report),
  (note, span, report) => withEarlierExercise(note, span.start, report),
  // Last: a fail in a proportionality chain stands only when no dropped constant could explain it (proportionalChains.ts).
  whenWritten(WRITES_PROPORTIONALITY, (_note, _span, report) => withProportionalChainRows(report)),
];

/** Time one formula's proportionality rows may take to be compared at drawn points. */
const PROPORTIONALITY_MS = 20;

function withProportionalChainRows(report: FormulaReport): FormulaReport {
  const reader = readerIfLoaded();
  if (!reader || !report.claims.some((c) => c.verdict === 'fails')) return report;
  return withClaims(report, withProportionalChains(report.claims, reader, budgetDeadline(PROPORTIONALITY_MS)));
}

/** A formula's report placed at its span in the note, its quick fixes moved to note offsets. */
export function placeFormulaReport(note: string, span: MathSpan, formula: FormulaReport): NoteFormulaReport {
  const report = CONTEXT_READINGS.reduce((read, reading) => reading(note, span, read), formula);
  const fixes = report.claims.flatMap((c) => (c.fix ? [toNoteFix(note, span, c.fix)] : []));
  return { ...report, span, fixes };
}

/** Forget cached reports, parses and normalised sides (tests, benchmarks, or when settings change). */
export function clearFormulaCache(): void {
  cache.clear();
  clearParseCache();
  clearNormalizeCache();
  clearArrayLatexCache();
  clearSideTextCache();
}

function analyzeWith(reader: LatexReader, source: string, options: AnalyzeOptions): FormulaReport {
  const properties = [...(options.matrixProperties ?? [])].join();
  const words = new Set([...wordsDefinedIn(source), ...wordsMentionedIn(source, options.wordNames ?? new Set())]);
  const key = `${options.timeLimitMs ?? ''}\u0000${options.logBase ?? ''}\u0000${options.broadcast ?? ''}\u0000${definitionsKey(source, options.definitions)}\u0000${mentionedResults(source, options.earlierResults)}\u0000${properties}\u0000${[...words].join()}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const arrays = arrayBindings(options.definitions);
  const numbers = arrays ? numberBindings(options.definitions) : undefined;
  const trusted = trustedNames(options.definitions);
  // A formula that ran out of time before gets more: a busy spell must not leave its report cut short for good.
  const timeLimitMs = (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS) * cache.budgetScale(key);
  const limits = { deadline: budgetDeadline(timeLimitMs), logBase: options.logBase, ...(arrays ? { arrays } : {}), ...(numbers ? { numbers } : {}), ...(trusted ? { trusted } : {}), ...(options.broadcast ? { broadcast: options.broadcast } : {}) };
  const before = deadlinesPassed();
  const computed = compute(withWordNames(reader, words), source, limits, options.definitions, options.earlierResults, options.matrixProperties);
  const timedOut = deadlinesPassed() > before;
  const report = timedOut ? cutShort(computed) : computed;
  cache.set(key, report, timedOut);
  return report;
}

/**
 * A report whose deadline cut something short (deadline.ts): a doubt that would
 * have excused a failing link (a condition the formula states, another reading)
 * may not have been tried, and a link left undecided may be one the time
 * stopped. So nothing in it fails — a busy machine must never make a false
 * alarm — and a derivation whose other links hold is not "holds".
 */
function cutShort(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'holds' && report.verdict !== 'fails') return { ...report, cutShort: true };
  const claims = report.claims.map((c) => (c.verdict === 'fails' ? undecided(c, 'the time limit ran out before every reading of it was tried') : c));
  return { ...report, claims, verdict: 'none', cutShort: true };
}

function compute(
  reader: LatexReader,
  source: string,
  limits: SideLimits,
  definitions: Definitions = new Map(),
  earlier?: ReadonlySet<string>,
  matrixProperties?: ReadonlyMap<string, MatrixProperty>,
): FormulaReport {
  const sides: SideReport[] = [];
  const claims: ClaimReport[] = [];
  const defines: FunctionDefinition[] = [];
  // Definitions made by earlier statements of this formula bind the later ones (`f(x,y) = x + y \rightarrow \frac{\partial f}{\partial x} = 1`).
  const scope = new Map(definitions);
  const seen = new Set(definitions.keys());
  const tooLong = source.length > MAX_FORMULA_LENGTH;
  // `$<u>1</u> + 1 = 2$`: HTML in math is markup the renderer shows as text, not relations `<` and `>`.
  const markup = HTML_CLOSING_TAG.test(source);
  const statements = tooLong || markup ? [] : splitFormula(source).map(withDecimalPoints);
  if (statements.length === 0) {
    const whole = { text: source.trim(), offset: source.length - source.trimStart().length };
    sides.push(
      tooLong ? refusedSide(whole, `cannot evaluate: the formula is longer than ${MAX_FORMULA_LENGTH} characters`)
      : markup ? refusedSide(whole, 'cannot evaluate: the formula holds HTML tags')
      : evaluateWithin(whole, reader, limits),
    );
  }
  const state: FormulaState = { reader, limits, scope, seen, defines, earlier, matrixProperties, claimsLeft: statements.reduce((n, s) => n + s.relations.length, 0) };
  for (const statement of statements) {
    const imaginaryUnit = usesImaginaryUnit(statement.sides.map((p) => p.text), statement.relations, definitions.has('i'));
    let evaluated = statement.sides.map((piece) => evaluateWithin(piece, reader, { ...limits, complex: imaginaryUnit }));
    // With other free symbols (`e^{ix} = \cos x + i\sin x`, `k = i + a`) i is read as a variable, and such a claim may not fail.
    const complex = imaginaryUnit && !evaluated.some((s) => s.symbols.length > 0);
    if (imaginaryUnit && !complex) evaluated = statement.sides.map((piece) => evaluateWithin(piece, reader, limits));
    for (const side of evaluated) sides.push(side);
    const chain: ChainState = { statement, evaluated, imaginaryUnit, complex };
    const before = defines.length;
    statement.relations.forEach((relation, k) => {
      const claim = judgeRelation(state, chain, relation, k);
      claims.push(k === statement.relations.length - 1 ? withDoubtedResult(claim, k > 0) : claim);
      state.claimsLeft--;
    });
    const carried = chainEndBinding(statement, reader, defines.slice(before)) ?? chainEndArrayBinding(statement, evaluated, reader, defines.slice(before));
    if (carried) {
      defines.push(carried);
      learnDefinition(scope, seen, carried);
    }
  }
  const solvedRows = withSolvedRows(underStatedConditions(claims), reader, limits.deadline);
  claims.splice(0, claims.length, ...withRoundedRestatements(withRefutedSolution(solvedRows, source, reader, limits.deadline, (name) => definitions.get(name)?.params.length === 0), reader));
  const value = formulaValue(sides, claims);
  const judged = claims.find((c) => c.verdict === 'fails') ?? claims.find((c) => c.verdict === 'holds');
  const symbols = [...new Set(sides.flatMap((s) => s.symbols))].sort();
  const error = reportError(sides, claims);
  const report: FormulaReport = {
    source,
    value,
    verdict: overallVerdict(claims),
    relativeError: judged?.relativeError ?? null,
    readAs: readAsOf(statements.length === 0 ? [] : statements.map((s) => s.relations), sides),
    symbols,
    symbolic: symbols.length > 0,
    formats: value === null ? null : formatFacts(value),
    sides,
    claims,
  };
  const withDefinitions = defines.length > 0 ? { ...report, defines } : report;
  return error ? { ...withDefinitions, error } : withDefinitions;
}

const FAILS_WITH_ASSUMED_VALUES = 'cannot evaluate: it does not hold with the meanings assumed for its names';

/**
 * The last link of a statement writes the result its author claims (`\\frac{\\partial f}{\\partial z} = q \\cdot 1 = 4`,
 * `f(2) = 4, \\quad f(-2) = 5`). When it fails with the values the note gave its names, only the doubt that the
 * names were reused keeps it from failing, and the links or statements that hold beside it say nothing of
 * the result: it keeps the formula from "holds" (`doubted`). A link before the last that fails so is a
 * substitution (`\\frac{\\alpha}{m} = \\frac{.05}{10} = .005` with α bound elsewhere): the arithmetic after it
 * carries the result. The last link of a chain (`chained`) between numbers only, left undecided
 * (`64 \\times 256 = 16{,}484 \\text{ patches}`), or between expressions that agree at some points only,
 * is an unconfirmed result (ClaimReport.unconfirmedResult).
 */
function withDoubtedResult(claim: ClaimReport, chained: boolean): ClaimReport {
  if (claim.verdict !== 'none') return claim;
  if (claim.reason === FAILS_WITH_ASSUMED_VALUES) return { ...claim, doubted: true };
  return chained && (numbersOnly(claim) || symbolicStepOff(claim)) ? { ...claim, unconfirmedResult: true } : claim;
}

function numbersOnly(claim: ClaimReport): boolean {
  return claim.left.symbols.length === 0 && claim.right.symbols.length === 0;
}

/**
 * The last step of a derivation between two expressions in its names that is no identity
 * (`E + 1 - E_n/N = E_n((n-1)/n) + 1`: equal at some points only): a slip, or a meaning the note
 * gives its names that the check does not know. Either way the steps that hold before it do not
 * vouch for it. A step to a constant (`(x-2)(x-3) = 0`) is an equation the derivation goes on to solve.
 */
function symbolicStepOff(claim: ClaimReport): boolean {
  return claim.left.symbols.length > 0 && claim.right.symbols.length > 0 && claim.relation === '=' && EQUATION_REASONS.some((r) => claim.reason?.endsWith(r) === true);
}

/** The first "cannot evaluate: …" of a side no judged claim uses (a unit read as a quantity is none), else the first undecided claim's reason. */
function reportError(sides: readonly SideReport[], claims: readonly ClaimReport[]): string | undefined {
  const judgedSides = new Set(claims.filter((c) => c.verdict !== 'none').flatMap((c) => [c.left, c.right]));
  return sides.find((s) => s.error && !judgedSides.has(s))?.error ?? claims.find((c) => c.reason)?.reason;
}

/** `report` with some claims decided by a reading of the whole note (noteReadings.ts): its verdict and error follow them. */
export function withClaims(report: FormulaReport, claims: readonly ClaimReport[]): FormulaReport {
  const { error: _error, ...rest } = report;
  const error = reportError(report.sides, claims);
  return { ...rest, claims, verdict: overallVerdict(claims), ...(error ? { error } : {}) };
}

/** What the claims of one formula share: its reader and limits, the definitions it makes and learns, and the claims left for its time. */
interface FormulaState {
  readonly reader: LatexReader;
  readonly limits: SideLimits;
  readonly scope: Map<string, FunctionDefinition>;
  readonly seen: Set<string>;
  readonly defines: FunctionDefinition[];
  /** Decimals earlier formulas of the note wrote as results (carriedResults.ts). */
  readonly earlier: ReadonlySet<string> | undefined;
  /** Matrices the prose before the formula calls symmetric or orthogonal (matrixProperties.ts). */
  readonly matrixProperties: ReadonlyMap<string, MatrixProperty> | undefined;
  claimsLeft: number;
}

/** One statement (`a = b \\approx c`) being judged relation by relation. */
interface ChainState {
  readonly statement: Statement;
  readonly evaluated: readonly SideReport[];
  /** The statement uses i as the imaginary unit, and (`complex`) has no other free symbol. */
  readonly imaginaryUnit: boolean;
  readonly complex: boolean;
  /** The value a substituted rounded side stands for, carried along the chain while its steps hold. */
  exact?: SideReport;
}

/**
 * The claim between sides k and k + 1: judged as written, then under each
 * reading the note allows (docs/formulas.md, "The order of readings"), in this order — a matrix
 * binding, the other \\log bases, degrees, E-notation typed as `1e^{10}`, the other grouping of a/b·c, rounded values
 * substituted along the chain, i as an index, an identity or definition, units.
 */
function judgeRelation(state: FormulaState, chain: ChainState, relation: Relation, k: number): ClaimReport {
  const { reader, limits, scope, seen, defines } = state;
  const { statement, evaluated, imaginaryUnit, complex } = chain;
  const pieces = [statement.sides[k]!, statement.sides[k + 1]!] as const;
  const complexClaim = evaluated[k]!.imaginary !== undefined || evaluated[k + 1]!.imaginary !== undefined;
  let claim = (complexClaim ? judgeComplexClaim : judgeClaim)(evaluated[k]!, relation, evaluated[k + 1]!);
  const binding = arrayDefinition(pieces, claim, reader);
  if (binding) {
    defines.push(binding);
    return { relation, left: claim.left, right: claim.right, claimedSide: claim.claimedSide, verdict: 'none', relativeError: null };
  }
  if (limits.logBase === undefined && !complexClaim) claim = otherLogBase(claim, pieces, reader, limits);
  if (!complexClaim) claim = otherAngleUnit(claim, pieces, reader, limits);
  if (!complexClaim) claim = withENotationPowers(claim, pieces, (piece) => evaluateWithin(piece, reader, limits));
  if (claim.reason === GROUPING_UNDECIDED) claim = otherGrouping(claim, pieces, reader, limits);
  claim = withNegativeBase(withSignedBases(claim, pieces, (piece) => evaluateWithin(piece, reader, limits)));
  if (!complexClaim) claim = withCarriedValue(withRoundedSubstitution(claim, pieces, reader, limits), chain.exact);
  if (!complexClaim) claim = withEarlierResults(claim, pieces, reader, limits, state.earlier);
  if (!complexClaim) claim = withChainRounding(claim, statement.sides.slice(0, k).map((p) => p.text));
  if (!complexClaim) claim = withRoundedTerms(withSimpleFraction(claim, [pieces[0].text, pieces[1].text]), [pieces[0].text, pieces[1].text]);
  const valueOf = (j: number): number | null => evaluated[j]!.value ?? countValue(statement.sides[j]!.text);
  if (!complexClaim) claim = withRoundedMiddle(claim, k, { pieces: statement.sides, evaluated, relations: statement.relations, valueOf }, reader, limits);
  if (!complexClaim) claim = withRoundedDataInputs(claim, pieces, reader, limits);
  const exactSide = writesRoundedValue(pieces[0].text) && !writesRoundedValue(pieces[1].text) ? evaluated[k + 1] : evaluated[k];
  chain.exact = claim.reading === ROUNDED_SUBSTITUTION_READING ? (chain.exact ?? exactSide) : claim.verdict === 'holds' ? chain.exact : undefined;
  if (complex && claim.verdict === 'fails') claim = asIndexEquation(claim, pieces, limits);
  if (withFreeVariables(claim) || (relation === '=' && pieces.some((p) => needsIdentityReading(p.text) || writesOperator(p.text)))) {
    const before = defines.length;
    const judged = claim;
    // A side read anew (its operand delimited) must not reuse the tree read from the text as written.
    const anew = (side: SideReport, k: number, readings: readonly [Piece, Piece]): SideReport => (readings[k]!.text === pieces[k]!.text ? side : { ...side });
    claim = judgeOverExtents(
      pieces,
      (readings, left) => asIdentity({ ...judged, left: anew(judged.left, 0, readings), right: anew(judged.right, 1, readings) }, readings, reader, fairShare(limits, state.claimsLeft - 1 + left), scope, defines),
      (exponent) => [...scope.keys()].some((name) => name.endsWith(exponent)),
    ) ??
      asIdentity(claim, pieces, reader, fairShare(limits, state.claimsLeft), scope, defines);
    for (const d of defines.slice(before)) learnDefinition(scope, seen, d);
  }
  if (claim.verdict === 'fails' && claim.identity) {
    const failed = claim;
    claim = withComplementProbability(failed, pieces, (written) => asIdentity({ ...failed, left: { ...failed.left }, right: { ...failed.right } }, written, reader, fairShare(limits, state.claimsLeft), scope, []));
  }
  // An approximation defines nothing: what the identity reading would record is dropped.
  if (mayBeApproximateIdentity(claim)) claim = asApproximateIdentity(claim, (asEquality) => asIdentity(asEquality, pieces, reader, fairShare(limits, state.claimsLeft), scope, []));
  else if (mayBeApproximateDerivativeValue(claim)) {
    claim = asApproximateIdentity(claim, (asEquality) => asIdentity(asEquality, pieces, reader, fairShare(limits, state.claimsLeft), scope, []), 'as the exact derivative');
  }
  if (claim.verdict === 'fails' && claim.identity && pieces.some((p) => writesEntriesOfBoundArrays(p.text, limits.arrays))) {
    claim = undecided(claim, 'it fails at random points, but it writes entries of an array the note bound earlier, which may make it hold');
  }
  if (!complexClaim) claim = withSumsWrittenOut(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withUnboundedSums(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withPatternRuns(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withGaussianDensities(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withDensityApplications(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withPlusMinusSigns(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withMatrixReading(claim, pieces, reader, state.matrixProperties);
  if (!complexClaim) claim = withMatrixInequality(claim, pieces, reader, state.matrixProperties);
  if (!complexClaim) claim = withWrittenMatricesMultiplied(claim, pieces, reader, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withApplicationsAsValuesClaim(claim, pieces, reader, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withRandomFunctions(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) claim = withPrimedRules(claim, pieces, reader, scope, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim && WRITES_INEQUALITY.test(claim.relation)) claim = universalInequality(claim, reader, fairShare(limits, state.claimsLeft).deadline);
  if (!complexClaim) {
    const bound = (name: string): boolean => (scope.has(name) && limits.arrays?.has(name) !== true) || state.matrixProperties?.has(name) === true;
    claim = failsAtSizeOne(claim, pieces, statement.sides.map((p) => p.text).join(' = '), reader, bound, limits.arrays);
  }
  // Sums written out without i (a sample label `x^{(i)}` dropped, elidedSums.ts) were judged without it.
  if (imaginaryUnit && !complex && claim.verdict === 'fails' && claim.reading !== SUMS_READING) claim = mayBeImaginary(claim);
  // `For $e=150$, the precision is 1`: a bare e on its own side is a name being given a value, not Euler's number,
  // and the note learns so: after `With $e = 3$`, `$e^2 = 9$` is about that e too.
  if (claim.verdict === 'fails' && pieces.some((p) => p.text.trim() === 'e')) {
    claim = undecided(claim, 'e may be a variable here, not Euler\'s number');
    defines.push(eGivenValue(pieces.map((p) => p.text).join(' = ')));
  } else if (claim.verdict === 'fails' && eNamedBy(scope) !== undefined && pieces.some((p) => writesBareE(p.text))) {
    claim = undecided(claim, `e was given a value earlier in the note (${eNamedBy(scope)}), so it may not be Euler's number here`);
  }
  if (!complexClaim) claim = withImaginaryJ(claim, pieces, (piece) => evaluateWithin(piece, reader, { ...limits, complex: true }));
  claim = withPracticallyInfinite(claim, [pieces[0].text, pieces[1].text]);
  if (claim.verdict === 'fails' && !complexClaim && claim.identity === undefined) {
    const share = fairShare(limits, state.claimsLeft);
    claim = withArgumentClosed(claim, pieces, (written) => judgeClaim(evaluateWithin(written[0], reader, share), relation, evaluateWithin(written[1], reader, share)));
  }
  if (claim.verdict === 'fails') claim = underNotation(claim, pieces.map((p) => p.text));
  // A side read as matrices (`\\bs{x}^\\text{T}\\bs{x}`) has no unit: its `\\text{T}` is a transpose.
  const quantities = units && withUnits(pieces) && !isArrayClaim(claim.left, claim.right) ? units.judgeUnitClaim(pieces[0].text, relation, pieces[1].text) : undefined;
  const judged = quantities && units ? quantityClaim(claim, quantities, pieces, units, relation) : claim;
  const worded = withWordsAroundNumbers(judged, pieces, (piece) => evaluateWithin(piece, reader, limits));
  const grown = withOrderOfGrowth(worded, [pieces[0].text, pieces[1].text], (latex) => reader.read(normalizeLatex(latex)), limits.deadline);
  const signed = undecidedAtSignZero(grown, pieces, reader);
  const countOf = (j: number): number | null => evaluated[j]!.value ?? countValue(statement.sides[j]!.text, true);
  return complexClaim ? signed : withApproximateChain(signed, k, { evaluated, relations: statement.relations, valueOf: countOf });
}

/** Names a worked example of the formula's section bound (workedExample.ts), if any. */
function trustedNames(definitions: Definitions | undefined): ReadonlySet<string> | undefined {
  const names = [...(definitions?.values() ?? [])].filter((d) => d.trusted === true).map((d) => d.name);
  return names.length > 0 ? new Set(names) : undefined;
}

/** The definitions a formula may use (those whose name it mentions), as part of its cache key. */
function definitionsKey(source: string, definitions: Definitions | undefined): string {
  if (!definitions || definitions.size === 0) return '';
  return [...definitions.values()].filter((d) => mayMention(source, d.name)).map((d) => (d.trusted ? `!${d.source}` : d.source)).join('\u0001');
}

/** The claim undecided when its sides may be read in a notation of notationDoubts.ts. */
function underNotation(claim: ClaimReport, sides: readonly string[]): ClaimReport {
  const operation = operationNotationDoubt(sides);
  if (operation) return undecided(claim, operation);
  if (writesImaginaryJ(sides)) return undecided(claim, 'j may be the imaginary unit (identities with complex numbers are not checked)');
  if (writesSpelledExtremum(sides)) return undecided(claim, 'max or min spelled in plain letters is the operator, not a product of letters; the claim may be that both sides have the same maximiser');
  if (sides.some(writesIndexedE)) return undecided(claim, 'e with the sum\'s index as superscript may be the i-th e, not Euler\'s number');
  if (writesVectorE(sides)) return undecided(claim, 'a bold or arrowed e is a vector (a unit normal, a basis vector), not Euler\'s number');
  if (writesBarredE(sides)) return undecided(claim, 'e alone between bars is the order or norm of a named e (a group\'s identity, an error vector), not Euler\'s number');
  if (writesBracketedSuperscript(sides)) return undecided(claim, 'a superscript in brackets labels the letter (a nominal rate i^{(m)}, a derivative f^{(n)}, a sample x^{(i)}), not a power');
  if (writesSignedPercentChange(sides)) return undecided(claim, 'a percent written with a + sign is a change (the factor less 1), not the factor');
  if (writesNegatedFactorial(sides)) return undecided(claim, '−n! may be (−n)!, the factorial of a negative number (a pole of Γ), not −(n!)');
  if (sides.some(writesNumbersSideBySide)) return undecided(claim, 'two numbers written side by side may not be a product');
  // `\\pi \\approx 3.15` is about the constant; `\\pi = 2`, `\\pi = 0.3` give a name a value far from it.
  const other = sides.findIndex(isBarePi) === 0 ? claim.right.value : claim.left.value;
  if (sides.some(isBarePi) && !(other !== null && Math.abs(other - Math.PI) < 0.5)) return undecided(claim, 'π given a value is a name here (a probability, a rate), not the circle constant');
  if (writesSuperscriptLabels(sides.join(' '))) return undecided(claim, 'superscripts 1 and 2 before a subscript or an argument may label agents or samples, not powers');
  if (integratesFunctionOfVariable(sides.join(' '))) return undecided(claim, 'a name applied to the integration variable may be a function of it, not a product');
  if (writesPercentOfHundred(sides)) return undecided(claim, 'a value multiplied by 100 and written with % is in percent, not a fraction');
  if (writesVectorOfNumber(sides)) return undecided(claim, 'a number under an arrow is a vector the note names, not the number');
  if (writesSuperscriptFamily(sides)) return undecided(claim, 'one name with different superscripts on the two sides labels a family of quantities (Q_t^λ from Q_t^n, x^τ from x^0 and x^1), not powers');
  if (writesTensorIndices(sides)) return undecided(claim, 'two Greek letters as a superscript or subscript are tensor indices, not powers');
  if (writesBits(sides)) return undecided(claim, 'a numeral of 0s and 1s beside a plain number may be binary or unary');
  if (writesTextNameWithSubscript(sides)) return undecided(claim, 'a name set as text with a subscript is one name, not its subscript alone');
  if (percentOfPercent(claim, sides)) return undecided(claim, 'the value is already in percent: the % names its unit, not a factor 1/100');
  return claim;
}

/** `45 \\times (1-e^{-0.45}) = 16.3\\%`: a side written with % whose number, not its fraction, is the other side's value. */
function percentOfPercent(claim: ClaimReport, sides: readonly string[]): boolean {
  const k = sides.findIndex((s) => /\\%\s*$/.test(s));
  const percent = k === 0 ? claim.left.value : k === 1 ? claim.right.value : null;
  const other = k === 0 ? claim.right.value : claim.left.value;
  return percent !== null && other !== null && percent !== 0 && Math.abs(other / (100 * percent) - 1) < 0.01;
}

function undecided(claim: ClaimReport, why: string): ClaimReport {
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: `cannot evaluate: ${why}` };
}

/** A claim that fails with i a real variable, where i may be the imaginary unit (`e^{ix} = \cos x + i\sin x`). */
function mayBeImaginary(claim: ClaimReport): ClaimReport {
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: 'cannot evaluate: it fails with i a real variable, but i may be the imaginary unit (identities with complex numbers are not checked)' };
}

/**
 * `2i + 1 = 7` fails with i the imaginary unit but holds for the index i = 3:
 * a bare i (not `\mathrm{i}`) may be either, so such a claim fails only when
 * no index satisfies it.
 */
function asIndexEquation(claim: ClaimReport, pieces: readonly [Piece, Piece], limits: SideLimits): ClaimReport {
  const [left, right] = [readTreeOf(claim.left), readTreeOf(claim.right)];
  if (namesUnitExplicitly(pieces.map((p) => p.text)) || left === undefined || right === undefined) return claim;
  const budget = () => ({ deadline: limits.deadline, maxTerms: 10_000, steps: 0 });
  const n = indexSolution(left, right, budget);
  const { fix: _fix, ...rest } = claim;
  if (n !== undefined) return { ...rest, verdict: 'none', reason: `cannot evaluate: it fails with i the imaginary unit, but holds for i = ${n} if i is an index` };
  // `(1+i)^{20} = 4`: an equation in a rate i (realSolution in complex.ts).
  const rate = claim.right.imaginary === undefined || claim.left.imaginary === undefined ? realSolution(left, right, budget) : undefined;
  if (rate === undefined) return claim;
  return { ...rest, verdict: 'none', reason: `cannot evaluate: it fails with i the imaginary unit, but holds for a real i ≈ ${Number(rate.toPrecision(3))} (a rate, or an unknown to solve for)` };
}

/**
 * An identity check samples until its deadline: one claim of a chain
 * (`\int_0^x ny^{n-1} dy = x^n - 0^n = x^n`) whose points are slow must leave
 * the formula's remaining time to the claims after it, in equal shares.
 */
function fairShare(limits: SideLimits, claimsLeft: number): SideLimits {
  const remaining = Math.max(0, budgetLeft(limits.deadline));
  return { ...limits, deadline: budgetDeadline(remaining / Math.max(1, claimsLeft)) };
}

/** A claim where a side names a unit (`6\\,\\textrm{ms}`): a bare percentage is a plain number, read as any other. */
function withUnits(pieces: readonly [Piece, Piece]): boolean {
  return pieces.some((p) => hasUnits(p.text) && hasUnits(p.text.replace(/\\?%/g, '')));
}

/**
 * The claim between quantities: units.ts reads the units and the dimensions
 * (a mismatch is its own verdict); the two values, in one unit, are then
 * judged by judgeClaim like any other claim, with the same readings of the
 * written number.
 */
function asUnitClaim(claim: ClaimReport, report: UnitClaimReport, pieces: readonly [Piece, Piece], checker: UnitChecker): ClaimReport {
  const units = { left: report.leftDisplay, right: report.rightDisplay, message: report.message };
  const { fix: _fix, reason: _reason, ...rest } = claim;
  if (report.verdict === 'dimension-mismatch') return { ...rest, verdict: 'mismatch', units };
  if (report.verdict === 'none' || !report.converted) {
    const plain = plainInBaseUnits(claim, pieces, checker);
    if (plain) return { ...plain, units };
    const wrong = plainInNoUnit(claim, pieces, checker);
    if (wrong) return wrong;
    return { ...rest, verdict: 'none', units, reason: report.message.startsWith('cannot evaluate') ? report.message : `cannot evaluate: ${report.message}` };
  }
  const side = (s: SideReport, piece: Piece, value: number): SideReport => {
    const q = checker.readQuantity(piece.text);
    const w = q && !('error' in q) ? q.written : undefined;
    const { error: _error, writtenDigits: _d, written: _w, roundingError: _r, ...plain } = s;
    // A plain number against quantities (`6 \\times 37\\text{B} = 2.2 \\times 10^{11}`) keeps the digits it was read with.
    const kept = s.writtenDigits !== undefined ? { writtenDigits: s.writtenDigits, ...(s.written ? { written: s.written } : {}) } : {};
    const written = w ? { writtenDigits: w.digits, written: { digits: w.digits, style: 'plain', ...(w.decimalPoint ? { fractional: true } : {}) } } : kept;
    return { ...plain, value, symbols: [], ...written };
  };
  const judged = judgeClaim(side(claim.left, pieces[0], report.converted.left), claim.relation, side(claim.right, pieces[1], report.converted.right));
  const { fix: _f, ...withoutFix } = judged;
  // A fix would write a bare number over a quantity: none is offered.
  return { ...withoutFix, left: claim.left, right: claim.right, units };
}

/** A magnitude letter glued to its number, `66M`, `7B`: a count in a chain's exact side (countValue). */
const GLUED_MAGNITUDE = /(\d)([KMBT])(?![A-Za-z])/;

/**
 * A side's value when units.ts reads it as a plain count with one reading, else null:
 * `\\frac{66M}{340M}` with a magnitude letter glued to its number read as that magnitude
 * (a bare letter is otherwise a variable).
 */
function countValue(text: string, amongReadings = false): number | null {
  const glued = text.replace(new RegExp(GLUED_MAGNITUDE.source, 'g'), '$1\\text{$2}');
  if (!units || !hasUnits(glued)) return null;
  const q = units.readQuantity(glued);
  if (!q || 'error' in q || q.written?.unit === '%') return null;
  if (!q.readings) return q.dimensionKey === '' ? q.value : null;
  // `10.74\\text{B}` is bytes or billions: with `amongReadings` its one count reading is taken.
  const counts = amongReadings ? q.readings.filter((r) => r.dimensionKey === '') : [];
  return counts.length === 1 ? counts[0]!.value : null;
}

/** The claim between quantities (asUnitClaim), read again with binary byte prefixes when it fails (binaryBytePrefixes.ts). */
function quantityClaim(claim: ClaimReport, report: UnitClaimReport, pieces: readonly [Piece, Piece], checker: UnitChecker, relation: Relation): ClaimReport {
  const judged = asUnitClaim(claim, report, pieces, checker);
  const judgeWith = (left: string, right: string): ClaimReport => {
    const again = checker.judgeUnitClaim(left, relation, right);
    return asUnitClaim(claim, again, [{ ...pieces[0], text: left }, { ...pieces[1], text: right }], checker);
  };
  const sides: [string, string] = [pieces[0].text, pieces[1].text];
  return withBitsPerByte(withBinaryByteReading(judged, sides, judgeWith), sides, judgeWith);
}

/**
 * `T = 34e6 / 9e10 = 377\\mu s`, `2 \\cdot 8192 \\cdot 64 \\cdot 8192 = 8\\text{GiB}`: a plain
 * number against a quantity, which a reader takes in the base unit of its
 * dimension (seconds; bytes or bits). A reading that may confirm, never refute:
 * the holding claim, or undefined.
 */
function plainInBaseUnits(claim: ClaimReport, pieces: readonly [Piece, Piece], checker: UnitChecker): ClaimReport | undefined {
  const plainIsLeft = claim.left.value !== null;
  const plain = plainIsLeft ? claim.left : claim.right;
  if (plain.value === null || (plainIsLeft ? claim.right.value : claim.left.value) !== null) return undefined;
  const q = checker.readQuantity(pieces[plainIsLeft ? 1 : 0].text);
  if (!q || 'error' in q || !q.written || q.readings || q.written.value === 0) return undefined;
  const scale = q.value / q.written.value; // base units per written unit
  const written = { writtenDigits: q.written.digits, written: { digits: q.written.digits, style: 'plain', ...(q.written.decimalPoint ? { fractional: true } : {}) } };
  const asPlain = (value: number): SideReport => ({ ...plain, value, symbols: [] });
  const { error: _e, writtenDigits: _d, written: _w, roundingError: _r, ...other } = plainIsLeft ? claim.right : claim.left;
  const quantity: SideReport = { ...other, value: q.written.value, symbols: [], ...written };
  const bases: ReadonlyArray<readonly [string, number]> = /BIT/.test(q.dimensionKey) ? [['bytes', 8], ['bits', 1]] : [[baseName(q.dimension), 1]];
  for (const [name, factor] of bases) {
    const value = (plain.value * factor) / scale;
    const judged = plainIsLeft ? judgeClaim(asPlain(value), claim.relation, quantity) : judgeClaim(quantity, claim.relation, asPlain(value));
    if (judged.verdict === 'holds') {
      const reading = `with ${plain.source} in ${name}${judged.reading ? `, ${judged.reading}` : ''}`;
      return { ...judged, left: claim.left, right: claim.right, reading };
    }
  }
  return undefined;
}

/**
 * `2048 \\times 4 = 9 \\text{ KB}`: a plain computation that no unit of the other side's
 * dimension makes the number written, under any reading of that side (countInNoUnit.ts):
 * the failing claim, in the written unit with the count read in the base unit; else undefined.
 */
function plainInNoUnit(claim: ClaimReport, pieces: readonly [Piece, Piece], checker: UnitChecker): ClaimReport | undefined {
  const count = claim.left.value;
  // `-\\log(\\frac{1}{2^4}) = 4 \\textrm{ bits}`: information in bits takes the log in base 2, whatever the evaluation took.
  if (count === null || claim.right.value !== null || /(?:log|ln|lg)(?![A-Za-z])/.test(pieces[0].text)) return undefined;
  const q = checker.readQuantity(pieces[1].text);
  if (!q || 'error' in q || !q.written) return undefined;
  if (!(q.readings ?? [q]).every((r) => fitsNoUnit(count, r, claim.relation))) return undefined;
  const w = q.written;
  const asRead = { ...claim.left, value: count / (q.value / w.value), symbols: [] };
  const { error: _e, writtenDigits: _d, written: _w, roundingError: _r, ...other } = claim.right;
  const quantity: SideReport = { ...other, value: w.value, symbols: [], writtenDigits: w.digits, written: { digits: w.digits, style: 'plain', ...(w.decimalPoint ? { fractional: true } : {}) } };
  const { fix: _fix, ...judged } = judgeClaim(asRead, claim.relation, quantity);
  if (judged.verdict !== 'fails') return undefined;
  const message = `${claim.left.source} is ${w.value} ${w.unit} in no unit of ${q.dimension} it may count (any decimal or binary prefix${/BIT/.test(q.dimensionKey) ? '; bits, bytes or values of 0.5 to 4 bytes' : ''})`;
  return { ...judged, left: claim.left, right: claim.right, reading: 'with the left side counted in any unit', units: { left: String(count), right: q.display, message } };
}

/** "time (s)" → "s". */
function baseName(dimension: string): string {
  return /\(([^)]+)\)/.exec(dimension)?.[1] ?? 'base units';
}

/** An `=` the plain evaluation could not judge because a side has free symbols (or calls a function). */
function withFreeVariables(claim: ClaimReport): boolean {
  return claim.relation === '=' && claim.verdict === 'none' && !claim.left.error && !claim.right.error &&
    (claim.left.symbols.length > 0 || claim.right.symbols.length > 0);
}

/** The claim judged as an identity, a definition (recorded in `defines`), or two values once functions are applied. */
function asIdentity(
  claim: ClaimReport,
  pieces: readonly [Piece, Piece],
  reader: LatexReader,
  limits: SideLimits,
  definitions: Definitions,
  defines: FunctionDefinition[],
): ClaimReport {
  const read = (latex: string) => reader.read(normalizeLatex(latex));
  const attempt = (trees: () => MathJson[], latex: string, confirmOnly: boolean): IdentityOutcome => {
    try {
      const [left, right] = trees();
      const outcome = checkIdentity(latex, left!, right!, definitions, limits.deadline, confirmOnly);
      // `y' = 3x^2` after `x = 1.5`: a claim that holds with the note's earlier numbers read as variables holds at those numbers too.
      // `g'(z) = g(z)(1 - g(z))` after `z = 0`: a derivative by differences may not settle the claim at that one point,
      // but an identity for every z holds there too.
      if (outcome.kind === 'values' && bindsNumber(definitions, latex)) {
        const free = checkIdentity(latex, left!, right!, definitions, limits.deadline, confirmOnly, true);
        return free.kind === 'judged' && free.verdict === 'holds' ? free : outcome;
      }
      if (outcome.kind !== 'judged') return outcome;
      if (outcome.verdict === 'holds') {
        if (!bindsNumber(definitions, latex)) return outcome;
        const free = checkIdentity(latex, left!, right!, definitions, limits.deadline, confirmOnly, true);
        return free.kind === 'judged' && free.verdict === 'fails' ? onlyAtBoundNumbers(outcome) : outcome;
      }
      const failsBound = outcome.disagreesNearlyEverywhere === true;
      // `y' = 3x^3` after `x = 1.5` elsewhere: read with x free as well as with x = 1.5 (freeReadings.ts).
      for (const reading of freeReadings(definitions, latex)) {
        const free = checkIdentity(latex, left!, right!, definitions, limits.deadline, confirmOnly, reading);
        // It fails with those bindings and fails for every value of them: no reading saves it.
        const failsBoth = free.kind === 'judged' && free.verdict === 'fails' && failsBound;
        if (free.kind === 'judged' && ((free.verdict === 'holds' && reading === true) || failsBoth)) return free;
      }
      return outcome;
    } catch {
      return { kind: 'skip' };
    }
  };
  const plain = () => attempt(() => [claim.left, claim.right].map((side, k) => readTreeOf(side) ?? read(pieces[k]!.text)), `${pieces[0].text} = ${pieces[1].text}`, false);
  // Derivatives in Leibniz notation and bare `tan(z)` are read by partials.ts; when that reading decides nothing, the plain one stands.
  let special: ReturnType<typeof readForIdentity>[] = [];
  try {
    // `\\frac{\\partial}{\\partial \\theta} J(\\theta)` differentiates the call of a function the note defined.
    const isFunctionName = (latexName: string): boolean => {
      const name = flattenSubscripts(read(latexName));
      return typeof name === 'string' && (definitions.get(name)?.params.length ?? 0) > 0;
    };
    special = pieces.map((p) => readForIdentity(p.text, read, (name) => definitions.get(name)?.params.length === 0, isFunctionName));
  } catch {
    special = [];
  }
  let outcome: IdentityOutcome;
  if (special.some((s) => s !== undefined)) {
    const trees = () => [claim.left, claim.right].map((side, k) => special[k]?.json ?? readTreeOf(side) ?? read(pieces[k]!.text));
    const latex = `${special[0]?.checked ?? pieces[0].text} = ${special[1]?.checked ?? pieces[1].text}`;
    outcome = attempt(trees, latex, special.some((s) => s?.confirmOnly === true));
    // Only where the derivatives found no counterexample: `\\frac{d}{dx}(x^n) = x^{n-1}` must not hold with d a variable that cancels.
    if (outcome.kind === 'skip' || (outcome.kind === 'judged' && outcome.verdict === 'none' && outcome.check.counterexample === undefined)) {
      const fallback = plain();
      if (fallback.kind === 'values' || fallback.kind === 'definition' || (fallback.kind === 'judged' && fallback.verdict !== 'none')) outcome = fallback;
    }
  } else outcome = plain();
  switch (outcome.kind) {
    case 'skip': return claim;
    case 'definition':
      if (outcome.definition) defines.push(outcome.definition);
      return claim;
    case 'judged': {
      const { reason, verdict, check } = outcome;
      if (outcome.definition) defines.push(outcome.definition);
      const constant = outcome.ratio === undefined ? undefined : constantFactorClaim(claim, pieces, outcome.ratio, (p) => evaluateWithin(p, reader, limits));
      if (constant && !(outcome.ratioConfirmOnly && constant.verdict === 'fails')) return { ...constant, identity: check };
      return { ...claim, verdict, identity: check, ...(reason ? { reason } : {}), ...(outcome.failsWithAssumedMeanings && verdict === 'none' ? { doubted: true as const } : {}) };
    }
    case 'values': {
      const side = (s: SideReport, e: Evaluated): SideReport => ({ ...s, value: e.value, symbols: [], ...(e.noise > 0 ? { roundingError: e.noise } : {}) });
      const plain = judgeClaim(side(claim.left, outcome.left), claim.relation, side(claim.right, outcome.right));
      const judged = outcome.differentiated ? judgeDerivativeValue(plain, outcome.left, outcome.right) : plain;
      if (outcome.assumed && judged.verdict === 'fails') {
        const { fix: _fix, ...rest } = judged;
        return { ...rest, verdict: 'none', reason: FAILS_WITH_ASSUMED_VALUES };
      }
      // `\\phi(0) = 0` after `\\phi(r) = r^2 \\ln r`: 0 · (−∞) has no value, and the note means the limit there.
      if (judged.verdict === 'fails' && !(Number.isFinite(outcome.left.value) && Number.isFinite(outcome.right.value))) {
        const { fix: _fix, ...rest } = judged;
        return { ...rest, verdict: 'none', reason: 'cannot evaluate: a side has no value at that point (its limit may be meant)' };
      }
      const using = outcome.using?.length ? `with ${outcome.using.join(', ')}` : undefined;
      return using && judged.verdict === 'holds' ? { ...judged, reading: judged.reading ? `${judged.reading}, ${using}` : using } : judged;
    }
  }
}

/**
 * An identity that holds with numbers the note bound elsewhere and fails, with nothing to excuse it,
 * once they are variables again (`\\frac{\\partial}{\\partial y}(x^2y) = x^3` after `x = 1`): the author
 * wrote it for every x, and it is right at one. Undecided, not failed: the number may be the one meant.
 */
function onlyAtBoundNumbers(outcome: IdentityOutcome & { kind: 'judged' }): IdentityOutcome {
  return { ...outcome, verdict: 'none', reason: 'cannot evaluate: it holds only with the numbers bound earlier in the note, and fails for other values of them' };
}

const OTHER_BASES = [2, 10] as const;

/**
 * A claim that fails with `\\log` natural but holds with `\\log` in base 2 or 10 is
 * ambiguous, not failed: many texts (information theory, some ML notes) write
 * `\\log` for log₂. The note can settle it once in its front matter (`log-base: 2`).
 */
function otherLogBase(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader, limits: SideLimits): ClaimReport {
  if (claim.verdict !== 'fails' || !pieces.some((p) => BARE_LOG.test(p.text))) return claim;
  for (const logBase of OTHER_BASES) {
    const [left, right] = pieces.map((p) => evaluateWithin(p, reader, { ...limits, logBase }));
    const other = judgeClaim(left, claim.relation, right);
    if (other.verdict === 'holds') {
      const { fix: _fix, ...rest } = claim;
      // `-9/14\\log_2(9/14)-5/14\\log(5/14)`: the claim writes that base on another \\log, so its bare \\log is that base too.
      if (writesLogBase(pieces, logBase)) return { ...other, reading: `with \\log in base ${logBase}, as the claim's \\log_${logBase}${other.reading ? `, ${other.reading}` : ''}` };
      return { ...rest, verdict: 'ambiguous', reading: `if \\log is base ${logBase}` };
    }
  }
  return claim;
}

/** Whether a side of the claim writes `\\log_2` / `\\log_{10}` (the base `logBase`) explicitly. */
function writesLogBase(pieces: readonly [Piece, Piece], logBase: number): boolean {
  const written = new RegExp(String.raw`\\log\s*_\s*(?:${logBase}(?!\d)|\{\s*${logBase}\s*\})`);
  return pieces.some((p) => written.test(p.text));
}

/** A trigonometric function, as the note writes it (with its backslash or, before its parenthesis, without: preprocess.ts). */
const TRIGONOMETRIC_CALL = /(?:\\|(?<![\\A-Za-z{]))(?:sin|cos|tan|cot|sec|csc|arcsin|arccos|arctan)(?![A-Za-z])/;
/** A direct one (not an inverse), and the number it is applied to when that is a written number. */
const ANGLE_CALL = /(?:\\|(?<![\\A-Za-z{]))(?:sin|cos|tan|cot|sec|csc)(?![A-Za-z])\s*(?:\\left\s*)?[({]?\s*(-?\d+(?:\.\d+)?(?![\d.^]))?/g;

/** Whether every direct trigonometric call in `latex` takes a written number that could be degrees (|x| ≤ 360). */
function anglesMayBeDegrees(latex: string): boolean {
  return [...latex.matchAll(ANGLE_CALL)].every((m) => m[1] !== undefined && Math.abs(Number(m[1])) <= 360);
}

/**
 * `2\\times\\sqrt{8}\\times\\cos(45) = 4`, `\\sin(30) = 0.5`: notes on geometry write
 * angles in degrees. A claim that fails in radians is judged again in degrees:
 * it holds if that holds (naming the reading), stays undecided if that is too
 * close to call (cos 90° is 6e-17 in float64), and fails only if both fail.
 * A claim that writes π, or applies one to anything but a written number of at
 * most 360 (`\\sin(10^{22})`, `\\cos(x)`), means radians.
 */
function otherAngleUnit(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader, limits: SideLimits): ClaimReport {
  if (claim.verdict !== 'fails' || !pieces.some((p) => TRIGONOMETRIC_CALL.test(p.text))) return claim;
  if (pieces.some((p) => /\\pi(?![A-Za-z])|π/.test(p.text) || !anglesMayBeDegrees(p.text))) return claim;
  const [left, right] = pieces.map((p) => evaluateWithin(p, reader, { ...limits, degrees: true }));
  const other = judgeClaim(left!, claim.relation, right!);
  const { fix: _fix, ...rest } = claim;
  if (other.verdict === 'holds') {
    const { fix: _otherFix, ...held } = other;
    return { ...held, reading: `with angles in degrees${other.reading ? `, ${other.reading}` : ''}` };
  }
  return other.verdict === 'fails' ? claim : { ...rest, verdict: 'none', reason: 'cannot evaluate: it fails with angles in radians, and in degrees it is too close to call' };
}

/**
 * A claim that fails with `a/b·c` read left to right, judged again with
 * a/(b·c): it holds if that holds (naming the reading), fails if that fails
 * too (with no quick fix: which value to write depends on the reading), and
 * stays undecided otherwise.
 */
function otherGrouping(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader, limits: SideLimits): ClaimReport {
  const k = claim.claimedSide === 'right' ? 0 : 1;
  const denominators = groupDenominators(pieces[k].text);
  const grouped = denominators ?? numberFractionsBeforeNames(pieces[k].text);
  if (grouped === undefined) return claim;
  const side = evaluateWithin({ ...pieces[k], text: grouped }, reader, limits);
  const other = k === 0 ? judgeClaim(side, claim.relation, claim.right) : judgeClaim(claim.left, claim.relation, side);
  const { reason: _reason, fix: _fix, ...rest } = claim;
  if (other.verdict === 'holds') {
    // The side keeps the author's text; its value is the one this reading gives.
    const shown = { ...side, source: (k === 0 ? claim.left : claim.right).source };
    const { fix: _otherFix, ...held } = other;
    const reading = `with a/b·c read as ${denominators ? 'a/(b·c)' : '(a/b)·c'}${other.reading ? `, ${other.reading}` : ''}`;
    return { ...held, ...(k === 0 ? { left: shown } : { right: shown }), reading };
  }
  // `-6/8\\log_2(6/8)-2/8\\log(2/8) = 0.811`: both readings at once, the grouping and the other \\log base.
  if (other.verdict === 'fails' && limits.logBase === undefined && BARE_LOG.test(grouped)) {
    const groupedPieces = (k === 0 ? [{ ...pieces[0], text: grouped }, pieces[1]] : [pieces[0], { ...pieces[1], text: grouped }]) as [Piece, Piece];
    const inBase = otherLogBase({ ...rest, verdict: 'fails' }, groupedPieces, reader, limits);
    const grouping = `with a/b·c read as ${denominators ? 'a/(b·c)' : '(a/b)·c'}`;
    if (inBase.verdict === 'ambiguous') return { ...inBase, reading: `${inBase.reading}, ${grouping}` };
    if (inBase.verdict === 'holds') {
      const written = k === 0 ? { left: { ...inBase.left, source: claim.left.source } } : { right: { ...inBase.right, source: claim.right.source } };
      return { ...inBase, ...written, reading: `${grouping}, ${inBase.reading}` };
    }
  }
  return other.verdict === 'fails' ? { ...rest, verdict: 'fails' } : claim;
}

/**
 * One side, unless the formula's deadline has passed: the deadline is otherwise
 * checked only inside evaluation, and a formula of many cheap sides would run
 * past it one parse at a time.
 */
function evaluateWithin(piece: Piece, reader: LatexReader, limits: SideLimits): SideReport {
  if (pastDeadline(limits.deadline)) return refusedSide(piece, 'cannot evaluate: evaluation took too long');
  return evaluateSide(piece, reader, limits);
}

function refusedSide(piece: Piece, error: string): SideReport {
  return { source: piece.text, offset: piece.offset, value: null, readAs: '', symbols: [], error };
}

/** The value worth showing: the computed side of the first judged claim, else the first value (a complex one is no single number). */
function formulaValue(sides: readonly SideReport[], claims: readonly ClaimReport[]): number | null {
  const real = (s: SideReport): boolean => s.value !== null && s.imaginary === undefined;
  for (const claim of claims) {
    const computed = claim.claimedSide === 'right' ? claim.left : claim.right;
    if (real(computed)) return computed.value;
  }
  return sides.find(real)?.value ?? null;
}

/** "1.5^100 ≈ 4 × 10^(17); 0.8^100 ≈ 2 × 10^(-10)". */
function readAsOf(relations: readonly (readonly Relation[])[], sides: readonly SideReport[]): string {
  if (relations.length === 0) return sides.map((s) => s.readAs || s.source).join('; ');
  let k = 0;
  return relations
    .map((rels) => {
      let text = sides[k].readAs || sides[k].source;
      k++;
      for (const rel of rels) {
        text += ` ${RELATION_TEXT[rel]} ${sides[k].readAs || sides[k].source}`;
        k++;
      }
      return text;
    })
    .join('; ');
}

/**
 * The note offset of `offset` within a formula's source. The source is the note
 * text between the delimiters except that a multi-line block drops its first
 * line break and, inside block quotes, the `> ` prefixes; so we find each source
 * line in the note in turn and place the offset within its line.
 */
export function noteOffsetOf(note: string, span: MathSpan, offset: number): number {
  const region = note.slice(span.contentStart, span.contentEnd);
  if (region.startsWith(span.source)) return span.contentStart + offset;
  const lines = span.source.split('\n');
  let lineStart = 0;
  let at = 0;
  for (let k = 0; k < lines.length; k++) {
    const found = region.indexOf(lines[k], at);
    const lineEnd = lineStart + lines[k].length;
    if (offset <= lineEnd) return span.contentStart + (found >= 0 ? found : at) + (offset - lineStart);
    if (found >= 0) at = found + lines[k].length;
    lineStart = lineEnd + 1;
  }
  return span.contentStart + Math.min(offset, region.length);
}

/** Move a fix from formula-source offsets to note offsets. */
function toNoteFix(note: string, span: MathSpan, fix: QuickFix): QuickFix {
  const start = noteOffsetOf(note, span, fix.start);
  return { start, end: start + (fix.end - fix.start), text: fix.text };
}
