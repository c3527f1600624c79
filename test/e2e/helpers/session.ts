/**
 * One VS Code session for a scenario file: a workspace copied from fixtures,
 * its own code-server and browser, opened on the folder and ready. Everything
 * is stopped in afterAll, and a failing test leaves a screenshot behind.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../../scripts/e2e/browser';
import { startCodeServer, type RunningCodeServer } from '../../../scripts/e2e/codeServer';
import '../../../scripts/e2e/context';
import { fixturePath, noteFileName } from './notes';
import { START_WAIT_MS, UI_WAIT_MS } from './waits';

/** How a scenario file wants its VS Code. */
export interface SessionOptions {
  /** Names the session's folder and screenshots. */
  readonly name: string;
  /** Notes copied into the workspace: fixture names, or repository paths like `examples/x.md` (see fixturePath). */
  readonly fixtures: readonly string[];
  /** User settings merged over the harness defaults. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Notes made at test time (file name → text), written into the workspace beside the fixtures. */
  readonly generatedNotes?: Readonly<Record<string, string>>;
  /** Extra environment for code-server and so its extension host (e.g. GRADEXP_EVENT_LOOP_REPORT). */
  readonly env?: Readonly<Record<string, string>>;
}

/** A running, loaded VS Code. */
export interface VsCodeSession {
  readonly page: Page;
  readonly workspace: string;
  readonly server: RunningCodeServer;
  /** Saves a PNG of the whole window under test-results/e2e/screenshots/ and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Saves a PNG of just the part of the window around these elements (e.g. a hover and its line) and returns its path. */
  screenshotOf(name: string, ...targets: Locator[]): Promise<string>;
}

/** Registers beforeAll/afterAll hooks that run one VS Code for the calling scenario file; call the result inside tests. */
export function useVsCode(options: SessionOptions): () => VsCodeSession {
  let session: VsCodeSession | undefined;
  let browser: Browser | undefined;
  let server: RunningCodeServer | undefined;

  beforeAll(async () => {
    const run = inject('e2e');
    const sessionDir = path.join(run.runDir, 'sessions', options.name);
    const workspace = path.join(sessionDir, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    for (const name of options.fixtures) fs.copyFileSync(fixturePath(name), path.join(workspace, noteFileName(name)));
    for (const [name, text] of Object.entries(options.generatedNotes ?? {})) fs.writeFileSync(path.join(workspace, name), text);
    server = await startCodeServer({
      bin: run.codeServer,
      workspace,
      sessionDir,
      extensionsDir: run.extensionsDir,
      settings: options.settings,
      registry: run.registry,
      env: options.env,
    });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    // Every Playwright wait (locator.waitFor, click, …) is on a condition; this is when it counts as stuck.
    page.setDefaultTimeout(UI_WAIT_MS);
    await page.goto(server.url, { timeout: START_WAIT_MS });
    // The workbench is usable once the explorer lists the workspace's files.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: START_WAIT_MS });
    const screenshotsDir = path.join(run.runDir, 'screenshots');
    fs.mkdirSync(screenshotsDir, { recursive: true });
    session = {
      page,
      workspace,
      server,
      async screenshot(name) {
        const file = path.join(screenshotsDir, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      async screenshotOf(name, ...targets) {
        const file = path.join(screenshotsDir, `${name}.png`);
        const boxes = await Promise.all(targets.map(async (t) => t.boundingBox()));
        const shown = boxes.filter((b): b is NonNullable<typeof b> => b !== null);
        if (shown.length === 0) throw new Error(`nothing to screenshot for ${name}: no target is visible`);
        const pad = 8;
        const viewport = page.viewportSize() ?? { width: 1500, height: 950 };
        const x = Math.max(0, Math.min(...shown.map((b) => b.x)) - pad);
        const y = Math.max(0, Math.min(...shown.map((b) => b.y)) - pad);
        const right = Math.min(viewport.width, Math.max(...shown.map((b) => b.x + b.width)) + pad);
        const bottom = Math.min(viewport.height, Math.max(...shown.map((b) => b.y + b.height)) + pad);
        await page.screenshot({ path: file, clip: { x, y, width: right - x, height: bottom - y } });
        return file;
      },
    };
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && session) {
      const safe = context.task.name.replace(/[^\w-]+/g, '-').slice(0, 60);
      await session.screenshot(`FAILED-${options.name}-${safe}`).catch(() => undefined);
    }
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  return () => {
    if (!session) throw new Error(`VS Code session "${options.name}" did not start (see its beforeAll error)`);
    return session;
  };
}
