/**
 * The messages between the extension host and the math worker, which finds a
 * note's formulas (`findMath`, one markdown-it pass over the whole note) off
 * the host's thread. Each side checks what it receives: a reply that is not
 * exactly a list of spans is not used.
 */
import type { MathSpan } from '../../core/formula/types';

/** Host → worker: find the formulas of one note version. */
export interface FindMathRequest {
  readonly type: 'findMath';
  readonly id: number;
  readonly note: string;
}

/** Worker → host: the spans of request `id`, or why there are none. */
export type FindMathReply =
  | { readonly type: 'spans'; readonly id: number; readonly spans: readonly MathSpan[] }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

type Obj = Readonly<Record<string, unknown>>;
const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null;
const isId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

export function isFindMathRequest(msg: unknown): msg is FindMathRequest {
  return isObject(msg) && msg.type === 'findMath' && isId(msg.id) && typeof msg.note === 'string';
}

/** A well-formed span of a note of `noteLength` UTF-16 units. */
export function isMathSpan(x: unknown, noteLength: number): x is MathSpan {
  if (!isObject(x)) return false;
  const { start, end, contentStart, contentEnd, display, source, line, column } = x;
  return (
    isOffset(start) &&
    isOffset(end) &&
    isOffset(contentStart) &&
    isOffset(contentEnd) &&
    start <= contentStart &&
    contentStart <= contentEnd &&
    contentEnd <= end &&
    end <= noteLength &&
    typeof display === 'boolean' &&
    typeof source === 'string' &&
    isOffset(line) &&
    line >= 1 &&
    isOffset(column) &&
    column >= 1
  );
}

/** The reply's id, when the message is a reply at all (checked before its spans, which need the note). */
export function replyId(msg: unknown): number | undefined {
  if (!isObject(msg) || (msg.type !== 'spans' && msg.type !== 'failed') || !isId(msg.id)) return undefined;
  return msg.id;
}

/** The spans of a reply to a request for a note of `noteLength` units, or a reason they cannot be used. */
export function spansOfReply(msg: unknown, noteLength: number): { readonly spans: MathSpan[] } | { readonly problem: string } {
  if (!isObject(msg)) return { problem: 'a malformed reply' };
  if (msg.type === 'failed') return { problem: typeof msg.message === 'string' ? msg.message : 'a failure without a message' };
  if (msg.type !== 'spans' || !Array.isArray(msg.spans)) return { problem: 'a malformed reply' };
  const spans = msg.spans as unknown[];
  for (let i = 0; i < spans.length; i++) {
    if (!isMathSpan(spans[i], noteLength)) return { problem: `a malformed span (#${i})` };
    if (i > 0 && (spans[i] as MathSpan).start < (spans[i - 1] as MathSpan).start) return { problem: 'spans out of note order' };
  }
  return { spans: spans as MathSpan[] };
}
