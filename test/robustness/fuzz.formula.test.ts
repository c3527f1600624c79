/**
 * Fuzzing formula evaluation: the Compute Engine path (analyzeFormula) on
 * LaTeX-like and raw input, and the pure pieces around it (splitting into
 * claims, reading written numbers, number display) at high volume.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeFormula, clearFormulaCache } from '../../src/core/formula';
import { splitFormula } from '../../src/core/formula/split';
import { readWrittenNumber } from '../../src/core/formula/literal';
import { normalizeLatex } from '../../src/core/formula/read/preprocess';
import { latexNumber } from '../../src/core/formula/latexNumber';
import { formatNumber } from '../../src/core/display';
import { parseActivation, parseInit } from '../../src/core/spec/functionSyntax';
import type { FormulaReport } from '../../src/core/formula';
import { latexSource } from './arbitraries';
import { fuzz, fuzzAsync, reportTallies, type PropertyTally } from './fuzzRunner';

const FILE = 'test/robustness/fuzz.formula.test.ts';
const tallies: PropertyTally[] = [];

afterAll(() => reportTallies('formula fuzzing', FILE, tallies));
// The engine loads on first use (hundreds of ms); that one-off cost is not an input's.
beforeAll(async () => {
  await analyzeFormula('1');
});

/** What every report must satisfy, whatever the source. */
function expectSaneReport(source: string, report: FormulaReport): void {
  expect(report.value === null || typeof report.value === 'number').toBe(true);
  expect(['holds', 'fails', 'none']).toContain(report.verdict);
  if (report.error !== undefined) expect(report.error).toMatch(/^cannot evaluate: /);
  for (const side of report.sides) expect(source.slice(side.offset, side.offset + side.source.length)).toBe(side.source);
  for (const claim of report.claims) {
    if (!claim.fix) continue;
    expect(claim.fix.start).toBeGreaterThanOrEqual(0);
    expect(claim.fix.end).toBeLessThanOrEqual(source.length);
    expect(claim.fix.text.length).toBeGreaterThan(0);
  }
}

describe('formula evaluation never throws or hangs', () => {
  it('analyzeFormula on LaTeX-like sources', async () => {
    clearFormulaCache();
    tallies.push(await fuzzAsync('analyzeFormula (LaTeX-like)', FILE, latexSource, 4_000, async (source) => {
      expectSaneReport(source, await analyzeFormula(source));
    }));
  });

  it('analyzeFormula on arbitrary UTF-16 strings', async () => {
    const raw = fc.string({ unit: 'binary', maxLength: 60 });
    tallies.push(await fuzzAsync('analyzeFormula (raw UTF-16)', FILE, raw, 1_500, async (source) => {
      expectSaneReport(source, await analyzeFormula(source));
    }));
  });
});

describe('pure formula helpers on generated input', () => {
  it('splitFormula: sides are verbatim slices and relations sit between them', () => {
    tallies.push(fuzz('splitFormula', FILE, latexSource, 10_000, (source) => {
      for (const statement of splitFormula(source)) {
        expect(statement.relations.length).toBe(statement.sides.length - 1);
        for (const side of statement.sides) expect(source.slice(side.offset, side.offset + side.text.length)).toBe(side.text);
      }
    }));
  });

  it('normalizeLatex and readWrittenNumber return strings / finite-or-absent numbers', () => {
    tallies.push(fuzz('normalizeLatex+readWrittenNumber', FILE, latexSource, 10_000, (source) => {
      expect(typeof normalizeLatex(source)).toBe('string');
      const written = readWrittenNumber(source);
      if (written) {
        expect(typeof written.value).toBe('number');
        expect(written.digits).toBeGreaterThanOrEqual(1);
      }
    }));
  });

  it('formatNumber and latexNumber format every double', () => {
    const input = fc.tuple(fc.double(), fc.integer({ min: 1, max: 17 }));
    tallies.push(fuzz('formatNumber+latexNumber', FILE, input, 10_000, ([x, digits]) => {
      expect(formatNumber(x, digits).length).toBeGreaterThan(0);
      expect(latexNumber(x, digits, 'times').length).toBeGreaterThan(0);
    }));
  });

  it('parseActivation / parseInit answer every string with a value or a message', () => {
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('relu', 'leaky-relu(', 'normal(0,', 'uniform(1e309, 2)', 'elu(NaN)'));
    tallies.push(fuzz('parseActivation+parseInit', FILE, text, 10_000, (t) => {
      for (const r of [parseActivation(t), parseInit(t)]) {
        if (r.ok) expect(r.value).toBeTypeOf('object');
        else expect(r.message.length).toBeGreaterThan(0);
      }
    }));
  });
});
