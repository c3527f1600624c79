/**
 * The web bundles' boundary (scripts/build/noNodeApis.js, used by esbuild.js
 * for every web entry): a Node module imported by our code, or a Node global
 * in src/, fails the build with the file and line; an npm package's guarded
 * import of one (seedrandom's crypto, mapped away by its `browser` field) does
 * not; and the shipped web bundles load no Node module.
 */
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaled } from '../support/timing';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { noNodeApis } = require('../../scripts/build/noNodeApis.js') as { noNodeApis: import('esbuild').Plugin };

const root = path.resolve(__dirname, '..', '..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-web-boundary-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** Builds one file under a `src/` folder as esbuild.js builds a web entry; resolves with the errors' texts. */
async function webBuildErrors(name: string, source: string): Promise<string[]> {
  const file = path.join(temp, 'src', `${name}.ts`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, source);
  fs.writeFileSync(path.join(temp, 'src', 'helper.ts'), 'export const two = 2;\n');
  try {
    await build({ entryPoints: [file], bundle: true, write: false, platform: 'browser', format: 'iife', plugins: [noNodeApis], logLevel: 'silent', nodePaths: [path.join(root, 'node_modules')] });
    return [];
  } catch (err) {
    return (err as { errors: { text: string }[] }).errors.map((e) => e.text);
  }
}

describe('the web bundles reject Node', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nconsole.log(readFileSync);", /'node:fs' is a Node module, imported by .*src\/a0\.ts/],
    ["import * as os from 'os';\nconsole.log(os);", /'os' is a Node module/],
    ["import { Worker } from 'worker_threads';\nconsole.log(Worker);", /'worker_threads' is a Node module/],
    ["export const x = 1;\nexport const home = process.env.HOME;", /src\/a3\.ts:2 uses Node's 'process\.'/],
    ["const b = Buffer.from('x');\nexport { b };", /a4\.ts:1 uses Node's 'Buffer\.'/],
    ["export const here = __dirname;", /a5\.ts:1 uses Node's '__dirname'/],
    ["const name = 'fs';\nexport const m = require(name);", /a6\.ts:2 uses Node's 'require\s*\('/],
    ["export const later = new Promise((r) => setImmediate(r));", /a7\.ts:1 uses Node's 'setImmediate\s*\('/],
  ])('%s', async (source, message) => {
    const index = ['node:fs', "'os'", 'worker_threads', 'process', 'Buffer', '__dirname', 'require(name)', 'setImmediate'].findIndex((k) => source.includes(k));
    const errors = await webBuildErrors(`a${index}`, source);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(message);
  });

  it('lets pass what is no Node API: comments, names that merely contain one, bundled requires, a package whose browser map drops a built-in', async () => {
    const source = [
      '// process.env and Buffer.from in a comment, /* __dirname */ too',
      "import { two } from './helper';",
      "import seedrandom from 'seedrandom';",
      'const myprocess = { env: 1 };',
      'export const x = myprocess.env + two;',
      "export const h = require('./helper');",
      'export const r = seedrandom("1")();',
      'const found = (globalThis as { setImmediate?: unknown }).setImmediate;',
      'export const hasImmediate = typeof found === "function";',
    ].join('\n');
    expect(await webBuildErrors('clean', source)).toEqual([]);
  }, scaled(60_000));

  it('the built web bundles hold no require of a Node module', () => {
    for (const name of ['extension.js', 'worker.js', 'scan-worker.js', 'workspace-check-worker.js']) {
      const file = path.join(root, 'dist', 'web', name);
      if (!fs.existsSync(file)) throw new Error('build first: npm run build');
      const text = fs.readFileSync(file, 'utf8');
      expect(text, name).not.toMatch(/require\(["'](node:|fs|os|path|worker_threads|crypto|perf_hooks|inspector)["']\)/);
    }
  });
});
