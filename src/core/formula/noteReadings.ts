/**
 * Readings that join formulas of one section of a note, applied to each
 * formula's report in the note's one loop (noteBudget.ts): an equation judged
 * at the solution the section states for it, before or after it
 * (statedSolutions.ts), and the `\log` base a section's claims agree on
 * (sectionLogBase.ts), and a formula opening with `=` as the continuation of
 * the display formula before it (continuedFormulas.ts), a name given to the result right before it
 * (namedResult.ts), and a result the section derived quoted again (quotedResult.ts), and claims about
 * vector entries with the note's softmax and loss definitions put in (indexedDefinitions.ts). A formula analysed alone (analyzeFormula) has none of them.
 */
import { withClaims } from './analyze';
import { ContinuedFormulas } from './worked/continuedFormulas';
import { latexReader } from './read/engine';
import { sectionMentions, sectionOfLine } from './find/noteSections';
import { SPEAKS_OF_NORMAL, withNormalTail } from './evaluate/standardNormal';
import { SectionLogBases } from './context/sectionLogBase';
import { StatedSolutions } from './worked/statedSolutions';
import { mayStateValue, writesUnit } from './worked/statedValues';
import { unitChecker } from './units/units';
import { WorkedExamples } from './worked/workedExample';
import { RestatedLeftSides } from './worked/restatedLeftSide';
import { checkRestatement } from './worked/restatedValue';
import { withIndexSlip } from './identity/indexSlip';
import { withBinomialSlip } from './identity/binomialTerm';
import { withUnusedSumIndex } from './identity/unusedSumIndex';
import { IndexedDefinitions } from './identity/indexedDefinitions';
import { NamedResults } from './worked/namedResult';
import { QuotedResults } from './worked/quotedResult';
import { ValueTable } from './worked/valueTable';
import { withSectionFunctions } from './worked/sectionFunctions';
import { withStatedDensityCdf, writesCdf } from './worked/statedDensityCdf';
import { withDrawnDistributions, writesDistribution } from './identity/probability/drawnDistributions';
import { withNamedFamilies } from './worked/namedFamilyClaims';
import { withSamplingStatements } from './identity/probability/samplingStatements';
import { withConditionalSymbols } from './identity/probability/conditionalSymbols';
import { withActivationConventions, writesActivation } from './context/activationConventions';
import { withPiecewiseCases } from './context/piecewiseCases';
import { withPiecewiseValues } from './context/piecewiseValues';
import { writesCases } from './read/casesRows';
import { mayUseProseNames, withNamesBoundInProse } from './worked/namesBoundInProse';
import type { AnalyzeOptions, FormulaReport, MathSpan } from './types';
import { budgetDeadline } from './deadline';

/** What the drawn distributions of one formula may take (drawnDistributions.ts): three draws, two models, ten points each. */
const DISTRIBUTION_TIME_MS = 1_500;

export class NoteReadings {
  private readonly solutions: StatedSolutions;
  private readonly logBases: SectionLogBases;
  private readonly workedExamples: WorkedExamples;
  private readonly restated: RestatedLeftSides;
  private readonly continuations: ContinuedFormulas;
  private readonly namedResults = new NamedResults();
  private readonly quotedResults = new QuotedResults();
  private readonly valueTable = new ValueTable();
  private readonly indexed: IndexedDefinitions;
  /** The note writes a cases body somewhere (piecewiseValues.ts reads calls of what it defines). */
  private readonly writesCases: boolean;
  private isUnit?: (unit: string) => boolean;
  private readonly sectionOf: (line: number) => number;
  private lines?: readonly string[];

  constructor(private readonly note: string, private readonly spans: readonly MathSpan[]) {
    const sectionOf = sectionOfLine(note);
    this.solutions = new StatedSolutions(note, spans, sectionOf);
    this.logBases = new SectionLogBases(spans, sectionOf, note);
    this.workedExamples = new WorkedExamples(note, spans, sectionOf);
    this.restated = new RestatedLeftSides(note, sectionOf);
    this.sectionOf = sectionOf;
    this.continuations = new ContinuedFormulas(note, spans, sectionOf);
    this.indexed = new IndexedDefinitions(note);
    this.writesCases = writesCases(note);
  }

