/**
 * The gradexp results panel as the user sees it: a webview beside the note.
 * Its document lives in nested iframes, so every query starts by finding the
 * frame that holds the panel's own markup.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { pollFor } from './poll';
import { currentFrameWith } from './workbench';
import { RETRY_AFTER_MS, WORK_WAIT_MS } from './waits';

/**
 * Performs `act` (a click meant to run blocks) until the panel shows a render
 * newer than the one before it. Why retry: VS Code drops a click on a CodeLens
 * that was re-provided a moment earlier ("Actual command not found" in the
 * extension host log), and a user would simply click again. The cards present
 * before are marked; the webview replaces a card whenever it gets new results.
 */
export async function actUntilPanelRefreshes(page: Page, what: string, act: () => Promise<void>): Promise<Frame> {
  const selector = '#app section.card';
  // Each try waits RETRY_AFTER_MS (a panel being created on a busy machine can take that long); tries go on until WORK_WAIT_MS.
  const deadline = Date.now() + WORK_WAIT_MS;
  for (let attempt = 1; ; attempt++) {
    const before = await currentFrameWith(page, selector);
    await before?.locator(selector).evaluateAll((cards) => cards.forEach((c) => c.setAttribute('data-e2e-seen', '')));
    await act();
    try {
      return await pollFor(`the panel to show fresh results after ${what}`, async () => {
        const frame = await currentFrameWith(page, selector);
        const fresh = frame ? await frame.locator(`${selector}:not([data-e2e-seen])`).count() : 0;
        return fresh > 0 ? frame : undefined;
      }, RETRY_AFTER_MS);
    } catch (err) {
      if (Date.now() > deadline) throw err;
      console.log(`e2e: no fresh panel render within ${RETRY_AFTER_MS} ms of ${what} (try ${attempt}); doing it again`);
    }
  }
}

/** The card of the block with this 0-based index. */
export function card(frame: Frame, index: number): Locator {
  return frame.locator(`#block-${index}`);
}

/** What a chart shows, read from the SVG itself. */
export interface ChartFacts {
  /** Distinct series drawn as lines (`data-series` of `path.series`). */
  readonly seriesWithLines: number;
  /** Line paths with a non-empty `d`. */
  readonly drawnPaths: number;
  /** Legend labels, in order. */
  readonly legend: readonly string[];
  /** `data-points` of every line path, in order (changes when the data changes). */
  readonly points: readonly number[];
}

/** Reads the facts of the chart inside `root` (a card, or a preview's chart wrapper). */
export async function chartFacts(root: Locator): Promise<ChartFacts> {
  const svg = root.locator('svg').first();
  await svg.waitFor();
  return svg.evaluate((el) => {
    // Structural element type: the project compiles without the DOM lib.
    type Node = { getAttribute(name: string): string | null; textContent: string | null };
    const all = (selector: string): Node[] => Array.from<Node>(el.querySelectorAll(selector));
    const paths = all('path.series');
    return {
      seriesWithLines: new Set(paths.map((p) => p.getAttribute('data-series'))).size,
      drawnPaths: paths.filter((p) => (p.getAttribute('d') ?? '').length > 2).length,
      legend: all('.legend-entry .legend-label').map((t) => (t.textContent ?? '').trim()),
      points: paths.map((p) => Number(p.getAttribute('data-points'))),
    };
  });
}

/** Waits until a card's status badge reads as finished (done or error) and returns its text. */
export async function waitForCardFinished(frame: Frame, index: number, timeoutMs = WORK_WAIT_MS): Promise<string> {
  const status = card(frame, index).locator('.status');
  return pollFor(
    `block ${index} to finish running`,
    async () => {
      const cls = (await status.getAttribute('class', { timeout: 1000 })) ?? '';
      return /status-(done|error)/.test(cls) ? (await status.innerText()).trim() : undefined;
    },
    timeoutMs,
  );
}

/** Texts of the block's error list items ("line 8:1 — …"). */
export function cardErrors(frame: Frame, index: number): Promise<string[]> {
  return card(frame, index).locator('ul.errors li').allInnerTexts();
}
