/**
 * Parses of open notes, memoised by document version: the lenses, hovers,
 * completions, diagnostics and runs of one edit all share one parse, and the
 * next version's parse reuses the blocks the edit did not touch. Callers that
 * can wait (lenses, the formula pass, autoRun) take `settle`, which parses in
 * slices so a long note's first parse never holds the host in one stretch;
 * the others take `get`, which by then is usually a cache hit. A note over
 * the editor's limits (noteLimits.ts) is not parsed at all: it reads as a note
 * without blocks, so every feature built on the parse stays quiet for it.
 */
import type * as vscode from 'vscode';
import { DEFAULT_MAX_NOTE_MB, noteLimits, noteRefusal, sizeRefusal, type NoteLimits, type NoteRefusal } from '../../shared/noteLimits';
import type { FencedBlock } from '../../core/api/notes';
import { analyzeBlocks, analyzeBlocksStepwise, type NoteParse } from '../../shared/noteParse';
import { runInSlices } from '../../threads/slices';

/** How many notes' parses are kept (the most recently used). */
const CAPACITY = 32;

/**
 * Notes at least this long (UTF-16 units) have their fences found in the scan worker by `settle`:
 * there findBlocks costs 15–70 ms warm and up to 0.3 s cold. Below it, the few milliseconds it
 * takes on the host are cheaper than the round trip — cloning the blocks back, and one more busy
 * thread on a 2-core machine, raised the host's worst delay in the 200-block stress note.
 */
export const BLOCKS_OFF_THREAD_CHARS = 256 * 1024;

/** What a refused note parses to: nothing. */
const NOTHING: NoteParse = { parsed: [], infos: [] };

/** A per-document, per-version cache of `analyzeBlocks`, which refuses notes over the limits. */
export class NoteParseCache {
  private readonly entries = new Map<string, { readonly version: number; readonly note: string; readonly parse: NoteParse }>();
  /** Sliced parses under way, one per note (the latest version asked for). */
  private readonly settling = new Map<string, { readonly version: number; readonly parse: Promise<NoteParse> }>();
  private readonly verdicts = new Map<string, { readonly version: number; readonly limits: NoteLimits; readonly refusal: NoteRefusal | undefined }>();
  /** Notes the user was told about, so each is refused aloud only once. */
  private readonly told = new Set<string>();

  /**
   * @param limits the limits in force (read on every new version, so a changed setting applies at the next edit or look).
   * @param onRefused called the first time a note is refused (the host shows a message).
   * @param findBlocksOff finds a note's blocks off the host's thread (the scan worker) for `settle`; without it, on the host.
   */
  constructor(
    private readonly limits: () => NoteLimits = () => noteLimits(DEFAULT_MAX_NOTE_MB),
    private readonly onRefused: (doc: vscode.TextDocument, refusal: NoteRefusal) => void = () => {},
    private readonly findBlocksOff?: (note: string) => Promise<readonly FencedBlock[]>,
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
    return this.store(key, doc.version, note, analyzeBlocks(note, hit));
  }

  /**
   * The parse of `doc` at its current version: its blocks found in the scan
   * worker, then parsed in slices that each hold the host at most SLICE_MS. Concurrent callers for one version share
   * the work. A parse the note's edits overtook is still finished and kept:
   * the next version's reuses its blocks.
   */
  settle(doc: vscode.TextDocument): Promise<NoteParse> {
    if (this.refusal(doc)) return Promise.resolve(NOTHING);
    const key = doc.uri.toString();
    const version = doc.version;
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return Promise.resolve(hit.parse);
    const running = this.settling.get(key);
    if (running?.version === version) return running.parse;
    const note = doc.getText();
    // Finding the fences is one markdown-it pass over the whole note: done in the scan worker for a long note.
    const found = this.findBlocksOff && note.length >= BLOCKS_OFF_THREAD_CHARS ? this.findBlocksOff(note) : Promise.resolve(undefined);
    const parse = found
      .then((blocks) => runInSlices(analyzeBlocksStepwise(note, hit, blocks)))
      .then((result) => (doc.isClosed ? result : this.store(key, version, note, result)));
    const entry = { version, parse };
    this.settling.set(key, entry);
    const done = () => this.settling.get(key) === entry && this.settling.delete(key);
    parse.then(done, done);
    return parse;
  }

  /** Keeps `parse` as the note's latest unless a newer version's is kept already; returns it. */
  private store(key: string, version: number, note: string, parse: NoteParse): NoteParse {
    const kept = this.entries.get(key);
    if (kept && kept.version > version) return parse;
    this.entries.delete(key);
    this.entries.set(key, { version, note, parse });
    if (this.entries.size > CAPACITY) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return parse;
  }

  /** Drops a closed note (not `told`: reopened, it is refused by its line-1 diagnostic, not by another message). */
  forget(uri: vscode.Uri): void {
    this.entries.delete(uri.toString());
    this.settling.delete(uri.toString());
    this.verdicts.delete(uri.toString());
  }
}

function sameLimits(a: NoteLimits, b: NoteLimits): boolean {
  return a.maxChars === b.maxChars && a.maxBlocks === b.maxBlocks;
}
