/**
 * The messages between the extension host and the workspace check worker:
 * one note's text in, its problems and tallies out. The host checks every
 * reply: one that is not well formed, or whose ranges fall outside the note,
 * is not shown.
 */
import { CODE_BLOCK_ERROR, CODE_CLAIM_FAILS } from '../../../shared/diagnosticModel';
import type { NoteCheckResult, PlainProblem } from '../../../shared/noteCheck';
import { isCount, isObject } from '../../../shared/plainData';

/** Host → worker: check one note. */
export interface CheckRequest {
  readonly id: number;
  readonly note: string;
  readonly digits: number;
}

/** Worker → host: the check of request `id`, or why it failed. */
export type CheckReply =
  | { readonly id: number; readonly result: NoteCheckResult }
  | { readonly id: number; readonly error: string };

const inNote = (length: number, start: unknown, end: unknown): boolean => isCount(start) && isCount(end) && start <= end && end <= length;

function isProblem(x: unknown, noteLength: number): x is PlainProblem {
  return (
    isObject(x) &&
    inNote(noteLength, x.start, x.end) &&
    (x.severity === 'error' || x.severity === 'warning') &&
    (x.code === CODE_BLOCK_ERROR || x.code === CODE_CLAIM_FAILS) &&
    typeof x.message === 'string'
  );
}

/** The reply's id, when the message is a reply at all. */
export function replyId(msg: unknown): number | undefined {
  return isObject(msg) && isCount(msg.id) ? msg.id : undefined;
}

/** The result of a reply about a note of `noteLength` UTF-16 units, or why it cannot be used. */
export function resultOfReply(msg: unknown, noteLength: number): { readonly result: NoteCheckResult } | { readonly problem: string } {
  if (!isObject(msg)) return { problem: 'a malformed reply' };
  if (typeof msg.error === 'string') return { problem: msg.error };
  const r = msg.result;
  if (!isObject(r) || !Array.isArray(r.problems) || !isObject(r.counts)) return { problem: 'a malformed reply' };
  const { holds, fails, notChecked } = r.counts;
  if (!isCount(holds) || !isCount(fails) || !isCount(notChecked)) return { problem: 'malformed counts' };
  const bad = r.problems.findIndex((p) => !isProblem(p, noteLength));
  if (bad >= 0) return { problem: `a malformed problem (#${bad})` };
  const cut = r.leftOut;
  if (cut !== undefined && !(isObject(cut) && inNote(noteLength, cut.start, cut.end) && typeof cut.message === 'string')) {
    return { problem: 'a malformed left-out range' };
  }
  return { result: r as unknown as NoteCheckResult };
}
