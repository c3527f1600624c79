/**
 * The base a section's `\log` claims agree on. A claim that fails with `\log`
 * natural but holds in base 2 or 10 is "ambiguous" (analyze.ts) — unless its
 * section shows the base: `$\log(0.01) = -2$ and $\log(0.99) = -0.0043$` are
 * two claims that hold in base 10 only. When at least two claims of a section
 * hold in base b and fail with the natural log, and no claim with a bare
 * `\log` there holds only with another base (natural included), each such
 * claim holds, read in base b. One claim alone stays ambiguous: its own value
 * is no evidence for the reading that makes it hold — unless the note's prose
 * declares that base for its logs (declaredLogBase.ts).
 */
import { analyzeFormula } from '../analyze';
import { BARE_LOG } from '../read/preprocess';
import { declaredLogBase } from './declaredLogBase';
import type { AnalyzeOptions, ClaimReport, FormulaReport, MathSpan } from '../types';

/** The base an ambiguous claim holds in, from its reading (analyze.ts otherLogBase). */
const BASE_READING = /^if \\log is base (2|10)$/;

/** Claims of a section that show its base, and whether another reading contradicts it. */
interface Evidence {
  readonly shown: number;
  readonly contradicted: boolean;
}

export class SectionLogBases {
  private readonly evidence = new Map<string, Promise<Evidence>>();
  private declared?: 2 | 10 | null;

  constructor(
    private readonly spans: readonly MathSpan[],
    private readonly sectionOf: (line: number) => number,
    private readonly note = '',
  ) {}

  /** `claims` of the formula at `index`, an ambiguous one read in its section's base when the section shows it. */
  async review(index: number, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
    if (options.logBase !== undefined || !claims.some((c) => c.verdict === 'ambiguous')) return claims;
    const out = [...claims];
    for (const [k, claim] of claims.entries()) {
      const base = claim.verdict === 'ambiguous' ? BASE_READING.exec(claim.reading ?? '')?.[1] : undefined;
      if (base === undefined) continue;
      const logBase = Number(base) as 2 | 10;
      const evidence = await this.sectionEvidence(this.sectionOf(this.spans[index]!.line), logBase, options);
      const declared = this.declaredBase() === logBase;
      if ((evidence.shown < 2 && !declared) || evidence.contradicted) continue;
      const inBase = (await analyzeFormula(this.spans[index]!.source, { ...options, logBase })).claims[k];
      if (inBase?.verdict !== 'holds') continue;
      const why = evidence.shown >= 2 ? 'as the other \\log claims of this section' : 'the base the note declares for its logs';
      out[k] = { ...inBase, reading: `with \\log in base ${base}, ${why}${inBase.reading ? `, ${inBase.reading}` : ''}` };
    }
    return out;
  }

  /** The base the note's prose declares, read once and only when an ambiguous claim asks. */
  private declaredBase(): 2 | 10 | undefined {
    if (this.declared === undefined) this.declared = declaredLogBase(this.note) ?? null;
    return this.declared ?? undefined;
  }

  private sectionEvidence(section: number, logBase: 2 | 10, options: AnalyzeOptions): Promise<Evidence> {
    const key = `${section}:${logBase}`;
    let known = this.evidence.get(key);
    if (!known) {
      known = this.collect(section, logBase, options);
      this.evidence.set(key, known);
    }
    return known;
  }

  /** Reads every formula of the section with a bare `\log` as written and in base `logBase`. */
  private async collect(section: number, logBase: 2 | 10, options: AnalyzeOptions): Promise<Evidence> {
    let shown = 0;
    let contradicted = false;
    const plain: AnalyzeOptions = options.timeLimitMs === undefined ? {} : { timeLimitMs: options.timeLimitMs };
    for (const span of this.spans) {
      if (this.sectionOf(span.line) !== section || !BARE_LOG.test(span.source)) continue;
      const natural: FormulaReport = await analyzeFormula(span.source, plain);
      const other: FormulaReport = await analyzeFormula(span.source, { ...plain, logBase });
      natural.claims.forEach((claim, k) => {
        const base = claim.verdict === 'ambiguous' ? BASE_READING.exec(claim.reading ?? '')?.[1] : undefined;
        if (base === String(logBase)) shown++;
        else if (base !== undefined) contradicted = true;
        else if (claim.verdict === 'holds' && other.claims[k]?.verdict === 'fails') contradicted = true;
      });
    }
    return { shown, contradicted };
  }
}
