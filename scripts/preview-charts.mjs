#!/usr/bin/env node
// Renders every chart fixture to SVG and PNG under /tmp/gradexp-charts so a human can look at them.
// Bundles the renderer and the fixtures with esbuild on the fly (no build step needed), rasterizes with resvg.
// With --browser, also screenshots the theme-mode SVGs inline in light, dark and high-contrast pages
// (VS Code body classes and --vscode-* variables) with playwright-core and Debian's Chromium.
// Usage: node scripts/preview-charts.mjs [outDir] [--browser]
import { build } from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? '/tmp/gradexp-charts';
mkdirSync(outDir, { recursive: true });

const bundlePath = join(tmpdir(), `gradexp-chart-preview-${process.pid}.mjs`);
await build({
  stdin: {
    contents: "export { renderChartSvg } from './src/core/chart/index.ts'; export { ALL_FIXTURES } from './test/chart/fixtures.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundlePath,
  logLevel: 'warning',
});
const { renderChartSvg, ALL_FIXTURES } = await import(pathToFileURL(bundlePath).href);
rmSync(bundlePath);

// DejaVu Sans ships with Debian (fonts-dejavu-core); resvg falls back to it for the CSS font stack.
const fontOptions = { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' };
const sizes = { '': {}, '.narrow': { width: 360, height: 240 } };
const themed = [];
for (const [name, make] of Object.entries(ALL_FIXTURES)) {
  for (const [suffix, size] of Object.entries(sizes))
  for (const colors of ['static', 'theme']) {
    if (suffix && colors === 'theme') continue;
    const started = performance.now();
    const svg = renderChartSvg(make(), { colors, ...size });
    if (colors === 'theme') themed.push([name, svg]);
    const ms = performance.now() - started;
    const base = join(outDir, `${name}${suffix}.${colors}`);
    writeFileSync(`${base}.svg`, svg);
    const png = new Resvg(svg, { font: fontOptions, fitTo: { mode: 'zoom', value: 2 }, background: colors === 'theme' ? '#ffffff' : undefined })
      .render()
      .asPng();
    writeFileSync(`${base}.png`, png);
    console.log(`${base}.png  svg ${(svg.length / 1024).toFixed(1)} KiB  render ${ms.toFixed(1)} ms`);
  }
}

if (args.includes('--browser')) {
  const { chromium } = await import('playwright-core');
  const themes = {
    light: { cls: 'vscode-light', bg: '#ffffff', fg: '#3b3b3b', vars: '--vscode-charts-red:#e51400;--vscode-charts-blue:#1a85ff;--vscode-charts-lines:rgba(0,0,0,.6)' },
    dark: { cls: 'vscode-dark', bg: '#1f1f1f', fg: '#cccccc', vars: '--vscode-charts-red:#f14c4c;--vscode-charts-blue:#3794ff;--vscode-charts-lines:rgba(204,204,204,.5)' },
    'high-contrast': { cls: 'vscode-high-contrast', bg: '#000000', fg: '#ffffff', vars: '--vscode-charts-red:#f14c4c;--vscode-charts-blue:#3794ff;--vscode-charts-lines:#ffffff' },
  };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const page = await browser.newPage({ viewport: { width: 660, height: 380 } });
    for (const [name, svg] of themed) {
      for (const [theme, t] of Object.entries(themes)) {
        const style = `body{margin:10px;background:${t.bg};color:${t.fg};--vscode-editor-foreground:${t.fg};--vscode-editor-background:${t.bg};--vscode-font-family:'DejaVu Sans';${t.vars}}`;
        await page.setContent(`<!doctype html><html><head><style>${style}</style></head><body class="${t.cls}">${svg}</body></html>`);
        const file = join(outDir, `${name}.browser-${theme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
      }
    }
  } finally {
    await browser.close();
  }
}
