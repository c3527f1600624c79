/**
 * Which notes are too large for the editor. The host parses a note on its
 * only thread (markdown-it over the whole note for its blocks, then every
 * block's YAML, and a pass for its formulas): a 10 MB note held the extension
 * host for seconds on opening and again after every edit. Above these limits
 * gradexp leaves the note alone in the editor — no parse, lens, hover,
 * diagnostic, completion or auto-run — says so once, and points at the CLI,
 * which has its own note-wide limits. Pure (no vscode) so it is unit-tested.
 */

/** Default largest note analysed in the editor, in MB (of text: 2^20 UTF-16 characters). */
export const DEFAULT_MAX_NOTE_MB = 1;

/** Characters in one "MB" of note text, as the limit and the message count them. */
export const CHARS_PER_MB = 2 ** 20;

/**
 * Most gradexp blocks in a note analysed in the editor. Measured: parsing
 * 2,000 blocks takes ~80 ms, 5,000 ~350 ms of held host on an idle machine
 * (and as many lenses and panel cards); in code-server at load 6–9 a note of
 * 1,500 blocks held the host for up to ~1 s on opening, so the limit keeps a
 * margin. `gradexp run` takes up to 10,000.
 */
export const MAX_EDITOR_BLOCKS = 1_000;

/** The limits in force. */
export interface NoteLimits {
  /** Largest note, in characters. */
  readonly maxChars: number;
  /** Most gradexp blocks (counted by their opening fences). */
  readonly maxBlocks: number;
}

/** Why a note is not analysed in the editor. */
export type NoteRefusal =
  | { readonly kind: 'size'; readonly chars: number; readonly maxChars: number }
  | { readonly kind: 'blocks'; readonly blocks: number; readonly maxBlocks: number };

/** The limits for a `gradexp.maxNoteSize` of `maxNoteMb` MB. */
export function noteLimits(maxNoteMb: number): NoteLimits {
  return { maxChars: Math.floor(maxNoteMb * CHARS_PER_MB), maxBlocks: MAX_EDITOR_BLOCKS };
}

/** The refusal for a note of `length` characters, decided before its text is even read. */
export function sizeRefusal(length: number, limits: NoteLimits): NoteRefusal | undefined {
  return length > limits.maxChars ? { kind: 'size', chars: length, maxChars: limits.maxChars } : undefined;
}

/**
 * A line that opens a gradexp fence: up to three spaces, three or more
 * backticks or tildes, then `gradexp`. A cheap upper bound of findBlocks'
 * count (it also counts fences that sit inside other code), so a note is
 * never refused for fewer blocks than it has, and reading it costs a few
 * milliseconds per MB instead of a markdown-it pass.
 */
const GRADEXP_FENCE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*gradexp\b/gm;

/** How many lines of `note` open a gradexp fence (see GRADEXP_FENCE). */
export function countBlockFences(note: string): number {
  let count = 0;
  GRADEXP_FENCE.lastIndex = 0;
  while (GRADEXP_FENCE.exec(note) !== null) count++;
  return count;
}

/** The refusal for `note`, if any: its size first (no scan needed), then its count of blocks. */
export function noteRefusal(note: string, limits: NoteLimits): NoteRefusal | undefined {
  const bySize = sizeRefusal(note.length, limits);
  if (bySize) return bySize;
  const blocks = countBlockFences(note);
  return blocks > limits.maxBlocks ? { kind: 'blocks', blocks, maxBlocks: limits.maxBlocks } : undefined;
}

/** "10.2 MB", "0.5 MB": one decimal, as a user reads a file size. */
function megabytes(chars: number): string {
  return `${(chars / CHARS_PER_MB).toFixed(1)} MB`;
}

/** The one message shown for a refused note: what, the limit, the knob, and what to do instead. */
export function refusalMessage(refusal: NoteRefusal): string {
  const instead = 'run `gradexp run` or `gradexp check` on it from a terminal';
  if (refusal.kind === 'size') {
    return (
      `gradexp: this note is ${megabytes(refusal.chars)}; gradexp analyses notes of up to ${megabytes(refusal.maxChars)} in the editor ` +
      `(setting gradexp.maxNoteSize), so it shows no lenses, hovers, formula checks or runs here — ${instead}.`
    );
  }
  return (
    `gradexp: this note has ${refusal.blocks.toLocaleString('en-US')} gradexp blocks; gradexp analyses notes of up to ` +
    `${refusal.maxBlocks.toLocaleString('en-US')} blocks in the editor, so it shows no lenses, hovers, formula checks or runs here — ${instead}.`
  );
}

/** The note at the first formula past the cap: how many were left out, and what checks them all. */
export function leftOutMessage(count: number, maxFormulas: number): string {
  const which = count === 1 ? 'this formula is' : `this formula and the ${(count - 1).toLocaleString('en-US')} after it are`;
  return (
    `gradexp: ${which} not checked in the editor, which checks the first ${maxFormulas.toLocaleString('en-US')} formulas of a note — ` +
    'run `gradexp check` on it from a terminal to check them all.'
  );
}
