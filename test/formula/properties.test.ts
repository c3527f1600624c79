import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import fc from 'fast-check';
import { analyzeFormula, analyzeNote, findMath } from '../../src/core/formula';

/** Pieces people (and garbage) put in math: numbers, commands, braces, relations. */
const latexPiece = fc.oneof(
  fc.constantFrom(
    '1', '0', '2.5', '10', '^', '_', '{', '}', '(', ')', '\\left(', '\\right)', '+', '-', '\\times', '\\cdot', '/',
    '\\frac', '\\sqrt', '\\exp', '\\ln', '\\log', '\\sum_{i=1}^{5}', '\\prod_{k=1}^{3}', '\\pi', 'e', 'x', '\\mathbf{h}',
    '=', '\\approx', '<', '\\le', '\\quad', '\\text{and}', '6e(-8)', '1e309', '\\begin{cases}', '\\end{cases}', '&',
    '\\\\', '$', '%', '\\', '!', '\\operatorname{diag}', '\\mathrm{d}', ' ', '10^{10^{10}}', '\\infty', '[', ']', '|',
  ),
  fc.string({ maxLength: 6 }),
);
const latex = fc.array(latexPiece, { maxLength: 30 }).map((parts) => parts.join(''));

describe('analyzeFormula never throws and stays fast', () => {
  it('on arbitrary LaTeX-like input', async () => {
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(latex, async (source) => {
        const started = performance.now();
        const report = await analyzeFormula(source);
        slowest = Math.max(slowest, performance.now() - started);
        expect(report.value === null || typeof report.value === 'number').toBe(true);
        expect(['holds', 'fails', 'none']).toContain(report.verdict);
        if (report.error) expect(report.error).toMatch(/^cannot evaluate: /);
        for (const side of report.sides) expect(source.slice(side.offset, side.offset + side.source.length)).toBe(side.source);
      }),
      { numRuns: 300 },
    );
    // The per-formula time cap is 250 ms; the gross bound only catches a formula that escapes it.
    expectDuration('slowest of 300 LaTeX-like formulas', slowest, 5_000);
  });

  it('on arbitrary Unicode strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), async (source) => {
        const report = await analyzeFormula(source);
        expect(['holds', 'fails', 'none']).toContain(report.verdict);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findMath on arbitrary notes', () => {
  const noteText = fc
    .array(fc.oneof(fc.constantFrom('$', '$$', '`', '```', '\n', '> ', '- ', '\t', '| a |', '<div>', '\\$', 'x', ' '), latex), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('returns ordered spans that lie inside the note', () => {
    fc.assert(
      fc.property(noteText, (note) => {
        const spans = findMath(note);
        let previous = -1;
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.start).toBeLessThanOrEqual(s.contentStart);
          expect(s.contentStart).toBeLessThanOrEqual(s.contentEnd + 1);
          expect(s.end).toBeLessThanOrEqual(note.length);
          expect(s.start).toBeGreaterThanOrEqual(previous);
          previous = s.start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('analyses a note of thousands of formulas, half of them pathological, without hanging', async () => {
    const kinds = ['$1.5^{100} \\approx 4 \\times 10^{17}$', '$10^{10^{10}}$', '$\\sum_{i=1}^{10^{12}} i$', '$$ $$', '$\\frac{1}{2$', `$${'{'.repeat(80)}1${'}'.repeat(80)}$`];
    const note = Array.from({ length: 3000 }, (_, k) => `line ${k} ${kinds[k % kinds.length]} and $x_${k % 50}$`).join('\n\n');
    const started = performance.now();
    const reports = await analyzeNote(note);
    expectDuration('a note of 6,000 formulas, half pathological', performance.now() - started, 60_000);
    expect(reports.length).toBeGreaterThan(4000);
    expect(reports.filter((r) => r.verdict === 'holds').length).toBe(500);
  });
});
