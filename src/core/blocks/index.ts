/** Finding ```gradexp blocks in a note and mapping their body offsets back to it. */
export { findBlocks, GRADEXP_LANGUAGE } from './findBlocks';
export type { FencedBlock, BodyLine } from './findBlocks';
export { contentToNote, noteToContent } from './offsets';
export type { NotePosition } from './offsets';
