/**
 * A small stand-in of the public `obsidian` API, written from its typings
 * (obsidian.d.ts 1.13.1), holding only what the plugin uses. The test page
 * bundles the plugin with `obsidian` resolved to this file. It records what
 * the plugin asks of the app (commands, views, notices, opened lines) so the
 * tests can check it; it draws math with MathJax (the hover's SVG renderer),
 * as Obsidian's renderMath does with MathJax (Obsidian uses its CHTML output).
 */
import { latexToSvg } from '../../../src/extension/hover/formulaImage/renderSvg';
import { installDomHelpers } from './domHelpers';

installDomHelpers();

export interface EventRef {
  readonly off: () => void;
}

type Listener = (...args: unknown[]) => unknown;

class Events {
  private readonly listeners = new Map<string, Set<Listener>>();
  on(name: string, callback: Listener): EventRef {
    const set = this.listeners.get(name) ?? new Set();
    this.listeners.set(name, set);
    set.add(callback);
    return { off: () => set.delete(callback) };
  }
  trigger(name: string, ...args: unknown[]): void {
    for (const l of [...(this.listeners.get(name) ?? [])]) l(...args);
  }
}

export class Component {
  private readonly cleanups: (() => unknown)[] = [];
  private readonly children: Component[] = [];
  loaded = false;
  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    void this.onload();
    for (const c of this.children) c.load();
  }
  onload(): void | Promise<void> {}
  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const c of this.children.splice(0)) c.unload();
    for (const f of this.cleanups.splice(0).reverse()) f();
    this.onunload();
  }
  onunload(): void {}
  addChild<T extends Component>(component: T): T {
    this.children.push(component);
    if (this.loaded) component.load();
    return component;
  }
  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }
  registerEvent(ref: EventRef): void {
    this.cleanups.push(ref.off);
  }
}

export class TFile {
  stat = { size: 0, ctime: 0, mtime: 0 };
  readonly basename: string;
  readonly extension: string;
  constructor(readonly path: string) {
    const name = path.split('/').pop() ?? path;
    const dot = name.lastIndexOf('.');
    this.basename = dot > 0 ? name.slice(0, dot) : name;
    this.extension = dot > 0 ? name.slice(dot + 1) : '';
  }
}

export class Vault extends Events {
  readonly files = new Map<string, { file: TFile; text: string }>();
  add(path: string, text: string): TFile {
    const file = new TFile(path);
    file.stat.size = new TextEncoder().encode(text).length;
    this.files.set(path, { file, text });
    return file;
  }
  modify(file: TFile, text: string): void {
    this.files.get(file.path)!.text = text;
    this.trigger('modify', file);
  }
  getMarkdownFiles(): TFile[] {
    return [...this.files.values()].map((f) => f.file).filter((f) => f.extension === 'md');
  }
  getAbstractFileByPath(path: string): TFile | null {
    return this.files.get(path)?.file ?? null;
  }
  async cachedRead(file: TFile): Promise<string> {
    const entry = this.files.get(file.path);
    if (!entry) throw new Error(`no file ${file.path}`);
    return entry.text;
  }
}

export abstract class View extends Component {
  readonly containerEl: HTMLElement;
  constructor(readonly leaf: WorkspaceLeaf) {
    super();
    this.app = leaf.app;
    this.containerEl = createDiv({ cls: 'view-content-container' });
  }
  app: App;
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getIcon(): string {
    return '';
  }
  async onOpen(): Promise<void> {}
  async onClose(): Promise<void> {}
}

export abstract class ItemView extends View {
  readonly contentEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: 'view-header' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }
}

/** What the stand-in's editor offers (a note shown in source mode): its text and the cursor. */
export class Editor {
  cursor = { line: 0, ch: 0 };
  constructor(private readonly text: () => string) {}
  getValue(): string {
    return this.text();
  }
  setCursor(pos: { line: number; ch: number }): void {
    this.cursor = pos;
  }
  scrollIntoView(): void {}
}

