/**
 * The palette and lens commands. Arguments from lenses and other extensions
 * are checked (a URI string and a block index); without them a command acts
 * on the active Markdown editor.
 */
import * as vscode from 'vscode';
import { blockAt } from '../shared/noteParse';
import { documentFor } from './notes/noteDocuments';
import type { Notes } from './notes/notes';
import type { PanelSync } from './panel/panelSync';
import { refusalMessage } from '../shared/noteLimits';

/** The active editor, if it shows a Markdown note. */
function activeNote(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === 'markdown' ? editor : undefined;
}

/** The note a command is about: its URI argument, else the active Markdown editor's document. */
async function targetNote(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return documentFor(arg.toString());
  if (typeof arg === 'string' && arg.length > 0 && arg.length < 10_000) return documentFor(arg);
  const doc = activeNote()?.document;
  if (!doc) void vscode.window.showInformationMessage('gradexp: open a Markdown note first.');
  return doc;
}

function isBlockIndex(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** Registers every gradexp command. */
export function registerCommands(
  notes: Notes,
  panel: PanelSync,
  output: vscode.OutputChannel,
): vscode.Disposable {
  const runAndShow = async (doc: vscode.TextDocument, indexes?: number[]) => {
    panel.show(doc);
    await notes.run(doc, indexes);
  };

  /** A note over the editor's limits is never parsed here: say so rather than "no blocks". */
  const refused = (doc: vscode.TextDocument): boolean => {
    const refusal = notes.refusal(doc);
    if (refusal) void vscode.window.showWarningMessage(refusalMessage(refusal));
    return refusal !== undefined;
  };

  const runAtCursor = async () => {
    const editor = activeNote();
    if (!editor) {
      void vscode.window.showInformationMessage('gradexp: open a Markdown note first.');
      return;
    }
    const doc = editor.document;
    if (refused(doc)) return;
    // The end of the cursor's line also lies inside the block when the cursor sits in the fence's indentation.
    const line = doc.lineAt(editor.selection.active.line);
    const blocks = notes.parse(doc).parsed.map((p) => p.block);
    const block = blockAt(blocks, doc.offsetAt(editor.selection.active)) ?? blockAt(blocks, doc.offsetAt(line.range.end));
    if (!block) {
      void vscode.window.showInformationMessage('gradexp: the cursor is not inside a gradexp block.');
      return;
    }
    await runAndShow(doc, [block.index]);
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand('gradexp.runBlock', async (uri?: unknown, index?: unknown) => {
      if (uri === undefined && index === undefined) return runAtCursor();
      const doc = await targetNote(uri);
      if (!doc) return;
      if (refused(doc)) return;
      if (!isBlockIndex(index)) {
        void vscode.window.showErrorMessage('gradexp.runBlock: expected a block index (0, 1, …).');
        return;
      }
      const count = notes.parse(doc).parsed.length;
      if (index >= count) {
        void vscode.window.showInformationMessage(`gradexp: this note has ${count} gradexp block${count === 1 ? '' : 's'}; there is no block #${index + 1}.`);
        return;
      }
      await runAndShow(doc, [index]);
    }),
    vscode.commands.registerCommand('gradexp.runBlockAtCursor', runAtCursor),
    vscode.commands.registerCommand('gradexp.runAll', async (uri?: unknown) => {
      const doc = await targetNote(uri);
      if (!doc || refused(doc)) return;
      if (notes.parse(doc).parsed.length === 0) {
        void vscode.window.showInformationMessage('gradexp: this note has no gradexp blocks.');
        return;
      }
      await runAndShow(doc);
    }),
    vscode.commands.registerCommand('gradexp.showPanel', async (uri?: unknown) => {
      const doc = await targetNote(uri);
      if (doc) panel.show(doc);
    }),
    vscode.commands.registerCommand('gradexp.cancelRuns', async (uri?: unknown) => {
      if (typeof uri === 'string' || uri instanceof vscode.Uri) notes.cancel(uri.toString());
      else notes.cancel();
    }),
    vscode.commands.registerCommand('gradexp.showLog', () => output.show(true)),
  );
}
