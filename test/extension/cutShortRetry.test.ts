/**
 * A note analysed in a busy spell (every formula's time budget ran out) is analysed
 * again shortly by the editor's note model, without an edit: its fails and the
 * definitions later formulas use come back once the machine is quiet, and a
 * machine that stays busy costs a bounded number of retries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('vscode', () => ({
  EventEmitter: class<T> {
    private readonly listeners: ((e: T) => void)[] = [];
    readonly event = (listener: (e: T) => void) => {
      this.listeners.push(listener);
      return { dispose() {} };
    };
    fire(e: T): void {
      for (const l of this.listeners) l(e);
    }
    dispose(): void {}
  },
}));

import * as formulas from '../../src/core/api/formulas';
import { lazy } from '../../src/core/api/lazy';
import { CUT_SHORT_RETRY_MS, FormulaReports } from '../../src/extension/notes/formulaReports';
import { asDoc, fakeDoc } from '../support/fakeTextDocument';

// The e2e fixture: σ defined, then an identity about σ that fails, and a numeric fail.
const NOTE = readFileSync(join(__dirname, '..', 'e2e', 'fixtures', 'verdicts.md'), 'utf8');

/** Every reading of the clock a second after the last one: every formula's budget runs out. */
function busyMachine(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
}

const fails = (reports: readonly formulas.NoteFormulaReport[] | undefined) =>
  (reports ?? []).flatMap((r) => r.claims).filter((c) => c.verdict === 'fails').length;

describe('FormulaReports after a busy spell', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    formulas.clearFormulaCache();
  });

  it('analyses the note again without an edit, and finds its fails once the machine is quiet', async () => {
    await formulas.analyzeFormula('1 + 1'); // the engine loads outside the busy spell
    formulas.clearFormulaCache();
    const model = new FormulaReports(lazy(async () => formulas), () => {});
    const doc = asDoc(fakeDoc('file:///verdicts.md', NOTE));
    busyMachine();
    const busy = await model.analyze(doc);
    expect(busy!.some((r) => r.cutShort)).toBe(true);
    expect(fails(busy)).toBe(0); // nothing fails in a report cut short
    vi.restoreAllMocks();
    // Analysed again CUT_SHORT_RETRY_MS later, on its own.
    await expect.poll(() => fails(model.reports(doc))).toBe(2); // σ'(x) = σ(x)(1+σ(x)) with σ as defined, and 0.9⁵⁰ ≈ 0.05
    model.dispose();
  });

  it(`stops after ${formulas.MAX_TIMED_OUT_ATTEMPTS} retries when the machine stays busy`, async () => {
    await formulas.analyzeFormula('1 + 1');
    formulas.clearFormulaCache();
    const model = new FormulaReports(lazy(async () => formulas), () => {});
    const doc = asDoc(fakeDoc('file:///busy.md', NOTE));
    let analyses = 0;
    model.onDidChange(() => analyses++);
    busyMachine();
    await model.analyze(doc);
    await expect.poll(() => analyses).toBe(1 + formulas.MAX_TIMED_OUT_ATTEMPTS);
    await new Promise((resolve) => setTimeout(resolve, 3 * CUT_SHORT_RETRY_MS));
    expect(analyses).toBe(1 + formulas.MAX_TIMED_OUT_ATTEMPTS); // and no more
    model.dispose();
  });
});
