/**
 * The CodeLenses above each gradexp block: "▶ Run experiment", "Run all" on
 * the first block, and after a run a one-line result (click: show the panel;
 * while running: click to cancel).
 */
import * as vscode from 'vscode';
import type { Notes } from '../notes/notes';
import { lensSpecs } from './lensModel';

class GradexpLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly notes: Notes) {}

  /** Asks the editor to redraw the lenses (a run started or finished). */
  refresh(): void {
    this.changed.fire();
  }

  /** Waits for the note's parse, done in slices: a long note's first parse does not hold the host in one stretch. */
  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const uri = doc.uri.toString();
    const blocks = (await this.notes.settledParse(doc)).parsed.map((p) => p.block);
    return lensSpecs(uri, blocks, this.notes.runStates(uri)).map(
      (l) => new vscode.CodeLens(new vscode.Range(l.line, 0, l.line, 0), { title: l.title, command: l.command, arguments: [...l.args], tooltip: l.tooltip }),
    );
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Registers the lens provider for Markdown files; lenses redraw when a run starts or ends. */
export function registerCodeLens(notes: Notes): vscode.Disposable {
  const provider = new GradexpLensProvider(notes);
  return vscode.Disposable.from(
    provider,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    notes.onDidChange((change) => change.kind === 'runs' && provider.refresh()),
  );
}
