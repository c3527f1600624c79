/**
 * Keeps the results panel in step with the note model (notes.ts): builds its
 * PanelState from a note's parse, runs and formula reports, updates it when the
 * model says the note changed, and
 * makes it follow the active Markdown editor. Also carries out what the
 * panel asks for (reveal a line, run blocks).
 */
import * as vscode from 'vscode';
import { ResultsPanelHost } from './index';
import type { RenderCost } from './panelUpdates';
import { isNoteDocument } from '../notes/noteDocuments';
import type { PanelState } from '../../shared/panelModel';
import type { NumberFormatter } from '../../shared/format';
import { documentFor } from '../notes/noteDocuments';
import type { Notes } from '../notes/notes';
import { nextUpdateDelay, panelUpdateInterval } from './panelPacing';
import { buildPanelState } from '../../shared/panelStateBuilder';


/** The last path segment of a URI, for the panel's title. */
function noteName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}

/** Owns the results panel and its updates. */
export class PanelSync implements vscode.Disposable {
  private readonly host: ResultsPanelHost;
  private readonly subscriptions: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the last update was built, and the least interval what it made the webview render asks for before the next. */
  private lastSentAt: number | undefined;
  private updateInterval = 0;
  /** The formula rows last built from reports, per note, shown while a changed note is re-checked. */
  private lastFormulas: { readonly uri: string; readonly formulas: PanelState['formulas'] } | undefined;

  constructor(
    context: vscode.ExtensionContext,
    private readonly notes: Notes,
    private readonly formatter: () => NumberFormatter,
  ) {
    this.host = new ResultsPanelHost(context, {
      revealLine: (uri, line) => void this.reveal(uri, line),
      runBlock: (uri, index) => void this.runNote(uri, [index]),
      runAll: (uri) => void this.runNote(uri),
      restored: (uri) => void this.restore(uri),
    });
    this.subscriptions = [
      this.host,
      notes.onDidChange((change) => (change.kind === 'runs' || change.kind === 'formulas') && this.scheduleUpdate(change.uri)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    ];
  }

  /** The panel's state for a note now. */
  stateFor(doc: vscode.TextDocument): PanelState {
    const uri = doc.uri.toString();
    const reports = this.notes.formulaReports(doc);
    const state = buildPanelState(uri, noteName(doc.uri), this.notes.parse(doc).infos, this.notes.runStates(uri), reports ?? [], this.formatter());
    if (reports) {
      this.lastFormulas = { uri, formulas: state.formulas };
      return state;
    }
    // The note changed and its formulas are being checked again: keep showing the last list
    // (one edit behind) rather than emptying it, which would re-send and re-render every row twice.
    return this.lastFormulas?.uri === uri ? { ...state, formulas: this.lastFormulas.formulas } : state;
  }

  /** Shows the panel beside the note (focus stays in the editor) and makes sure its formulas get analysed. */
  show(doc: vscode.TextDocument): void {
    const state = this.stateFor(doc);
    this.host.show(state);
    this.lastSentAt = Date.now();
    this.paceAfter({ cards: state.blocks.length, formulas: state.formulas.length });
    this.notes.ensureFormulas(doc);
  }

  /** URI of the note the open panel shows, if it is open. */
  get noteUri(): string | undefined {
    return this.host.noteUri;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.subscriptions) d.dispose();
  }

  private scheduleUpdate(uri: string): void {
    if (this.host.noteUri !== uri || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const current = this.host.noteUri;
      const doc = current === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === current);
      if (!doc || doc.isClosed) return;
      const state = this.stateFor(doc);
      // Paced from now, so a change arriving before the post below waits at least the interval
      // the previous post asked for.
      this.lastSentAt = Date.now();
      // Building a big state and diffing it against what the webview has each take a few
      // milliseconds: do them in separate turns of the event loop (a timer, not setImmediate,
      // which would run in the same turn) so that other work and timers run in between.
      setTimeout(() => {
        if (this.host.noteUri === state.noteUri) this.paceAfter(this.host.update(state));
      }, 0);
    }, nextUpdateDelay(Date.now(), this.lastSentAt, this.updateInterval));
  }

  /** Brings the open panel to `state` now (a whole state when it is another note). */
  private send(state: PanelState): void {
    this.lastSentAt = Date.now();
    this.paceAfter(this.host.update(state));
  }

  /**
   * Paces the next update by what the webview has to render for the last one:
   * a patch of one card flows at the ordinary pace, a whole 200-card state
   * gives the browser seconds to rebuild.
   */
  private paceAfter(cost: RenderCost | undefined): void {
    this.updateInterval = cost ? panelUpdateInterval(cost.cards, cost.formulas) : 0;
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    const doc = editor?.document;
    if (!doc || !isNoteDocument(doc) || this.host.noteUri === undefined) return;
    if (this.host.noteUri === doc.uri.toString()) return;
    this.send(this.stateFor(doc));
    this.notes.ensureFormulas(doc);
  }

  private async reveal(uri: string, line: number): Promise<void> {
    const doc = await documentFor(uri);
    if (!doc) return;
    const target = Math.min(Math.max(0, line - 1), doc.lineCount - 1);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const range = doc.lineAt(target).range;
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async runNote(uri: string, indexes?: number[]): Promise<void> {
    const doc = await documentFor(uri);
    if (doc) await this.notes.run(doc, indexes);
  }

  /**
   * After a window reload the panel comes back from its saved state, but the
   * runs behind its charts are gone with the old extension host. Re-running
   * the note (in the worker, cancellable) brings the charts back instead of
   * turning every card to "not run yet" on the first update.
   */
  private async restore(uri: string): Promise<void> {
    const doc = await documentFor(uri);
    if (!doc) return;
    this.notes.ensureFormulas(doc);
    await this.notes.run(doc);
  }
}
