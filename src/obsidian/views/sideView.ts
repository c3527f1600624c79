/**
 * The side view: the active note as the VS Code results panel shows it (one
 * card per block, every formula with its value and verdict; the panel's own
 * markup, math by Obsidian's MathJax), and below it the last vault check.
 * Clicking a title, an error's location or a formula reveals its line.
 */
import { ItemView, MarkdownView, TFile, type WorkspaceLeaf } from 'obsidian';
import { analyzeBlocks } from '../../shared/noteParse';
import { buildPanelState } from '../../shared/panelStateBuilder';
import { noteLimits } from '../../shared/noteLimits';
import type { BlockRunState } from '../../shared/blockState';
import { panelView } from '../../webview/panelView';
import { h } from '../../webview/dom';
import { numberFormatter } from '../../shared/format';
import type { Services } from '../plugin/services';
import type { BlockRef } from '../plugin/blockRuns';
import { vaultSummary, type VaultCheck } from '../plugin/vaultCheck';
import { onCardAction, withoutExports } from './cardActions';

export const SIDE_VIEW_TYPE = 'gradexp-results';

/** Quiet time after an edit of the shown note before the view reads it again. */
const EDIT_SETTLE_MS = 500;

export class GradexpSideView extends ItemView {
  private file: TFile | null = null;
  private refs: readonly BlockRef[] = [];
  private vault: VaultCheck | null = null;
  private timer: number | undefined;
  /** Bumped on every refresh, so a slow formula job cannot draw over a newer note. */
  private generation = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly services: Services,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return SIDE_VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'gradexp';
  }

  getIcon(): string {
    return 'line-chart';
  }

  async onOpen(): Promise<void> {
    this.contentEl.addClass('gradexp-side');
    this.register(onCardAction(this.contentEl, (action) => {
      if (action.kind === 'run') {
        const ref = this.refs[action.index];
        if (ref) void this.services.runs.run(ref);
      } else if (action.kind === 'runAll') void this.runAll();
      else if (action.path ?? this.file?.path) void this.services.reveal(action.path ?? this.file!.path, action.line);
    }));
    this.register(this.services.runs.onChange(() => this.refreshSoon(0)));
    this.registerEvent(this.app.workspace.on('file-open', (file) => this.show(file)));
    this.registerEvent(this.app.vault.on('modify', (file) => {
      if (file === this.file) this.refreshSoon(EDIT_SETTLE_MS);
    }));
    this.show(this.app.workspace.getActiveFile());
  }

  async onClose(): Promise<void> {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
  }

  /** Shows `file` when it is a Markdown note (opening another kind of file keeps the last note). */
  show(file: TFile | null): void {
    if (file && file.extension === 'md') this.file = file;
    this.refreshSoon(0);
  }

  /** Shows the result of a vault check under the note. */
  showVaultCheck(check: VaultCheck): void {
    this.vault = check;
    this.refreshSoon(0);
  }

  /** Runs every block of the shown note, as it is now (not as last drawn). */
  async runAll(): Promise<void> {
    const { refs } = await this.readNote();
    await Promise.all(refs.map((ref) => this.services.runs.run(ref)));
  }

  private refreshSoon(delay: number): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  /** The shown note's text: the open editor's, else the vault's. */
  private async noteText(file: TFile): Promise<string> {
    const editor = this.app.workspace.getLeavesOfType('markdown').map((l) => l.view).find((v): v is MarkdownView => v instanceof MarkdownView && v.file === file);
    return editor ? editor.editor.getValue() : this.app.vault.cachedRead(file);
  }

  /** The shown note now: its text, its blocks parsed (none when it is over the size limit) and how to run each. */
  private async readNote() {
    const file = this.file;
    const text = file ? await this.noteText(file) : '';
    const tooLarge = text.length > noteLimits(this.services.settings().maxNoteSize).maxChars;
    const parse = tooLarge ? { parsed: [], infos: [] } : analyzeBlocks(text);
    const refs: BlockRef[] = parse.parsed.map((p) => ({ note: text, index: p.block.index, line: p.block.fenceLine, content: p.block.content, ...(file ? { path: file.path } : {}) }));
    return { file, text, tooLarge, parse, refs };
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const settings = this.services.settings();
    const { file, text, tooLarge, parse, refs } = await this.readNote();
    this.refs = refs;
    const runs = new Map<number, BlockRunState>();
    this.refs.forEach((ref) => {
      const state = this.services.runs.state(ref);
      if (state) runs.set(ref.index, state);
    });
    let formulas: Awaited<ReturnType<Services['formulas']['reports']>> = [];
    let formulaError: string | null = null;
    try {
      formulas = file ? await this.services.formulas.reports(text) : [];
    } catch (e) {
      formulaError = `gradexp could not check this note's formulas: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (generation !== this.generation) return;
    const state = file ? buildPanelState(file.path, file.basename, parse.infos, runs, formulas, numberFormatter(settings.significantDigits)) : null;
    const view = panelView(state);
    view.querySelectorAll<HTMLElement>('section.card').forEach(withoutExports);
    const notes: HTMLElement[] = [];
    if (tooLarge) notes.push(h('p', { class: 'gradexp-error' }, `This note is larger than the size limit (${settings.maxNoteSize} MB): gradexp leaves it alone here; run \`gradexp check\` on it.`));
    if (formulaError) notes.push(h('p', { class: 'gradexp-error' }, formulaError));
    this.contentEl.replaceChildren(view, ...notes, ...(this.vault ? [vaultSection(this.vault)] : []));
  }
}

/** The last vault check: its summary, then each note's problems, each revealing its line. */
function vaultSection(check: VaultCheck): HTMLElement {
  const withProblems = check.notes.filter((n) => n.problems.length > 0 || n.skipped);
  const items = withProblems.map((note) =>
    h(
      'li',
      {},
      h('span', { class: 'gradexp-vault-note' }, note.path),
      note.skipped ? h('p', { class: 'gradexp-vault-skipped' }, `not checked: ${note.skipped}`) : null,
      note.problems.length > 0
        ? h(
            'ul',
            {},
            ...note.problems.map((p) =>
              h(
                'li',
                { class: `gradexp-problem gradexp-problem-${p.severity}` },
                h('button', { type: 'button', class: 'link location', 'data-action': 'reveal', 'data-line': p.line, 'data-path': note.path }, `line ${p.line}:${p.column}`),
                ` — ${p.message}`,
              ),
            ),
          )
        : null,
    ),
  );
  return h(
    'section',
    { class: 'gradexp-vault', 'aria-labelledby': 'gradexp-vault-title' },
    h('h2', { id: 'gradexp-vault-title' }, 'Vault check'),
    h('p', { class: 'gradexp-vault-summary' }, vaultSummary(check)),
    items.length > 0 ? h('ul', { class: 'gradexp-vault-list' }, ...items) : h('p', { class: 'empty' }, 'No claim fails and no block has an error.'),
  );
}
