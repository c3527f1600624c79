/**
 * Slips planted in real chains and derivations of public study notes (the probe notes, not the
 * corpus): each entry is a formula of two links or more that the checker calls "holds", with the
 * 25 lines of its note before it (`before`, where the values it uses are bound) and the rest of its
 * line after it (`after`), and mutants that change one written number: the result's leading digit
 * (`result digit`) or a number in the middle of the chain (`middle digit`). Every mutant is a real
 * error: the checker calls it "fails", or it was read by hand (a coefficient, an index, a factor of
 * a symbolic row). None may be called "holds": a wrong result must not hide behind the links that
 * hold before it (claimWords.ts overallVerdict, analyze.ts withDoubtedResult).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import type { NoteFormulaReport } from '../../src/core/formula/types';

interface PlantedChain {
  /** owner/repository/path of the note. */
  readonly source: string;
  readonly line: number;
  readonly before: string;
  readonly formula: string;
  readonly after: string;
  readonly mutants: readonly { readonly what: string; readonly formula: string }[];
}

const CHAINS: readonly PlantedChain[] = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'plantedChains.json'), 'utf8'));

/** The report of `formula` placed in the entry's note excerpt. */
async function reportOf(entry: PlantedChain, formula: string): Promise<NoteFormulaReport | undefined> {
  const at = entry.before.length;
  const reports = await judgeNote(entry.before + formula + entry.after);
  return reports.find((r) => r.span.contentStart <= at && at <= r.span.contentStart + r.span.source.length);
}

describe('slips planted in real chains of public notes', () => {
  it('covers 60 chains and 80 mutants or more', () => {
    expect(CHAINS.length).toBeGreaterThanOrEqual(60);
    expect(CHAINS.flatMap((c) => c.mutants).length).toBeGreaterThanOrEqual(80);
  });

  for (const entry of CHAINS) {
    it(`${entry.source}:${entry.line} holds, and none of its ${entry.mutants.length} mutants does`, async () => {
      expect((await reportOf(entry, entry.formula))?.verdict, 'the real chain').toBe('holds');
      for (const mutant of entry.mutants) {
        const report = await reportOf(entry, mutant.formula);
        expect(report, `${mutant.what}: ${mutant.formula} is read`).toBeDefined();
        expect(report?.verdict, `${mutant.what}: ${mutant.formula}`).not.toBe('holds');
      }
    });
  }
});
