/**
 * What the Markdown preview plugin gets from the host: the last run of a
 * block (from the editor's runs), a synchronous run for blocks cheap enough
 * (below `gradexp.previewComputeLimit`), and the chart renderer. The engine is
 * imported lazily the first time the preview renders, so it stays out of
 * activation; until it has loaded the preview shows its placeholder and is
 * refreshed once the engine is there.
 */
import * as vscode from 'vscode';
import { renderChartSvg } from '../../core/api/views';
import type { BlockRun } from '../../core/api/notes';
import { lazy } from '../../core/api/lazy';
import type { PreviewDeps } from './index';
import type { GradexpSettings } from '../../shared/settings';

type Pipeline = typeof import('./cheapRun');

/** How many computed block texts the preview remembers (it re-renders on every keystroke). */
const COMPUTED_CAPACITY = 64;

/** Builds the preview's dependencies; `remembered` is the cache of the editor's runs. */
export function createPreviewDeps(
  remembered: (content: string) => BlockRun | undefined,
  settings: () => GradexpSettings,
  log: (line: string) => void,
): PreviewDeps {
  // Keyed by budget too: raising the limit must not keep serving "too big".
  const computed = new Map<string, BlockRun | null>();
  const pipeline = lazy<Pipeline>(
    () => import('./cheapRun'),
    (ms) => {
      log(`engine loaded for the preview in ${ms.toFixed(0)} ms`);
      void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
    },
    (err) => log(`could not load the engine for the preview: ${String(err)}`),
  );

  return {
    lookup: (content) => remembered(content),
    computeCheap: (content) => {
      const limit = settings().previewComputeLimit;
      if (limit <= 0) return undefined;
      const loaded = pipeline.loaded;
      if (!loaded) {
        void pipeline().catch(() => undefined); // loads once; the preview is refreshed when it has
        return undefined;
      }
      const key = `${limit}\u0000${content}`;
      const hit = computed.get(key);
      if (hit !== undefined) return hit ?? undefined;
      const run = loaded.runCheap(content, limit);
      computed.set(key, run ?? null);
      if (computed.size > COMPUTED_CAPACITY) {
        const oldest = computed.keys().next().value;
        if (oldest !== undefined) computed.delete(oldest);
      }
      return run;
    },
    renderSvg: (run) => renderChartSvg(run),
  };
}
