/**
 * Planted slips: real claims that hold, each with mutants that change its written result the way
 * authors slip (its leading digit, its last digit by two units, two digits swapped, a zero more
 * or the point moved, the exponent, the sign). No mutant may be called "holds": each lenient
 * reading (rounded values, inherited rounding, simple fractions, stated solutions, …) must still
 * tell a real error from a rounding.
 *
 * fixtures/plantedSlips.json holds each claim with the note text around it (`before`, `after`;
 * 25 lines before for test/corpus notes, the paragraph for other public notes, `source` names
 * it) and its mutants. `heldBefore` marks the mutants the checker called "holds" before the
 * readings were tightened, with the reading that swallowed them (lastDigitSlack.ts,
 * simpleFraction.ts, the one-digit integer of claims.ts, statedSolutions.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import type { ClaimReport } from '../../src/core/formula/types';

interface Mutant {
  readonly what: string;
  /** The written result as the mutant writes it, and the whole mutated formula. */
  readonly claimed: string;
  readonly formula: string;
  readonly heldBefore?: string;
}

interface PlantedClaim {
  readonly source: string;
  readonly before: string;
  readonly formula: string;
  readonly after: string;
  readonly claimed: string;
  readonly reading: string | null;
  readonly mutants: readonly Mutant[];
}

const CLAIMS: readonly PlantedClaim[] = JSON.parse(readFileSync(join(__dirname, 'fixtures', 'plantedSlips.json'), 'utf8'));

/** The claim of `formula`, placed in its note, whose written number is `claimed`. */
async function claimWriting(entry: PlantedClaim, formula: string, claimed: string): Promise<ClaimReport | undefined> {
  const reports = await judgeNote(entry.before + formula + entry.after);
  const report = reports.find((r) => r.span.contentStart === entry.before.length);
  return report?.claims.find((c) => (c.claimedSide === 'right' ? c.right : c.left).source === claimed);
}

describe('planted slips in real holding claims', () => {
  it('covers 40 claims or more, with the mutants that were called "holds" before', () => {
    expect(CLAIMS.length).toBeGreaterThanOrEqual(40);
    expect(CLAIMS.flatMap((c) => c.mutants).filter((m) => m.heldBefore).length).toBeGreaterThanOrEqual(10);
  });

  for (const entry of CLAIMS) {
    it(`${entry.source}: ${entry.claimed} holds, and none of its ${entry.mutants.length} mutants does`, async () => {
      const original = await claimWriting(entry, entry.formula, entry.claimed);
      expect(original?.verdict, 'the real claim').toBe('holds');
      for (const mutant of entry.mutants) {
        const claim = await claimWriting(entry, mutant.formula, mutant.claimed);
        expect(claim, `${mutant.what}: ${mutant.claimed} is read as a claim`).toBeDefined();
        expect(claim?.verdict, `${mutant.what}: ${mutant.formula}${claim?.reading ? ` (${claim.reading})` : ''}`).not.toBe('holds');
      }
    });
  }
});
