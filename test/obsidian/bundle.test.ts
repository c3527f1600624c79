/**
 * The plugin folder as `npm run build` writes it (built here into a temporary folder): manifest.json as Obsidian reads
 * it, main.js loads in Node with only `obsidian` and `@codemirror/*` provided
 * (a require hook refuses anything else, Node builtins included) and exports
 * the Plugin class by default, and the build refuses a bundle that imports a
 * Node builtin. The release zip holds the folder Obsidian expects.
 */
import Module from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..', '..');
type BuildModule = {
  buildObsidian(o?: object): Promise<void>;
  mainOptions(o: { production: boolean; workerSource: string }): Parameters<typeof build>[0];
  foreignImports(metafile: unknown, allowed: readonly string[]): string[];
  PROVIDED: readonly string[];
};
const obsidianBuild = require(path.join(ROOT, 'scripts', 'obsidian', 'build.js')) as BuildModule;
const { zipStored, crc32 } = require(path.join(ROOT, 'scripts', 'obsidian', 'zip.js')) as {
  zipStored(entries: { name: string; data: Buffer }[]): Buffer;
  crc32(bytes: Uint8Array): number;
};

/** The plugin folder as npm run build writes it, built afresh into a folder of this test's own. */
let OUT = '';
beforeAll(async () => {
  OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-obsidian-'));
  await obsidianBuild.buildObsidian({ outDir: OUT });
});

/** Loads `file` as Obsidian does: CommonJS, `require` answering only for what Obsidian provides. */
function loadAsObsidian(file: string, provided: Record<string, unknown>): { exports: Record<string, unknown>; asked: string[] } {
  const asked: string[] = [];
  const mod = new Module(file) as Module & { _compile(code: string, filename: string): void };
  mod.filename = file;
  mod.require = ((name: string) => {
    asked.push(name);
    if (name in provided) return provided[name];
    if (name.startsWith('@codemirror/')) return require(name) as unknown; // Obsidian's own CodeMirror 6
    throw new Error(`main.js required '${name}', which Obsidian does not provide`);
  }) as NodeJS.Require;
  mod._compile(fs.readFileSync(file, 'utf8'), file);
  return { exports: mod.exports as Record<string, unknown>, asked };
}

describe('dist/obsidian', () => {
  it('has the manifest Obsidian reads', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(OUT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(manifest).toMatchObject({ id: 'gradexp', name: 'gradexp', version: pkg.version, isDesktopOnly: false });
    expect(manifest.minAppVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(fs.readFileSync(path.join(OUT, 'styles.css'), 'utf8')).toContain('var(--text-normal)');
  });

  it('main.js loads with only obsidian (and @codemirror/*) and exports its Plugin class by default', () => {
    class Plugin {}
    const stand = new Proxy({ Plugin } as Record<string, unknown>, { get: (t, p: string) => (p in t ? t[p] : class {}) });
    const { exports, asked } = loadAsObsidian(path.join(OUT, 'main.js'), { obsidian: stand });
    const Gradexp = exports.default as { prototype: object; name: string };
    expect(typeof Gradexp).toBe('function');
    expect(Gradexp.prototype instanceof Plugin).toBe(true);
    expect([...new Set(asked)].every((name) => name === 'obsidian' || name.startsWith('@codemirror/'))).toBe(true);
  });

  it('the build refuses a Node builtin in main.js', async () => {
    // The same options as main.js, on an entry that imports node:fs: the browser platform cannot resolve it.
    const entry = path.join(ROOT, 'test', 'obsidian', 'fixtures', 'importsNodeFs.ts');
    const options = { ...obsidianBuild.mainOptions({ production: false, workerSource: '' }), entryPoints: [entry], write: false, logLevel: 'silent' as const };
    await expect(build(options)).rejects.toThrow(/node:fs/);
    // Marked external (as a careless edit of the build could), the metafile check names it.
    const marked = await build({ ...options, external: [...obsidianBuild.PROVIDED, 'node:fs'], metafile: true });
    expect(obsidianBuild.foreignImports(marked.metafile, obsidianBuild.PROVIDED)).toEqual(['node:fs']);
  });
});

describe('the release zip', () => {
  it('stores each file under gradexp/ with its CRC-32, readable by the central directory', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926); // the CRC-32 check value
    const files = [
      { name: 'gradexp/manifest.json', data: Buffer.from('{"id":"gradexp"}') },
      { name: 'gradexp/main.js', data: Buffer.from('module.exports = {};') },
    ];
    const zip = zipStored(files);
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    expect(zip.readUInt16LE(end + 10)).toBe(2);
    let at = zip.readUInt32LE(end + 16);
    const read: { name: string; data: string }[] = [];
    for (let i = 0; i < 2; i++) {
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      const size = zip.readUInt32LE(at + 20);
      const nameLength = zip.readUInt16LE(at + 28);
      const local = zip.readUInt32LE(at + 42);
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      const dataStart = local + 30 + zip.readUInt16LE(local + 26);
      const data = zip.subarray(dataStart, dataStart + size);
      expect(crc32(data)).toBe(zip.readUInt32LE(at + 16));
      read.push({ name, data: data.toString('utf8') });
      at += 46 + nameLength;
    }
    expect(read).toEqual(files.map((f) => ({ name: f.name, data: f.data.toString('utf8') })));
  });
});
