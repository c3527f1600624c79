/**
 * Undecided links that still speak against a formula (ClaimReport.doubted): a row whose two
 * sides are functions of the same variables and disagree nearly everywhere once the note's
 * earlier definitions are put in (identity.ts `failsWithAssumedMeanings`), the last link of a
 * statement, the result its author claims, that fails with the values the note gave its names
 * (analyze.ts `withDoubtedResult`), and the undecided last link of a chain between numbers
 * (`unconfirmedResult`). Each keeps the formula from "holds"; none makes it fail.
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
  });

  it('keeps the derivation from holding with 2 + e^{-z} (left undecided, not failed)', async () => {
    const report = await inNote('pytorch-step-by-step', ROW, '2 + e^{-z}& = \\frac{1}{p}&');
    expect(report.verdict).toBe('none');
    const row = report.claims.find((c) => c.left.source.includes('2 + e^{-z}'));
    expect(row?.verdict).toBe('none');
    expect(row?.doubted).toBe(true);
  });

  it('leaves a row between different variables alone: e^{b + w_1x_1 + w_2x_2} = e^z holds as the note writes it', async () => {
    const report = await inNote('pytorch-step-by-step', 'e^{b + w_1x_1 + w_2x_2} = &\\ e^z = \\frac{p}{1-p}');
    expect(report.claims.some((c) => c.doubted)).toBe(false);
  });
});

describe('the result a chain arrives at, failing with the values the note gave its names', () => {
  // ericwiener-ai-notes (Eric Wiener's AI notes), backpropagation of f = qz with q = x + y = 3.
  const CHAIN = '\\frac{\\partial f}{\\partial z} = q\\cdot 1 = 3';

  it('holds as the author wrote it', async () => {
    expect((await inNote('ericwiener-ai-notes', CHAIN)).verdict).toBe('holds');
  });

  it('is not confirmed by the chain rule before it when it writes 4', async () => {
    const report = await inNote('ericwiener-ai-notes', CHAIN, '\\frac{\\partial f}{\\partial z} = q\\cdot 1 = 4');
    expect(report.verdict).toBe('none');
    expect(report.claims.at(-1)?.doubted).toBe(true);
  });

  it('a substitution before the arithmetic does not count: α/m = .05/10 = .005 holds with α bound elsewhere (ml-foundations)', async () => {
    const report = await inNote('ml-foundations', '\\frac{\\alpha}{m} = \\frac{.05}{10} = .005');
    expect(report.claims[0]?.verdict).toBe('none');
    expect(report.verdict).toBe('holds');
    expect((await inNote('ml-foundations', '\\frac{\\alpha}{m} = \\frac{.05}{10} = .005', '\\frac{\\alpha}{m} = \\frac{.05}{10} = .006')).verdict).toBe('fails');
  });
});

describe('an identity that holds only at a number the note bound elsewhere', () => {
  // akkefa-ml-notes (akkefa/ml-notes), partial derivatives of f(x, y) = x^2 y, after x = 1 in an earlier example.
  const PARTIAL = '\\frac{\\partial}{\\partial y}(x^2y) = x^2';

  it('holds as the author wrote it', async () => {
    expect((await inNote('akkefa-ml-notes', PARTIAL)).verdict).toBe('holds');
  });

  it('is not confirmed at x = 1 when it writes x^3 for every x (left undecided, not failed)', async () => {
    const report = await inNote('akkefa-ml-notes', PARTIAL, '\\frac{\\partial}{\\partial y}(x^2y) = x^3');
    expect(report.verdict).toBe('none');
    expect(report.claims[0]?.reason).toMatch(/only with the numbers bound earlier/);
  });
});

describe('the result a statement writes, beside statements that hold', () => {
  // atulsingh-nikki/obsidian-notes, _posts/2026-01-29-bijective-functions-invertibility.md: f is defined twice
  // (2x, then x^2), so the note's f may confirm a claim and never refute it.
  const NOTE = '**Injective**: $f(x) = 2x$ (doubling never produces the same output from different inputs)\n\n**Not Injective**: $f(x) = x^2$ on $\\mathbb{R}$ (both $2$ and $-2$ map to $4$)\n\n';

  it('f(2) = 4, f(-2) = 4 holds; f(-2) = 5 is not confirmed by f(2) = 4 (left undecided, not failed)', async () => {
    const judged = async (formula: string) => (await judgeNote(`${NOTE}$$\n${formula}\n$$\n`)).at(-1)!;
    expect((await judged('f(2) = 4, \\quad f(-2) = 4 \\quad (\\text{different inputs} \\to \\text{same output})')).verdict).toBe('holds');
    const slip = await judged('f(2) = 4, \\quad f(-2) = 5 \\quad (\\text{different inputs} \\to \\text{same output})');
    expect(slip.verdict).toBe('none');
    expect(slip.claims.find((c) => c.right.source.startsWith('5'))?.doubted).toBe(true);
  });
});

describe('the last link of a chain between numbers, left undecided', () => {
  // ttsugriy/distributed-training-book, docs/collectives/13-collective-cost-model.md: bus bandwidth of a ring all-reduce.
  const CHAIN = '\\text{busbw} = 20 \\times \\frac{2(8-1)}{8} = 20 \\times \\frac{14}{8} = 35 \\text{ GB/s}';

  it('holds as the author wrote it', async () => {
    expect((await judgeNote(`The bus bandwidth is $${CHAIN}$.\n`))[0]?.verdict).toBe('holds');
  });

  it('is not confirmed by the links before it when it writes 45 GB/s: 35 is 45 GB/s in no unit (countInNoUnit.ts)', async () => {
    const [report] = await judgeNote(`The bus bandwidth is $${CHAIN.replace('35', '45')}$.\n`);
    expect(report?.claims[0]?.verdict).toBe('holds');
    expect(report?.claims.at(-1)?.verdict).toBe('fails');
    expect(report?.verdict).toBe('fails');
  });

  it('a chain whose last link holds still holds with an undecided link before it (kmerrill61 Statistics-Notes: P = 91881/161700 = .5682)', async () => {
    const [report] = await judgeNote('$P(x=0) = \\frac{91881}{161700} = .5682$\n');
    expect(report?.verdict).toBe('holds');
  });
});
