/** The manifest says what VS Code reads: these checks catch contributions it would silently ignore. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET } from '../../src/core/numeric/budget';
import { FACT_FORMATS } from '../../src/core/types';
import { DEFAULT_PREVIEW_COMPUTE_LIMIT } from '../../src/shared/settings';
import { DEFAULT_HOVER_FORMATS } from '../../src/shared/format';
import { DEFAULT_MAX_NOTE_MB } from '../../src/shared/noteLimits';

const root = path.resolve(__dirname, '..', '..');
interface Manifest {
  engines: { vscode: string };
  main: string;
  browser: string;
  icon: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: boolean; restrictedConfigurations: string[] }; virtualWorkspaces: boolean };
  contributes: Record<string, unknown> & {
    commands: { command: string; title: string; category: string }[];
    keybindings: { command: string; key: string; mac: string; when: string }[];
    configuration: { properties: Record<string, { type: string; default: unknown; markdownDescription?: string; description?: string }> };
  };
}
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;

describe('package.json', () => {
  it('targets VS Code 1.100 and activates on Markdown and the restored panel', () => {
    expect(manifest.engines.vscode).toBe('^1.100.0');
    expect(manifest.main).toBe('./dist/extension.js');
    // VS Code for the Web runs the web-worker bundle (esbuild.js's webEntries).
    expect(manifest.browser).toBe('./dist/web/extension.js');
    expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:markdown', 'onWebviewPanel:gradexp.results']));
  });

  it('contributes the preview plugin under the flat key VS Code reads', () => {
    expect(manifest.contributes['markdown.markdownItPlugins']).toBe(true);
    expect(manifest.contributes).not.toHaveProperty('markdown');
  });

  it('puts every command under the gradexp category with a title, and binds run-at-cursor in Markdown', () => {
    for (const c of manifest.contributes.commands) {
      expect(c.command.startsWith('gradexp.')).toBe(true);
      expect(c.category).toBe('gradexp');
      expect(c.title.length).toBeGreaterThan(3);
    }
    const binding = manifest.contributes.keybindings.find((k) => k.command === 'gradexp.runBlockAtCursor');
    expect(binding).toMatchObject({ key: 'ctrl+alt+enter', mac: 'cmd+alt+enter' });
    expect(binding!.when).toContain('editorLangId == markdown');
  });

  it('describes every setting, with defaults equal to the code’s', () => {
    const props = manifest.contributes.configuration.properties;
    expect(Object.keys(props).sort()).toEqual(['gradexp.autoRun', 'gradexp.hoverFormats', 'gradexp.maxNoteSize', 'gradexp.previewComputeLimit', 'gradexp.significantDigits', 'gradexp.workBudget']);
    for (const [name, p] of Object.entries(props)) expect((p.markdownDescription ?? p.description ?? '').length, name).toBeGreaterThan(20);
    expect(props['gradexp.autoRun']!.default).toBe(false);
    expect(props['gradexp.significantDigits']!.default).toBe(5);
    expect(props['gradexp.workBudget']!.default).toBe(DEFAULT_BUDGET);
    expect(props['gradexp.previewComputeLimit']!.default).toBe(DEFAULT_PREVIEW_COMPUTE_LIMIT);
    expect(props['gradexp.maxNoteSize']!.default).toBe(DEFAULT_MAX_NOTE_MB);
    expect(props['gradexp.hoverFormats']!.default).toEqual([...DEFAULT_HOVER_FORMATS]);
    expect((props['gradexp.hoverFormats'] as unknown as { items: { enum: string[] } }).items.enum).toEqual([...FACT_FORMATS]);
  });

  it('supports Restricted Mode without letting a workspace raise the limits, and virtual workspaces', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    expect(trust.supported).toBe(true);
    expect(trust.restrictedConfigurations.sort()).toEqual(['gradexp.maxNoteSize', 'gradexp.previewComputeLimit', 'gradexp.workBudget']);
    expect(manifest.capabilities.virtualWorkspaces).toBe(true);
  });

  it('has a 128×128 PNG icon', () => {
    const png = fs.readFileSync(path.join(root, manifest.icon));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
  });

  it('packages from an allowlist: bundles, media and docs only', () => {
    const rules = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    expect(rules[0]).toBe('**');
    expect(rules).toEqual(expect.arrayContaining(['!dist/extension.js', '!dist/worker.js', '!dist/scan-worker.js', '!dist/web/*.js', '!README.md', '!CHANGELOG.md', '!LICENSE', '!package.json']));
    const reincluded = rules.filter((r) => r.startsWith('!'));
    expect(reincluded.some((r) => r.includes('node_modules') || r.includes('src') || r.includes('.map') || r.endsWith('**'))).toBe(false);
    expect(reincluded).toEqual(expect.arrayContaining(['!media/**/*.css', '!media/**/*.js', '!media/**/*.png', '!media/**/*.woff2']));
  });

  it('ships every file the README links to, so its links work on the extension page', async () => {
    const vsce = await import('@vscode/vsce');
    const shipped = new Set(await vsce.listFiles({ cwd: root, packageManager: vsce.PackageManager.None, packagedDependencies: [] }));
    // The Development section is for a clone of the repository, where test/ exists.
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8').split('\n## Development')[0]!;
    const targets = [...readme.matchAll(/\]\(([^)#\s]+)/g)].map((m) => m[1]!).filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.filter((t) => !shipped.has(t))).toEqual([]);
  });
});
