/**
 * The host note model: the one owner of what the editor knows about each open
 * note — whether it is over the editor's limits, its parse, its formulas and
 * their reports, its blocks' runs — and of that state's lifecycle (a note
 * opened, edited, closed). Every feature (lenses, hover, diagnostics,
 * completions, autoRun, the panel, commands) is a view of it: it reads the
 * note's state here and listens to the one `onDidChange` event.
 *
 * Inside, each kind of state has its own store (parseCache.ts,
 * formulaReports.ts, runs.ts), keyed by the note's URI; only this class
 * creates them, subscribes to the workspace and drops a closed note.
 */
import * as vscode from 'vscode';
import type { Lazy } from '../../core/api/lazy';
import type { BlockRun, MathSpan, NoteFormulaReport } from '../../core/api/notes';
import type { GradexpSettings } from '../../shared/settings';
import type { ScanClient } from '../scanWorker/scanClient';
import type { RunWorkerClient } from '../worker/workerClient';
import type { FormulasLeftOut } from './analyzeInSlices';
import type { BlockRunState } from '../../shared/blockState';
import { FormulaReports, type FormulaModule } from './formulaReports';
import { isNoteDocument } from './noteDocuments';
import { noteLimits, refusalMessage, type NoteRefusal } from '../../shared/noteLimits';
import type { NoteParse } from '../../shared/noteParse';
import { NoteParseCache } from './parseCache';
import { RunController } from './runs';

/** What changed about a note. */
export type NoteChangeKind =
  /** Its formulas were analysed: reports (and what the cap left out) match the document's version. */
  | 'formulas'
  /** One of its blocks started or finished running, or runs of removed blocks were dropped. */
  | 'runs'
  /** Its text changed (the parse, spans and reports of the new version come on demand or later). */
  | 'edited'
  /** It was closed: its state is gone. */
  | 'closed';

/** The one change event of the note model. */
export interface NoteChange {
  readonly uri: string;
  readonly kind: NoteChangeKind;
  /** The document (absent for 'runs', which may outlive the document's object). */
  readonly doc?: vscode.TextDocument;
}

/** What the model is built from. */
export interface NotesDeps {
  readonly settings: () => GradexpSettings;
  /** The formula module, loaded on first use. */
  readonly formulaModule: Lazy<FormulaModule>;
  /** Finds blocks and formulas off the host's thread. */
  readonly scanner: Pick<ScanClient, 'findBlocks' | 'findMath'>;
  /** Runs blocks in the worker. */
  readonly runner: RunWorkerClient;
  /** The user's home folder for the weights root rule (undefined where the host has none). */
  readonly homeFolder: string | undefined;
  /** Told about every finished run (the preview cache listens). */
  readonly onRunFinished: (content: string, run: BlockRun) => void;
  readonly log: (line: string) => void;
}

/** The state of every open note, and the one event that says it changed. */
export class Notes implements vscode.Disposable {
  private readonly parses: NoteParseCache;
  private readonly formulas: FormulaReports;
  private readonly runs: RunController;
  private readonly changed = new vscode.EventEmitter<NoteChange>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires whenever a note's formulas, runs or text changed, or it was closed. */
  readonly onDidChange = this.changed.event;

