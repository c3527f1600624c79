/**
 * The mpmath reference values of integrals, series and complex expressions
 * (test/fixtures/formula/analysis-references.py writes them), and one side
 * evaluated as the checker reads it, with a budget no busy machine exhausts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { latexReader, type MathJson } from '../../src/core/formula/read/engine';
import { normalizeLatex } from '../../src/core/formula/read/preprocess';
import { evaluate, type Budget, type Evaluated } from '../../src/core/formula/evaluate/interpret';

export const analysisReferences = JSON.parse(readFileSync(join(__dirname, '../fixtures/formula/analysis-references.json'), 'utf8')) as {
  integrals: Record<string, number>;
  series: Record<string, number>;
  limits: Record<string, number>;
  complex: Record<string, [number, number]>;
};

/** A fresh evaluation budget of 5 s and 100,000 terms. */
export function unhurriedBudget(): Budget {
  return { deadline: Date.now() + 5000, maxTerms: 100_000, steps: 0 };
}

/** The side's MathJSON, normalised as the checker normalises it. */
export async function readSide(latex: string): Promise<MathJson> {
  return (await latexReader()).read(normalizeLatex(latex));
}

/** The side's float64 value with its carried bounds. */
export async function valueOf(latex: string): Promise<Evaluated> {
  return evaluate(await readSide(latex), unhurriedBudget());
}
