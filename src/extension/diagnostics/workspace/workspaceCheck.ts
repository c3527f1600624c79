/**
 * "gradexp: Check All Notes in Workspace": every Markdown file of the
 * workspace (minus `files.exclude`) is checked in a worker (a thread on the desktop, a Web Worker on the web), one note
 * after another, and its problems go to the Problems panel — the same
 * problems an open note gets (block errors, failed claims), in a collection
 * of their own. A notification shows the progress and its Cancel stops the
 * worker at once. Notes over the editor's limits (gradexp.maxNoteSize, the
 * block cap) are not analysed: they get the open note's Information at line 1.
 * Open notes are left to the live check, and a note's workspace problems are
 * dropped when it is opened (the live check takes over).
 */
import * as vscode from 'vscode';
import { LineIndex } from '../../../core/api/notes';
import { CODE_FORMULAS_LEFT_OUT, CODE_NOTE_TOO_LARGE, DIAGNOSTIC_SOURCE } from '../diagnostics';
import { noteLimits, noteRefusal, refusalMessage, sizeRefusal, type NoteRefusal } from '../../../shared/noteLimits';
import type { GradexpSettings } from '../../../shared/settings';
import type { ThreadWorker } from '../../../threads/threadWorker';
import { WorkspaceCheckClient } from './checkClient';
import type { NoteCheckResult } from '../../../shared/noteCheck';
import { summaryMessage, type CheckSummary } from './summary';

export const CHECK_WORKSPACE_COMMAND = 'gradexp.checkWorkspace';

/** Most Markdown files one check looks at (findFiles' own cap; a larger workspace is checked up to it, and the summary says so). */
export const MAX_WORKSPACE_NOTES = 20_000;

/** A UTF-16 unit takes at most 3 bytes of UTF-8 (a pair, 4 for 2): a file of more than 4 bytes per allowed character is too large, unread. */
const MAX_BYTES_PER_CHAR = 4;

function diagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity, code: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, message, severity);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = code;
  return d;
}

/** The diagnostics of one checked note, at ranges read from its text. */
function diagnosticsOf(note: string, result: NoteCheckResult): vscode.Diagnostic[] {
  const lines = new LineIndex(note);
  const range = (start: number, end: number) => {
    const a = lines.positionAt(start);
    const b = lines.positionAt(end);
    return new vscode.Range(a.line - 1, a.column - 1, b.line - 1, b.column - 1);
  };
  const out = result.problems.map((p) =>
    diagnostic(range(p.start, p.end), p.message, p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning, p.code),
  );
  const cut = result.leftOut;
  if (cut) out.push(diagnostic(range(cut.start, cut.end), cut.message, vscode.DiagnosticSeverity.Information, CODE_FORMULAS_LEFT_OUT));
  return out;
}

function refusalDiagnostic(refusal: NoteRefusal): vscode.Diagnostic {
  return diagnostic(new vscode.Range(0, 0, 0, 0), refusalMessage(refusal), vscode.DiagnosticSeverity.Information, CODE_NOTE_TOO_LARGE);
}

/** Registers the command; its problems live in their own collection until the next check or a note's opening. */
export function registerWorkspaceCheck(
  startWorker: () => ThreadWorker,
  settings: () => GradexpSettings,
  log: (line: string) => void,
): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-workspace`);
  let running: vscode.CancellationTokenSource | undefined;

  const isOpen = (uri: vscode.Uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

  /** Checks one closed note and publishes its problems (or why it was not analysed). */
  const checkOne = async (uri: vscode.Uri, client: WorkspaceCheckClient, summary: CheckSummary): Promise<void> => {
    const limits = noteLimits(settings().maxNoteSize);
    const { size } = await vscode.workspace.fs.stat(uri);
    // Decided before reading when even one byte per character would be too many.
    const unread = size > limits.maxChars * MAX_BYTES_PER_CHAR ? sizeRefusal(Math.ceil(size / MAX_BYTES_PER_CHAR), limits) : undefined;
    if (unread) {
      summary.skipped++;
      collection.set(uri, [refusalDiagnostic(unread)]);
      return;
    }
    const note = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    const refusal = noteRefusal(note, limits);
    if (refusal) {
      summary.skipped++;
      collection.set(uri, [refusalDiagnostic(refusal)]);
      return;
    }
    const result = await client.check(note, settings().significantDigits);
    summary.checked++;
    summary.fails += result.counts.fails;
    if (result.counts.fails > 0) summary.notesWithFails++;
    summary.errors += result.problems.filter((p) => p.severity === 'error').length;
    // Opened while it was being checked: the live check has it now.
    if (!isOpen(uri)) collection.set(uri, diagnosticsOf(note, result));
  };

  const run = () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'gradexp: checking notes', cancellable: true },
      async (progress, cancelToken) => {
        running?.cancel();
        const source = new vscode.CancellationTokenSource();
        running = source;
        const token = source.token;
        cancelToken.onCancellationRequested(() => source.cancel());
        // undefined exclude: VS Code applies files.exclude (not search.exclude).
        const uris = (await vscode.workspace.findFiles('**/*.md', undefined, MAX_WORKSPACE_NOTES, token)).sort((a, b) =>
          a.path.localeCompare(b.path),
        );
        const client = new WorkspaceCheckClient(startWorker);
        const stop = token.onCancellationRequested(() => client.dispose());
        const summary: CheckSummary = { notes: uris.length, capped: uris.length >= MAX_WORKSPACE_NOTES, checked: 0, open: 0, skipped: 0, failed: 0, fails: 0, notesWithFails: 0, errors: 0, cancelled: false };
        collection.clear();
        try {
          for (const [i, uri] of uris.entries()) {
            if (token.isCancellationRequested) break;
            progress.report({ message: `${i + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
            if (isOpen(uri)) {
              summary.open++;
              continue;
            }
            try {
              await checkOne(uri, client, summary);
            } catch (err) {
              if (token.isCancellationRequested) break;
              summary.failed++;
              log(`workspace check: ${vscode.workspace.asRelativePath(uri)} was not checked: ${(err as Error).message}`);
            }
          }
        } finally {
          stop.dispose();
          client.dispose();
          if (running === source) running = undefined;
          source.dispose();
        }
        summary.cancelled = token.isCancellationRequested;
        const message = summaryMessage(summary);
        log(`workspace check: ${message}`);
        void vscode.window.showInformationMessage(message);
      },
    );

  return vscode.Disposable.from(
    collection,
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, run),
    vscode.workspace.onDidOpenTextDocument((doc) => collection.delete(doc.uri)),
    { dispose: () => running?.cancel() },
  );
}
