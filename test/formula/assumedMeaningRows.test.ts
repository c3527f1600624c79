/**
 * Undecided links that still speak against a formula (ClaimReport.doubted): a row whose two
 * sides are functions of the same variables and disagree nearly everywhere once the note's
 * earlier definitions are put in (identity.ts `failsWithAssumedMeanings`), and the last link
 * of a chain, the result its author claims, that fails with the values the note gave its names
 * (analyze.ts `withDoubtedResult`). Either keeps the formula from "holds"; neither makes it fail.
 * A substitution before the arithmetic (`\frac{\alpha}{m} = \frac{.05}{10} = .005`, α bound
 * elsewhere) and a relation between different variables stay as they were.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import type { NoteFormulaReport } from '../../src/core/formula/types';

const NOTES = path.join(__dirname, '..', 'corpus', 'notes');

/** The report of `formula` in the corpus note `note`, with `written` put in its place first (the note as it is without). */
async function inNote(note: string, formula: string, written = formula): Promise<NoteFormulaReport> {
  const text = fs.readFileSync(path.join(NOTES, `${note}.md`), 'utf8');
  const at = text.indexOf(formula);
  expect(at, `${formula} is in ${note}`).toBeGreaterThanOrEqual(0);
  const reports = await judgeNote(text.slice(0, at) + written + text.slice(at + formula.length));
  const report = reports.find((r) => r.span.contentStart <= at && at < r.span.contentStart + r.span.source.length + 1);
  expect(report, `a report at ${formula}`).toBeDefined();
  return report!;
}

describe('a derivation row that fails with the definitions the note made', () => {
  // pytorch-step-by-step (dvgodoy/PyTorchStepByStep), from logits to probabilities, after z = log(p / (1 - p)).
  const ROW = '1 + e^{-z}& = \\frac{1}{p}&';

  it('holds as the author wrote it', async () => {
    expect((await inNote('pytorch-step-by-step', ROW)).verdict).toBe('holds');
  }, 120_000);

  it('keeps the derivation from holding with 2 + e^{-z} (left undecided, not failed)', async () => {
    const report = await inNote('pytorch-step-by-step', ROW, '2 + e^{-z}& = \\frac{1}{p}&');
    expect(report.verdict).toBe('none');
    const row = report.claims.find((c) => c.left.source.includes('2 + e^{-z}'));
    expect(row?.verdict).toBe('none');
    expect(row?.doubted).toBe(true);
  }, 120_000);

  it('leaves a row between different variables alone: e^{b + w_1x_1 + w_2x_2} = e^z holds as the note writes it', async () => {
    const report = await inNote('pytorch-step-by-step', 'e^{b + w_1x_1 + w_2x_2} = &\\ e^z = \\frac{p}{1-p}');
    expect(report.claims.some((c) => c.doubted)).toBe(false);
  }, 120_000);
});

describe('the result a chain arrives at, failing with the values the note gave its names', () => {
  // ericwiener-ai-notes (Eric Wiener's AI notes), backpropagation of f = qz with q = x + y = 3.
  const CHAIN = '\\frac{\\partial f}{\\partial z} = q\\cdot 1 = 3';

  it('holds as the author wrote it', async () => {
    expect((await inNote('ericwiener-ai-notes', CHAIN)).verdict).toBe('holds');
  }, 120_000);

  it('is not confirmed by the chain rule before it when it writes 4', async () => {
    const report = await inNote('ericwiener-ai-notes', CHAIN, '\\frac{\\partial f}{\\partial z} = q\\cdot 1 = 4');
    expect(report.verdict).toBe('none');
    expect(report.claims.at(-1)?.doubted).toBe(true);
  }, 120_000);

  it('a substitution before the arithmetic does not count: α/m = .05/10 = .005 holds with α bound elsewhere (ml-foundations)', async () => {
    const report = await inNote('ml-foundations', '\\frac{\\alpha}{m} = \\frac{.05}{10} = .005');
    expect(report.claims[0]?.verdict).toBe('none');
    expect(report.verdict).toBe('holds');
    expect((await inNote('ml-foundations', '\\frac{\\alpha}{m} = \\frac{.05}{10} = .005', '\\frac{\\alpha}{m} = \\frac{.05}{10} = .006')).verdict).toBe('fails');
  }, 120_000);
});

describe('an identity that holds only at a number the note bound elsewhere', () => {
  // akkefa-ml-notes (akkefa/ml-notes), partial derivatives of f(x, y) = x^2 y, after x = 1 in an earlier example.
  const PARTIAL = '\\frac{\\partial}{\\partial y}(x^2y) = x^2';

  it('holds as the author wrote it', async () => {
    expect((await inNote('akkefa-ml-notes', PARTIAL)).verdict).toBe('holds');
  }, 120_000);

  it('is not confirmed at x = 1 when it writes x^3 for every x (left undecided, not failed)', async () => {
    const report = await inNote('akkefa-ml-notes', PARTIAL, '\\frac{\\partial}{\\partial y}(x^2y) = x^3');
    expect(report.verdict).toBe('none');
    expect(report.claims[0]?.reason).toMatch(/only with the numbers bound earlier/);
  }, 120_000);
});
