/**
 * `gradexp.autoRun`: ~500 ms after the last edit of a note, re-run the blocks
 * whose text changed since their last run. Off by default — a run can be
 * heavy, and the user decides when the machine works.
 */
import * as vscode from 'vscode';
import { blocksToRerun } from './autoRunPlan';
import type { Notes } from '../notes/notes';
import { isNoteDocument } from '../notes/noteDocuments';
import type { GradexpSettings } from '../../shared/settings';

/** Quiet time after an edit before auto-run starts. */
export const AUTO_RUN_DEBOUNCE_MS = 500;

/** Registers the edit listener behind `gradexp.autoRun`. */
export function registerAutoRun(notes: Notes, settings: () => GradexpSettings): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const clear = (key: string) => {
    const t = timers.get(key);
    if (t !== undefined) clearTimeout(t);
    timers.delete(key);
  };
  const onEdit = (doc: vscode.TextDocument) => {
    // A note over the editor's limits is never run from here (its parse is empty anyway): no timer at all.
    if (!isNoteDocument(doc) || !settings().autoRun || notes.refusal(doc)) return;
    const key = doc.uri.toString();
    clear(key);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        if (doc.isClosed || !settings().autoRun) return;
        const version = doc.version;
        void notes.settledParse(doc).then((parse) => {
          // An edit while the note was being parsed has its own timer, which re-runs the blocks.
          if (doc.isClosed || doc.version !== version || !settings().autoRun) return;
          notes.pruneRuns(key, parse.parsed.length);
          const indexes = blocksToRerun(parse.parsed.map((p) => p.block), notes.runStates(key));
          if (indexes.length > 0) void notes.run(doc, indexes);
        });
      }, AUTO_RUN_DEBOUNCE_MS),
    );
  };
  return vscode.Disposable.from(
    notes.onDidChange((change) => {
      if (change.kind === 'edited' && change.doc) onEdit(change.doc);
      else if (change.kind === 'closed') clear(change.uri);
    }),
    { dispose: () => [...timers.keys()].forEach(clear) },
  );
}
