/**
 * Which documents are notes gradexp works on: Markdown, except copies the
 * editor shows for other purposes (a git diff's old side, an output channel),
 * whose diagnostics and auto-runs would only be noise.
 */
import * as vscode from 'vscode';

/** URI schemes of Markdown documents that are views of something else, not notes being written. */
const NOT_NOTES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'chat-editing-snapshot-text-model', 'vscode-chat-code-block']);

/** True for a Markdown note the user edits (any file system, virtual ones included). */
export function isNoteDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !NOT_NOTES.has(doc.uri.scheme);
}

/** Finds an open document by URI string, or opens it. */
export async function documentFor(uri: string): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (open) return open;
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
  } catch {
    return undefined;
  }
}
