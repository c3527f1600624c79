/**
 * How often the results panel may be sent a whole new state. The webview
 * rebuilds every card and formula row (KaTeX, chart SVG) from each state, and
 * in a browser (code-server) a webview shares the workbench's renderer
 * thread: for a note of 200 blocks and 2,000 formulas one rebuild took the
 * loaded test machine 2–3 s, and posting the state (2.5 MB with its charts)
 * holds the extension host 50–250 ms. Sending one per finished run or per
 * keystroke froze typing for seconds. Small notes keep the old 50 ms
 * coalescing; big ones wait in proportion to what the webview rebuilds.
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

/** Least time between two whole-state updates of a panel that shows `blocks` cards and `formulas` rows. */
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
