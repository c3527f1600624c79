/**
 * Which documents are notes gradexp works on: Markdown, except copies the
 * editor shows for other purposes (a git diff's old side, an output channel),
 * whose diagnostics and auto-runs would only be noise.
 */
import type * as vscode from 'vscode';

/** URI schemes of Markdown documents that are views of something else, not notes being written. */
const NOT_NOTES = new Set(['git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'chat-editing-snapshot-text-model', 'vscode-chat-code-block']);

/** True for a Markdown note the user edits (any file system, virtual ones included). */
export function isNoteDocument(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && !NOT_NOTES.has(doc.uri.scheme);
}
