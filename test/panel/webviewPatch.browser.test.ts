/**
 * The webview applies patches in place (Debian Chromium, headless): unchanged
 * and moved cards keep their chart nodes, formula rows keep their rendered
 * KaTeX, and a patch made from another state is dropped for a whole state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaled } from '../support/timing';
import type { Browser } from 'playwright-core';
import { launchBrowser, messagesHandled, openPanel, type PanelPage } from './browserHarness';
import { samplePanelState, sampleSvg } from './samplePanelState';
import type { PanelState } from '../../src/shared/panelModel';
import { applyPanelPatch, diffPanelStates } from '../../src/shared/panelPatch';

/** The page's DOM as the callbacks below use it (the root tsconfig has no DOM lib). */
interface MarkedNode {
  __mark?: string;
}
interface PatchPage {
  postMessage(message: unknown, targetOrigin: string): void;
  readonly document: { querySelector(selector: string): (MarkedNode & { textContent: string | null }) | null };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const start: PanelState = {
  ...samplePanelState,
  blocks: samplePanelState.blocks.map((b) => ({ ...b, svg: sampleSvg, errors: [] , status: 'done' as const })),
};

async function post(panel: PanelPage, message: unknown): Promise<void> {
  await panel.page.evaluate((m) => (globalThis as unknown as PatchPage).postMessage(m, '*'), message);
  await messagesHandled(panel.page);
}

/** Tags the nodes a patch should keep, so the test can tell kept from rebuilt. */
async function mark(panel: PanelPage, selectors: readonly string[]): Promise<void> {
  await panel.page.evaluate((list) => {
    for (const s of list) {
      const node = (globalThis as unknown as PatchPage).document.querySelector(s);
      if (node) node.__mark = s;
    }
  }, selectors);
}

async function marked(panel: PanelPage, selector: string): Promise<string | undefined> {
  return panel.page.evaluate((s) => (globalThis as unknown as PatchPage).document.querySelector(s)?.__mark, selector);
}

describe('results panel webview: patches', () => {
  it('replaces only the changed card and keeps charts and KaTeX of moved ones', async () => {
    const panel = await openPanel(browser, start);
    try {
      await post(panel, { type: 'state', state: start, version: 1 });
      const card0Chart = '#block-0 figure.chart > svg';
      const card1Chart = '#block-1 figure.chart > svg';
      const row = (n: number) => `.formula-list li:nth-child(${n}) .formula-math`;
      await mark(panel, [card0Chart, card1Chart, row(1), row(2)]);

      const next: PanelState = {
        ...start,
        blocks: [{ ...start.blocks[0]!, line: start.blocks[0]!.line + 5 }, { ...start.blocks[1]!, status: 'running', svg: undefined }],
        formulas: start.formulas.map((f, i) => (i === 0 ? { ...f, line: f.line + 5 } : i === 1 ? { ...f, verdict: 'none' as const, relativeError: null } : f)),
      };
      const patch = diffPanelStates(start, next)!;
      expect(patch.cards.map((c) => c.at)).toEqual([1]);
      expect(patch.cardMoves.map((c) => c.at)).toEqual([0]);
      await post(panel, { type: 'patch', base: 1, version: 2, patch });

      // Card 0 moved: same chart node, new line in its header.
      expect(await marked(panel, card0Chart)).toBe(card0Chart);
      expect(await panel.page.locator('#block-0 .meta').textContent()).toContain(`line ${next.blocks[0]!.line}`);
      expect(await panel.page.locator('#block-0 h2 button').getAttribute('data-line')).toBe(String(next.blocks[0]!.line));
      // Card 1 changed: rebuilt, running.
      expect(await panel.page.locator('#block-1 .status-running').count()).toBe(1);
      expect(await panel.page.locator(card1Chart).count()).toBe(0);
      // Formula rows: the moved one and the changed one (same LaTeX) keep their KaTeX nodes.
      expect(await marked(panel, row(1))).toBe(row(1));
      expect(await marked(panel, row(2))).toBe(row(2));
      expect(await panel.page.locator('.formula-list li:nth-child(1) .formula-line').textContent()).toBe(`line ${next.formulas[0]!.line}`);
      expect(await panel.page.locator('.formula-list li:nth-child(2) .verdict').textContent()).toBe('—');
      expect(await panel.page.locator('.formula-list .katex').count()).toBe(3);
      // The patched state is kept for a reload (saved 300 ms after the last patch).
      await expect.poll(() => panel.savedState(), { timeout: scaled(30_000) }).toEqual(JSON.parse(JSON.stringify(applyPanelPatch(start, patch))));
      expect(panel.errors).toEqual([]);
      expect(await panel.violations()).toEqual([]);
    } finally {
      await panel.close();
    }
  });

  it('drops a patch made from another version and asks once for a whole state', async () => {
    const panel = await openPanel(browser, start);
    try {
      await post(panel, { type: 'state', state: start, version: 3 });
      const before = await panel.page.locator('#app').innerHTML();
      const next = { ...start, formulas: start.formulas.slice(0, 1) };
      const patch = diffPanelStates(start, next)!;
      await post(panel, { type: 'patch', base: 2, version: 4, patch });
      await post(panel, { type: 'patch', base: 2, version: 5, patch });
      expect(await panel.page.locator('#app').innerHTML()).toBe(before);
      expect(await panel.posted()).toEqual([{ type: 'ready' }, { type: 'ready' }]);
      // The whole state answers; patches from it apply again.
      await post(panel, { type: 'state', state: start, version: 6 });
      await post(panel, { type: 'patch', base: 6, version: 7, patch });
      expect(await panel.page.locator('.formula-list li').count()).toBe(1);
      expect(await panel.page.locator('.formulas h2 .count').textContent()).toBe('1');
      // A patch emptying a list changes the page's structure: rendered whole, same as a state would be.
      const empty = { ...start, formulas: [] };
      await post(panel, { type: 'patch', base: 7, version: 8, patch: diffPanelStates(next, empty)! });
      expect(await panel.page.locator('.formulas .empty').count()).toBe(1);
      expect(panel.errors).toEqual([]);
    } finally {
      await panel.close();
    }
  });

  it('inserts and removes a formula in the middle, keeping the KaTeX of the rows after it', async () => {
    const panel = await openPanel(browser, start);
    try {
      await post(panel, { type: 'state', state: start, version: 1 });
      const row = (n: number) => `.formula-list li:nth-child(${n}) .formula-math`;
      await mark(panel, [row(2), row(3)]);
      const inserted = { ...start.formulas[0]!, source: 'y^2', line: start.formulas[0]!.line + 1 };
      const grown: PanelState = { ...start, formulas: [start.formulas[0]!, inserted, ...start.formulas.slice(1)] };
      const patch = diffPanelStates(start, grown)!;
      expect(patch.formulaSplice).toEqual({ at: 1, remove: 0, insert: 1 });
      await post(panel, { type: 'patch', base: 1, version: 2, patch });
      expect(await panel.page.locator('.formula-list li').count()).toBe(4);
      expect(await marked(panel, row(3))).toBe(row(2));
      expect(await marked(panel, row(4))).toBe(row(3));
      expect(await panel.page.locator('.formula-list .katex').count()).toBe(4);
      await post(panel, { type: 'patch', base: 2, version: 3, patch: diffPanelStates(grown, start)! });
      expect(await panel.page.locator('.formula-list li').count()).toBe(3);
      expect(await marked(panel, row(2))).toBe(row(2));
      expect(await panel.page.locator('.formulas h2 .count').textContent()).toBe('3');
      expect(panel.errors).toEqual([]);
    } finally {
      await panel.close();
    }
  });
});
