// Looks at the results panel: renders the real panel HTML (same CSP, same
// bundled script) in headless Chromium with a fake VS Code API and the default
// light / dark / high-contrast theme variables, screenshots it to /tmp, checks
// for CSP violations and page errors, and exercises the PNG export.
// Usage: node test/panel/visual/renderPanel.mjs [outDir]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { THEMES } from './themes.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const outDir = process.argv[2] ?? '/tmp/gradexp-panel';
fs.mkdirSync(outDir, { recursive: true });

// 1. The webview bundle, exactly as esbuild.js builds it.
await build({
  entryPoints: [path.join(root, 'src/webview/main.ts')],
  outfile: path.join(root, 'media/dist/panel.js'),
  bundle: true, platform: 'browser', format: 'iife', target: 'chrome120', logLevel: 'warning',
});

// 2. The host's HTML builder and the sample state, bundled for node on the fly.
const entry = `
  export { buildPanelHtml } from './src/extension/panel/html';
  export { samplePanelState } from './test/panel/samplePanelState';
  export { mlpRun, powerRun } from './test/panel/visual/sampleRuns';
  import * as chart from './src/core/chart/model';
  import * as writer from './src/core/chart/svgWriter';
  export const renderChart = (run) => writer.writeChartSvg(chart.buildChartModel(run));
`;
const helperFile = path.join(outDir, 'helpers.cjs');
await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, outfile: helperFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
const { buildPanelHtml, samplePanelState, mlpRun, powerRun, renderChart } = await import(helperFile);

const state = {
  ...samplePanelState,
  blocks: [
    { ...samplePanelState.blocks[0], svg: renderChart(mlpRun), summary: mlpRun.series.map((s) => s.summary.text) },
    { ...samplePanelState.blocks[1] },
    { index: 2, line: 60, title: powerRun.title, experiment: 'power', dtype: 'fp16', status: 'done', elapsedMs: 0.8,
      svg: renderChart(powerRun), summary: powerRun.series.map((s) => s.summary.text) },
  ],
};

// 3. Serve media/ like the webview's resource origin.
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/panel.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(server.html);
    return;
  }
  const file = path.join(root, 'media', path.normalize(url.pathname).replace(/^\/+/, ''));
  if (!file.startsWith(path.join(root, 'media')) || !fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  const type = { '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' }[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, { 'content-type': type });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;
server.html = buildPanelHtml({
  cspSource: origin,
  nonce: Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64'),
  scriptUri: `${origin}/dist/panel.js`,
  styleUris: [`${origin}/dist/katex/katex.min.css`, `${origin}/panel.css`],
  state,
});

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  for (const [name, theme] of Object.entries(THEMES)) {
    const page = await browser.newPage({ viewport: { width: 760, height: 900 }, deviceScaleFactor: 1 });
    page.on('pageerror', (e) => problems.push(`${name}: page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) problems.push(`${name}: console: ${m.text()}`); });
    await page.addInitScript(({ vars, bodyClass }) => {
      window.__posted = [];
      window.__violations = [];
      let saved;
      window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => saved, setState: (s) => { saved = s; } });
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
      // VS Code puts the theme on <html> as custom properties and a class on <body>.
      document.addEventListener('DOMContentLoaded', () => {
        for (const [k, v] of Object.entries(vars)) document.documentElement.style.setProperty(k, v);
        document.body.classList.add(bodyClass);
      });
    }, theme);
    await page.goto(`${origin}/panel.html`);
    await page.waitForSelector('.katex');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(outDir, `panel-${name}.png`), fullPage: true });
    const facts = await page.evaluate(() => ({
      cards: document.querySelectorAll('.card').length,
      charts: document.querySelectorAll('figure.chart > svg').length,
      katex: document.querySelectorAll('.katex').length,
      katexErrors: document.querySelectorAll('.katex-error').length,
      posted: window.__posted,
      violations: window.__violations,
      seriesColour: getComputedStyle(document.querySelector('figure.chart .series') ?? document.body).stroke,
    }));
    console.log(name, JSON.stringify({ ...facts, posted: facts.posted.map((m) => m.type) }));
    problems.push(...facts.violations.map((v) => `${name}: CSP violation: ${v}`));
    if (name === 'dark') {
      // Export a PNG the way the button does and keep it for a look.
      await page.click('#block-0 button[data-action="export"][data-format="png"]');
      await page.waitForFunction(() => window.__posted.some((m) => m.type === 'export'));
      const message = await page.evaluate(() => window.__posted.find((m) => m.type === 'export'));
      fs.writeFileSync(path.join(outDir, 'export-dark.png'), Buffer.from(message.pngBase64, 'base64'));
      console.log('png export bytes', Buffer.from(message.pngBase64, 'base64').length);
      await page.click('#block-0 h2 button');
      await page.click('.formula-list li:nth-child(2) button');
      console.log('posted', JSON.stringify(await page.evaluate(() => window.__posted.filter((m) => m.type !== 'export'))));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
console.log(`screenshots in ${outDir}`);
