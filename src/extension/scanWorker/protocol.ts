/**
 * The messages between the extension host and the scan worker, which runs
 * the two whole-note markdown-it passes off the host's thread: finding a
 * note's gradexp blocks (`findBlocks`) and its formulas (`findMath`). Each
 * side checks what it receives: a reply that is not exactly what was asked
 * for, in bounds of that note, is not used.
 */
import type { FencedBlock, MathSpan } from '../../core/api/notes';
import { isCount, isObject } from '../../shared/plainData';

/** What the worker can find in a note. */
export type ScanKind = 'findMath' | 'findBlocks';

/** Host → worker: scan one note version. */
export interface ScanRequest {
  readonly type: ScanKind;
  readonly id: number;
  readonly note: string;
}

/** Worker → host: the answer to request `id`, or why there is none. */
export type ScanReply =
  | { readonly type: 'spans'; readonly id: number; readonly spans: readonly MathSpan[] }
  | { readonly type: 'blocks'; readonly id: number; readonly blocks: readonly FencedBlock[] }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** Offsets within a note of `length` UTF-16 units, in order. */
const inOrder = (length: number, ...xs: unknown[]): boolean => xs.every(isCount) && (xs as number[]).every((x, i, all) => x <= length && (i === 0 || all[i - 1]! <= x));

export function isScanRequest(msg: unknown): msg is ScanRequest {
  return isObject(msg) && (msg.type === 'findMath' || msg.type === 'findBlocks') && isCount(msg.id) && typeof msg.note === 'string';
}

/** A well-formed span of a note of `noteLength` UTF-16 units. */
export function isMathSpan(x: unknown, noteLength: number): x is MathSpan {
  if (!isObject(x)) return false;
  const { start, end, contentStart, contentEnd, display, source, line, column } = x;
  return (
    inOrder(noteLength, start, contentStart, contentEnd, end) &&
    typeof display === 'boolean' &&
    typeof source === 'string' &&
    isCount(line) &&
    line >= 1 &&
    isCount(column) &&
    column >= 1
  );
}

/** A well-formed block of a note of `noteLength` units, the `index`-th of the note. */
export function isFencedBlock(x: unknown, noteLength: number, index: number): x is FencedBlock {
  if (!isObject(x)) return false;
  const { start, end, bodyStart, fenceLine, info, content, closed, bodyLines } = x;
  return (
    x.index === index &&
    inOrder(noteLength, start, bodyStart) &&
    inOrder(noteLength, start, end) &&
    isCount(fenceLine) &&
    fenceLine >= 1 &&
    typeof info === 'string' &&
    typeof content === 'string' &&
    typeof closed === 'boolean' &&
    Array.isArray(bodyLines) &&
    bodyLines.every(
      (l: unknown) =>
        isObject(l) && isCount(l.contentStart) && l.contentStart <= content.length && isCount(l.pad) && inOrder(noteLength, l.lineStart, l.noteStart),
    )
  );
}

/** The reply's id, when the message is a reply at all (checked before its payload, which needs the note). */
export function replyId(msg: unknown): number | undefined {
  if (!isObject(msg) || (msg.type !== 'spans' && msg.type !== 'blocks' && msg.type !== 'failed') || !isCount(msg.id)) return undefined;
  return msg.id;
}

/** The items of a reply to a `kind` request about a note of `noteLength` units, or why they cannot be used. */
export function itemsOfReply(msg: unknown, kind: ScanKind, noteLength: number): { readonly items: unknown[] } | { readonly problem: string } {
  if (!isObject(msg)) return { problem: 'a malformed reply' };
  if (msg.type === 'failed') return { problem: typeof msg.message === 'string' ? msg.message : 'a failure without a message' };
  const field = kind === 'findMath' ? 'spans' : 'blocks';
  const items = msg[field];
  if (msg.type !== field || !Array.isArray(items)) return { problem: 'a malformed reply' };
  for (let i = 0; i < items.length; i++) {
    const ok = kind === 'findMath' ? isMathSpan(items[i], noteLength) : isFencedBlock(items[i], noteLength, i);
    if (!ok) return { problem: `a malformed ${kind === 'findMath' ? 'span' : 'block'} (#${i})` };
    const start = (x: unknown) => (x as { start: number }).start;
    if (i > 0 && start(items[i]) < start(items[i - 1])) return { problem: `${field} out of note order` };
  }
  return { items };
}
