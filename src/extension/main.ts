/**
 * The composition root: builds the host's services once and registers each
 * feature into `context.subscriptions`. Activation stays cheap — the engine
 * lives in the worker (and, for the preview, loads on its first render), the
 * formula evaluator loads on the first hover or diagnostic pass.
 */
import * as vscode from 'vscode';
import { Worker } from 'node:worker_threads';
import { DEFAULT_BUDGET, formatNumber, findBlocks } from '../core/api/notes';
import { registerAutoRun } from './autoRun';
import { registerCommands } from './commands';
import { registerCompletions } from './completions/completions';
import { FormulaService } from './controller/formulaService';
import { NoteParseCache } from './controller/noteCache';
import { PanelSync } from './controller/panelSync';
import { RunController } from './controller/runController';
import { ClaimFixes, registerDiagnostics } from './diagnostics/diagnostics';
import { registerClaimQuickFix } from './diagnostics/quickFix';
import type { NumberFormatter } from './hover/formulaHoverText';
import { registerHover } from './hover/hover';
import { registerCodeLens } from './lens/codeLens';
import { extendMarkdownIt, PreviewRuns } from './preview/index';
import { isNoteDocument } from './noteDocuments';
import { noteLimits, refusalMessage } from './noteLimits';
import { createPreviewDeps } from './previewDeps';
import { registerResponsiveness } from './responsiveness/responsivenessCommands';
import { defaultSettings, readSettings, SETTINGS_SECTION, type GradexpSettings } from './settings';
import { ScanClient } from './scanWorker/scanClient';
import { RunWorkerClient } from './worker/workerClient';
import { lazy } from '../core/api/lazy';

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
  const formatter = (): NumberFormatter => {
    const digits = settings.significantDigits;
    return (x) => formatNumber(x, digits);
  };

  const workerPath = context.asAbsolutePath('dist/worker.js');
  const client = new RunWorkerClient(() => new Worker(workerPath, { name: 'gradexp-run' }), log);
  // The formula evaluator loads on the first hover or diagnostic pass, never at activation.
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
  // Notes over the editor's limits are not parsed on this thread; the user is told once (noteLimits.ts).
  const parses = new NoteParseCache(
    () => noteLimits(settings.maxNoteSize),
    (_doc, refusal) => void vscode.window.showWarningMessage(refusalMessage(refusal)),
    (note) => scanner.findBlocks(note),
  );
  const previewRuns = new PreviewRuns();
  const runs = new RunController({
    client,
    parses,
    settings: currentSettings,
    onRunFinished: (content, run) => previewRuns.remember(content, run),
    log,
  });
  const formulas = new FormulaService(formulaModule, log, (doc) => parses.refusal(doc) !== undefined, (note) => scanner.findMath(note));
  const panel = new PanelSync(context, runs, parses, formulas, formatter);
  const fixes = new ClaimFixes();

  context.subscriptions.push(
    output,
    { dispose: () => client.dispose() },
    { dispose: () => scanner.dispose() },
    previewRuns,
    runs,
    formulas,
    panel,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SETTINGS_SECTION)) return;
      settings = loadSettings();
      // Diagnostics quote values with the configured digits: re-publish them (formula results are cached).
      if (e.affectsConfiguration(`${SETTINGS_SECTION}.significantDigits`)) {
        for (const doc of vscode.workspace.textDocuments) if (isNoteDocument(doc)) formulas.schedule(doc, 0);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => runs.forget(doc.uri.toString())),
    registerCodeLens(parses, runs),
    registerCommands(runs, parses, panel, output),
    registerHover(parses, formulas, formatter),
    registerDiagnostics(parses, runs, formulas, fixes, formatter),
    registerClaimQuickFix(fixes),
    registerCompletions(parses),
    registerAutoRun(runs, parses, currentSettings),
    registerResponsiveness(output, log),
  );

  const previewDeps = createPreviewDeps((content) => previewRuns.lookup(content), currentSettings, log);
  log(`activated in ${(performance.now() - started).toFixed(1)} ms`);
  return { extendMarkdownIt: (md) => extendMarkdownIt(md, previewDeps) };
}

/** Nothing to do: everything is disposed through context.subscriptions. */
export function deactivate(): void {}