export class MarkdownView extends View {
  file: TFile | null = null;
  readonly editor: Editor;
  mode: 'source' | 'preview' = 'preview';
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.editor = new Editor(() => (this.file ? (this.app.vault.files.get(this.file.path)?.text ?? '') : ''));
  }
  getViewType(): string {
    return 'markdown';
  }
  getDisplayText(): string {
    return this.file?.basename ?? '';
  }
  getMode(): 'source' | 'preview' {
    return this.mode;
  }
}

export class WorkspaceLeaf {
  view: View;
  /** Every openFile call: the file and the line of its eState. */
  readonly opened: { path: string; line: number | undefined }[] = [];
  constructor(readonly app: App) {
    this.view = new MarkdownView(this);
  }
  async setViewState(state: { type: string; active?: boolean }): Promise<void> {
    const create = this.app.workspace.viewCreators.get(state.type);
    if (!create) throw new Error(`no view type ${state.type}`);
    this.view.unload();
    this.view = create(this);
    this.app.workspace.dock.appendChild(this.view.containerEl);
    this.view.load();
    await this.view.onOpen();
  }
  async openFile(file: TFile, openState?: { active?: boolean; eState?: { line?: number } }): Promise<void> {
    if (!(this.view instanceof MarkdownView)) this.view = new MarkdownView(this);
    (this.view as MarkdownView).file = file;
    this.opened.push({ path: file.path, line: openState?.eState?.line });
    this.app.workspace.trigger('file-open', file);
  }
}

export class Workspace extends Events {
  readonly viewCreators = new Map<string, (leaf: WorkspaceLeaf) => View>();
  readonly leaves: WorkspaceLeaf[] = [];
  activeFile: TFile | null = null;
  /** Where the stand-in puts views that are opened (the right sidebar). */
  readonly dock: HTMLElement = document.body.createDiv({ cls: 'workspace-split mod-right-split' });
  constructor(readonly app: App) {
    super();
  }
  getActiveFile(): TFile | null {
    return this.activeFile;
  }
  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === type);
  }
  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const leaf = this.leaves.find((l) => l.view instanceof type && (l.view as unknown as MarkdownView).file === this.activeFile);
    return (leaf?.view as T | undefined) ?? null;
  }
  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.newLeaf();
  }
  getLeaf(_newLeaf?: boolean): WorkspaceLeaf {
    return this.leaves.find((l) => l.view instanceof MarkdownView) ?? this.newLeaf();
  }
  async revealLeaf(_leaf: WorkspaceLeaf): Promise<void> {}
  /** Makes `file` the active note, open in a Markdown leaf, as clicking it in the file list does. */
  async openNote(file: TFile): Promise<WorkspaceLeaf> {
    const leaf = this.getLeaf(false);
    this.activeFile = file;
    await leaf.openFile(file);
    return leaf;
  }
  private newLeaf(): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app);
    this.leaves.push(leaf);
    return leaf;
  }
}

export class App {
  readonly vault = new Vault();
  readonly workspace: Workspace = new Workspace(this);
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
}

export interface MarkdownPostProcessorContext {
  sourcePath: string;
  addChild(child: MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): { text: string; lineStart: number; lineEnd: number } | null;
}

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

