// Builds the Obsidian plugin folder dist/obsidian/ (manifest.json, main.js, styles.css); called by esbuild.js.
// The worker is bundled first and put into main.js as a string, so the plugin stays three files.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { katexLeftOut } = require('../katexLeftOut.js');
const { engineTokenizeOnce } = require('../engineTokenizeOnce.js');

const root = path.resolve(__dirname, '..', '..');
const OUT = path.join(root, 'dist', 'obsidian');

/** What Obsidian provides to a plugin at run time; everything else is bundled. */
const PROVIDED = ['obsidian', '@codemirror/*', '@lezer/*'];

/** Obsidian's Electron and mobile WebViews; CSS nesting and newer syntax are lowered for them. */
const TARGET = ['chrome100', 'safari15'];

/** The oldest Obsidian whose API the plugin uses (revealLeaf returning a promise: 1.7.2). */
const MIN_APP_VERSION = '1.7.2';

/** The results panel's cards and formula rows draw math with Obsidian's MathJax in the plugin, not KaTeX. */
const obsidianMath = {
  name: 'obsidian-math',
  setup(build) {
    build.onResolve({ filter: /^\.\/math$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'webview', 'blockCard.ts')) || args.importer.endsWith(path.join('src', 'webview', 'formulaList.ts'))
        ? { path: path.join(root, 'src', 'obsidian', 'views', 'math.ts') }
        : undefined,
    );
  },
};

/** The virtual module `gradexp-obsidian-worker`: the worker's bundled script as a string. */
function workerSourcePlugin(source) {
  return {
    name: 'obsidian-worker-source',
    setup(build) {
      build.onResolve({ filter: /^gradexp-obsidian-worker$/ }, () => ({ path: 'worker', namespace: 'gradexp-worker-source' }));
      build.onLoad({ filter: /.*/, namespace: 'gradexp-worker-source' }, () => ({ contents: `export default ${JSON.stringify(source)};`, loader: 'js' }));
    },
  };
}

/**
 * The mobile rule: main.js may import only what Obsidian provides, and the worker nothing at all.
 * A Node builtin (fs, node:os…) already fails to resolve for the browser platform; this also
 * catches one marked external (electron, a builtin listed by mistake). Reads esbuild's metafile:
 * the imports each output keeps. Returns the offenders.
 */
function foreignImports(metafile, allowed) {
  const found = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const imported of output.imports) {
      if (!imported.external) continue;
      const name = imported.path;
      const ok = allowed.some((a) => (a.endsWith('/*') ? name.startsWith(a.slice(0, -1)) : name === a));
      if (!ok) found.add(name);
    }
  }
  return [...found];
}

/** The bundle options of main.js (also used by the tests to build it in memory). */
function mainOptions({ production, workerSource }) {
  return {
    entryPoints: [path.join(root, 'src', 'obsidian', 'plugin', 'main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: TARGET,
    external: PROVIDED,
    minify: production,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [obsidianMath, workerSourcePlugin(workerSource), katexLeftOut, engineTokenizeOnce],
  };
}

/** The worker's script, bundled for a browser Web Worker. */
async function buildWorker({ production }) {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'obsidian', 'worker', 'worker.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: TARGET,
    minify: production,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    metafile: true,
    plugins: [katexLeftOut, engineTokenizeOnce],
  });
  const foreign = foreignImports(result.metafile, []);
  if (foreign.length) throw new Error(`the Obsidian worker imports ${foreign.join(', ')}: it must run in a browser Web Worker`);
  return result.outputFiles[0].text;
}

/** styles.css: Obsidian's theme variables under the names the panel's stylesheet reads, that stylesheet scoped to the plugin's elements, then the plugin's own rules. */
async function buildStyles() {
  const own = fs.readFileSync(path.join(root, 'src', 'obsidian', 'styles.css'), 'utf8');
  const [themeMap, rules] = own.split('/* @panel-rules */');
  const panel = fs.readFileSync(path.join(root, 'media', 'panel.css'), 'utf8').replace(/@keyframes[\s\S]*?\n}\n/g, '');
  const css = `${themeMap}\n.gradexp-block, .gradexp-side {\n${panel}\n}\n@keyframes pulse { 50% { opacity: 0.45; } }\n${rules ?? ''}`;
  const result = await esbuild.transform(css, { loader: 'css', target: TARGET, minify: false });
  return result.code;
}

function manifest() {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return {
    id: 'gradexp',
    name: 'gradexp',
    version: pkg.version,
    minAppVersion: MIN_APP_VERSION,
    description: 'Run numerical-stability experiments in gradexp blocks and check the math claims of your notes.',
    author: 'gradexp',
    isDesktopOnly: false,
  };
}

/** Writes dist/obsidian/ (or `outDir`: the tests build their own copy) (KaTeX is left out of both bundles: the worker finds math, the views draw it with Obsidian's MathJax). */
async function buildObsidian({ production = false, outDir = OUT } = {}) {
  const workerSource = await buildWorker({ production });
  const main = await esbuild.build({ ...mainOptions({ production, workerSource }), write: false, metafile: true });
  const code = main.outputFiles[0].text;
  const foreign = foreignImports(main.metafile, PROVIDED);
  if (foreign.length) throw new Error(`dist/obsidian/main.js imports ${foreign.join(', ')}: only ${PROVIDED.join(', ')} are provided by Obsidian (mobile has no Node or Electron)`);
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'main.js'), code);
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest(), null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, 'styles.css'), await buildStyles());
}

module.exports = { buildObsidian, buildWorker, mainOptions, foreignImports, PROVIDED, OUT };
