// The web bundles' boundary, as src/core's tsconfig is the pure core's: an esbuild plugin that fails
// the build when a Node API would reach code running in VS Code for the Web's web-worker host.
const fs = require('node:fs');
const path = require('node:path');
const { builtinModules } = require('node:module');

const root = path.resolve(__dirname, '..', '..');
const names = builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/\\^$.*+?()[\]{}|-]/g, '\\$&'));
/** `node:anything`, or a built-in module's bare name (`fs`, `worker_threads`, `fs/promises`). */
const BUILTIN = new RegExp(`^(node:.*|(${names.join('|')})(/.*)?)$`);

/**
 * Node's globals in our own sources: `process.`, `Buffer.`, `__filename`, `__dirname`,
 * calls of `setImmediate`/`clearImmediate` (a Web Worker has neither; `globalThis.setImmediate` may be
 * looked for), and a `require` of anything but a string literal (esbuild bundles those; any other
 * is Node's loader).
 */
const NODE_GLOBAL = /(?<![\w$.])(?:(?:process|Buffer)\s*[.[]|__filename\b|__dirname\b|(?:set|clear)Immediate\s*\(|require\s*\((?!\s*['"]))/;

/** The source without its comments, with line breaks kept so that line numbers still hold. */
function withoutComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const relative = (file) => (file ? path.relative(root, file) : '(entry)');

const inNodeModules = (file) => file.split(path.sep).includes('node_modules');

/**
 * Fails the build on an import of a Node built-in by our code, and on Node globals in src/. An npm
 * package's import of one is left to esbuild's browser platform: it honours the package's `browser`
 * map (seedrandom's `"crypto": false`) and fails on any built-in left unmapped.
 */
const noNodeApis = {
  name: 'no-node-apis',
  setup(build) {
    build.onResolve({ filter: BUILTIN }, (args) =>
      inNodeModules(args.importer)
        ? undefined
        : { errors: [{ text: `'${args.path}' is a Node module, imported by ${relative(args.importer)}: the web bundles run where Node is not (see docs/architecture.md)` }] },
    );
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const lines = withoutComments(fs.readFileSync(args.path, 'utf8')).split('\n');
      const line = lines.findIndex((l) => NODE_GLOBAL.test(l));
      if (line < 0) return undefined; // esbuild loads it as usual
      const found = NODE_GLOBAL.exec(lines[line])[0].trim();
      return { errors: [{ text: `${relative(args.path)}:${line + 1} uses Node's '${found}': the web bundles run where Node is not` }] };
    });
  },
};

module.exports = { noNodeApis, BUILTIN, NODE_GLOBAL };
