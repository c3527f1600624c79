/**
 * A note's gradexp blocks, parsed, plus what the host shows about each before
 * any run. Pure (core only) so lens placement and block lookup are tested.
 */
import { type FencedBlock, type NoteError, type ParsedBlock, drain, parseBlocksStepwise, visible } from '../core/api/notes';

/** What the host knows about a block before running it (from parsing the note). */
export interface BlockInfo {
  readonly index: number;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly title: string;
  readonly experiment: string;
  readonly dtype: string;
  /** Activation names used by the block's series (for the activation experiment's formulas). */
  readonly activations: readonly string[];
  /** Errors found by parsing (no run needed). */
  readonly errors: readonly NoteError[];
}

/** Everything the host derives from a note's text without running anything. */
export interface NoteParse {
  readonly parsed: readonly ParsedBlock[];
  readonly infos: readonly BlockInfo[];
}

/** Card/lens facts of one parsed block: title, experiment, dtype, activations, parse errors. */
export function blockInfo(parsed: ParsedBlock): BlockInfo {
  const first = parsed.series[0]?.spec;
  return {
    index: parsed.block.index,
    line: parsed.block.fenceLine,
    // As in the chart and in messages: a bidi override or an invisible character in a title is shown, not obeyed.
    title: visible(first?.title ?? '') || `Block ${parsed.block.index + 1}`,
    experiment: first?.experiment ?? parsed.experiment,
    dtype: first?.dtype ?? 'fp32',
    activations: parsed.series.map((s) => s.spec.activation.name),
    errors: parsed.errors,
  };
}

/**
 * Parses every block of a note. Given the note's previous text and parse,
 * blocks whose text did not change are moved, not re-parsed: a keystroke in a
 * long note re-reads one block, not all of them.
 */
export function analyzeBlocks(note: string, previous?: { readonly note: string; readonly parse: NoteParse }): NoteParse {
  return drain(analyzeBlocksStepwise(note, previous));
}

/** `analyzeBlocks`, one step per block parsed afresh (see parseBlocksStepwise), so the host can parse a long note in slices; `found`: its blocks, if already found. */
export function* analyzeBlocksStepwise(
  note: string,
  previous?: { readonly note: string; readonly parse: NoteParse },
  found?: readonly FencedBlock[],
): Generator<void, NoteParse> {
  // Not the pipeline's parseNote: importing the pipeline would load the engine into the host at activation.
  const parsed = yield* parseBlocksStepwise(note, previous && { note: previous.note, parsed: previous.parse.parsed }, found);
  const before = previous?.parse;
  // A moved parse keeps its errors' identity only when nothing moved; otherwise the info is rebuilt (cheap).
  return { parsed, infos: parsed.map((p, i) => (before?.parsed[i] === p ? before.infos[i]! : blockInfo(p))) };
}

/** The block whose fence range holds `offset` (opening fence to closing fence), if any. */
export function blockAt(blocks: readonly FencedBlock[], offset: number): FencedBlock | undefined {
  // Blocks are in note order: binary search keeps a cursor move cheap in a note with thousands of blocks.
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else return b;
  }
  return undefined;
}

/** Distinct weights paths written in a parsed block (the host reads them before a run). */
export function weightsPaths(parsed: ParsedBlock): string[] {
  const paths = new Set<string>();
  for (const s of parsed.series) if (s.spec.weightsPath !== null) paths.add(s.spec.weightsPath);
  return [...paths];
}
