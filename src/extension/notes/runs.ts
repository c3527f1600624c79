/**
 * Runs a note's blocks in the worker and remembers each block's latest
 * outcome. Fires `onDidChange(noteUri)` whenever a block starts or finishes,
 * so lenses and the panel redraw. A batch still going after ~0.5 s gets a
 * progress notification whose Cancel really stops the worker.
 */
import * as vscode from 'vscode';
import type { BlockRun } from '../../core/api/notes';
import type { GradexpSettings } from '../../shared/settings';
import { readWeightsFiles } from '../weights/readWeights';
import type { JobOutcome, RunWorkerClient } from '../worker/workerClient';
import type { BlockRunState } from '../../shared/blockState';
import type { NoteParseCache } from './parseCache';
import { weightsPaths } from '../../shared/noteParse';
import { ProgressTally } from './progressTally';

/** A run slower than this gets a notification with Cancel. */
export const PROGRESS_DELAY_MS = 500;

/** What the controller needs from the rest of the extension. */
export interface RunControllerDeps {
  readonly client: RunWorkerClient;
  readonly parses: NoteParseCache;
  readonly settings: () => GradexpSettings;
  /** The user's home folder for the weights root rule (undefined where the host has none). */
  readonly homeFolder: string | undefined;
  /** Told about every finished run (the preview cache listens). */
  readonly onRunFinished: (content: string, run: BlockRun) => void;
  readonly log: (line: string) => void;
}

/** The key of a block's job in the worker queue: a newer run of the same block replaces the older. */
export function jobKey(noteUri: string, index: number): string {
  return `${noteUri}#${index}`;
}

/** Per-note block run states and the commands that change them. */
export class RunController implements vscode.Disposable {
  private readonly states = new Map<string, Map<number, BlockRunState>>();
  /**
   * The latest request per job key, from the moment a run is asked for. A job
   * reads its weights files before it reaches the worker queue; a cancel or a
   * newer run in that window is seen here.
   */
  private readonly requests = new Map<string, number>();
  private nextRequest = 1;
  private readonly changed = new vscode.EventEmitter<string>();
  /** Fires with a note URI when one of its blocks starts or finishes running. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: RunControllerDeps) {}

  /** Latest run state of each block of a note, by block index. */
  runStates(noteUri: string): ReadonlyMap<number, BlockRunState> {
    return this.states.get(noteUri) ?? new Map();
  }

  /** Runs the given blocks (all blocks when omitted); resolves when every one has settled. */
  async run(doc: vscode.TextDocument, indexes?: readonly number[]): Promise<void> {
    const uri = doc.uri.toString();
    const parse = this.deps.parses.get(doc);
    const note = doc.getText();
    const wanted = indexes ?? parse.parsed.map((p) => p.block.index);
    const targets = [...new Set(wanted)].filter((i) => parse.parsed[i] !== undefined);
    if (targets.length === 0) return;
    const keys = targets.map((i) => jobKey(uri, i));
    const tally = new ProgressTally(keys);
    let report: ((increment: number, message?: string) => void) | undefined;
    let finished = 0;
    const budget = this.deps.settings().workBudget;
    const jobs = targets.map(async (index) => {
      const parsed = parse.parsed[index]!;
      const key = jobKey(uri, index);
      const request = this.nextRequest++;
      this.requests.set(key, request);
      this.setState(uri, index, { kind: 'running', content: parsed.block.content, startedAt: Date.now() });
      const weights = await readWeightsFiles(doc.uri, weightsPaths(parsed), this.deps.homeFolder);
      const current = this.requests.get(key);
      const outcome: JobOutcome =
        current === request
          ? await this.deps.client.run(key, { note, blockIndex: index, weights, budget }, (f) => report?.(tally.update(key, f)))
          : { kind: current === undefined ? 'cancelled' : 'superseded' };
      if (this.requests.get(key) === request) this.requests.delete(key);
      finished++;
      report?.(tally.finish(key), targets.length > 1 ? `${finished} of ${targets.length} done` : undefined);
      // A note closed meanwhile was forgotten; its late result must not bring its state back.
      if (!doc.isClosed) this.settle(uri, index, parsed.block.content, outcome);
    });
    const all = Promise.all(jobs).then(() => undefined);
    const titles = targets.map((i) => parse.infos[i]?.title ?? `block ${i + 1}`);
    this.progressWhenSlow(all, keys, (r) => {
      report = r;
      // Blocks that finished before the notification appeared still count.
      r(tally.percent, titles.length === 1 ? titles[0] : `${titles[0]} and ${titles.length - 1} more`);
    });
    await all;
  }

