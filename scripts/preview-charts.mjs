#!/usr/bin/env node
// Renders every chart fixture to SVG and PNG under /tmp/gradexp-charts so a human can look at them.
// Bundles the renderer and the fixtures with esbuild on the fly (no build step needed), rasterizes with resvg.
// Usage: node scripts/preview-charts.mjs [outDir] [--static]
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
for (const [name, make] of Object.entries(ALL_FIXTURES)) {
  for (const colors of ['static', 'theme']) {
    const started = performance.now();
    const svg = renderChartSvg(make(), { colors });
    const ms = performance.now() - started;
    const base = join(outDir, `${name}.${colors}`);
    writeFileSync(`${base}.svg`, svg);
    const png = new Resvg(svg, { font: fontOptions, fitTo: { mode: 'zoom', value: 2 }, background: colors === 'theme' ? '#ffffff' : undefined })
      .render()
      .asPng();
    writeFileSync(`${base}.png`, png);
    console.log(`${base}.png  svg ${(svg.length / 1024).toFixed(1)} KiB  render ${ms.toFixed(1)} ms`);
  }
}
