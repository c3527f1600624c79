// An esbuild plugin shared by esbuild.js and the Obsidian build (scripts/obsidian/build.js).

/**
 * Leaves KaTeX (0.6 MB) out of the Node bundles and the Obsidian plugin's: they
 * find math but never render it with KaTeX (the results panel renders it, from its own browser bundle).
 * findMath uses VS Code's markdown-it math plugin for its parsing rules only,
 * and the plugin calls KaTeX in its renderers alone — but it loads KaTeX when
 * it is loaded, which cost every `gradexp check` and every check or scan
 * worker thread KaTeX's compile and start-up (≈ 0.1 s).
 */
const katexLeftOut = {
  name: 'katex-left-out',
  setup(build) {
    build.onResolve({ filter: /^katex$/ }, () => ({ path: 'katex', namespace: 'katex-left-out' }));
    build.onLoad({ filter: /.*/, namespace: 'katex-left-out' }, () => ({
      contents: "module.exports = { renderToString() { throw new Error('KaTeX is left out of this bundle: it finds math, it does not render it'); } };",
      loader: 'js',
    }));
  },
};

module.exports = { katexLeftOut };
