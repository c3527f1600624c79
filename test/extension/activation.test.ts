/**
 * Activation is cheap and loads none of the heavy libraries, in both entries:
 * the bundles of src/extension/main.ts (desktop) and src/extension/web/main.ts
 * (VS Code for the Web: browser platform, the no-Node boundary) are built here
 * as esbuild.js builds them, with KaTeX, the Compute Engine, the numeric
 * engine and MathJax replaced by sentinels that record being required, and
 * activated against a stand-in `vscode` module.
 */
import { build, type Plugin } from 'esbuild';
import Module from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import MarkdownItCtor from 'markdown-it';
import type { MarkdownIt } from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDuration, scaled } from '../support/timing';

const root = path.resolve(__dirname, '..', '..');
const loaded = new Set<string>();
const commands: string[] = [];
const logLines: string[] = [];

/** A stand-in for anything of the vscode API: callable, constructible, disposable, empty when iterated. */
function stub(): unknown {
  const fn = function () {
    return stub();
  };
  return new Proxy(fn, {
    get(_target, prop) {
      if (prop === 'dispose') return () => undefined;
      if (prop === 'then') return undefined; // not a promise
      if (prop === Symbol.iterator) return function* () {};
      if (prop === Symbol.toPrimitive) return () => 'stub';
      return stub();
    },
    construct: () => stub() as object,
  });
}

const passThrough = <T extends object>(own: T) =>
  new Proxy(own, { get: (t, p) => (p in t ? (t as Record<string | symbol, unknown>)[p] : stub()) });

/** esbuild's namespace import copies the module's own keys, so every top-level name used is listed. */
const API_NAMES = [
  'languages', 'EventEmitter', 'Disposable', 'CodeActionKind', 'Uri', 'Range', 'Position', 'Selection', 'CodeLens',
  'Hover', 'MarkdownString', 'Diagnostic', 'DiagnosticSeverity', 'CompletionItem', 'CompletionItemKind',
  'ProgressLocation', 'ViewColumn', 'TextEditorRevealType', 'FileSystemError', 'WorkspaceEdit', 'CodeAction', 'env', 'StatusBarAlignment',
];
const vscodeStub: Record<string, unknown> = {
  ...Object.fromEntries(API_NAMES.map((name) => [name, stub()])),
  window: passThrough({
    createOutputChannel: () => ({ appendLine: (l: string) => logLines.push(l), show() {}, dispose() {} }),
    // A plain object, as VS Code's is: the extension sets its name, text and command.
    createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
  }),
  workspace: passThrough({ textDocuments: [], getConfiguration: () => ({ get: () => undefined }) }),
  commands: passThrough({
    registerCommand: (id: string) => {
      commands.push(id);
      return { dispose() {} };
    },
    executeCommand: () => Promise.resolve(undefined),
  }),
};

/** Heavy modules, each replaced by a sentinel the loader records. */
const HEAVY: Plugin = {
  name: 'heavy-sentinels',
  setup(b) {
    b.onResolve({ filter: /^katex$/ }, () => ({ path: 'sentinel:katex', external: true }));
    b.onResolve({ filter: /^@cortex-js\/compute-engine$/ }, () => ({ path: 'sentinel:compute-engine', external: true }));
    b.onResolve({ filter: /numeric\/run$/ }, () => ({ path: 'sentinel:engine', external: true }));
    // The web entry bundles MathJax for the hover (the desktop requires dist/formula-image.js).
    b.onResolve({ filter: /^mathjax-full\// }, () => ({ path: 'sentinel:mathjax', external: true }));
  },
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { noNodeApis } = require('../../scripts/build/noNodeApis.js') as { noNodeApis: Plugin };

/** The two entries, built as esbuild.js builds them. */
const ENTRIES = [
  { host: 'desktop', entry: 'src/extension/main.ts', options: { platform: 'node', target: 'node20', plugins: [HEAVY] } },
  { host: 'web worker', entry: 'src/extension/web/main.ts', options: { platform: 'browser', target: 'chrome120', plugins: [HEAVY, noNodeApis] } },
] as const;

const bundles = new Map<string, string>();
let bundleDir: string;
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleWithLoad = Module as unknown as { _load: Loader };
const originalLoad = moduleWithLoad._load;

beforeAll(async () => {
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-activation-'));
  for (const { host, entry, options } of ENTRIES) {
    const bundle = path.join(bundleDir, `${host.replace(' ', '-')}.js`);
    await build({
      entryPoints: [path.join(root, entry)],
      outfile: bundle,
      bundle: true,
      format: 'cjs',
      external: ['vscode', '@resvg/resvg-js'],
      logLevel: 'silent',
      ...options,
      plugins: [...options.plugins],
    });
    bundles.set(host, bundle);
  }
  moduleWithLoad._load = function (request, parent, isMain) {
    if (request === 'vscode') return vscodeStub;
    if (request.startsWith('sentinel:')) {
      loaded.add(request.slice('sentinel:'.length));
      return {};
    }
    return originalLoad.call(this, request, parent, isMain);
  };
}, scaled(240_000));

afterAll(() => {
  moduleWithLoad._load = originalLoad;
  fs.rmSync(bundleDir, { recursive: true, force: true });
});

describe.each(ENTRIES)('activate() of the $host entry', ({ host }) => {
  it('is quick, registers every contributed command, and loads no heavy library', async () => {
    loaded.clear();
    commands.length = 0;
    logLines.length = 0;
    const bundle = bundles.get(host)!;
    const subscriptions: { dispose(): unknown }[] = [];
    const context = { subscriptions, asAbsolutePath: (p: string) => path.join(root, p), extensionUri: stub() };
    const started = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ext = require(bundle) as { activate(c: unknown): { extendMarkdownIt(md: MarkdownIt): MarkdownIt } };
    const api = ext.activate(context);
    const ms = performance.now() - started;

    expect(loaded).toEqual(new Set());
    // Measured 20–60 ms (190 ms under load) for loading the bundle and activating; the bound only catches gross regressions —
    // the sentinels above are the real check that nothing heavy runs at activation.
    expectDuration('bundle load + activate()', ms, 5_000);
    // The line that says which entry runs (the web e2e scenario reads it in a real web host).
    expect(logLines.some((l) => l.includes(`activated in the ${host} extension host in `) && /in \d+(\.\d+)? ms$/.test(l))).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    expect(new Set(commands)).toEqual(new Set(manifest.contributes.commands.map((c) => c.command)));
    expect(subscriptions.length).toBeGreaterThan(10);
    for (const s of subscriptions) expect(typeof s.dispose).toBe('function');

    // The preview's first gradexp fence is what loads the engine — lazily, after activation.
    const md = api.extendMarkdownIt(new MarkdownItCtor());
    expect(md.render('```gradexp\nexperiment: power\n```\n')).toContain('class="gradexp-preview');
    await expect.poll(() => loaded.has('engine')).toBe(true);
    expect(loaded.has('katex')).toBe(false);
    expect(loaded.has('compute-engine')).toBe(false);
    expect(loaded.has('mathjax')).toBe(false);
    for (const s of subscriptions) s.dispose();
  });
});
