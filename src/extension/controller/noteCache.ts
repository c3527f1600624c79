/**
 * Parses of open notes, memoised by document version: the lenses, hovers,
 * completions, diagnostics and runs of one edit all share one parse.
 */
import type * as vscode from 'vscode';
import { analyzeBlocks, type NoteParse } from './noteParse';

/** How many notes' parses are kept (the most recently used). */
const CAPACITY = 32;

/** A per-document, per-version cache of `analyzeBlocks`. */
export class NoteParseCache {
  private readonly entries = new Map<string, { readonly version: number; readonly parse: NoteParse }>();

  /** The parse of `doc` at its current version. */
  get(doc: vscode.TextDocument): NoteParse {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) return hit.parse;
    const parse = analyzeBlocks(doc.getText());
    this.entries.delete(key);
    this.entries.set(key, { version: doc.version, parse });
    if (this.entries.size > CAPACITY) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return parse;
  }

  /** Drops a closed note. */
  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
  }
}
