/**
 * Glue between the extension host and the pure preview plugin: what
 * `activate` returns as `extendMarkdownIt`, a run cache the host fills after
 * each run, and a debounced refresh so an open preview picks up new charts.
 */
import * as vscode from 'vscode';
import type { MarkdownIt } from 'markdown-it';
import type { BlockRun } from '../../core/api/notes';
import { markdownItGradexp } from '../../core/api/views';
import { PreviewRunCache } from './runCache';

export { PreviewRunCache } from './runCache';

/** What the preview needs from the host: the last run of a block text, an optional cheap run, and the chart renderer. */
export interface PreviewDeps {
  lookup(content: string): BlockRun | undefined;
  computeCheap?(content: string): BlockRun | undefined;
  renderSvg(run: BlockRun): string;
}

/** Installs the gradexp fence renderer on VS Code's preview markdown-it instance; returns `md` as VS Code expects. */
export function extendMarkdownIt(md: MarkdownIt, deps: PreviewDeps): MarkdownIt {
  markdownItGradexp(md, {
    lookup: (content) => deps.lookup(content),
    computeCheap: deps.computeCheap ? (content) => deps.computeCheap?.(content) : undefined,
    renderSvg: (run) => deps.renderSvg(run),
  });
  return md;
}

/** Delay that coalesces a burst of finished runs (Run all) into one preview refresh. */
const REFRESH_DELAY_MS = 150;

/**
 * Remembers runs for the preview and asks open previews to re-render when a
 * run lands. Dispose it with the extension (it owns a timer).
 */
export class PreviewRuns implements vscode.Disposable {
  /** The cache the preview's `lookup` reads. */
  readonly cache: PreviewRunCache;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `capacity`: distinct block texts remembered (see PreviewRunCache). */
  constructor(capacity?: number) {
    this.cache = new PreviewRunCache(capacity);
  }

  /** Records a finished run of the block whose text is `content` and schedules a preview refresh. */
  remember(content: string, run: BlockRun): void {
    this.cache.remember(content, run);
    this.scheduleRefresh();
  }

  /** The last run of a block text (pass as `PreviewDeps.lookup`). */
  lookup(content: string): BlockRun | undefined {
    return this.cache.lookup(content);
  }

  private scheduleRefresh(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // The built-in command re-renders every open Markdown preview; it is a no-op when none is open.
      void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
    }, REFRESH_DELAY_MS);
  }

  /** Cancels a pending refresh. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
