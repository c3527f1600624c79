/**
 * Opens the real results panel in headless Chromium: the host's HTML builder
 * (same CSP, fresh nonce), the webview bundle built by esbuild in memory,
 * KaTeX's stylesheet and fonts, a fake `acquireVsCodeApi`, and VS Code theme
 * variables. Used by the browser tests and the screenshot script.
 */
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { buildPanelHtml } from '../../src/extension/panel/html';
import type { PanelState } from '../../src/shared/panelModel';
import { THEMES, type ThemeName } from './themes';
import type { PageWindow } from './pageGlobals';
import { scaled } from '../support/timeScale';

/** Debian's Chromium; the tests and screenshots need it (`apt-get install chromium`). */
export const CHROMIUM = process.env.GRADEXP_CHROMIUM ?? '/usr/bin/chromium';

/** The repository root: the nearest folder up whose package.json is gradexp's (works when this file is bundled elsewhere). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'gradexp') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no gradexp package.json above ${from}`);
  }
}
const ROOT = findRoot(__dirname);
const KATEX_DIST = path.join(ROOT, 'node_modules', 'katex', 'dist');

/** A browser script of `entry` and what it imports, as esbuild.js bundles the panel (IIFE for Chromium), in memory. */
export function pageScript(entry: string): Promise<string> {
  return build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]?.text ?? '');
}

let bundle: Promise<string> | undefined;

/** The webview script exactly as esbuild.js bundles it, built once per process. */
function panelScript(): Promise<string> {
  bundle ??= pageScript(path.join(ROOT, 'src/webview/main.ts'));
  return bundle;
}

/**
 * Resolves once the page has handled every message posted to it before this call: a marker
 * message is posted after them and awaited. Window messages are dispatched in the order they
 * were posted, and the panel handles each synchronously in its listener (registered first),
 * so when the marker arrives the earlier ones are done. A condition, not a sleep.
 */
export async function messagesHandled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const w = globalThis as unknown as PageWindow;
        const marker = `gradexp-test-barrier-${Math.random()}`;
        const onMessage = (e: { readonly data: unknown }) => {
          if (e.data !== marker) return;
          w.removeEventListener('message', onMessage);
          resolve();
        };
        w.addEventListener('message', onMessage);
        w.postMessage(marker, '*');
      }),
  );
}

/** Starts Chromium with the flags the project uses everywhere. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set GRADEXP_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** An open panel page and what it has told the fake host. */
export interface PanelPage {
  readonly page: Page;
  /** Messages the webview posted, in order. */
  posted(): Promise<unknown[]>;
  /** CSP violations the page reported. */
  violations(): Promise<string[]>;
  /** Requests the page made outside its own origin (there must be none). */
  readonly foreignRequests: string[];
  /** What the webview last gave setState. */
  savedState(): Promise<unknown>;
  /** Uncaught page errors. */
  readonly errors: string[];
  close(): Promise<void>;
}

export type Served = { body: string | Buffer; type: string };

export function serve(files: (pathname: string) => Served | null): Promise<{ origin: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const found = files(new URL(req.url ?? '/', 'http://x').pathname);
    if (!found) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': found.type });
    res.end(found.body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

/** Opens the panel showing `state` (or an empty panel) in the given theme. */
export async function openPanel(
  browser: Browser,
  state: PanelState | null,
  theme: ThemeName = 'light',
  viewport = { width: 760, height: 900 },
): Promise<PanelPage> {
  const script = await panelScript();
  let html = '';
  const server = await serve((pathname) => {
    if (pathname === '/panel.html') return { body: html, type: 'text/html; charset=utf-8' };
    if (pathname === '/media/dist/panel.js') return { body: script, type: 'text/javascript' };
    if (pathname === '/media/panel.css') return { body: fs.readFileSync(path.join(ROOT, 'media/panel.css')), type: 'text/css' };
    if (pathname === '/media/dist/katex/katex.min.css') return { body: fs.readFileSync(path.join(KATEX_DIST, 'katex.min.css')), type: 'text/css' };
    const font = /^\/media\/dist\/katex\/fonts\/([\w-]+\.woff2)$/.exec(pathname);
    if (font?.[1]) return { body: fs.readFileSync(path.join(KATEX_DIST, 'fonts', font[1])), type: 'font/woff2' };
    return null;
  });
  const origin = server.origin;
  html = buildPanelHtml({
    cspSource: origin,
    nonce: randomBytes(16).toString('base64'),
    scriptUri: `${origin}/media/dist/panel.js`,
    styleUris: [`${origin}/media/dist/katex/katex.min.css`, `${origin}/media/panel.css`],
    state,
  });
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  const { vars, bodyClass } = THEMES[theme];
  await page.addInitScript(
    ({ vars, bodyClass }) => {
      const w = globalThis as unknown as PageWindow;
      const posted: unknown[] = [];
      const violations: string[] = [];
      w.__posted = posted;
      w.__violations = violations;
      // Like VS Code's webview state, the fake's state survives a reload of the page (sessionStorage).
      w.acquireVsCodeApi = () => ({
        postMessage: (m: unknown) => posted.push(m),
        getState: (): unknown => (JSON.parse(w.sessionStorage.getItem('vscode-state') ?? 'null') as unknown) ?? undefined,
        setState: (s: unknown) => w.sessionStorage.setItem('vscode-state', JSON.stringify(s)),
      });
      w.document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      // VS Code puts theme colours on <html> as custom properties and the theme kind on <body>.
      w.document.addEventListener('DOMContentLoaded', () => {
        for (const [k, v] of Object.entries(vars)) w.document.documentElement.style.setProperty(k, v);
        w.document.body.classList.add(bodyClass);
      });
    },
    { vars, bodyClass },
  );
  page.setDefaultTimeout(scaled(60_000)); // every wait is on a condition; this is only how long before it counts as stuck
  await page.goto(`${origin}/panel.html`);
  await page.waitForSelector('#app > *');
  return {
    page,
    posted: () => page.evaluate(() => (globalThis as unknown as PageWindow).__posted),
    savedState: () =>
      page.evaluate(() => JSON.parse((globalThis as unknown as PageWindow).sessionStorage.getItem('vscode-state') ?? 'null') as unknown),
    violations: () => page.evaluate(() => (globalThis as unknown as PageWindow).__violations),
    foreignRequests,
    errors,
    close: async () => {
      await page.close();
      server.close();
    },
  };
}
