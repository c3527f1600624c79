/**
 * The composition root: builds the host note model (notes/notes.ts) and its
 * services once, then registers each feature — every one a view of the model
 * — into `context.subscriptions`. Activation stays cheap — the engine lives in
 * the worker (and, for the preview, loads on its first render), the formula
 * evaluator loads on the first hover or diagnostic pass.
 */
import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { lazy } from '../core/api/lazy';
import { DEFAULT_BUDGET, findBlocks } from '../core/api/notes';
import { registerAutoRun } from './autoRun/autoRun';
import { registerCommands } from './commands';
import { registerCompletions } from './completions/completions';
import { ClaimFixes, registerDiagnostics } from './diagnostics/diagnostics';
import { registerClaimQuickFix } from './diagnostics/quickFix';
import { numberFormatter, type NumberFormatter } from '../shared/format';
import { registerHover } from './hover/hover';
import { FormulaImages } from './hover/formulaImage/formulaImages';
import { registerCodeLens } from './lens/codeLens';
import { isNoteDocument } from './notes/noteDocuments';
import { Notes } from './notes/notes';
import { PanelSync } from './panel/panelSync';
import { extendMarkdownIt, PreviewRuns } from './preview/index';
import { createPreviewDeps } from './preview/previewDeps';
import { registerResponsiveness } from './responsiveness/responsivenessCommands';
import { ScanClient } from './scanWorker/scanClient';
import { defaultSettings, readSettings, SETTINGS_SECTION, type GradexpSettings } from './settings';
import { RunWorkerClient } from './worker/workerClient';
import { registerNoteStatusBar } from './statusBar/noteStatusBar';
import { registerWorkspaceCheck } from './diagnostics/workspace/workspaceCheck';

/** What `activate` returns: VS Code's Markdown preview calls `extendMarkdownIt`. */
export interface GradexpApi {
  extendMarkdownIt(md: Parameters<typeof extendMarkdownIt>[0]): ReturnType<typeof extendMarkdownIt>;
}

function loadSettings(): GradexpSettings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  return readSettings((name) => config.get(name), defaultSettings(DEFAULT_BUDGET));
}

/** Activates gradexp for Markdown notes. */
export function activate(context: vscode.ExtensionContext): GradexpApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('gradexp');
  const log = (line: string) => output.appendLine(`[${new Date().toISOString()}] ${line}`);
  let settings = loadSettings();
  const currentSettings = () => settings;
  const formatter = (): NumberFormatter => numberFormatter(settings.significantDigits);

  // The services: the run worker, the scan worker, the formula module (loaded on first use).
  const runner = new RunWorkerClient(() => new Worker(context.asAbsolutePath('dist/worker.js'), { name: 'gradexp-run' }), log);
  const formulaModule = lazy(
    () => import('../core/api/formulas'),
    (ms) => log(`formula module loaded in ${ms.toFixed(0)} ms`),
  );
  // The whole-note passes (finding blocks and formulas) run off this thread; on the host only if the worker fails.
  const scanPath = context.asAbsolutePath('dist/scan-worker.js');
  const scanner = new ScanClient(
    () => new Worker(scanPath, { name: 'gradexp-scan' }),
    { findMath: async (note) => (await formulaModule()).findMath(note), findBlocks: async (note) => findBlocks(note) },
    log,
  );
  const previewRuns = new PreviewRuns();
  // MathJax, for the hover's drawn formulas: a bundle of its own, required on the first formula hover.
  const formulaImagesPath = context.asAbsolutePath('dist/formula-image.js');
  const formulaImages = new FormulaImages(() => require(formulaImagesPath) as typeof import('./hover/formulaImage/renderSvg'), log);

  // The model of the open notes, and the views of it.
  const notes = new Notes({
    settings: currentSettings,
    formulaModule,
    scanner,
    runner,
    onRunFinished: (content, run) => previewRuns.remember(content, run),
    log,
  });
  const panel = new PanelSync(context, notes, formatter);
  const fixes = new ClaimFixes();

  context.subscriptions.push(
    output,
    { dispose: () => runner.dispose() },
    { dispose: () => scanner.dispose() },
    previewRuns,
    notes,
    panel,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SETTINGS_SECTION)) return;
      settings = loadSettings();
      // Diagnostics quote values with the configured digits: re-publish them (formula results are cached).
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.significantDigits`)) {
        for (const doc of vscode.workspace.textDocuments) if (isNoteDocument(doc)) notes.checkFormulas(doc, 0);
      }
    }),
    registerCodeLens(notes),
    registerCommands(notes, panel, output),
    registerHover(notes, formatter, formulaImages, () => settings.hoverFormats),
    registerDiagnostics(notes, fixes, formatter),
    registerClaimQuickFix(fixes),
    registerCompletions(notes),
    registerAutoRun(notes, currentSettings),
    registerResponsiveness(output, log),
    registerWorkspaceCheck(context.asAbsolutePath('dist/workspace-check-worker.js'), currentSettings, log),
    registerNoteStatusBar(notes),
  );

  const previewDeps = createPreviewDeps((content) => previewRuns.lookup(content), currentSettings, log);
  log(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  return { extendMarkdownIt: (md) => extendMarkdownIt(md, previewDeps) };
}

/** Nothing to do: everything is disposed through context.subscriptions. */
export function deactivate(): void {}
