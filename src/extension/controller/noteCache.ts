/**
 * Parses of open notes, memoised by document version: the lenses, hovers,
 * completions, diagnostics and runs of one edit all share one parse, and the
 * next version's parse reuses the blocks the edit did not touch.
 */
import type * as vscode from 'vscode';
import { analyzeBlocks, type NoteParse } from './noteParse';

/** How many notes' parses are kept (the most recently used). */
const CAPACITY = 32;

/** A per-document, per-version cache of `analyzeBlocks`. */
export class NoteParseCache {
  private readonly entries = new Map<string, { readonly version: number; readonly note: string; readonly parse: NoteParse }>();

  /** The parse of `doc` at its current version. */
  get(doc: vscode.TextDocument): NoteParse {
    const key = doc.uri.toString();
    const hit = this.entries.get(key);
    if (hit && hit.version === doc.version) return hit.parse;
    const note = doc.getText();
    // The previous version's parse lets unchanged blocks be moved instead of parsed again.
    const parse = analyzeBlocks(note, hit);
    this.entries.delete(key);
    this.entries.set(key, { version: doc.version, note, parse });
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
