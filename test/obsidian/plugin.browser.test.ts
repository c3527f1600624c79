/**
 * The built plugin (main.js and styles.css, built as the release builds them) in
 * headless Chromium against the obsidian stand-in: it loads with only
 * `obsidian` provided, registers its processor, view, commands and settings
 * tab; a block runs in the real Web Worker started from main.js and is drawn
 * as its chart and summary; errors are located; the side view lists blocks
 * and formula verdicts (math by MathJax) and reveals lines; the commands and
 * the settings work. Screenshots go to test-results/obsidian/.
 * Not tested here: Obsidian itself (its real DOM, live preview, mobile).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../panel/browserHarness';
import { openObsidianPage, type ObsidianPage, type ObsidianTheme } from './obsidianPage';
import type { HarnessApi as Harness } from './harnessApi';
import { MEDIUM_BLOCK, NOTE } from './notes';
import { FAILS_CLASS } from '../../src/obsidian/editor/reportState';

const ROOT = path.resolve(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-results', 'obsidian');
const require_ = (m: string) => require(m) as { buildObsidian(o?: object): Promise<void> };

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
const NOTES = {
  'notes/stability.md': NOTE,
  'notes/weights.md': fs.readFileSync(path.join(FIXTURES, 'weights.md'), 'utf8'),
  'notes/weights.json': fs.readFileSync(path.join(FIXTURES, 'weights.json'), 'utf8'),
  'notes/medium.md': `# A larger block\n\n\`\`\`gradexp\ntitle: 20 layers of 128\n${MEDIUM_BLOCK}\n\`\`\`\n`,
};

let browser: Browser;
let mainJs: string;
let stylesCss: string;

beforeAll(async () => {
  // The plugin as the release ships it (npm run package:obsidian: minified), into a folder of this test's own;
  // bundle.test.ts loads the development build.
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-obsidian-'));
  await require_(path.join(ROOT, 'scripts', 'obsidian', 'build.js')).buildObsidian({ outDir: out, production: true });
  mainJs = fs.readFileSync(path.join(out, 'main.js'), 'utf8');
  stylesCss = fs.readFileSync(path.join(out, 'styles.css'), 'utf8');
  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Gx = { gx: Harness };

async function withPlugin(theme: ObsidianTheme, check: (p: ObsidianPage) => Promise<void>): Promise<void> {
  const p = await openObsidianPage(browser, stylesCss, theme);
  try {
    const registered = await p.page.evaluate(([code, notes]) => (globalThis as unknown as Gx).gx.start(code, notes), [mainJs, NOTES] as const);
    expect(registered.processors).toEqual(['gradexp']);
    expect(registered.editorExtensions).toBe(1);
    expect(registered.views).toEqual(['gradexp-results']);
    expect(registered.commands.sort()).toEqual(['gradexp:check-note', 'gradexp:check-vault', 'gradexp:run-all-blocks', 'gradexp:show-results']);
    await check(p);
    expect(p.errors).toEqual([]);
  } finally {
    await p.close();
  }
}

const evaluate = <T>(p: ObsidianPage, fn: (gx: Harness) => T | Promise<T>) =>
  p.page.evaluate(`(${fn.toString()})(globalThis.gx)`) as Promise<T>;

describe('the Obsidian plugin (stand-in API, Chromium)', () => {
  it('draws a cheap block as its chart and summary from the worker, and a bad block’s errors where they are', async () => {
    await withPlugin('light', async (p) => {
      expect(await evaluate(p, (gx) => gx.renderNote('notes/stability.md'))).toBe(2);
      const first = p.page.locator('#note .gradexp-block').nth(0);
      await first.locator('figure.chart > svg[role="img"]').waitFor();
      expect(await first.locator('.status').textContent()).toMatch(/^ran \d/);
      expect(await first.locator('ul.summary').textContent()).toMatch(/28/);
      expect(await first.locator('.export').count()).toBe(0);
      // What the experiment computes, drawn by MathJax (the stand-in's renderMath), not KaTeX.
      expect(await first.locator('.explain mjx-container svg').count()).toBeGreaterThan(0);
      expect(await p.page.locator('.katex').count()).toBe(0);
      const second = p.page.locator('#note .gradexp-block').nth(1);
      expect(await second.locator('ul.errors').textContent()).toContain("line 17:1 — unknown key 'widht'");
      await p.page.locator('#note').screenshot({ path: path.join(SHOTS, 'block-light.png') });
      // Clicking the error's location opens the note at that line.
      await second.locator('ul.errors button.location').click();
      expect(await evaluate(p, (gx) => gx.opened().at(-1))).toEqual({ path: 'notes/stability.md', line: 16 });
    });
  });

  it('waits for Run on a block above the cheap limit, then runs it; the side view lists blocks and verdicts and reveals lines', async () => {
    await withPlugin('dark', async (p) => {
      await evaluate(p, (gx) => gx.renderNote('notes/medium.md'));
      const block = p.page.locator('#note .gradexp-block').first();
      expect(await block.locator('.status').textContent()).toBe('not run yet');
      expect(await block.locator('.chart-placeholder').textContent()).toBe('Run the experiment to see its chart.');
      await block.locator('button[data-action="run"]').click();
      await block.locator('figure.chart > svg').waitFor();

      await evaluate(p, (gx) => gx.renderNote('notes/stability.md'));
      await p.page.locator('#note .gradexp-block figure.chart > svg').first().waitFor();
      expect(await evaluate(p, (gx) => gx.runCommand('gradexp:show-results'))).toBe(true);
      const side = p.page.locator('.gradexp-side');
      await side.locator('.formula-list li').nth(1).waitFor();
      expect(await side.locator('h1').textContent()).toBe('stability');
      expect(await side.locator('section.card').count()).toBe(2);
      await side.locator('section.card figure.chart > svg').first().waitFor();
      expect(await side.locator('.verdict').allTextContents()).toEqual(['fails ✗ (off by rel. error 9.8e-4)', 'holds ✓']);
      expect(await side.locator('.formula-list mjx-container svg').count()).toBe(2);
      await p.page.screenshot({ path: path.join(SHOTS, 'note-and-side-view-dark.png'), fullPage: true });
      await side.locator('.formula-list button.formula').first().click();
      expect(await evaluate(p, (gx) => gx.opened().at(-1))).toEqual({ path: 'notes/stability.md', line: 2 });
    });
  });

  it('runs every block of the note with the command', async () => {
    await withPlugin('light', async (p) => {
      await evaluate(p, (gx) => gx.renderNote('notes/medium.md'));
      expect(await p.page.locator('#note .gradexp-block .status').textContent()).toBe('not run yet');
      expect(await evaluate(p, (gx) => gx.runCommand('gradexp:run-all-blocks'))).toBe(true);
      await p.page.locator('#note .gradexp-block figure.chart > svg').waitFor();
      await p.page.locator('.gradexp-side section.card figure.chart > svg').waitFor();
      expect(await p.page.locator('.gradexp-side section.card .status').textContent()).toMatch(/^ran /);
    });
  });

  it('runs a block with a weights file read from the vault beside its note', async () => {
    await withPlugin('light', async (p) => {
      expect(await evaluate(p, (gx) => gx.renderNote('notes/weights.md'))).toBe(2);
      const [withFile, missing] = [0, 1].map((i) => p.page.locator('#note .gradexp-block').nth(i));
      await withFile!.locator('button[data-action="run"]').click();
      await withFile!.locator('figure.chart > svg').waitFor();
      expect(await withFile!.locator('ul.summary li').count()).toBe(2);
      await missing!.locator('button[data-action="run"]').click();
      await missing!.locator('ul.errors').waitFor();
      expect(await missing!.locator('ul.errors').textContent()).toContain("weights: './missing.json' not found next to the note");
    });
  });

  it('checks this note and the vault: a summary Notice and the list in the side view', async () => {
    await withPlugin('light', async (p) => {
      await evaluate(p, (gx) => gx.renderNote('notes/stability.md'));
      // Obsidian keeps a note's editor in reading view too: "check this note" reads it.
      expect(await evaluate(p, (gx) => gx.runCommand('gradexp:check-note'))).toBe(true);
      await expect.poll(() => evaluate(p, (gx) => gx.notices())).toContain('gradexp: 1 hold, 1 fail, 0 not decided');
      expect(await evaluate(p, (gx) => gx.runCommand('gradexp:check-vault'))).toBe(true);
      const vault = p.page.locator('.gradexp-side .gradexp-vault');
      await vault.waitFor();
      expect(await vault.locator('.gradexp-vault-summary').textContent()).toBe(
        'gradexp: 3 notes checked: 1 claim holds, 1 fails, 0 not decided — problems in 1 note',
      );
      expect(await evaluate(p, (gx) => gx.notices().at(-1))).toBe('gradexp: 3 notes checked: 1 claim holds, 1 fails, 0 not decided — problems in 1 note');
      expect(await vault.locator('.gradexp-problem').allTextContents()).toEqual([
        "line 17:1 — unknown key 'widht' — did you mean 'width'?",
        'line 3:20 — claim fails: 2^{10} = 1024, not = 1025',
      ]);
      await vault.locator('.gradexp-problem button.location').nth(1).click();
      expect(await evaluate(p, (gx) => gx.opened().at(-1))).toEqual({ path: 'notes/stability.md', line: 2 });
      await p.page.locator('.mod-right-split').screenshot({ path: path.join(SHOTS, 'side-view-vault-light.png') });
    });
  });

  it('marks the failed claim in the editor, from the same formula worker', async () => {
    await withPlugin('light', async (p) => {
      await evaluate(p, (gx) => gx.openEditor('notes/stability.md'));
      const marked = p.page.locator(`#editor .${FAILS_CLASS}`);
      await marked.waitFor();
      expect(await marked.allTextContents()).toEqual(['$2^{10} = 1025$']);
    });
  });

  it('has a settings tab whose values are validated and saved, and unloads cleanly', async () => {
    await withPlugin('light', async (p) => {
      expect(await evaluate(p, (gx) => gx.showSettings())).toEqual([
        'Significant digits',
        'Run every block as it is shown',
        'Work budget',
        'Run without asking below',
        'Number formats in the hover',
      ]);
      const saved = await evaluate(p, async (gx) => {
        await gx.enterSetting('Run every block as it is shown', 0, true);
        await gx.enterSetting('Work budget', 0, 'lots');
        await gx.enterSetting('Significant digits', 0, '3');
        await gx.enterSetting('Number formats in the hover', 3, true);
        return gx.saved();
      });
      expect(saved).toMatchObject({ autoRun: true, workBudget: 5e10, significantDigits: 3, hoverFormats: ['fp16', 'bf16', 'fp32', 'fp8-e4m3'] });
      // Run one block so the workers exist, then unload: every worker stops and the script's Blob URL goes.
      await evaluate(p, (gx) => gx.renderNote('notes/stability.md'));
      await p.page.locator('#note .gradexp-block figure.chart > svg').waitFor();
      await evaluate(p, (gx) => gx.unloadPlugin());
      const lifetimes = await evaluate(p, (gx) => gx.lifetimes());
      expect(lifetimes.workersStarted).toBeGreaterThan(0);
      expect(lifetimes).toEqual({ workersStarted: lifetimes.workersStarted, workersTerminated: lifetimes.workersStarted, urlsMade: 1, urlsRevoked: 1 });
    });
  });
});
