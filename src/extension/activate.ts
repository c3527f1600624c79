/**
 * The composition root, the same for both extension hosts: builds the host
 * note model (notes/notes.ts) and its services once, then registers each
 * feature — every one a view of the model — into `context.subscriptions`.
 * What differs between the desktop and the web comes in as an ExtensionHost
 * (host.ts), from the two thin entries main.ts and web/main.ts. Activation
 * stays cheap — the engine lives in the worker (and, for the preview, loads
 * on its first render), the formula evaluator loads on the first hover or
 * diagnostic pass.
 */
import * as vscode from 'vscode';
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
import type { ExtensionHost } from './host';
import { registerCodeLens } from './lens/codeLens';
import { isNoteDocument } from './notes/noteDocuments';
import { Notes } from './notes/notes';
import { PanelSync } from './panel/panelSync';
import { extendMarkdownIt, PreviewRuns } from './preview/index';
import { createPreviewDeps } from './preview/previewDeps';
import { registerResponsiveness } from './responsiveness/responsivenessCommands';
import { ScanClient } from './scanWorker/scanClient';
import { defaultSettings, readSettings, SETTINGS_SECTION, type GradexpSettings } from '../shared/settings';
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

/** Activates gradexp for Markdown notes in `host`. */
export function activateWith(context: vscode.ExtensionContext, host: ExtensionHost): GradexpApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel('gradexp');
  const log = (line: string) => output.appendLine(`[${new Date().toISOString()}] ${line}`);
  let settings = loadSettings();
  const currentSettings = () => settings;
  const formatter = (): NumberFormatter => numberFormatter(settings.significantDigits);

  // The services: the run worker, the scan worker, the formula module (loaded on first use).
  const runner = new RunWorkerClient(() => host.startWorker('run'), log);
  const formulaModule = lazy(
    () => import('../core/api/formulas'),
    (ms) => log(`formula module loaded in ${ms.toFixed(0)} ms`),
  );
  // The whole-note passes (finding blocks and formulas) run off this thread; on the host only if the worker fails.
  const scanner = new ScanClient(
    () => host.startWorker('scan'),
    { findMath: async (note) => (await formulaModule()).findMath(note), findBlocks: async (note) => findBlocks(note) },
    log,
  );
  const previewRuns = new PreviewRuns();
  // MathJax, for the hover's drawn formulas: loaded on the first formula hover.
  const formulaImages = new FormulaImages(() => host.loadFormulaRenderer(), log);

  // The model of the open notes, and the views of it.
  const notes = new Notes({
    settings: currentSettings,
    formulaModule,
    scanner,
    runner,
    homeFolder: host.homeFolder,
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
    registerResponsivenessOf(host, output, log),
    registerWorkspaceCheck(() => host.startWorker('check'), currentSettings, log),
    registerNoteStatusBar(notes),
  );

  const previewDeps = createPreviewDeps((content) => previewRuns.lookup(content), currentSettings, log);
  log(`activated in the ${host.name} extension host in ${(performance.now() - started).toFixed(1)} ms`);
  return { extendMarkdownIt: (md) => extendMarkdownIt(md, previewDeps) };
}

function registerResponsivenessOf(host: ExtensionHost, output: vscode.OutputChannel, log: (line: string) => void): vscode.Disposable {
  const { monitor, extras } = host.responsiveness(log);
  return registerResponsiveness(output, log, monitor, extras);
}
