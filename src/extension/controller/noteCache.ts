/**
 * Parses of open notes, memoised by document version: the lenses, hovers,
 * completions, diagnostics and runs of one edit all share one parse, and the
 * next version's parse reuses the blocks the edit did not touch. A note over
 * the editor's limits (noteLimits.ts) is not parsed at all: it reads as a note
 * without blocks, so every feature built on the parse stays quiet for it.
 */
import type * as vscode from 'vscode';
import { DEFAULT_MAX_NOTE_MB, noteLimits, noteRefusal, sizeRefusal, type NoteLimits, type NoteRefusal } from '../noteLimits';
import { analyzeBlocks, type NoteParse } from './noteParse';

/** How many notes' parses are kept (the most recently used). */
const CAPACITY = 32;

/** What a refused note parses to: nothing. */
const NOTHING: NoteParse = { parsed: [], infos: [] };

/** A per-document, per-version cache of `analyzeBlocks`, which refuses notes over the limits. */
export class NoteParseCache {
  private readonly entries = new Map<string, { readonly version: number; readonly note: string; readonly parse: NoteParse }>();
  private readonly verdicts = new Map<string, { readonly version: number; readonly limits: NoteLimits; readonly refusal: NoteRefusal | undefined }>();
  /** Notes the user was told about, so each is refused aloud only once. */
  private readonly told = new Set<string>();

  /**
   * @param limits the limits in force (read on every new version, so a changed setting applies at the next edit or look).
   * @param onRefused called the first time a note is refused (the host shows a message).
   */
  constructor(
    private readonly limits: () => NoteLimits = () => noteLimits(DEFAULT_MAX_NOTE_MB),
    private readonly onRefused: (doc: vscode.TextDocument, refusal: NoteRefusal) => void = () => {},
  ) {}

  /** Why `doc` at its current version is too large for the editor, or undefined when it is not. */
  refusal(doc: vscode.TextDocument): NoteRefusal | undefined {
    const key = doc.uri.toString();
    const limits = this.limits();
    const hit = this.verdicts.get(key);
    if (hit && hit.version === doc.version && sameLimits(hit.limits, limits)) return hit.refusal;
    // The length from the end position's offset: a refused 10 MB note is never copied into a string.
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const refusal = sizeRefusal(length, limits) ?? noteRefusal(doc.getText(), limits);
    this.verdicts.set(key, { version: doc.version, limits, refusal });
    if (this.verdicts.size > CAPACITY) this.verdicts.delete(this.verdicts.keys().next().value!);
    if (refusal) {
      this.entries.delete(key); // a parse of an earlier, smaller version is of no use any more
      if (!this.told.has(key)) {
        this.told.add(key);
        this.onRefused(doc, refusal);
      }
    }
    return refusal;
  }

  /** The parse of `doc` at its current version (no blocks when the note is refused). */
  get(doc: vscode.TextDocument): NoteParse {
    if (this.refusal(doc)) return NOTHING;
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

  /** Drops a closed note (not `told`: reopened, it is refused by its line-1 diagnostic, not by another message). */
  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.verdicts.delete(uri.toString());
  }
}

function sameLimits(a: NoteLimits, b: NoteLimits): boolean {
  return a.maxChars === b.maxChars && a.maxBlocks === b.maxBlocks;
}
