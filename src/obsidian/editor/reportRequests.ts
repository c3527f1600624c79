/**
 * Asks the FormulaSource for a note's reports after edits: once the text has
 * been still for REQUEST_DELAY_MS, never more than one request at a time (an
 * edit during a request asks again when it answers), and the answer mapped
 * through the edits made while it was computed. The editor only dispatches
 * the answer: all the work is the source's (the plugin's worker).
 */
import { ChangeSet, type ChangeDesc } from '@codemirror/state';
import type { EditorView, PluginValue, ViewUpdate } from '@codemirror/view';
import type { NoteFormulaReport } from '../../core/api/notes';
import { reportsArrived } from './reportState';

/** Quiet time after the last edit before the note is sent for checking (VS Code's diagnostics wait about as long). */
export const REQUEST_DELAY_MS = 300;

/** What the requests need of the plugin's FormulaSource. */
export type ReportsOf = (text: string) => Promise<readonly NoteFormulaReport[]>;

export class ReportRequests implements PluginValue {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The edits made since the text of the request in flight; undefined when none is. */
  private since: ChangeDesc | undefined;
  /** The text changed while a request was in flight: ask again when it answers. */
  private stale = false;
  private destroyed = false;
  private waiting: Array<() => void> = [];

  constructor(
    private readonly view: EditorView,
    private readonly reportsOf: ReportsOf,
    private readonly onError: (error: unknown) => void,
  ) {
    this.schedule(0);
  }

  update(update: ViewUpdate): void {
    if (!update.docChanged) return;
    if (this.since) {
      this.since = this.since.composeDesc(update.changes.desc);
      this.stale = true;
    } else this.schedule(REQUEST_DELAY_MS);
  }

  /** A request is waiting for quiet or for its answer. */
  get busy(): boolean {
    return this.timer !== undefined || this.since !== undefined;
  }

  /** Resolves once no request is due or in flight (at once when none is). */
  settled(): Promise<void> {
    return this.busy ? new Promise((resolve) => this.waiting.push(resolve)) : Promise.resolve();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.since = undefined;
    this.wake();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.request(), ms);
  }

  private request(): void {
    this.timer = undefined;
    const text = this.view.state.doc.toString();
    this.since = ChangeSet.empty(text.length).desc;
    this.stale = false;
    let answer: Promise<readonly NoteFormulaReport[]>;
    try {
      answer = this.reportsOf(text);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (reports: unknown) => this.answered(reports),
      (error: unknown) => this.answered(undefined, error),
    );
  }

  private answered(reports: unknown, error?: unknown): void {
    const since = this.since;
    this.since = undefined;
    if (this.destroyed || !since) return;
    if (Array.isArray(reports)) this.view.dispatch({ effects: reportsArrived.of({ reports, since }) });
    else this.onError(error ?? new Error(`gradexp: the formula source answered ${typeof reports}, not a list of reports`));
    if (this.stale) this.schedule(REQUEST_DELAY_MS);
    else this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
