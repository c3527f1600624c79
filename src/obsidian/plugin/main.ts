/**
 * The Obsidian plugin (dist/obsidian/main.js, the default export): a `gradexp`
 * block drawn as its chart and summary, the side view, the commands, the
 * settings tab, and the editor's formula hover. All computing is done in a
 * Web Worker started from a string in this file: main.js uses no Node or
 * Electron API (the build refuses one), so it also runs on Obsidian mobile.
 */
import { MarkdownView, Notice, Plugin, TFile } from 'obsidian';
import workerSource from 'gradexp-obsidian-worker';
import { noteLimits } from '../../shared/noteLimits';
import { claimCounts } from '../../shared/claimCounts';
import { JobClient } from '../worker/client';
import { blobWorkers } from '../worker/blobWorkers';
import { BlockRuns } from './blockRuns';
import { FormulaReports } from './formulaReports';
import type { GradexpSettings } from '../../shared/settings';
import { changedSettings, settingsFrom } from './settings';
import { GradexpSettingTab } from './settingsTab';
import { revealLine } from './reveal';
import type { Services } from './services';
import { checkVault, vaultSummary } from './vaultCheck';
import { readBlockWeights, type WeightsVault } from './weights';
import { locateBlock } from '../views/locateBlock';
import { GradexpBlockView } from '../views/blockView';
import { GradexpSideView, SIDE_VIEW_TYPE } from '../views/sideView';
import { mathElement } from '../views/math';
import { formulaEditorExtension } from '../editor/index';

export default class GradexpPlugin extends Plugin {
  private current: GradexpSettings = settingsFrom(null);
  private services!: Services;

  async onload(): Promise<void> {
    this.current = settingsFrom(await this.loadData());
    const workers = blobWorkers(workerSource);
    // Two workers: a long run never makes the editor's formula hover wait.
    const runJobs = new JobClient(workers.start);
    const formulaJobs = new JobClient(workers.start);
    this.register(() => {
      runJobs.dispose();
      formulaJobs.dispose();
      workers.dispose();
    });
    const settings = () => this.current;
    this.services = {
      settings,
      runs: new BlockRuns(runJobs, () => this.current.workBudget, (ref) => (ref.path ? readBlockWeights(this.weightsVault(), ref.path, ref.note, ref.index) : Promise.resolve({}))),
      formulas: new FormulaReports(formulaJobs, () => noteLimits(this.current.maxNoteSize).maxChars),
      checks: formulaJobs,
      reveal: (path, line) => revealLine(this.app, path, line),
    };

    this.registerMarkdownCodeBlockProcessor('gradexp', (source, el, ctx) => {
      const located = locateBlock(source, ctx.getSectionInfo(el), ctx.sourcePath);
      if (located) ctx.addChild(new GradexpBlockView(el, located, ctx.sourcePath, this.services));
    });
    // The editor (source mode and live preview): hover on $…$ and marks on failed claims, from the formula worker.
    this.registerEditorExtension(
      formulaEditorExtension(this.services.formulas, () => ({ digits: this.current.significantDigits, formats: this.current.hoverFormats }), {
        renderMath: mathElement,
      }),
    );
    this.registerView(SIDE_VIEW_TYPE, (leaf) => new GradexpSideView(leaf, this.services));
    this.addRibbonIcon('line-chart', 'gradexp: show results', () => void this.sideView());
    this.addCommands();
    this.addSettingTab(
      new GradexpSettingTab(this.app, this, {
        settings,
        change: async (name, value) => {
          const before = this.current;
          this.current = changedSettings(before, name, value);
          await this.saveData(this.current);
          // Runs depend on the budget; the side view's numbers on the digits (the editor reads settings at each hover).
          if (this.current.workBudget !== before.workBudget) this.services.runs.clear();
          for (const leaf of this.app.workspace.getLeavesOfType(SIDE_VIEW_TYPE)) {
            // A side view not shown since Obsidian started is still deferred: it draws itself when shown.
            if (leaf.view instanceof GradexpSideView) void leaf.view.refresh();
          }
        },
      }),
    );
  }

  private addCommands(): void {
    this.addCommand({ id: 'show-results', name: 'Show results', callback: () => void this.sideView() });
    this.addCommand({
      id: 'run-all-blocks',
      name: 'Run all blocks in this note',
      checkCallback: (checking) => {
        if (!this.activeNote()) return false;
        if (!checking) void this.sideView().then((view) => view.runAll());
        return true;
      },
    });
    this.addCommand({
      id: 'check-note',
      name: 'Check this note',
      checkCallback: (checking) => {
        const view = this.app.workspace.getActiveViewOfType(MarkdownView);
        if (!view?.file) return false;
        if (!checking) void this.checkNote(view.editor.getValue());
        return true;
      },
    });
    this.addCommand({ id: 'check-vault', name: 'Check the vault', callback: () => void this.checkVault() });
  }

  /** The vault as the weights reader needs it. */
  private weightsVault(): WeightsVault {
    const file = (path: string) => {
      const found = this.app.vault.getAbstractFileByPath(path);
      return found instanceof TFile ? found : null;
    };
    return {
      stat: (path) => file(path)?.stat ?? null,
      read: (path) => this.app.vault.cachedRead(file(path)!),
    };
  }

  private activeNote(): TFile | null {
    const file = this.app.workspace.getActiveFile();
    return file?.extension === 'md' ? file : null;
  }

  /** Opens (or shows) the side view in the right sidebar. */
  async sideView(): Promise<GradexpSideView> {
    const workspace = this.app.workspace;
    let leaf = workspace.getLeavesOfType(SIDE_VIEW_TYPE)[0];
    if (!leaf) {
      leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf(true);
      await leaf.setViewState({ type: SIDE_VIEW_TYPE, active: false });
    }
    await workspace.revealLeaf(leaf);
    const view = leaf.view as GradexpSideView;
    view.show(this.activeNote());
    return view;
  }

  private async checkNote(text: string): Promise<void> {
    try {
      const counts = claimCounts(await this.services.formulas.reports(text));
      new Notice(`gradexp: ${counts.holds} hold, ${counts.fails} fail, ${counts.notChecked} not decided`);
    } catch (e) {
      new Notice(`gradexp: could not check this note: ${e instanceof Error ? e.message : String(e)}`);
    }
    await this.sideView();
  }

  private async checkVault(): Promise<void> {
    const files = this.app.vault.getMarkdownFiles();
    const notice = new Notice(`gradexp: checking ${files.length} notes…`, 0);
    const check = await checkVault(
      files.map((file) => ({ path: file.path, read: () => this.app.vault.cachedRead(file) })),
      this.services.checks,
      {
        digits: this.current.significantDigits,
        maxChars: noteLimits(this.current.maxNoteSize).maxChars,
        progress: (done, total) => notice.setMessage(`gradexp: checked ${done} of ${total} notes…`),
      },
    );
    notice.hide();
    new Notice(vaultSummary(check), 10_000);
    (await this.sideView()).showVaultCheck(check);
  }
}
