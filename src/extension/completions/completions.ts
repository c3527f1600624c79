/**
 * Completions inside gradexp blocks: key names at a line start, allowed
 * values after `key:` — all from the schema table through the core's
 * `completionsAt`, so what is offered always parses.
 */
import * as vscode from 'vscode';
import { completionsAt } from '../../core/api/notes';
import type { Notes } from '../notes/notes';
import { blockAt } from '../../shared/noteParse';

class BlockCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly notes: Notes) {}

  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const offset = doc.offsetAt(position);
    const blocks = this.notes.parse(doc).parsed.map((p) => p.block);
    const block = blockAt(blocks, offset);
    // Only the body: completions on the fence lines would be noise.
    if (!block || offset < block.bodyStart || doc.positionAt(offset).line === block.fenceLine - 1) return undefined;
    const word = doc.getWordRangeAtPosition(position, /[A-Za-z0-9_-]+/);
    return completionsAt(doc.getText(), block, offset).map((c, i) => {
      const item = new vscode.CompletionItem(
        c.label,
        c.kind === 'key' ? vscode.CompletionItemKind.Property : vscode.CompletionItemKind.Value,
      );
      item.detail = c.detail;
      item.documentation = new vscode.MarkdownString().appendText(c.documentation);
      item.insertText = c.insertText;
      // Keep the table's order (it is the order of docs/blocks.md) instead of alphabetical.
      item.sortText = String(i).padStart(4, '0');
      if (word) item.range = word.with({ end: position });
      return item;
    });
  }
}

/** Registers key and value completions for gradexp blocks in Markdown notes. */
export function registerCompletions(notes: Notes): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new BlockCompletionProvider(notes), ':', ' ', '-');
}
