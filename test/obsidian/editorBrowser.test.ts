/**
 * The Obsidian editor extension in real CodeMirror 6 (@codemirror/view 6.38.6
 * and @codemirror/state 6.5.0, the versions obsidian 1.13.1 names) in Debian's
 * headless Chromium: the real mouse over a formula opens the hover with the
 * values, the verdict and the formats; the fails mark is on the wrong claim and
 * not on the right one; typing while an answer is pending is applied at once
 * and the marks move with the text. Every wait is on a condition; the timeouts
 * only decide when a stuck test fails.
 *
 * Screenshots of the hovers go to test-results/obsidian-editor/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../scripts/e2e/browser';
import { projectRoot, resultsDir } from '../../scripts/e2e/config';
import { formatNumber } from '../../src/core/display';
import { scaled } from '../support/timeScale';
import type { PageHandle } from './page/handle';

const RIGHT = String.raw`$1.5^{100} \approx 4 \times 10^{17}$`;
const WRONG = String.raw`$0.9^{50} \approx 0.05$`;
const MARKUP = String.raw`$\text{<img src=x>} = 3$`;
/** Drawn as a widget by the page, as Obsidian's live preview draws math where the cursor is not. */
const LIVE = String.raw`$0.5^{10} \approx 0.01$`;
/** The last lines, drawn as a block widget by the page (display math in live preview). */
const BLOCK = '$$0.5^{20} = 0.001$$';
const NOTE = `# Claims\n\nGrowth: ${RIGHT}.\n\nDecay: ${WRONG}.\n\nMarkup: ${MARKUP}.\n\n$$\\sqrt{0.2 \\times 0.37} = 0.272$$\n\nLive preview: ${LIVE}.\n\n${BLOCK}\n`;

const WAIT = { timeout: scaled(120_000), interval: 100 };
const shots = path.join(resultsDir, 'obsidian-editor');