  /** The report of the formula at `index` (analysed with `options`), with the claims these readings decide. */
  async review(index: number, report: FormulaReport, options: AnalyzeOptions): Promise<FormulaReport> {
    let claims = report.claims;
    if (claims.some((c) => c.verdict === 'none' && c.relation === '=')) {
      const reader = await latexReader();
      claims = this.solutions.review(index, claims, reader, await this.unitTest(), options.logBase);
    }
    claims = await this.logBases.review(index, claims, options);
    claims = await this.workedExamples.review(index, claims, options);
    const span = this.spans[index]!;
    // A claim about named activations, read with each convention the name has (activationConventions.ts).
    if (writesActivation(span.source)) claims = await withActivationConventions(this.note, span, claims, options);
    // A known function stated piecewise (`\\text{ReLU}(x) = \\begin{cases} … \\end{cases}`), checked row by row (piecewiseCases.ts).
    if (writesCases(span.source)) claims = await withPiecewiseCases(this.note, span, claims, options);
    // `f(3) = 9` after `f(x) = \\begin{cases} … \\end{cases}`: the row that holds at 3 (piecewiseValues.ts).
    if (this.writesCases && span.source.includes('(')) claims = await withPiecewiseValues(this.note, span, claims, options);
    const quoted = (name: string) => this.workedExamples.sectionBinding(index, name, options.definitions);
    claims = checkRestatement(claims, report.defines ?? [], quoted, this.note.slice(Math.max(0, span.start - 400), span.start));
    const ownBinding = (name: string) => this.workedExamples.sectionBinding(index, name, options.definitions)?.definition;
    claims = await withSectionFunctions(span.source, claims, options, ownBinding);
    if (writesCdf(span.source)) claims = await withStatedDensityCdf(claims, this.note, span, options);
    // A claim about a variable the note ties to a named distribution (namedFamilyClaims.ts); then what any distribution satisfies.
    claims = await withNamedFamilies(claims, this.note, span, options);
    // Sample statistics (E[x̄], Var(x̄), SE) and the standard inequalities read as the known statements they are (samplingStatements.ts).
    claims = await withSamplingStatements(claims, this.note, span, options);
    // Likelihood and cross-entropy algebra with `P(t|z,\theta)`, `\mathcal{L}(\theta|t,z)` as opaque symbols (conditionalSymbols.ts).
    claims = await withConditionalSymbols(claims, this.note, span, options);
    if (writesDistribution(span.source) && claims.some((c) => c.verdict === 'none' && c.relation === '=')) {
      claims = withDrawnDistributions(claims, this.note, span.start, await latexReader(), options, budgetDeadline(DISTRIBUTION_TIME_MS));
    }
    this.workedExamples.learn(index, report);
    claims = await this.restated.review(span, claims, options);
    if (claims.some((c) => c.verdict !== 'holds')) claims = claims.map(withIndexSlip);
    if (span.source.includes('binom') && claims.some((c) => c.verdict === 'none')) claims = claims.map(withBinomialSlip);
    // Claims about vector entries on drawn vectors, with the note's definitions put in (indexedVectors.ts).
    claims = await this.indexed.review(claims, options);
    if (span.source.includes('\\sum') && claims.some((c) => c.verdict === 'none')) claims = claims.map(withUnusedSumIndex);
    if (ValueTable.applies(span.source)) claims = await this.valueTable.review(this.sectionOf(span.line), claims, options);
    // Z is the standard normal variable in a section on the normal distribution that binds no Z of its own (standardNormal.ts).
    if (/Z/.test(span.source) && !options.definitions?.has('Z') && sectionMentions((this.lines ??= this.note.split('\n')), this.sectionOf, this.sectionOf(span.line), SPEAKS_OF_NORMAL)) {
      claims = claims.map(withNormalTail);
    }
    // Names the section's prose gives numbers ("(x=4)", "$h$ is 8"), carried into a claim left undecided for them (namesBoundInProse.ts).
    if (mayUseProseNames(span.source) && claims.some((c) => c.verdict === 'none')) claims = await withNamesBoundInProse(this.note, span, claims, options);
    const joined = await this.continuations.joinedClaim(index, options);
    if (joined) claims = [joined, ...claims];
    const section = this.sectionOf(span.line);
    claims = this.namedResults.review(this.note, span, this.quotedResults.review(section, claims));
    const reviewed = claims === report.claims ? report : withClaims(report, claims);
    this.namedResults.learn(span, reviewed);
    this.quotedResults.learn(section, span.line, reviewed);
    return reviewed;
  }

  /** Whether a word after a stated number is a unit; the unit library loads only for a note that writes one there. */
  private async unitTest(): Promise<(unit: string) => boolean> {
    if (this.isUnit) return this.isUnit;
    if (!this.spans.some((s) => mayStateValue(s.source) && writesUnit(s.source))) {
      this.isUnit = () => false;
      return this.isUnit;
    }
    const checker = await unitChecker();
    const known = new Map<string, boolean>();
    this.isUnit = (unit) => {
      let answer = known.get(unit);
      if (answer === undefined) {
        const q = checker.readQuantity(`1\\,\\text{${unit}}`);
        answer = q !== undefined && !('error' in q) && q.hasUnits && q.readings === undefined && q.written?.unit === unit;
        known.set(unit, answer);
      }
      return answer;
    };
    return this.isUnit;
  }
}
