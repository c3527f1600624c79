/**
 * Analyses the formulas of open notes (values, claims, format facts) after
 * edits settle, and keeps the latest reports per note version. The formula
 * module (and the LaTeX evaluator it loads) is loaded on first use, never
 * at activation (`formulaModule`, a `lazy` import of core/api/formulas).
 */
import * as vscode from 'vscode';
import type { MathSpan, NoteFormulaReport } from '../../core/api/notes';
import { analyzeFirstInSlices, type FormulasLeftOut } from './analyzeInSlices';

import type { Lazy } from '../../core/api/lazy';

/** The formula core's entry, loaded on demand. */
export type FormulaModule = typeof import('../../core/api/formulas');

/** Delay after the last edit before a note's formulas are re-checked. */
export const FORMULA_DEBOUNCE_MS = 300;

/** Delay before a note whose analysis ran out of time somewhere is analysed again (a busy spell, not an edit). */
export const CUT_SHORT_RETRY_MS = 1000;

/** Latest formula reports per note, refreshed in the background (owned by the note model, notes.ts). */
export class FormulaReports implements vscode.Disposable {
  private readonly reportsByNote = new Map<
    string,
    { readonly version: number; readonly reports: readonly NoteFormulaReport[]; readonly leftOut: FormulasLeftOut | null }
  >();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Per note, how often its current version was analysed again because a report was cut short. */
  private readonly retries = new Map<string, { readonly version: number; readonly count: number }>();
  /** Math spans of the last note version asked for: a hover and the analysis after an edit share one pass. */
  private spanCache: { readonly uri: string; readonly version: number; readonly spans: Promise<readonly MathSpan[]> } | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a note's formulas were analysed (reports match the document's version then). */
  readonly onDidChange = this.changed.event;

  /**
   * @param formulaModule the formula module, loaded on first use.
   * @param log writes a line to the output channel.
   * @param isRefused true for a note over the editor's limits (noteLimits.ts): its formulas are neither found nor evaluated.
   * @param findMath finds a note's formulas off the host's thread (the scan worker); without it, on the host.
   */
  constructor(
    private readonly formulaModule: Lazy<FormulaModule>,
    private readonly log: (line: string) => void,
    private readonly isRefused: (doc: vscode.TextDocument) => boolean = () => false,
    private readonly findMath?: (note: string) => Promise<readonly MathSpan[]>,
  ) {}

  /** The formula module, loading it the first time. */
  load(): Promise<FormulaModule> {
    return this.formulaModule();
  }

  /** The math spans of `doc` at its current version, found once per version, in the scan worker (findMath reads the whole note). */
  spansOf(doc: vscode.TextDocument): Promise<readonly MathSpan[]> {
    const uri = doc.uri.toString();
    const hit = this.spanCache;
    if (hit && hit.uri === uri && hit.version === doc.version) return hit.spans;
    // findMath over a refused note held the host for ~0.8 s per 10 MB: such a note has no spans here.
    const note = this.isRefused(doc) ? undefined : doc.getText();
    const spans = note === undefined ? Promise.resolve([]) : this.findMath ? this.findMath(note) : this.load().then((m) => m.findMath(note));
    this.spanCache = { uri, version: doc.version, spans };
    return spans;
  }

  /** Reports for `doc` at its current version, if analysed. */
  reports(doc: vscode.TextDocument): readonly NoteFormulaReport[] | undefined {
    const hit = this.reportsByNote.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit.reports : undefined;
  }

  /** The formulas of `doc` at its current version that the cap left unevaluated (null: none, or not analysed yet). */
  leftOut(doc: vscode.TextDocument): FormulasLeftOut | null {
    const hit = this.reportsByNote.get(doc.uri.toString());
    return hit && hit.version === doc.version ? hit.leftOut : null;
  }

  /** Re-analyses `doc` after `delayMs` without further edits. */
  schedule(doc: vscode.TextDocument, delayMs = FORMULA_DEBOUNCE_MS): void {
    const key = doc.uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        void this.analyze(doc);
      }, delayMs),
    );
  }

  /** Analyses `doc` now; results for a version that was edited meanwhile are dropped. */
  async analyze(doc: vscode.TextDocument): Promise<readonly NoteFormulaReport[] | undefined> {
    const version = doc.version;
    const key = doc.uri.toString();
    try {
      if (this.isRefused(doc)) {
        // Nothing to evaluate (and no evaluator to load); diagnostics still publish, with the refusal.
        this.reportsByNote.set(key, { version, reports: [], leftOut: null });
        this.changed.fire(doc);
        return [];
      }
      const started = performance.now();
      const stale = () => doc.isClosed || doc.version !== version;
      const [formulaModule, spans] = await Promise.all([this.load(), this.spansOf(doc)]);
      if (stale()) return undefined;
      // Not stale: the text read now is the version the spans were found in. The same cap as
      // `gradexp check`'s, from the module itself; no time limit (the slices keep the host free).
      const steps = formulaModule.analyzeNoteSteps(formulaModule.noteContext(doc.getText(), spans), {
        maxFormulas: formulaModule.DEFAULT_MAX_FORMULAS,
        noteTimeLimitMs: Infinity,
      });
      const result = await analyzeFirstInSlices(steps, stale);
      if (!result || stale()) return undefined;
      const { reports, leftOut } = result;
      const ms = performance.now() - started;
      if (ms > 200 || leftOut) {
        this.log(`formulas of ${key}: ${reports.length} analysed in ${ms.toFixed(0)} ms${leftOut ? `, ${leftOut.count} past the cap not analysed` : ''}`);
      }
      this.reportsByNote.set(key, { version, reports, leftOut });
      this.changed.fire(doc);
      this.retryIfCutShort(doc, reports, formulaModule.MAX_TIMED_OUT_ATTEMPTS);
      return reports;
    } catch (err) {
      // Block errors must still reach the Problems panel: publish "no formula reports" for this version.
      this.log(`formula analysis of ${key} failed: ${(err as Error).stack ?? String(err)}`);
      if (doc.isClosed || doc.version !== version) return undefined;
      this.reportsByNote.set(key, { version, reports: [], leftOut: null });
      this.changed.fire(doc);
      return [];
    }
  }

  /**
   * A report cut short by its time budget (a busy machine) has nothing failing in it and may lack what
   * later formulas use (a definition): analyse the note again shortly, while the core has attempts left
   * for it (each with a larger budget, reportCache.ts) — without this, only the next edit would heal it.
   */
  private retryIfCutShort(doc: vscode.TextDocument, reports: readonly NoteFormulaReport[], maxAttempts: number): void {
    const key = doc.uri.toString();
    const last = this.retries.get(key);
    const count = last?.version === doc.version ? last.count : 0;
    if (!reports.some((r) => r.cutShort) || count >= maxAttempts) return;
    this.retries.set(key, { version: doc.version, count: count + 1 });
    this.schedule(doc, CUT_SHORT_RETRY_MS);
  }

  /** Drops a closed note. */
  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.delete(key);
    this.retries.delete(key);
    this.reportsByNote.delete(key);
    if (this.spanCache?.uri === key) this.spanCache = undefined;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.changed.dispose();
  }
}
