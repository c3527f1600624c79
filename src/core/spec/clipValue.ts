import { isAlias, isMap, isScalar, type Document, type Node, type YAMLMap } from 'yaml';
import type { Clip } from '../types';
import { didYouMean } from '../text/didYouMean';
import { quoteVisible } from '../text/visible';
import type { BodyProblem } from './yamlBody';

/**
 * Reads one `clip` value: a mapping with exactly one of `norm: c` (clip the
 * total gradient norm to c) or `value: c` (clamp each element to [−c, c]),
 * c a finite number > 0. Problems point at the part of the mapping at fault.
 */

const KINDS = ['norm', 'value'] as const;
/** Largest limit accepted: far beyond any gradient a float32 can hold, so only typos are refused. */
const MAX_LIMIT = 1e30;

export type ClipRead =
  | { readonly ok: true; readonly value: Clip; readonly param: string }
  | { readonly ok: false; readonly problems: readonly BodyProblem[] };

const EXAMPLE = 'clip is a mapping like {norm: 1} or {value: 0.5}, or none';

/** The `clip` value written at `node` (start/end: the whole value, for problems about it as a whole). */
export function readClip(node: Node, doc: Document | null, start: number, end: number): ClipRead {
  const bad = (s: number, e: number, message: string): ClipRead => ({ ok: false, problems: [{ start: s, end: e, message }] });
  const target = isAlias(node) ? (doc ? node.resolve(doc) : undefined) : node;
  if (!target || !isMap(target)) return bad(start, end, `${EXAMPLE}, got ${quoteVisible(scalarText(target), 40)}`);
  const pairs = (target as YAMLMap<unknown, unknown>).items;
  if (pairs.length === 0) return bad(start, end, `${EXAMPLE}; the mapping is empty`);
  if (pairs.length > 1) {
    return bad(start, end, 'clip takes one of norm or value, not both: clipping the total norm and each element are two different remedies — keep one');
  }
  const pair = pairs[0]!;
  const keyNode = pair.key as Node | null;
  const keyRange = keyNode?.range ?? [start, end];
  const name = isScalar(keyNode) ? String(keyNode.value) : '';
  if (name !== 'norm' && name !== 'value') {
    return bad(keyRange[0], keyRange[1], `unknown clip kind ${quoteVisible(name, 40)}${didYouMean(name, KINDS)} (clip takes norm or value)`);
  }
  const valueNode = pair.value as Node | null;
  const valueRange = valueNode?.range ?? keyRange;
  const limit = isScalar(valueNode) ? valueNode.value : undefined;
  if (typeof limit !== 'number' || !Number.isFinite(limit)) {
    return bad(valueRange[0], valueRange[1], `clip ${name} needs a finite number c > 0, e.g. {${name}: 1}`);
  }
  if (!(limit > 0)) {
    const why = name === 'norm' ? 'a total norm ≤ 0 would scale every gradient to 0' : 'clamping to [−c, c] with c ≤ 0 would set every gradient to 0';
    return bad(valueRange[0], valueRange[1], `clip ${name} must be greater than 0, got ${limit}: ${why}`);
  }
  if (limit > MAX_LIMIT) return bad(valueRange[0], valueRange[1], `clip ${name} must be at most ${MAX_LIMIT}, got ${limit}`);
  return { ok: true, value: { kind: name, limit }, param: `${name} ${limit}` };
}

function scalarText(node: unknown): string {
  if (isScalar(node)) return String(node.value);
  return 'a list';
}