let dir: string;
let browser: Browser;
let page: Page;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Bundles the test page (the extension, CodeMirror, the core, KaTeX) and writes its HTML beside it. */
async function buildPage(): Promise<string> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-cm6-'));
  await esbuild.build({
    entryPoints: [path.join(projectRoot, 'test/obsidian/page/main.ts')],
    outfile: path.join(dir, 'page.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  const katexCss = pathToFileURL(path.join(projectRoot, 'node_modules/katex/dist/katex.min.css')).href;
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="${katexCss}">
<style>
  body { margin: 0; padding: 24px; background: #fff; color: #222; font: 16px system-ui, sans-serif; }
  #editor { width: 720px; border: 1px solid #ccc; }
  .cm-editor .cm-tooltip { background: #f8f8f8; border: 1px solid #bbb; border-radius: 4px; }
</style></head>
<body><template id="note">${escapeHtml(NOTE)}</template><div id="editor"></div><script src="page.js"></script></body></html>`;
  const file = path.join(dir, 'index.html');
  fs.writeFileSync(file, html);
  return pathToFileURL(file).href;
}

type Result<K extends keyof PageHandle> = PageHandle[K] extends (...args: never[]) => infer R ? R : PageHandle[K];
type Args<K extends keyof PageHandle> = PageHandle[K] extends (...args: infer A) => unknown ? A : [];

/** Reads or calls the page's handle (`globalThis.gradexpTest`): `inPage('marked')`, `inPage('pointIn', text, 3)`. */
function inPage<K extends keyof PageHandle>(name: K, ...args: Args<K>): Promise<Result<K>> {
  return page.evaluate(`(() => {
    const handle = globalThis.gradexpTest, member = handle[${JSON.stringify(name)}];
    return typeof member === 'function' ? member.apply(handle, ${JSON.stringify(args)}) : member;
  })()`);
}

/** What the page's source has been asked and answered, and the texts under the fails marks. */
async function pageState(): Promise<{ asked: number; answered: number; marked: string[] }> {
  const [asked, answered, marked] = await Promise.all([inPage('asked'), inPage('answered'), inPage('marked')]);
  return { asked: asked.length, answered, marked };
}

/** Moves the real mouse over the character `into` characters inside `text`, and waits for the hover. */
async function hover(text: string, into = 3): Promise<string> {
  await page.mouse.move(5, 5);
  await expect.poll(() => page.locator('.cm-tooltip-hover').count(), WAIT).toBe(0);
  const at = await inPage('pointIn', text, into);
  if (!at) throw new Error(`no coordinates for ${text}`);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  const tooltip = page.locator('.cm-tooltip-hover .gradexp-hover');
  await tooltip.waitFor({ state: 'visible', timeout: WAIT.timeout });
  return (await tooltip.textContent()) ?? '';
}

/** Moves the real mouse over a live-preview math widget (inline, or the block), and waits for the hover. */
async function hoverWidget(display: boolean): Promise<string> {
  await page.mouse.move(5, 5);
  await expect.poll(() => page.locator('.cm-tooltip').count(), WAIT).toBe(0);
  const at = await inPage('widgetPoint', display);
  if (!at) throw new Error('no live-preview widget');
  await page.mouse.move(at.x, at.y, { steps: 4 });
  // Over a block the tooltip is the hover itself (.cm-tooltip.gradexp-hover), over text it is inside CodeMirror's hover container.
  const tooltip = page.locator('.gradexp-hover');
  await tooltip.waitFor({ state: 'visible', timeout: WAIT.timeout });
  return (await tooltip.textContent()) ?? '';
}

/** Clicks at the character `into` characters inside `text` (the real mouse puts the cursor there). */
async function clickInto(text: string, into: number): Promise<void> {
  const at = await inPage('pointIn', text, into);
  if (!at) throw new Error(`no coordinates for ${text}`);
  await page.mouse.click(at.x - 1, at.y);
  const offset = (await inPage('offsetOf', text)) + into;
  await expect.poll(() => inPage('head'), WAIT).toBe(offset);
}

describe('the Obsidian editor extension in CodeMirror 6 (headless Chromium)', () => {
  beforeAll(async () => {
    const url = await buildPage();
    fs.mkdirSync(shots, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 900, height: 700 }, deviceScaleFactor: 2 });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url, { timeout: WAIT.timeout });
    // The first answer (the core's first analysis loads its evaluator: seconds on a busy machine).
    await page.waitForFunction('globalThis.gradexpTest?.answered > 0', undefined, { timeout: WAIT.timeout, polling: 100 }).catch((e: unknown) => {
      throw new Error(`the page did not answer: ${errors.join('\n') || String(e)}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('marks the failed claim, and not the one that holds', async () => {
    expect((await pageState()).marked).toEqual([WRONG]);
    await page.locator('#editor').screenshot({ path: path.join(shots, 'marks.png') });
  });

  it('shows the values, the verdict and the formats of a claim that holds under the mouse', async () => {
    const text = await hover(RIGHT);
    expect(text).toContain('gradexp · claim holds ✓');
    expect(text).toContain(formatNumber(Math.pow(1.5, 100), 5));
    expect(text).toContain('fp16bf16fp32fp8-e4m3');
    expect(text).toContain('overflow → Infinity');
    expect(text).toMatch(/holds ✓ \(relative error [\d.]+\)/);
    // The formula and each side drawn by the injected renderer (KaTeX here, Obsidian's renderMath in the app).
    expect(await page.locator('.cm-tooltip-hover .gradexp-hover .katex').count()).toBeGreaterThanOrEqual(3);
    await page.locator('.cm-tooltip-hover').screenshot({ path: path.join(shots, 'hover-holds.png') });
  });

  it('shows the computed value of a failed claim', async () => {
    const text = await hover(WRONG);
    expect(text).toContain('gradexp · claim fails ✗');
    expect(text).toContain(`computed ${formatNumber(Math.pow(0.9, 50), 5)}`);
    await page.screenshot({ path: path.join(shots, 'hover-fails-page.png') });
    await page.locator('.cm-tooltip-hover').screenshot({ path: path.join(shots, 'hover-fails.png') });
  });

  it('marks and hovers a formula drawn as a widget, as in live preview', async () => {
    expect(await inPage('markedWidgets')).toBe(1);
    const text = await hoverWidget(false);
    expect(text).toContain('gradexp · claim fails ✗');
    expect(text).toContain(`computed ${formatNumber(Math.pow(0.5, 10), 5)}`);
    await page.locator('.cm-tooltip-hover').screenshot({ path: path.join(shots, 'hover-live-preview.png') });
  });

  it('hovers display math drawn as a block, which no mark can wrap', async () => {
    const text = await hoverWidget(true);
    expect(text).toContain('gradexp · claim fails ✗');
    expect(text).toContain(`computed ${formatNumber(Math.pow(0.5, 20), 5)}`);
    expect(await page.locator('.gradexp-hover .katex-display').count()).toBe(1);
    expect(await inPage('markedWidgets')).toBe(1);
    await page.locator('.gradexp-hover').screenshot({ path: path.join(shots, 'hover-block.png') });
    // Leaving the editor closes it.
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('.gradexp-hover').count(), WAIT).toBe(0);
  });

  it('draws display math and makes no markup of the note text', async () => {
    expect(await hover('$$\\sqrt{0.2', 4)).toContain('claim holds ✓');
    expect(await page.locator('.cm-tooltip-hover .katex-display').count()).toBe(1);
    await hover(MARKUP);
    expect(await page.locator('.cm-tooltip-hover .gradexp-hover script, .cm-tooltip-hover .gradexp-hover img').count()).toBe(0);
  });

  it('applies typing at once while an answer is pending, and the marks move with the text', async () => {
    await page.mouse.move(5, 5);
    const before = await pageState();
    await inPage('hold');
    await clickInto('# Claims', '# Claims'.length);
    const typed = ' and how they fare in fp16';
    await page.keyboard.type(typed);
    // Once the source is asked (after the typing paused), more edits arrive while its answer is pending.
    await expect.poll(async () => (await pageState()).asked, WAIT).toBe(before.asked + 1);
    await page.keyboard.press('Enter');
    await page.keyboard.type('A line typed above the formulas.');
    // Every key is in the text though the source has not answered: the editor did not wait for it.
    expect(await inPage('text')).toContain(`# Claims${typed}\nA line typed above the formulas.\n`);
    // The mark was moved by the edits, not recomputed: still exactly on the wrong claim.
    expect((await pageState()).marked).toEqual([WRONG]);
    // One request at a time: none more while the first is pending.
    expect((await pageState()).asked).toBe(before.asked + 1);
    await inPage('release');
    // The pending answer (for an older text) is placed through the edits, then the latest text is asked once more.
    await expect.poll(async () => (await pageState()).answered, WAIT).toBe(before.answered + 2);
    const after = await pageState();
    expect(after.asked).toBe(before.asked + 2);
    expect(after.marked).toEqual([WRONG]);
    expect((await inPage('asked')).at(-1)).toBe(await inPage('text'));
  });

  it('drops the mark as soon as the claim is edited, and judges the new text', async () => {
    const before = await pageState();
    // 0.05 → 0.005: 0.9^50 = 0.0051538 rounds to it.
    await clickInto(WRONG, WRONG.indexOf('0.05') + 3);
    await page.keyboard.type('0');
    expect((await pageState()).marked).toEqual([]);
    await expect.poll(async () => (await pageState()).answered, WAIT).toBeGreaterThan(before.answered);
    expect((await pageState()).marked).toEqual([]);
    expect(await hover('$0.9^{50} \\approx 0.005$')).toContain('claim holds ✓');
  });

  it('keeps its marks and says so when the source fails, and asks again after the next edit', async () => {
    await page.mouse.move(5, 5);
    const before = await pageState();
    expect(await inPage('markedWidgets')).toBe(1);
    await inPage('failNext');
    await clickInto('# Claims', 2);
    await page.keyboard.type('x');
    await expect.poll(() => inPage('errors'), WAIT).toEqual(['Error: the worker stopped']);
    // The reports it had are kept: the live-preview formula is still marked.
    expect(await inPage('markedWidgets')).toBe(1);
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await pageState()).answered, WAIT).toBeGreaterThan(before.answered);
    expect((await pageState()).asked).toBe(before.asked + 2);
  });
});