export class Plugin extends Component {
  readonly commands = new Map<string, Command>();
  readonly codeBlockProcessors = new Map<string, CodeBlockHandler>();
  readonly editorExtensions: unknown[] = [];
  readonly settingTabs: PluginSettingTab[] = [];
  readonly ribbon: { icon: string; title: string }[] = [];
  data: unknown = null;
  constructor(
    readonly app: App,
    readonly manifest: { id: string; name: string; version: string },
  ) {
    super();
  }
  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.commands.set(full.id, full);
    return full;
  }
  registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
    this.app.workspace.viewCreators.set(type, creator);
    this.register(() => this.app.workspace.viewCreators.delete(type));
  }
  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): void {
    this.codeBlockProcessors.set(language, handler);
  }
  registerEditorExtension(extension: unknown): void {
    this.editorExtensions.push(extension);
  }
  addSettingTab(tab: PluginSettingTab): void {
    this.settingTabs.push(tab);
  }
  addRibbonIcon(icon: string, title: string, _callback: (evt: MouseEvent) => unknown): HTMLElement {
    this.ribbon.push({ icon, title });
    return createDiv();
  }
  async loadData(): Promise<unknown> {
    return this.data;
  }
  async saveData(data: unknown): Promise<void> {
    this.data = structuredClone(data);
  }
}

export class MarkdownRenderChild extends Component {
  constructor(readonly containerEl: HTMLElement) {
    super();
  }
}

export class Notice {
  static readonly shown: Notice[] = [];
  message: string;
  hidden = false;
  constructor(message: string, readonly duration?: number) {
    this.message = message;
    Notice.shown.push(this);
  }
  setMessage(message: string): this {
    this.message = message;
    return this;
  }
  hide(): void {
    this.hidden = true;
  }
}

export abstract class PluginSettingTab {
  readonly containerEl: HTMLElement = createDiv({ cls: 'vertical-tab-content' });
  constructor(
    readonly app: App,
    readonly plugin: Plugin,
  ) {}
  abstract display(): void;
}

class ValueComponent<T> {
  value: T | undefined;
  tooltip = '';
  changed: ((value: T) => unknown) | undefined;
  constructor(readonly inputEl: HTMLInputElement) {}
  setValue(value: T): this {
    this.value = value;
    if (typeof value === 'boolean') this.inputEl.checked = value;
    else this.inputEl.value = String(value);
    return this;
  }
  setTooltip(tooltip: string): this {
    this.tooltip = tooltip;
    this.inputEl.title = tooltip;
    return this;
  }
  onChange(callback: (value: T) => unknown): this {
    this.changed = callback;
    return this;
  }
  /** What a user typing or clicking does: the value changes and the callback is told. */
  async enter(value: T): Promise<void> {
    this.setValue(value);
    await this.changed?.(value);
  }
}

export class Setting {
  readonly settingEl: HTMLElement;
  readonly components: ValueComponent<unknown>[] = [];
  static readonly all: Setting[] = [];
  name = '';
  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
    Setting.all.push(this);
  }
  setName(name: string): this {
    this.name = name;
    this.settingEl.createDiv({ cls: 'setting-item-name', text: name });
    return this;
  }
  setDesc(desc: string): this {
    this.settingEl.createDiv({ cls: 'setting-item-description', text: desc });
    return this;
  }
  addText(cb: (text: ValueComponent<string>) => unknown): this {
    const c = new ValueComponent<string>(this.settingEl.createEl('input', { attr: { type: 'text' } }));
    this.components.push(c as ValueComponent<unknown>);
    cb(c);
    return this;
  }
  addToggle(cb: (toggle: ValueComponent<boolean>) => unknown): this {
    const c = new ValueComponent<boolean>(this.settingEl.createEl('input', { attr: { type: 'checkbox' } }));
    this.components.push(c as ValueComponent<unknown>);
    cb(c);
    return this;
  }
}

/** MathJax, as Obsidian's renderMath: an element holding the drawn formula (throws nothing; an error is drawn as its source). */
export function renderMath(source: string, display: boolean): HTMLElement {
  const container = createEl('mjx-container' as keyof HTMLElementTagNameMap, { cls: 'MathJax', attr: { display: display ? 'true' : null } });
  const svg = latexToSvg(source, { display, fontPx: 14, color: 'currentColor' });
  if (svg) container.appendChild(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement);
  else container.textContent = source;
  return container;
}

export let finishRenderMathCalls = 0;
export async function finishRenderMath(): Promise<void> {
  finishRenderMathCalls++;
}
