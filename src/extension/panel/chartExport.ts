/**
 * Writes a block's chart to disk: "SVG"/"PNG" through a save dialog, or
 * "Save next to note" beside the note plus a Markdown image link after the
 * block. All file access goes through `workspace.fs`, so it also works in
 * remote and virtual workspaces.
 */
import * as vscode from 'vscode';
import { base64ToBytes } from '../base64';
import type { ChartPayload } from '../../shared/messages';
import type { PanelBlock, PanelState } from '../../shared/panelModel';
import { chartFileName, imageLink, isPng, linkInsertion } from './chartFiles';

/** The bytes of a chart in the requested format, or an error a user can act on. */
function chartBytes(block: PanelBlock, payload: ChartPayload): Uint8Array {
  if (payload.format === 'svg') {
    if (!block.svg) throw new Error(`block ${block.index + 1} has no chart yet — run it first`);
    return new TextEncoder().encode(block.svg);
  }
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(payload.pngBase64);
  } catch {
    throw new Error('the panel sent an image that is not base64');
  }
  if (!isPng(bytes)) throw new Error('the panel sent an image that is not a PNG');
  return bytes;
}

function findBlock(state: PanelState, index: number): PanelBlock {
  const block = state.blocks.find((b) => b.index === index);
  if (!block) throw new Error(`the note has no block ${index + 1} any more`);
  return block;
}

function noteFileName(noteUri: vscode.Uri): string {
  return noteUri.path.split('/').pop() ?? 'note.md';
}

/** Asks where to save the chart of block `index`, then writes it there. */
export async function exportChart(state: PanelState, index: number, payload: ChartPayload): Promise<void> {
  const block = findBlock(state, index);
  const bytes = chartBytes(block, payload);
  const note = vscode.Uri.parse(state.noteUri, true);
  const name = chartFileName(noteFileName(note), index, payload.format);
  const filters: Record<string, string[]> =
    payload.format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] };
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(note, '..', name),
    filters,
    title: `Export chart of "${block.title || `block ${index + 1}`}"`,
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.showInformationMessage(`gradexp: chart saved to ${vscode.workspace.asRelativePath(target)}`);
}

/** Writes the chart of block `index` beside the note and links it after the block (once). */
export async function saveChartNextToNote(state: PanelState, index: number, payload: ChartPayload): Promise<void> {
  const block = findBlock(state, index);
  const bytes = chartBytes(block, payload);
  const note = vscode.Uri.parse(state.noteUri, true);
  if (note.scheme === 'untitled') throw new Error('save the note first: an untitled note has no folder to save beside');
  const name = chartFileName(noteFileName(note), index, payload.format);
  const target = vscode.Uri.joinPath(note, '..', name);
  const document = await vscode.workspace.openTextDocument(note);
  // Compute the edit before writing, so a block that moved away fails cleanly with nothing written.
  const insertion = linkInsertion(document.getText(), block.line, imageLink(block.title, name));
  await vscode.workspace.fs.writeFile(target, bytes);
  if (insertion) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(note, new vscode.Position(insertion.line, insertion.character), insertion.text);
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('could not insert the image link into the note');
  }
  const linked = insertion ? ' and linked it after the block' : ' (the link was already there)';
  void vscode.window.showInformationMessage(`gradexp: saved ${name} next to the note${linked}`);
}
