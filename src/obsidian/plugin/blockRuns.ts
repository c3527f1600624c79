/**
 * The runs of gradexp blocks the plugin has made, shared by every place a
 * block is shown (reading view, live preview, the side view). Obsidian
 * re-renders a block on every edit of its section, so a run is looked up by
 * what decides it: the block's text, its line (errors are located in the note)
 * and the budget. Bounded: the oldest runs are forgotten first.
 */
import { previewKey } from '../../core/api/views';
import type { BlockRunState } from '../../shared/blockState';
import type { JobClient } from '../worker/client';
import type { WeightsEntry } from '../../shared/weightsData';

/** Distinct block runs remembered (a vault's open notes; every run keeps its chart SVG). */
const CAPACITY = 256;

/** What identifies a run of one block. */
export interface BlockRef {
  /** The whole note the block is in (the worker parses it, so errors carry the note's lines). */
  readonly note: string;
  readonly index: number;
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** The block's body. */
  readonly content: string;
  /** The note's vault path (weights files are read relative to it); absent for a block shown outside its note. */
  readonly path?: string;
}

export class BlockRuns {
  private readonly states = new Map<string, BlockRunState>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly jobs: JobClient,
    private readonly budget: () => number,
    /** The weights files a block names, read for each run (plugin/weights.ts). */
    private readonly weightsFor: (block: BlockRef) => Promise<Record<string, WeightsEntry>> = async () => ({}),
  ) {}

  /** The latest run of this block with the current budget, if any. */
  state(block: BlockRef): BlockRunState | undefined {
    return this.states.get(this.key(block));
  }

  /** Runs the block in the worker unless it is running already; resolves when its state is final. */
  async run(block: BlockRef): Promise<BlockRunState> {
    const budget = this.budget();
    const key = this.key(block, budget);
    const current = this.states.get(key);
    if (current?.kind === 'running') return this.settled(key);
    this.set(key, { kind: 'running', content: block.content, startedAt: Date.now() });
    let state: BlockRunState;
    try {
      const weights = await this.weightsFor(block);
      const { run, svg } = await this.jobs.request('run', { note: block.note, blockIndex: block.index, budget, weights });
      state = { kind: 'done', content: block.content, run, svg };
    } catch (e) {
      state = { kind: 'failed', content: block.content, message: e instanceof Error ? e.message : String(e) };
    }
    this.set(key, state);
    return state;
  }

  /** Called after every change of a run's state; returns the unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets every run (the budget or the digits changed). */
  clear(): void {
    this.states.clear();
    this.emit();
  }

  private key(block: BlockRef, budget = this.budget()): string {
    return `${budget}\u0000${block.line}\u0000${previewKey(block.content)}`;
  }

  private set(key: string, state: BlockRunState): void {
    this.states.delete(key);
    this.states.set(key, state);
    while (this.states.size > CAPACITY) {
      const oldest = this.states.keys().next().value;
      if (oldest === undefined) break;
      this.states.delete(oldest);
    }
    this.emit();
  }

  /** Waits for a running block's final state. */
  private settled(key: string): Promise<BlockRunState> {
    return new Promise((resolve) => {
      const stop = this.onChange(() => {
        const state = this.states.get(key);
        if (state && state.kind !== 'running') {
          stop();
          resolve(state);
        }
      });
    });
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
