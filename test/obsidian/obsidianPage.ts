/**
 * Opens the test page in headless Chromium: the obsidian stand-in and its
 * harness (test/obsidian/standin/page.ts, bundled here), the built plugin's
 * styles.css (given), and Obsidian's theme variables for a light or a dark theme
 * (values of Obsidian's default theme). main.js itself is handed to the page
 * as text and run there as Obsidian runs it.
 */
import type { Browser, Page } from 'playwright-core';
import path from 'node:path';
import { pageScript, serve } from '../panel/browserHarness';
import { scaled } from '../support/timeScale';

/** Obsidian's default theme, the variables styles.css reads (app.css 1.x): name, light value, dark value. */
const THEME_VARIABLES: readonly (readonly [name: string, light: string, dark: string])[] = [
  ['--text-normal', '#222222', '#dadada'],
  ['--text-muted', '#5c5c5c', '#b3b3b3'],
  ['--text-error', '#e93147', '#fb464c'],
  ['--text-warning', '#ec7500', '#e9973f'],
  ['--text-success', '#08b94e', '#44cf6e'],
  ['--text-accent', '#8a5cf5', '#a68af9'],
  ['--text-accent-hover', '#6b3cf0', '#c0aafb'],
  ['--text-on-accent', '#ffffff', '#ffffff'],
  ['--interactive-normal', '#ffffff', '#2a2a2a'],
  ['--interactive-hover', '#f0f0f0', '#303030'],
  ['--interactive-accent', '#8a5cf5', '#8a5cf5'],
  ['--interactive-accent-hover', '#7a4bf0', '#9a70f7'],
  ['--background-primary', '#ffffff', '#1e1e1e'],
  ['--background-secondary', '#f6f6f6', '#262626'],
  ['--background-modifier-border', '#e0e0e0', '#363636'],
  ['--background-modifier-hover', 'rgba(0, 0, 0, 0.067)', 'rgba(255, 255, 255, 0.067)'],
  ['--background-modifier-error', '#e93147', '#fb464c'],
  ['--color-green', '#08b94e', '#44cf6e'],
  ['--color-yellow', '#e0ac00', '#e0de71'],
];

/** Each theme's variables, by theme. */
export const OBSIDIAN_THEMES = {
  light: Object.fromEntries(THEME_VARIABLES.map(([name, light]) => [name, light])),
  dark: Object.fromEntries(THEME_VARIABLES.map(([name, , dark]) => [name, dark])),
} as const;

export type ObsidianTheme = keyof typeof OBSIDIAN_THEMES;

let harness: Promise<string> | undefined;

function harnessScript(): Promise<string> {
  harness ??= pageScript(path.join(__dirname, 'standin', 'page.ts'));
  return harness;
}

function pageHtml(theme: ObsidianTheme): string {
  const vars = Object.entries({
    ...OBSIDIAN_THEMES[theme],
    '--font-interface': 'system-ui, sans-serif',
    '--font-monospace': 'monospace',
    '--font-ui-small': '13px',
    '--font-ui-smaller': '12px',
    '--font-ui-medium': '15px',
  })
    .map(([k, v]) => `${k}: ${v};`)
    .join(' ');
  return `<!doctype html><html><head><meta charset="utf-8">
<style>
body { ${vars} margin: 0; display: flex; align-items: flex-start; background: var(--background-primary); color: var(--text-normal); font-family: var(--font-interface); font-size: 16px; }
#note { width: 700px; padding: 16px 32px; box-sizing: border-box; }
.mod-right-split { width: 420px; border-left: 1px solid var(--background-modifier-border); background: var(--background-secondary); min-height: 100vh; }
#settings { display: none; }
#editor { position: absolute; left: 0; top: 1200px; width: 700px; }
</style>
<link rel="stylesheet" href="/styles.css"></head>
<body class="theme-${theme}"><div id="note" class="markdown-preview-view markdown-rendered"></div><div id="settings"></div><div id="editor"></div><script src="/harness.js"></script></body></html>`;
}

export interface ObsidianPage {
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

/** A page with the stand-in loaded (not yet the plugin: call gx.start with main.js's text). */
export async function openObsidianPage(browser: Browser, stylesCss: string, theme: ObsidianTheme = 'light'): Promise<ObsidianPage> {
  const script = await harnessScript();
  const server = await serve((pathname) => {
    if (pathname === '/index.html') return { body: pageHtml(theme), type: 'text/html; charset=utf-8' };
    if (pathname === '/harness.js') return { body: script, type: 'text/javascript' };
    if (pathname === '/styles.css') return { body: stylesCss, type: 'text/css' };
    return null;
  });
  const page = await browser.newPage({ viewport: { width: 1120, height: 1000 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.setDefaultTimeout(scaled(120_000)); // every wait is on a condition; this is only how long before it counts as stuck
  await page.goto(`${server.origin}/index.html`);
  return {
    page,
    errors,
    close: async () => {
      await page.close();
      server.close();
    },
  };
}
