/**
 * The CodeLenses above each gradexp block: "▶ Run experiment", "Run all" on
 * the first block, and after a run a one-line result (click: show the panel;
 * while running: click to cancel).
 */
import * as vscode from 'vscode';
import type { NoteParseCache } from '../controller/noteCache';
import type { RunController } from '../controller/runController';
import { RUN_ALL_LENS_TITLE, RUN_LENS_TITLE, statusLensTitle } from './lensText';

class GradexpLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly parses: NoteParseCache,
    private readonly runs: RunController,
  ) {}

  /** Asks the editor to redraw the lenses (a run started or finished). */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const { parsed } = this.parses.get(doc);
    const uri = doc.uri.toString();
    const states = this.runs.runStates(uri);
    const lenses: vscode.CodeLens[] = [];
    for (const p of parsed) {
      const line = p.block.fenceLine - 1;
      const range = new vscode.Range(line, 0, line, 0);
      const index = p.block.index;
      lenses.push(new vscode.CodeLens(range, { title: RUN_LENS_TITLE, command: 'gradexp.runBlock', arguments: [uri, index], tooltip: 'Run this experiment and show its chart beside the note' }));
      if (index === 0) {
        lenses.push(new vscode.CodeLens(range, { title: RUN_ALL_LENS_TITLE, command: 'gradexp.runAll', arguments: [uri], tooltip: 'Run every gradexp block of this note' }));
      }
      const state = states.get(index);
      const status = statusLensTitle(state);
      if (status !== undefined) {
        const running = state?.kind === 'running';
        lenses.push(
          new vscode.CodeLens(range, {
            title: status,
            command: running ? 'gradexp.cancelRuns' : 'gradexp.showPanel',
            arguments: [uri],
            tooltip: running ? 'Cancel the running experiments of this note' : 'Show the results panel',
          }),
        );
      }
    }
    return lenses;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the lens provider for Markdown files; lenses redraw when a run starts or ends. */
export function registerCodeLens(parses: NoteParseCache, runs: RunController): vscode.Disposable {
  const provider = new GradexpLensProvider(parses, runs);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    runs.onDidChange(() => provider.refresh()),
  );
}
