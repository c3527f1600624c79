/**
 * How often the results panel may be sent an update. The webview renders
 * what each message carries (KaTeX, chart SVG) and in a browser (code-server)
 * a webview shares the workbench's renderer thread: rebuilding a 200-block,
 * 2,000-formula panel took the loaded test machine 2–3 s. Updates now travel
 * as patches (src/shared/panelPatch.ts) that carry only changed cards and
 * rows, so the pace follows what the webview renders for the last message:
 * a patch of a card or two (one finished run) flows at the ordinary 50 ms
 * coalescing; a whole state of a big note, or a patch that re-renders
 * thousands of rows, waits in proportion.
 */

/** Changes arriving within this window are always sent as one state (Run all fires per block). */
export const UPDATE_COALESCE_MS = 50;
/** Never wait longer than this between updates, however big the note. */
export const MAX_UPDATE_INTERVAL_MS = 5_000;
/** Rebuild cost per card (title, chart, explanation formulas) and per formula row, measured under load and rounded up. */
const MS_PER_CARD = 10;
const MS_PER_FORMULA = 1;

/** A panel whose estimated rebuild is below this is paced as before (UPDATE_COALESCE_MS only). */
const SMALL_PANEL_MS = 200;

/** Least time after an update that made the webview render `blocks` cards and `formulas` rows anew. */
export function panelUpdateInterval(blocks: number, formulas: number): number {
  const estimate = blocks * MS_PER_CARD + formulas * MS_PER_FORMULA;
  if (estimate < SMALL_PANEL_MS) return UPDATE_COALESCE_MS;
  return Math.min(MAX_UPDATE_INTERVAL_MS, Math.round(estimate));
}

/** Delay before the next update may go out, given when the previous one went and the interval. */
export function nextUpdateDelay(now: number, lastSentAt: number | undefined, intervalMs: number): number {
  const sinceLast = lastSentAt === undefined ? Infinity : now - lastSentAt;
  return Math.max(UPDATE_COALESCE_MS, intervalMs - sinceLast);
}
