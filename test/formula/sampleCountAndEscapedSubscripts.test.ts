/**
 * Derivation rows of real notes that a reader checks from the row's own symbols:
 *
 * - girafe-ai/ml-course, week0_05_trees_and_ensembles/practice0_05_decision_trees.ipynb: the stationarity
 *   condition of the MSE over ℓ samples, `\sum_{i=1}^\ell 2 (C - y_i) = 2 C \ell - \sum_{i=1}^\ell 2 y_i`
 *   (elidedSums.ts: ℓ bounds the sums, so every ℓ of the claim is the number of samples);
 * - glouppe/info8010-deep-learning, lecture4.md (Xavier initialization): `q\_{l-1}` written with
 *   Markdown's escaped underscore, read as the subscript the slides render (read/escapedSubscripts.ts).
 *
 * Each has a planted slip (a dropped factor 2) that must fail, and near misses that must stay undecided.
 */
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/core/formula';
import { escapedSubscriptsRead } from '../../src/core/formula/read/escapedSubscripts';

const display = (f: string) => `$$${f}$$\n`;
/** The verdicts of the last formula's claims. */
const claimVerdicts = async (text: string) => (await analyzeNote(text, { timeLimitMs: 4_000 })).at(-1)!.claims.map((c) => c.verdict);

describe('sums over ℓ samples', () => {
  const MSE = '$$MSE(C) = \\sum_{i=1}^\\ell (C - y_i)^2$$\n';
  it(
    'checks the MSE stationarity row of girafe-ml-course at ℓ = 2 and 3 (the final = 0 is the equation to solve)',
    async () => {
      const row = '\\frac{\\partial MSE (C)}{\\partial C} = \\sum_{i=1}^\\ell 2 (C - y_i) = 2 C \\ell - \\sum_{i=1}^\\ell 2 y_i = 0';
      expect(await claimVerdicts(MSE + display(row))).toEqual(['none', 'holds', 'none']);
      const reports = await analyzeNote(MSE + display(row), { timeLimitMs: 4_000 });
      expect(reports.at(-1)!.claims[1]!.reading).toBe('with its sums written out for n = 2 and n = 3');
    },
  );

  it(
    'fails the row with a factor 2 dropped from the second sum',
    async () => {
      const slip = '\\sum_{i=1}^\\ell 2 (C - y_i) = 2 C \\ell - \\sum_{i=1}^\\ell y_i';
      const [report] = await analyzeNote(display(slip), { timeLimitMs: 4_000 });
      expect(report!.claims.map((c) => c.verdict)).toEqual(['fails']);
    },
  );

  it(
    'leaves ℓ alone where the note gives it a value, and ℓ outside any sum bound',
    async () => {
      const row = '\\sum_{i=1}^\\ell 2 (C - y_i) = 2 C \\ell - \\sum_{i=1}^\\ell y_i';
      expect(await claimVerdicts(display('\\ell = 5') + display(row))).not.toContain('fails');
      // A sample the note gave a value is not free once the sums are written out; two samples equated earlier
      // (girafe-ml-course's decision-tree section: `y_i = y_j`, all of a leaf alike) give none a value.
      expect(await claimVerdicts(display('y_i = 3') + display(row))).toEqual(['none']);
      expect(await claimVerdicts(display('y_i = y_j') + display(row))).toEqual(['fails']);
      // No sum runs to ℓ: ℓ is some quantity of the note, not this reading's.
      expect(await claimVerdicts(display('\\sum_{i=1}^{n} 2 y_i = 2 \\ell'))).toEqual(['none']);
    },
  );
});

describe('Markdown-escaped subscripts', () => {
  it('reads \\_ in a subscript place as _, and leaves names with underscores alone', () => {
    expect(escapedSubscriptsRead('\\frac{2}{q\\_{l-1}+q\\_l}')).toBe('\\frac{2}{q_{l-1}+q_l}');
    expect(escapedSubscriptsRead('\\mathbb{V}\\left[h\\_i^l\\right] = \\sum\\_{j=0}^{q} w\\_{ij}^l')).toBe('\\mathbb{V}\\left[h_i^l\\right] = \\sum_{j=0}^{q} w_{ij}^l');
    expect(escapedSubscriptsRead('\\mathbf{z}\\_a')).toBe('\\mathbf{z}_a');
    // A name with an underscore, in text or between words (harvardnlp's `{step\_num}^{-0.5}`), is no subscript.
    expect(escapedSubscriptsRead('\\text{transistor\\_count}(\\text{year})')).toBe('\\text{transistor\\_count}(\\text{year})');
    expect(escapedSubscriptsRead('{step\\_num}^{-0.5} \\cdot {warmup\\_steps}^{-1.5}')).toBe('{step\\_num}^{-0.5} \\cdot {warmup\\_steps}^{-1.5}');
  });

  it(
    'checks the Xavier variance of glouppe/info8010 lecture4, and fails it with the 2 dropped',
    async () => {
      const xavier = '\\mathbb{V}\\left[w^l\\right] = \\frac{1}{\\frac{q\\_{l-1}+q\\_l}{2}} = \\frac{2}{q\\_{l-1}+q\\_l}.';
      expect(await claimVerdicts(display(xavier))).toEqual(['none', 'holds']);
      const slip = '\\mathbb{V}\\left[w^l\\right] = \\frac{1}{\\frac{q\\_{l-1}+q\\_l}{2}} = \\frac{1}{q\\_{l-1}+q\\_l}.';
      expect(await claimVerdicts(display(slip))).toEqual(['none', 'fails']);
    },
  );
});