  /** Cancels the running and queued blocks of a note (every note when omitted). */
  cancel(noteUri?: string): void {
    this.cancelKeys((key) => noteUri === undefined || key.startsWith(`${noteUri}#`));
  }

  /** Cancels the jobs whose key passes `match`, whether still reading weights, queued or running. */
  private cancelKeys(match: (key: string) => boolean): void {
    for (const key of [...this.requests.keys()]) if (match(key)) this.requests.delete(key);
    this.deps.client.cancel(match);
  }

  /** True when a block of the note runs or waits. */
  isRunning(noteUri: string): boolean {
    return this.deps.client.pendingKeys().some((k) => k.startsWith(`${noteUri}#`));
  }

  /** Cancels a closed note's runs and drops its states. */
  forget(noteUri: string): void {
    this.cancel(noteUri);
    this.states.delete(noteUri);
  }

  /** Drops states of blocks that no longer exist (the note lost blocks). */
  prune(noteUri: string, blockCount: number): void {
    const states = this.states.get(noteUri);
    if (!states) return;
    let removed = false;
    for (const index of states.keys()) {
      if (index >= blockCount) {
        states.delete(index);
        removed = true;
      }
    }
    if (removed) this.changed.fire(noteUri);
  }

  dispose(): void {
    this.cancel();
    this.changed.dispose();
  }

  private setState(uri: string, index: number, state: BlockRunState): void {
    let states = this.states.get(uri);
    if (!states) this.states.set(uri, (states = new Map()));
    states.set(index, state);
    this.changed.fire(uri);
  }

  private settle(uri: string, index: number, content: string, outcome: JobOutcome): void {
    switch (outcome.kind) {
      case 'superseded':
        return; // the newer run owns the state now
      case 'cancelled':
        this.deps.log(`block ${index + 1} of ${uri}: cancelled`);
        this.setState(uri, index, { kind: 'cancelled', content });
        return;
      case 'failed':
        this.deps.log(`block ${index + 1} of ${uri}: ${outcome.message}`);
        this.setState(uri, index, { kind: 'failed', content, message: outcome.message });
        return;
      case 'done':
        this.deps.log(`block ${index + 1} of ${uri}: ran in ${outcome.run.elapsedMs.toFixed(1)} ms, ${outcome.run.series.length} series, ${outcome.run.errors.length} errors`);
        this.setState(uri, index, { kind: 'done', run: outcome.run, svg: outcome.svg, content });
        this.deps.onRunFinished(content, outcome.run);
        return;
      default: {
        const never: never = outcome;
        return never;
      }
    }
  }

  /** Shows a cancellable notification if `work` is still going after PROGRESS_DELAY_MS. */
  private progressWhenSlow(
    work: Promise<void>,
    keys: readonly string[],
    attach: (report: (increment: number, message?: string) => void) => void,
  ): void {
    let finished = false;
    void work.then(() => (finished = true));
    const timer = setTimeout(() => {
      if (finished) return;
      void vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: keys.length === 1 ? 'gradexp: running experiment' : `gradexp: running ${keys.length} experiments`,
          cancellable: true,
        },
        (progress, token) => {
          attach((increment, message) => progress.report(message ? { increment, message } : { increment }));
          const sub = token.onCancellationRequested(() => {
            this.deps.log(`cancel requested for ${keys.length} block(s)`);
            this.cancelKeys((k) => keys.includes(k));
          });
          return work.finally(() => sub.dispose());
        },
      );
    }, PROGRESS_DELAY_MS);
    void work.finally(() => clearTimeout(timer));
  }
}
