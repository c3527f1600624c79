/**
 * The formula checker called with a generous time budget, for tests of what it
 * decides rather than how fast: on a busy machine an integral or a series may
 * take longer than the editor's 250 ms per formula, and the test would then see
 * "evaluation took too long" instead of the verdict it checks. Tests of the
 * budget itself call analyzeFormula with their own limits.
 */
import { analyzeFormula, analyzeNote } from '../../src/core/formula';
import type { AnalyzeOptions } from '../../src/core/formula/types';
import { scaled } from './timeScale';

const UNHURRIED: AnalyzeOptions = { timeLimitMs: scaled(5_000) };

/** analyzeFormula with a 5 s budget (scaled). */
export function judgeFormula(latex: string, options: AnalyzeOptions = {}): ReturnType<typeof analyzeFormula> {
  return analyzeFormula(latex, { ...UNHURRIED, ...options });
}

/** analyzeNote with a 5 s budget per formula (scaled). */
export function judgeNote(note: string, options: AnalyzeOptions = {}): ReturnType<typeof analyzeNote> {
  return analyzeNote(note, { ...UNHURRIED, ...options });
}

/** The verdict and reading of the first claim of the note's formula whose source contains `piece`. */
export async function firstClaimOf(note: string, piece: string): Promise<{ verdict: string; reading?: string }> {
  const reports = await judgeNote(note);
  const report = reports.find((r) => r.source.includes(piece));
  if (!report) throw new Error(`no formula with ${piece}`);
  const claim = report.claims[0]!;
  return { verdict: claim.verdict, reading: claim.reading };
}