  constructor(deps: NotesDeps) {
    // Notes over the editor's limits are not parsed on this thread; the user is told once (noteLimits.ts).
    this.parses = new NoteParseCache(
      () => noteLimits(deps.settings().maxNoteSize),
      (_doc, refusal) => void vscode.window.showWarningMessage(refusalMessage(refusal)),
      (note) => deps.scanner.findBlocks(note),
    );
    this.formulas = new FormulaReports(deps.formulaModule, deps.log, (doc) => this.parses.refusal(doc) !== undefined, (note) => deps.scanner.findMath(note));
    this.runs = new RunController({
      client: deps.runner,
      parses: this.parses,
      settings: deps.settings,
      homeFolder: deps.homeFolder,
      onRunFinished: deps.onRunFinished,
      log: deps.log,
    });
    this.subscriptions = [
      this.formulas,
      this.runs,
      this.formulas.onDidChange((doc) => this.changed.fire({ uri: doc.uri.toString(), kind: 'formulas', doc })),
      this.runs.onDidChange((uri) => this.changed.fire({ uri, kind: 'runs' })),
      vscode.workspace.onDidOpenTextDocument((doc) => isNoteDocument(doc) && this.formulas.schedule(doc, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (!isNoteDocument(e.document) || e.contentChanges.length === 0) return;
        this.formulas.schedule(e.document);
        this.changed.fire({ uri: e.document.uri.toString(), kind: 'edited', doc: e.document });
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.close(doc)),
      this.changed,
    ];
    for (const doc of vscode.workspace.textDocuments) if (isNoteDocument(doc)) this.formulas.schedule(doc, 0);
  }

  // ---- The state of a note (read by the views) ----

  /** Why `doc` at its current version is too large for the editor, or undefined when it is not. */
  refusal(doc: vscode.TextDocument): NoteRefusal | undefined {
    return this.parses.refusal(doc);
  }

  /** The parse of `doc` at its current version, now (no blocks when the note is refused). */
  parse(doc: vscode.TextDocument): NoteParse {
    return this.parses.get(doc);
  }

  /** The parse of `doc` at its current version, done in slices (for views that can wait). */
  settledParse(doc: vscode.TextDocument): Promise<NoteParse> {
    return this.parses.settle(doc);
  }

  /** The formula reports of `doc` at its current version, if analysed. */
  formulaReports(doc: vscode.TextDocument): readonly NoteFormulaReport[] | undefined {
    return this.formulas.reports(doc);
  }

  /** The formulas of `doc` that the cap left unevaluated (null: none, or not analysed yet). */
  formulasLeftOut(doc: vscode.TextDocument): FormulasLeftOut | null {
    return this.formulas.leftOut(doc);
  }

  /** The formulas of `doc` at its current version, found once per version (in the scan worker). */
  formulaSpans(doc: vscode.TextDocument): Promise<readonly MathSpan[]> {
    return this.formulas.spansOf(doc);
  }

  /** The formula module (a hover evaluates a formula not analysed yet with it). */
  formulaModule(): Promise<FormulaModule> {
    return this.formulas.load();
  }

  /** Latest run state of each block of a note, by block index. */
  runStates(uri: string): ReadonlyMap<number, BlockRunState> {
    return this.runs.runStates(uri);
  }

  /** True when a block of the note runs or waits. */
  isRunning(uri: string): boolean {
    return this.runs.isRunning(uri);
  }

  // ---- What may be asked of a note ----

  /** Analyses the formulas of `doc` again after `delayMs` (default: the edit debounce). */
  checkFormulas(doc: vscode.TextDocument, delayMs?: number): void {
    this.formulas.schedule(doc, delayMs);
  }

  /** Analyses the formulas of `doc` now, unless they already are for its version. */
  ensureFormulas(doc: vscode.TextDocument): void {
    if (!this.formulas.reports(doc)) this.formulas.schedule(doc, 0);
  }

  /** Runs the given blocks (all blocks when omitted); resolves when every one has settled. */
  run(doc: vscode.TextDocument, indexes?: readonly number[]): Promise<void> {
    return this.runs.run(doc, indexes);
  }

  /** Cancels the running and queued blocks of a note (every note when omitted). */
  cancel(uri?: string): void {
    this.runs.cancel(uri);
  }

  /** Drops the run states of blocks that no longer exist (the note lost blocks). */
  pruneRuns(uri: string, blockCount: number): void {
    this.runs.prune(uri, blockCount);
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }

  /** A closed note: its runs are cancelled and all its state dropped, then the views are told. */
  private close(doc: vscode.TextDocument): void {
    const uri = doc.uri.toString();
    this.runs.forget(uri);
    this.formulas.forget(doc.uri);
    this.parses.forget(doc.uri);
    this.changed.fire({ uri, kind: 'closed', doc });
  }
}
