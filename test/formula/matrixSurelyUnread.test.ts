/**
 * The matrix reading's tree test before its trials (matrixValues.ts, `surelyUnread`): a side that
 * reaches a node the trials never read ends the first trial unread, so the reading returns
 * 'unread' without drawing anything. The test must never say "unread" where a trial would read
 * the side: checked here on every side of the corpus notes and of D2L-shaped claims, against a
 * trial run with and without the vector reading.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFormula, findMath } from '../../src/core/formula';
import { latexReader, type MathJson } from '../../src/core/formula/read/engine';
import { normalizeLatex } from '../../src/core/formula/read/preprocess';
import { matrixLatex } from '../../src/core/formula/matrices/matrixIdentity';
import { vectorNotationLatex } from '../../src/core/formula/matrices/vectorNotation';
import { surelyUnread, Trial, valueOf } from '../../src/core/formula/matrices/matrixValues';
import { NotMatrixNotation } from '../../src/core/formula/matrices/smallMatrices';
import { seeded } from '../../src/core/formula/identity/identity';
import { scaled } from '../support/timeScale';

const budget = { timeLimitMs: scaled(5000) };
const verdicts = async (source: string) => (await analyzeFormula(source, budget)).claims.map((c) => c.verdict);

/** How a trial of size 3 ends on the tree: read, or unread (any other error is the reading's, not this test's). */
function trialReads(tree: MathJson, vectors: boolean): boolean {
  const reading = vectors ? { applications: 'vector' as const, sizeNames: new Set<string>() } : undefined;
  try {
    valueOf(tree, new Trial(3, seeded('surely-unread'), new Map(), new Map(), reading), new Map());
    return true;
  } catch (error) {
    return !(error instanceof NotMatrixNotation);
  }
}

describe('the matrix reading asks the tree before its trials', () => {
  it('calls unread what the trials cannot read (a conditional bar, an ellipsis, a partial derivative)', async () => {
    const reader = await latexReader();
    const tree = (latex: string) => reader.read(normalizeLatex(matrixLatex(latex)));
    // d2l-ai/d2l-en, chapter_recurrent-neural-networks: a sequence model's likelihood.
    expect(surelyUnread(tree('p(x_t \\mid x_{t-1}, \\ldots, x_1)'), false)).toBe(true);
    expect(surelyUnread(tree('\\frac{\\partial L}{\\partial \\mathbf{W}}'), true)).toBe(true);
    // The notation the trials read is left to them.
    expect(surelyUnread(tree('\\mathbf{A}^\\top \\mathbf{B} + \\mathbf{C}'), false)).toBe(false);
    expect(surelyUnread(tree('\\operatorname{tr}(\\mathbf{A}\\mathbf{B})'), false)).toBe(false);
    // A norm as the vector notation writes it for the engine (vectorNotation.ts).
    expect(surelyUnread(reader.read(vectorNotationLatex('\\|\\mathbf{x}\\|^2')), true)).toBe(false);
    expect(surelyUnread(reader.read(vectorNotationLatex('\\|\\mathbf{x}\\|^2')), false)).toBe(true);
  });

  it('never calls unread a side a trial reads (every side of the corpus notes)', async () => {
    const reader = await latexReader();
    const dir = join(__dirname, '..', 'corpus', 'notes');
    let unread = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      for (const span of findMath(readFileSync(join(dir, file), 'utf8'))) {
        for (const side of span.source.split(/=|\\approx|\\le(?:q)?(?![a-z])|\\ge(?:q)?(?![a-z])/)) {
          let tree: MathJson;
          try {
            tree = reader.read(normalizeLatex(matrixLatex(side)));
          } catch {
            continue;
          }
          for (const vectors of [false, true]) {
            if (!surelyUnread(tree, vectors)) continue;
            unread++;
            expect(trialReads(tree, vectors), `${file}: ${side}`).toBe(false);
          }
        }
      }
    }
    expect(unread).toBeGreaterThan(100);
  });

  it('leaves the verdicts as they were (d2l-ai/d2l-en: matrix identities hold, a sequence likelihood stays undecided)', async () => {
    expect(await verdicts('(\\mathbf{A}\\mathbf{B})^\\top = \\mathbf{B}^\\top \\mathbf{A}^\\top')).toEqual(['holds']);
    expect(await verdicts('P(y \\mid \\mathbf{x}) = \\prod_{t=1}^{T} p(x_t \\mid x_{t-1}, \\ldots, x_1)')).toEqual(['none']);
  });
});
