/**
 * Re-parsing a note after an edit without re-reading the blocks the edit did
 * not touch: a block whose text is the same as before (from the start of its
 * fence line to its end, with the same body and info string, the body starting
 * at the same place relative to the fence) parses to the
 * same ParsedBlock, only moved — its note offsets and line numbers shift,
 * its columns do not (a block with errors is parsed again when it moved, as
 * its messages may name lines). Pure and exact: `parseBlocksReusing` equals
 * `findBlocks` + `parseBlock` of every block (property-tested).
 */
import { findBlocks, type FencedBlock } from '../blocks/findBlocks';
import { bomLength } from '../text/lines';
import { parseBlock, type ParsedBlock } from './parse';

/** A note and its parsed blocks, as kept between edits. */
export interface ParsedNote {
  readonly note: string;
  readonly parsed: readonly ParsedBlock[];
}

/** Note offset of the start of the line holding `offset` (a `\r`-only break makes the span longer, never wrong). */
function lineStartBefore(note: string, offset: number): number {
  return note.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * What makes two blocks parse alike: their whole lines of text, body and info as markdown-it gave
 * them, and where the body starts. An empty body starts on the next line, past the block's text:
 * `\n` or `\r\n` after the fence line moves it and nothing else.
 */
function blockKey(note: string, block: FencedBlock): string {
  const text = note.slice(lineStartBefore(note, block.start), block.end);
  return `${block.closed ? 1 : 0}\u0000${block.bodyStart - block.start}\u0000${block.info}\u0000${block.content}\u0000${text}`;
}

/** `parsed` moved to where `block` now is: offsets by `block.start − old start`, lines likewise, index replaced. */
export function moveParsedBlock(parsed: ParsedBlock, block: FencedBlock): ParsedBlock {
  const d = block.start - parsed.block.start;
  const dl = block.fenceLine - parsed.block.fenceLine;
  if (d === 0 && dl === 0 && block.index === parsed.block.index) return parsed;
  return {
    ...parsed,
    block,
    errors: parsed.errors.map((e) => ({ ...e, line: e.line + dl, start: e.start + d, end: e.end + d })),
    keys: parsed.keys.map((k) => ({ ...k, keyStart: k.keyStart + d, keyEnd: k.keyEnd + d, valueStart: k.valueStart + d, valueEnd: k.valueEnd + d })),
  };
}

/** Every block of `note` parsed, reusing the parses of `previous` whose block text is unchanged. */
export function parseBlocksReusing(note: string, previous?: ParsedNote): ParsedBlock[] {
  return drain(parseBlocksStepwise(note, previous));
}

/** Runs a stepwise computation to its end in one go. */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `parseBlocksReusing`, one step per block parsed afresh: the editor parses a
 * long note in slices between which its thread answers other work (a
 * 900-block note's first parse held it for 0.3 s in one go). The result is
 * the same however the steps are spaced, and whoever found `found`.
 */
export function* parseBlocksStepwise(note: string, previous?: ParsedNote, found?: readonly FencedBlock[]): Generator<void, ParsedBlock[]> {
  // `found`: the note's blocks when already found elsewhere (the editor finds them in a worker).
  const blocks = found ?? findBlocks(note);
  // A BOM added or removed moves line 1's columns: start afresh.
  const byKey = previous && bomLength(previous.note) === bomLength(note) ? reusableByKey(previous) : new Map<string, ParsedBlock[]>();
  const parsed: ParsedBlock[] = [];
  for (const block of blocks) {
    const reused = reuse(byKey, note, block);
    if (reused) {
      parsed.push(reused);
      continue;
    }
    yield;
    parsed.push(parseBlock(note, block));
  }
  return parsed;
}

/** The previous parses by block text, each list in note order. */
function reusableByKey(previous: ParsedNote): Map<string, ParsedBlock[]> {
  const byKey = new Map<string, ParsedBlock[]>();
  for (const p of previous.parsed) {
    const key = blockKey(previous.note, p.block);
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  return byKey;
}

/** A previous parse of the same text moved to `block`, or undefined when the block must be parsed again. */
function reuse(byKey: Map<string, ParsedBlock[]>, note: string, block: FencedBlock): ParsedBlock | undefined {
  if (byKey.size === 0) return undefined;
  // Identical blocks (same text) are taken in note order, so each old parse is used once.
  const reusable = byKey.get(blockKey(note, block))?.shift();
  if (!reusable) return undefined;
  // Error messages may quote positions ("first set on line 17"): a block with errors that moved is
  // parsed again rather than having its messages rewritten. Such blocks are few; clean ones move.
  const moved = reusable.block.start !== block.start || reusable.block.fenceLine !== block.fenceLine;
  return moved && reusable.errors.length > 0 ? undefined : moveParsedBlock(reusable, block);
}
