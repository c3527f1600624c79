/**
 * A status bar item with the active note's claim tallies (holds / fails /
 * not checked), updated whenever the note's formulas are analysed; a click
 * opens the Problems panel, where the fails are listed. Hidden when the
 * active editor is not a note, or the note is over the editor's limits.
 */
import * as vscode from 'vscode';
import { isNoteDocument } from '../notes/noteDocuments';
import type { Notes } from '../notes/notes';
import { claimCounts } from '../../shared/claimCounts';
import { statusText, statusTooltip } from './statusText';

export function registerNoteStatusBar(notes: Notes): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('gradexp.claims', vscode.StatusBarAlignment.Left, 10);
  item.name = 'gradexp claims';
  item.command = 'workbench.actions.view.problems';

  /** The note whose tallies are shown. */
  let shown: string | undefined;
  const update = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const reports = doc && isNoteDocument(doc) && !notes.refusal(doc) ? notes.formulaReports(doc) : undefined;
    if (!doc || !reports) {
      // Its analysis is pending (the next 'formulas' change updates the item): after an edit the last tallies
      // of the same note stay until then; another note's never show.
      if (!doc || doc.uri.toString() !== shown || !isNoteDocument(doc) || notes.refusal(doc)) {
        item.hide();
        shown = undefined;
      }
      return;
    }
    shown = doc.uri.toString();
    const counts = claimCounts(reports, notes.formulasLeftOut(doc)?.count ?? 0);
    item.text = statusText(counts);
    item.tooltip = statusTooltip(counts);
    item.accessibilityInformation = { label: statusTooltip(counts) };
    item.show();
  };

  update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    notes.onDidChange((change) => {
      if (change.kind === 'formulas' || change.kind === 'closed') update();
    }),
  );
}
