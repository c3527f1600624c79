/**
 * The formula reports already made, by source and options, so re-analysing a
 * note after an edit only does the new formulas.
 *
 * A report finished after its formula's budget ran out may be cut short
 * ("evaluation took too long", an identity left with too few points). Budgets
 * count the thread's CPU time where the platform gives it (deadline.ts), so a
 * busy machine no longer cuts a formula short by itself — but a browser or
 * Obsidian counts wall time, and a thread starved below 1/WALL_CAP of a core
 * is stopped by the wall cap: such a cut is healed here. A report cut short is
 * kept, but as provisional: the next requests make it again, each
 * with twice the budget of the attempt before (`budgetScale`), until one
 * finishes in time or MAX_TIMED_OUT_ATTEMPTS attempts have all run out (a
 * formula that really needs more than its budget then costs no more than
 * those budgets, never one per edit).
 */
import type { FormulaReport } from './types';

/** Attempts, each with the whole budget, before a timed-out report is final. */
export const MAX_TIMED_OUT_ATTEMPTS = 3;

interface Entry {
  readonly report: FormulaReport;
  /** Reused as it is; false for a timed-out report with attempts left. */
  readonly final: boolean;
  /** How many attempts timed out so far. */
  readonly timedOut: number;
}

/** Reports by key, at most `limit` (cleared when full). */
export class ReportCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly limit: number) {}

  /** The report to reuse for `key`, or undefined when it must be made (again). */
  get(key: string): FormulaReport | undefined {
    const entry = this.entries.get(key);
    return entry?.final ? entry.report : undefined;
  }

  /** What the next attempt at `key` multiplies its time budget by: 1, then 2, 4, … after each attempt that ran out of time. */
  budgetScale(key: string): number {
    return 2 ** (this.entries.get(key)?.timedOut ?? 0);
  }

  /** Keep `report` for `key`; `timedOut`: it was finished after its budget ran out. */
  set(key: string, report: FormulaReport, timedOut: boolean): void {
    const attempts = timedOut ? (this.entries.get(key)?.timedOut ?? 0) + 1 : 0;
    if (!this.entries.has(key) && this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, { report, final: attempts === 0 || attempts >= MAX_TIMED_OUT_ATTEMPTS, timedOut: attempts });
  }

  clear(): void {
    this.entries.clear();
  }
}
