/**
 * The test page's side (bundled for Chromium): the obsidian stand-in, a loader
 * that runs dist/obsidian/main.js as Obsidian does (CommonJS, `require` giving
 * only what Obsidian provides), and helpers the tests call through
 * page.evaluate: open the vault, render a note as reading view does, run a
 * command, show the settings tab.
 */
import * as obsidian from './obsidian';
import * as codemirrorState from '@codemirror/state';
import * as codemirrorView from '@codemirror/view';
import { App, Notice, Plugin, Setting, type MarkdownRenderChild, type TFile } from './obsidian';
import type { HarnessApi } from '../harnessApi';

type PluginClass = new (app: App, manifest: { id: string; name: string; version: string }) => Plugin;

/** What Obsidian provides to a plugin's require: its API and its CodeMirror 6 (the versions its typings name). */
const PROVIDED: Record<string, unknown> = { obsidian, '@codemirror/state': codemirrorState, '@codemirror/view': codemirrorView };

/** Runs main.js's text as a CommonJS module whose `require` knows only what Obsidian provides. */
function loadMainJs(code: string): PluginClass {
  const module = { exports: {} as Record<string, unknown> };
  const requireProvided = (name: string): unknown => {
    if (name in PROVIDED) return PROVIDED[name];
    throw new Error(`main.js required '${name}', which Obsidian does not provide here`);
  };
  new Function('module', 'exports', 'require', code)(module, module.exports, requireProvided);
  return (module.exports.default ?? module.exports) as PluginClass;
}

/** The fences of a note, as Obsidian's reading view finds them (0-based lines). */
function fences(text: string): { source: string; lineStart: number; lineEnd: number }[] {
  const lines = text.split('\n');
  const out: { source: string; lineStart: number; lineEnd: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```gradexp\s*$/.test(lines[i]!)) continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    out.push({ source: `${lines.slice(i + 1, end).join('\n')}\n`, lineStart: i, lineEnd: end });
    i = end;
  }
  return out;
}

/** Workers the page started and stopped, and Blob URLs made and revoked: what an unload must leave behind is nothing. */
const lifetimes = { workersStarted: 0, workersTerminated: 0, urlsMade: 0, urlsRevoked: 0 };
const PageWorker = globalThis.Worker;
globalThis.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    lifetimes.workersStarted++;
  }
  terminate(): void {
    lifetimes.workersTerminated++;
    super.terminate();
  }
};
const makeUrl = URL.createObjectURL.bind(URL);
const revokeUrl = URL.revokeObjectURL.bind(URL);
URL.createObjectURL = (blob: Blob) => {
  lifetimes.urlsMade++;
  return makeUrl(blob);
};
URL.revokeObjectURL = (url: string) => {
  lifetimes.urlsRevoked++;
  revokeUrl(url);
};

let app: App | null = null;
let plugin: Plugin | null = null;
const children: MarkdownRenderChild[] = [];

const gx: HarnessApi = {

  /** A vault of `notes` (path → text) and the plugin of `mainJs`, loaded as Obsidian loads it. */
  async start(mainJs: string, notes: Record<string, string>): Promise<{ commands: string[]; views: string[]; processors: string[]; editorExtensions: number }> {
    app = new App();
    for (const [path, text] of Object.entries(notes)) app.vault.add(path, text);
    const Gradexp = loadMainJs(mainJs);
    plugin = new Gradexp(app, { id: 'gradexp', name: 'gradexp', version: '0.1.0' });
    plugin.loaded = true;
    await plugin.onload();
    return { commands: [...plugin.commands.keys()], views: [...app.workspace.viewCreators.keys()], processors: [...plugin.codeBlockProcessors.keys()], editorExtensions: plugin.editorExtensions.length };
  },

  /** Opens `path` and renders it into #note as reading view does: prose as paragraphs, each gradexp block through the plugin's processor. */
  async renderNote(path: string): Promise<number> {
    const file = app!.vault.getAbstractFileByPath(path) as TFile;
    await app!.workspace.openNote(file);
    for (const child of children.splice(0)) child.unload();
    const text = app!.vault.files.get(path)!.text;
    const target = document.getElementById('note')!;
    target.replaceChildren();
    target.createEl('h1', { cls: 'inline-title', text: file.basename });
    const lines = text.split('\n');
    const blocks = fences(text);
    const processor = plugin!.codeBlockProcessors.get('gradexp')!;
    let line = 0;
    for (const block of [...blocks, null]) {
      const until = block ? block.lineStart : lines.length;
      for (; line < until; line++) if (lines[line]!.trim()) target.createEl('p', { text: lines[line]!.replace(/^#+ /, '') });
      if (!block) break;
      const el = target.createDiv({ cls: 'block-language-gradexp' });
      processor(block.source, el, {
        sourcePath: path,
        addChild: (child) => {
          children.push(child);
          child.load();
        },
        getSectionInfo: () => ({ text, lineStart: block.lineStart, lineEnd: block.lineEnd }),
      });
      line = block.lineEnd + 1;
    }
    return blocks.length;
  },

  openEditor(path: string): void {
    const parent = document.getElementById('editor')!;
    parent.replaceChildren();
    new codemirrorView.EditorView({
      doc: app!.vault.files.get(path)!.text,
      extensions: plugin!.editorExtensions as codemirrorState.Extension[],
      parent,
    });
  },

  /** Runs a command as the palette does (checkCallback(false) or callback); false when it is not available. */
  runCommand(id: string): boolean {
    const command = plugin!.commands.get(id);
    if (!command) throw new Error(`no command ${id}`);
    if (command.checkCallback) {
      if (!command.checkCallback(true)) return false;
      command.checkCallback(false);
      return true;
    }
    command.callback?.();
    return true;
  },

  /** Displays the settings tab into #settings; returns its settings' names. */
  showSettings(): string[] {
    const tab = plugin!.settingTabs[0]!;
    Setting.all.splice(0);
    tab.display();
    document.getElementById('settings')!.replaceChildren(tab.containerEl);
    return Setting.all.map((s) => s.name);
  },

  /** Enters `value` into component `index` of the setting named `name`, as a user would. */
  async enterSetting(name: string, index: number, value: unknown): Promise<void> {
    const setting = Setting.all.find((s) => s.name === name);
    if (!setting) throw new Error(`no setting ${name}`);
    await setting.components[index]!.enter(value);
  },

  notices(): string[] {
    return Notice.shown.map((n) => n.message);
  },

  /** Every line the plugin opened a note at (0-based, as eState.line), in order. */
  opened(): { path: string; line: number | undefined }[] {
    return app!.workspace.leaves.flatMap((l) => l.opened);
  },

  saved(): unknown {
    return plugin!.data;
  },

  unloadPlugin(): void {
    plugin!.unload();
  },

  lifetimes() {
    return { ...lifetimes };
  },
};

(globalThis as unknown as { gx: typeof gx }).gx = gx;
