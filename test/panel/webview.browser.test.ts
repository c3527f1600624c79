/**
 * The results panel in a real browser (Debian Chromium, headless): the CSP
 * holds, hostile content stays inert, messages in both directions are
 * validated, and the export buttons produce what the host expects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, messagesHandled, openPanel, type PanelPage } from './browserHarness';
import { samplePanelState, sampleSvg } from './samplePanelState';
import type { PanelState } from '../../src/shared/panelModel';
import { isWebviewMessage } from '../../src/shared/messages';
import type { PageWindow } from './pageGlobals';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPanel(state: PanelState | null, check: (panel: PanelPage) => Promise<void>): Promise<void> {
  const panel = await openPanel(browser, state);
  try {
    await check(panel);
    expect(await panel.violations()).toEqual([]);
    expect(panel.errors).toEqual([]);
    expect(panel.foreignRequests).toEqual([]);
  } finally {
    await panel.close();
  }
}

const count = (panel: PanelPage, selector: string) => panel.page.locator(selector).count();

/** A chart that tries every trick: script, handlers, links, foreign content, animation, external CSS. */
const hostileSvg = [
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<style>@import url(http://evil.example/x.css); .gx{fill:red}</style>',
  '<a href="javascript:window.__pwned=3"><text x="1" y="10">click</text></a>',
  '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="http://evil.example/i.png"/></div></foreignObject>',
  '<image href="http://evil.example/i.png" width="5" height="5"/>',
  '<use xlink:href="#p"/>',
  '<rect id="p" width="10" height="10" style="fill:url(http://evil.example/f.svg#x)" onclick="window.__pwned=4"/>',
  '<rect width="5" height="5"><animate attributeName="fill" to="red" dur="1s"/><set attributeName="onclick" to="alert(1)"/></rect>',
  '<path class="series" d="M0,0 L100,50" stroke="currentColor"/>',
  '</svg>',
].join('');

describe('results panel webview (Chromium)', () => {
  it('renders cards, charts and KaTeX under the strict CSP and says ready', async () => {
    await withPanel(samplePanelState, async (panel) => {
      expect(await count(panel, 'section.card')).toBe(2);
      expect(await count(panel, 'figure.chart > svg[role="img"][aria-label]')).toBe(1);
      expect(await count(panel, '.formula-list .katex')).toBe(3);
      expect(await count(panel, '.explain .katex-display')).toBeGreaterThan(0);
      expect(await panel.page.locator('.verdict-fails').textContent()).toBe('fails ✗ (off by 870%)');
      expect(await panel.page.locator('#block-1 .errors').textContent()).toContain("line 43:1 — unknown key 'widht' — did you mean 'width'?");
      expect(await panel.posted()).toEqual([{ type: 'ready' }]);
      // KaTeX styled itself through the CSSOM: its struts have heights despite `style-src` without 'unsafe-inline'.
      const strutHeight = await panel.page.locator('.formula-list .katex-strut').first().getAttribute('style');
      expect(strutHeight).toMatch(/height: [\d.]+em/);
    });
  });

  it('keeps a hostile chart inert: only allowlisted SVG survives', async () => {
    const state: PanelState = { ...samplePanelState, blocks: [{ ...samplePanelState.blocks[0]!, svg: hostileSvg }] };
    await withPanel(state, async (panel) => {
      await panel.page.locator('#block-0 figure.chart rect').first().click({ force: true });
      const chart = panel.page.locator('#block-0 figure.chart > svg');
      const inner = await chart.evaluate((svg) => svg.outerHTML);
      expect(inner).not.toMatch(/script|onload|onclick|href|foreignObject|<image|<use|<animate|<set|evil\.example|<a[\s>]/i);
      expect(await count(panel, '#block-0 figure.chart path.series')).toBe(1);
      expect(await panel.page.evaluate(() => (globalThis as unknown as PageWindow).__pwned)).toBeUndefined();
    });
  });

  it('shows hostile titles, summaries, errors and formulas as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const state: PanelState = {
      ...samplePanelState,
      noteName: evil,
      blocks: [{ ...samplePanelState.blocks[1]!, title: evil, summary: [evil], errors: [{ line: 1, column: 1, message: evil }] }],
      formulas: [
        { ...samplePanelState.formulas[0]!, source: '\\href{javascript:alert(1)}{x} + \\url{http://evil.example}', error: evil },
        { ...samplePanelState.formulas[1]!, source: '\\frac{1}{' },
        { ...samplePanelState.formulas[2]!, source: 'x+'.repeat(5000) /* well past the panel's cap */ },
      ],
    };
    await withPanel(state, async (panel) => {
      expect(await count(panel, '#app img, #app a, #app script')).toBe(0);
      expect(await panel.page.locator('h1').textContent()).toBe(evil);
      // \href is refused (trust: false) and drawn as an unsupported command, never as a link.
      expect(await panel.page.locator('.formula-list li').nth(0).locator('.katex').count()).toBe(1);
      // A structural parse error shows the source as text, with KaTeX's message as its tooltip.
      const broken = panel.page.locator('.formula-list li').nth(1).locator('.math-error');
      expect(await broken.textContent()).toBe('\\frac{1}{');
      expect(await broken.getAttribute('title')).toMatch(/KaTeX parse error/);
      const long = panel.page.locator('.formula-list li').nth(2).locator('.math-error');
      expect(await long.textContent()).toMatch(/formula too long to render/);
      expect(await panel.page.evaluate(() => (globalThis as unknown as PageWindow).__pwned)).toBeUndefined();
    });
  });

  it('turns clicks into validated messages', async () => {
    await withPanel(samplePanelState, async (panel) => {
      await panel.page.click('button[data-action="runAll"]');
      await panel.page.click('#block-0 button[data-action="run"]');
      await panel.page.click('#block-0 h2 button');
      await panel.page.click('.formula-list li:nth-child(2) button');
      await panel.page.click('#block-1 .errors button');
      await panel.page.click('#block-0 button[data-action="export"][data-format="svg"]');
      const posted = await panel.posted();
      expect(posted).toEqual([
        { type: 'ready' },
        { type: 'runAll' },
        { type: 'run', index: 0 },
        { type: 'reveal', line: 14 },
        { type: 'reveal', line: 9 },
        { type: 'reveal', line: 43 },
        { type: 'export', index: 0, format: 'svg' },
      ]);
      expect(posted.every(isWebviewMessage)).toBe(true);
    });
  });

  it('exports a PNG of the chart at twice its size, as base64 the host accepts', async () => {
    await withPanel(samplePanelState, async (panel) => {
      await panel.page.click('#block-0 button[data-action="saveNextToNote"]');
      await panel.page.waitForFunction(() => (globalThis as unknown as PageWindow).__posted.length > 1);
      const message = (await panel.posted())[1] as { type: string; index: number; format: string; pngBase64: string };
      expect(isWebviewMessage(message)).toBe(true);
      expect(message).toMatchObject({ type: 'saveNextToNote', index: 0, format: 'png' });
      const png = Buffer.from(message.pngBase64, 'base64');
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16..23 (the sample chart is 480 × 240).
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([960, 480]);
    });
  });

  it('ignores malformed host messages and applies valid ones', async () => {
    await withPanel(samplePanelState, async (panel) => {
      const before = await panel.page.locator('#app').innerHTML();
      await panel.page.evaluate(() => {
        for (const m of [null, 'state', { type: 'state' }, { type: 'state', state: { noteUri: 1 } }, { type: 'eval', code: 'x' }, { type: 'blockStatus', index: 0, status: 'exploded' }]) {
          (globalThis as unknown as PageWindow).postMessage(m, '*');
        }
      });
      await messagesHandled(panel.page);
      expect(await panel.page.locator('#app').innerHTML()).toBe(before);

      await panel.page.evaluate(() => (globalThis as unknown as PageWindow).postMessage({ type: 'blockStatus', index: 0, status: 'running' }, '*'));
      await panel.page.waitForSelector('#block-0 .status-running');
      expect(await panel.page.locator('#block-0 button[data-action="run"]').textContent()).toBe('Running…');

      const next = { ...samplePanelState, noteName: 'other.md', blocks: [], formulas: [] };
      await panel.page.evaluate((s) => (globalThis as unknown as PageWindow).postMessage({ type: 'state', state: s }, '*'), next);
      await panel.page.waitForFunction(() => (globalThis as unknown as PageWindow).document.querySelector('h1')?.textContent === 'other.md');
      expect(await count(panel, 'section.card')).toBe(0);
      // The state is kept for a reload (setState) …
      expect(await panel.savedState()).toEqual(next);
    });
  });

  it('restores from the saved state when the page has none embedded (reload)', async () => {
    await withPanel(null, async (panel) => {
      expect(await panel.page.locator('#app .empty').textContent()).toMatch(/Open a Markdown note/);
      await panel.page.evaluate((s) => (globalThis as unknown as PageWindow).sessionStorage.setItem('vscode-state', JSON.stringify(s)), {
        ...samplePanelState,
        blocks: [{ ...samplePanelState.blocks[0]!, svg: sampleSvg }],
      });
      await panel.page.reload();
      await panel.page.waitForSelector('section.card');
      expect(await panel.page.locator('h1').textContent()).toBe(samplePanelState.noteName);
    });
  });
});
