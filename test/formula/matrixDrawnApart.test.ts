/**
 * The matrix reading's skip (matrixIdentity.ts, `drawnApart`): a side that is one name the other
 * side never writes is a definition, and the reading leaves it without running its trials.
 * The verdicts are those the trials gave: the skip changes no verdict, only the time.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFormula as analyzeWithin } from '../../src/core/formula';
import { scaled } from '../support/timeScale';

const budget = { timeLimitMs: scaled(5000) };
const verdicts = async (source: string) => (await analyzeWithin(source, budget)).claims.map((c) => c.verdict);

describe('the matrix reading skips a side drawn apart from the other', () => {
  it('leaves a definition of a new vector undecided (d2l-ai/d2l-en, chapter_linear-regression: the layer output named)', async () => {
    expect(await verdicts('\\mathbf{o} = \\mathbf{W}^\\top \\mathbf{x} + \\mathbf{b}')).toEqual(['none']);
    expect(await verdicts('\\mathbf{h}^{(1)} = \\mathbf{W}^{(1)} \\mathbf{x}')).toEqual(['none']);
  });

  it('still confirms a name the other side writes, and the identity', async () => {
    expect(await verdicts('\\mathbf{A} = (\\mathbf{A}^\\top)^\\top')).toEqual(['holds']);
    expect(await verdicts('(\\mathbf{A}\\mathbf{B})^\\top = \\mathbf{B}^\\top \\mathbf{A}^\\top')).toEqual(['holds']);
  });
});
