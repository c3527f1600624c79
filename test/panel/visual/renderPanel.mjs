// Looks at the results panel: the real panel HTML (same CSP, same bundled
// script) in headless Chromium with a fake VS Code API, in the light, dark and
// high-contrast themes; real charts from the chart core for realistic runs.
// Writes screenshots and an exported PNG, and fails on CSP violations or errors.
// Usage: node test/panel/visual/renderPanel.mjs [outDir]
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = process.argv[2] ?? '/tmp/gradexp-panel';
fs.mkdirSync(outDir, { recursive: true });

// The harness and fixtures are TypeScript: bundle them for node on the fly.
const entry = `
  export { launchBrowser, openPanel } from './test/panel/browserHarness';
  export { samplePanelState } from './test/panel/samplePanelState';
  export { mlpRun, powerRun } from './test/panel/visual/sampleRuns';
  import { buildChartModel } from './src/core/chart/model';
  import { writeChartSvg } from './src/core/chart/svgWriter';
  export const renderChart = (run) => writeChartSvg(buildChartModel(run));
`;
// Inside the repo's node_modules so the bundle's external imports resolve.
const helperFile = path.join(root, 'node_modules', '.cache', 'gradexp-panel-look', 'helpers.cjs');
await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'look.ts' },
  outfile: helperFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning',
  external: ['playwright-core', 'esbuild'],
});
const { launchBrowser, openPanel, samplePanelState, mlpRun, powerRun, renderChart } = await import(helperFile);

const summaries = (run) => run.series.map((s) => s.summary.text);
const state = {
  ...samplePanelState,
  blocks: [
    { ...samplePanelState.blocks[0], svg: renderChart(mlpRun), summary: summaries(mlpRun) },
    samplePanelState.blocks[1],
    { index: 2, line: 60, title: powerRun.title, experiment: 'power', dtype: 'fp16', status: 'done', elapsedMs: 0.8, svg: renderChart(powerRun), summary: summaries(powerRun) },
  ],
};

const browser = await launchBrowser();
const problems = [];
try {
  for (const theme of ['light', 'dark', 'high-contrast']) {
    const panel = await openPanel(browser, state, theme);
    await panel.page.evaluate(() => document.fonts.ready);
    await panel.page.screenshot({ path: path.join(outDir, `panel-${theme}.png`), fullPage: true });
    // Close-ups of the parts with the most detail.
    await panel.page.locator('section.formulas').screenshot({ path: path.join(outDir, `formulas-${theme}.png`) });
    await panel.page.locator('#block-1').screenshot({ path: path.join(outDir, `error-card-${theme}.png`) });
    if (theme === 'dark') {
      await panel.page.click('#block-0 button[data-action="export"][data-format="png"]');
      await panel.page.waitForFunction(() => window.__posted.some((m) => m.type === 'export'));
      const message = (await panel.posted()).find((m) => m.type === 'export');
      fs.writeFileSync(path.join(outDir, 'export-dark.png'), Buffer.from(message.pngBase64, 'base64'));
    }
    problems.push(...(await panel.violations()).map((v) => `${theme}: CSP violation ${v}`));
    problems.push(...panel.errors.map((e) => `${theme}: page error ${e}`), ...panel.foreignRequests.map((u) => `${theme}: request ${u}`));
    await panel.close();
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
console.log(`screenshots in ${outDir}`);
