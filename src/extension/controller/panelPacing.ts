/**
 * How often the results panel may be sent a whole new state. The webview
 * rebuilds every card and formula row (KaTeX, chart SVG) from each state, and
 * a webview shares the workbench's renderer thread: for a note of 200 blocks
 * and 2,000 formulas one rebuild takes the browser a second or more, so
 * sending one per finished run or per keystroke would freeze typing. Small
 * notes keep the old 50 ms coalescing; big ones wait in proportion to size.
 */

/** Changes arriving within this window are always sent as one state (Run all fires per block). */
export const UPDATE_COALESCE_MS = 50;
/** Never wait longer than this between updates, however big the note. */
export const MAX_UPDATE_INTERVAL_MS = 2_000;
/** Estimated rebuild cost per card (title, chart, explanation formulas) and per formula row. */
const MS_PER_CARD = 4;
const MS_PER_FORMULA = 0.5;

/** Least time between two whole-state updates of a panel that shows `blocks` cards and `formulas` rows. */
export function panelUpdateInterval(blocks: number, formulas: number): number {
  const estimate = blocks * MS_PER_CARD + formulas * MS_PER_FORMULA;
  return Math.min(MAX_UPDATE_INTERVAL_MS, Math.max(UPDATE_COALESCE_MS, Math.round(estimate)));
}

/** Delay before the next update may go out, given when the previous one went and the interval. */
export function nextUpdateDelay(now: number, lastSentAt: number | undefined, intervalMs: number): number {
  const sinceLast = lastSentAt === undefined ? Infinity : now - lastSentAt;
  return Math.max(UPDATE_COALESCE_MS, intervalMs - sinceLast);
}
