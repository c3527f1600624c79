/**
 * The quick fix of a failed claim: "Write the computed value" replaces the
 * author's number with the value gradexp computed.
 */
import * as vscode from 'vscode';
import { CODE_CLAIM_FAILS } from '../../shared/diagnosticModel';
import { DIAGNOSTIC_SOURCE, type ClaimFixes } from './diagnostics';

class ClaimFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly fixes: ClaimFixes) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE || d.code !== CODE_CLAIM_FAILS) continue;
      const fix = this.fixes.get(doc, d);
      if (!fix) continue;
      const range = new vscode.Range(doc.positionAt(fix.start), doc.positionAt(fix.end));
      const action = new vscode.CodeAction(`Write the computed value ${fix.text}`, vscode.CodeActionKind.QuickFix);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(doc.uri, range, fix.text);
      action.diagnostics = [d];
      action.isPreferred = true;
      actions.push(action);
    }
    return actions;
  }
}

/** Registers the quick fix for failed claims in Markdown notes. */
export function registerClaimQuickFix(fixes: ClaimFixes): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new ClaimFixProvider(fixes), {
    providedCodeActionKinds: ClaimFixProvider.kinds,
  });
}
