// Bundles every entry point. esbuild does not type-check: `npm run typecheck` does.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const { buildObsidian } = require('./scripts/obsidian/build.js');
const { katexLeftOut } = require('./scripts/katexLeftOut.js');
const { engineTokenizeOnce } = require('./scripts/engineTokenizeOnce.js');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** (The Obsidian plugin is built by scripts/obsidian/build.js, called from main() below.) Node entries: the extension host, its run, scan and workspace check workers, the hover's formula renderer (MathJax), the CLI (and its check workers), the benchmark and the corpus scorer. */
const nodeEntries = [
  { in: 'src/extension/main.ts', out: 'dist/extension.js' },
  { in: 'src/extension/worker/runWorker.ts', out: 'dist/worker.js' },
  { in: 'src/extension/scanWorker/scanWorker.ts', out: 'dist/scan-worker.js' },
  { in: 'src/extension/diagnostics/workspace/checkWorker.ts', out: 'dist/workspace-check-worker.js' },
  { in: 'src/extension/hover/formulaImage/renderSvg.ts', out: 'dist/formula-image.js' },
  { in: 'src/cli/main.ts', out: 'dist/cli.js', banner: '#!/usr/bin/env node', lazyFormulas: true },
  { in: 'src/cli/formulaCommands.ts', out: 'dist/cli-formulas.js' },
  { in: 'src/cli/check/checkWorker.ts', out: 'dist/check-worker.js', lazyFormulas: true },
  { in: 'bench/main.ts', out: 'dist/bench.js' },
  { in: 'scripts/corpus.ts', out: 'dist/corpus.js' },
];
/** Browser entries: the results panel's script. */
const browserEntries = [{ in: 'src/webview/main.ts', out: 'media/dist/panel.js' }];
/**
 * Web entries, for VS Code for the Web's web-worker extension host (package.json `browser`): the
 * extension (CommonJS, as the host loads it) and its run, scan and workspace check Web Workers.
 * No Node API may reach them: noNodeApis fails the build.
 */
const webEntries = [
  { in: 'src/extension/web/main.ts', out: 'dist/web/extension.js', format: 'cjs' },
  { in: 'src/extension/web/runWorker.ts', out: 'dist/web/worker.js' },
  { in: 'src/extension/web/scanWorker.ts', out: 'dist/web/scan-worker.js' },
  { in: 'src/extension/web/checkWorker.ts', out: 'dist/web/workspace-check-worker.js' },
];

const { noNodeApis } = require('./scripts/build/noNodeApis');

const exists = (e) => fs.existsSync(path.join(__dirname, e.in));

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

function nodeOptions(entry) {
  return {
    ...common,
    entryPoints: [entry.in],
    outfile: entry.out,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // vscode is provided by the editor; resvg is a native addon loaded from node_modules.
    external: ['vscode', '@resvg/resvg-js'],
    banner: entry.banner ? { js: entry.banner } : undefined,
    plugins: [...(entry.lazyFormulas ? [cliFormulasApart] : []), katexLeftOut, engineTokenizeOnce],
    // The CLI's one dynamic import (of dist/cli-formulas.js) as a plain require: Node would load a
    // CommonJS file imported by import() through its ES-module loader, which first scans the whole
    // 2 MB bundle for its exports (≈150–250 ms of every `gradexp check`).
    supported: entry.lazyFormulas ? { 'dynamic-import': false } : undefined,
  };
}

/**
 * Keeps the CLI's formula half out of dist/cli.js: the dynamic import in
 * src/cli/lazyFormulas.ts becomes a require of dist/cli-formulas.js at run time
 * (see `supported` in nodeOptions),
 * so commands that do not need the Compute Engine and KaTeX start faster.
 */
const cliFormulasApart = {
  name: 'cli-formulas-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/formulaCommands$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'cli', 'lazyFormulas.ts')) ? { path: './cli-formulas.js', external: true } : undefined,
    );
  },
};

function browserOptions(entry) {
  return {
    ...common,
    entryPoints: [entry.in],
    outfile: entry.out,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  };
}

function webOptions(entry) {
  return {
    ...common,
    entryPoints: [entry.in],
    outfile: entry.out,
    platform: 'browser',
    format: entry.format ?? 'iife',
    target: 'chrome120',
    external: ['vscode'],
    plugins: [noNodeApis, katexLeftOut, engineTokenizeOnce],
  };
}

/** KaTeX's stylesheet and fonts are served to the panel from media/, never a CDN. */
function copyKatexAssets() {
  const from = path.dirname(require.resolve('katex/dist/katex.min.css'));
  const to = path.join(__dirname, 'media', 'dist', 'katex');
  fs.mkdirSync(path.join(to, 'fonts'), { recursive: true });
  fs.copyFileSync(path.join(from, 'katex.min.css'), path.join(to, 'katex.min.css'));
  for (const f of fs.readdirSync(path.join(from, 'fonts'))) {
    if (f.endsWith('.woff2')) fs.copyFileSync(path.join(from, 'fonts', f), path.join(to, 'fonts', f));
  }
}

async function main() {
  copyKatexAssets();
  const configs = [
    ...nodeEntries.filter(exists).map(nodeOptions),
    ...browserEntries.filter(exists).map(browserOptions),
    ...webEntries.filter(exists).map(webOptions),
  ];
  if (watch) {
    for (const c of configs) await (await esbuild.context(c)).watch();
    return;
  }
  await Promise.all([...configs.map((c) => esbuild.build(c)), buildObsidian({ production })]);
  const cli = path.join(__dirname, 'dist', 'cli.js');
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
