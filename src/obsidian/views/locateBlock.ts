/**
 * Which block of which note Obsidian asks the plugin to draw, and whether to
 * run it unasked. Obsidian hands a code block processor the block's body and,
 * through `getSectionInfo`, the note's text and the block's first line; the
 * worker runs the block inside its note, so errors carry the note's lines.
 * Pure (core only), so both rules are unit-tested.
 */
import { blockBudgetProblem, findBlocks, parseBlock, type FencedBlock, type ParsedBlock } from '../../core/api/notes';
import type { GradexpSettings } from '../../shared/settings';
import { runsUnasked } from '../plugin/settings';
import type { BlockRef } from '../plugin/blockRuns';

/** A block found in its note (or, shown outside one, in a note made of it alone). */
export interface LocatedBlock {
  readonly ref: BlockRef;
  readonly parsed: ParsedBlock;
  /** True when Obsidian gave no note (an embed, a hover preview, or live preview when it gives no section): lines count from the block's fence as line 1. */
  readonly detached: boolean;
}

/** What Obsidian's `getSectionInfo` returns (the parts used). */
export interface SectionInfo {
  readonly text: string;
  /** 0-based line of the section's first line (the opening fence). */
  readonly lineStart: number;
}

/** The blocks of the note last asked about: Obsidian draws a note's blocks one after another, each handing the whole note. */
let lastNote: { readonly text: string; readonly blocks: readonly FencedBlock[] } | undefined;

function blocksOf(text: string): readonly FencedBlock[] {
  if (lastNote?.text !== text) lastNote = { text, blocks: findBlocks(text) };
  return lastNote.blocks;
}

/** The block whose body is `source`: the one at `section.lineStart` of its note (at vault path `notePath`), else a one-block note around it. */
export function locateBlock(source: string, section: SectionInfo | null, notePath?: string): LocatedBlock | undefined {
  if (section) {
    const block = blocksOf(section.text).find((b) => b.fenceLine === section.lineStart + 1);
    if (block) {
      const ref = { note: section.text, index: block.index, line: block.fenceLine, content: block.content, ...(notePath ? { path: notePath } : {}) };
      return { ref, parsed: parseBlock(section.text, block), detached: false };
    }
  }
  // As the VS Code preview does for a block without its note: a fence that the body cannot close.
  const fence = source.includes('```') ? '~~~~~~' : '```';
  const note = `${fence}gradexp\n${source}\n${fence}\n`;
  const block = findBlocks(note)[0];
  if (!block) return undefined;
  return { ref: { note, index: 0, line: 1, content: block.content }, parsed: parseBlock(note, block), detached: true };
}

/** What happens when a block is shown. */
export type BlockStart =
  | { readonly kind: 'run' }
  | { readonly kind: 'ask' }
  /** Its errors or its size stop it: shown at once, never sent to the worker. */
  | { readonly kind: 'refuse'; readonly message?: string };

/**
 * A block with errors is refused; a block over the work budget is refused with
 * the budget's message; a block within `previewComputeLimit` (or any block
 * within the budget, with autoRun on) runs unasked; the rest wait for Run.
 */
export function blockStart(parsed: ParsedBlock, settings: GradexpSettings): BlockStart {
  if (parsed.errors.length > 0) return { kind: 'refuse' };
  const specs = parsed.series.map((s) => s.spec);
  const overBudget = blockBudgetProblem(specs, settings.workBudget);
  if (overBudget !== null) return { kind: 'refuse', message: overBudget };
  // A weights file is read by the worker's job, which reports it; the cheap rule is the preview's.
  const cheap = specs.every((s) => s.weightsPath === null) && blockBudgetProblem(specs, settings.previewComputeLimit) === null;
  return runsUnasked(settings, cheap) ? { kind: 'run' } : { kind: 'ask' };
}
