/**
 * One DiagnosticCollection "gradexp": block errors (Error) — from parsing, and
 * those only a run finds — and failed claims (Warning). A view of the note
 * model (notes.ts), which re-checks a note's formulas ~300 ms after the last
 * edit: published when its formulas were analysed or its runs changed, removed
 * when it is closed. Quick fixes for failed claims are kept beside them in ClaimFixes.
 */
import * as vscode from 'vscode';
import type { QuickFix, NoteError } from '../../core/api/notes';
import type { Notes } from '../notes/notes';
import { currentRunErrors } from './runErrors';
import type { NumberFormatter } from '../../shared/format';
import { isNoteDocument } from '../notes/noteDocuments';
import { leftOutMessage, refusalMessage } from '../../shared/noteLimits';
import { Coalescer } from './coalescer';
import { noteProblems } from '../../shared/diagnosticModel';

/** Run-state changes of a note within this window are published as one diagnostics update. */
export const RUN_PUBLISH_COALESCE_MS = 100;

/** The `source` shown beside every gradexp diagnostic. */
export const DIAGNOSTIC_SOURCE = 'gradexp';

/** Code of the Information at line 1 of a note over the editor's limits. */
export const CODE_NOTE_TOO_LARGE = 'note-too-large';
/** Code of the Information at the first formula past the editor's cap. */
export const CODE_FORMULAS_LEFT_OUT = 'formulas-not-checked';

function information(range: vscode.Range, message: string, code: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Information);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = code;
  return d;
}

/**
 * The fixes of the published claim warnings, per note version. Diagnostics
 * come back to a CodeActionProvider as fresh objects, so fixes are found by
 * message and range, and only for the version they were computed on.
 */
export class ClaimFixes {
  private readonly byNote = new Map<string, { version: number; entries: { key: string; fix: QuickFix }[] }>();

  private static key(range: vscode.Range, message: string): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${message}`;
  }

  /** Replaces the fixes of a note with those of its current diagnostics. */
  replace(doc: vscode.TextDocument, entries: readonly { range: vscode.Range; message: string; fix: QuickFix }[]): void {
    this.byNote.set(doc.uri.toString(), {
      version: doc.version,
      entries: entries.map((e) => ({ key: ClaimFixes.key(e.range, e.message), fix: e.fix })),
    });
  }

  /** The fix of a diagnostic of `doc`, if it is one of ours and the note has not changed since. */
  get(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic): QuickFix | undefined {
    const note = this.byNote.get(doc.uri.toString());
    if (!note || note.version !== doc.version) return undefined;
    const key = ClaimFixes.key(diagnostic.range, diagnostic.message);
    return note.entries.find((e) => e.key === key)?.fix;
  }

  /** Drops a closed note. */
  forget(uri: vscode.Uri): void {
    this.byNote.delete(uri.toString());
  }
}

/** Publishes the diagnostics of every open Markdown note and keeps them current. */
export function registerDiagnostics(
  notes: Notes,
  fixes: ClaimFixes,
  formatter: () => NumberFormatter,
): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);

  const publish = (doc: vscode.TextDocument) => {
    if (doc.isClosed || !isNoteDocument(doc)) return;
    const reports = notes.formulaReports(doc);
    if (!reports) return; // an edit is pending; its analysis will publish
    const refusal = notes.refusal(doc);
    if (refusal) {
      // The note is not analysed in the editor: one Information at line 1 says why, and nothing else is shown.
      fixes.replace(doc, []);
      collection.set(doc.uri, [information(doc.lineAt(0).range, refusalMessage(refusal), CODE_NOTE_TOO_LARGE)]);
      return;
    }
    const parsed = notes.parse(doc).parsed;
    const runErrors = currentRunErrors(parsed, notes.runStates(doc.uri.toString())).flatMap((e): NoteError[] => {
      if (e.line < 1 || e.line > doc.lineCount) return [];
      const start = doc.offsetAt(new vscode.Position(e.line - 1, e.column - 1));
      return [{ line: e.line, column: e.column, message: e.message, start, end: start + e.length }];
    });
    const blockErrors = [...parsed.flatMap((p) => p.errors), ...runErrors];
    const problems = noteProblems(doc.getText(), blockErrors, reports, formatter());
    const withFixes: { range: vscode.Range; message: string; fix: QuickFix }[] = [];
    const diagnostics = problems.map((p) => {
      const range = new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end));
      const severity = p.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
      const d = new vscode.Diagnostic(range, p.message, severity);
      d.source = DIAGNOSTIC_SOURCE;
      d.code = p.code;
      if (p.fix) withFixes.push({ range, message: p.message, fix: p.fix });
      return d;
    });
    const leftOut = notes.formulasLeftOut(doc);
    if (leftOut) {
      const range = new vscode.Range(doc.positionAt(leftOut.first.start), doc.positionAt(leftOut.first.end));
      diagnostics.push(information(range, leftOutMessage(leftOut.count, leftOut.maxFormulas), CODE_FORMULAS_LEFT_OUT));
    }
    fixes.replace(doc, withFixes);
    collection.set(doc.uri, diagnostics);
  };

  const afterRuns = new Coalescer(RUN_PUBLISH_COALESCE_MS, (uri) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (doc) publish(doc);
  });
  return vscode.Disposable.from(
    collection,
    notes.onDidChange((change) => {
      switch (change.kind) {
        case 'formulas':
          if (change.doc) publish(change.doc);
          return;
        case 'runs':
          // A finished run may add errors only a run finds (budget, memory, weights). Run all changes
          // every block's state at once and then one by one: publish once per burst, not per block.
          afterRuns.schedule(change.uri);
          return;
        case 'closed':
          if (change.doc) {
            collection.delete(change.doc.uri);
            fixes.forget(change.doc.uri);
          }
          return;
        case 'edited':
          return; // the re-check that follows publishes
      }
    }),
    afterRuns,
  );
}
