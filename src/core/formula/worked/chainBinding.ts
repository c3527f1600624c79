/**
 * The value a worked example gives a name: `z^{(2)} = W^{(2)} \\cdot a^{(1)} + b^{(2)} = 1.105`,
 * `h_1 \\approx 0.622`. A statement whose first side is a lone name and whose
 * last side is a written number binds the name to that number for the formulas
 * after it, when nothing else in the statement bound it to a number already
 * (`F = 2 \\cdot 2550^2` keeps its computed value, identity.ts).
 *
 * The written value, not the computed one, is carried: the author computes the
 * next step from what they wrote (`\\hat{y} = \\sigma(z^{(2)}) = 0.751` is σ(1.105)
 * even where 1.105 itself was computed wrong), and the middle of the chain often
 * cannot be evaluated at all (vectors, names never given values). Like every number
 * bound to a symbol, it may confirm later claims, never refute them (identity.ts).
 */
import type { LatexReader, MathJson } from '../read/engine';
import { flattenSubscripts } from '../identity/identity';
import type { Statement } from '../split';
import type { FunctionDefinition } from '../types';

/** A plain decimal as written: `1.105`, `-0.53`, `(-0.53)`, `0.282`. */
const WRITTEN_NUMBER = /^\(?\s*[-−]?\s*\d+(?:\.\d+)?\s*\)?$/;

/** The binding the statement's chain makes, if any (see the file comment). */
export function chainEndBinding(statement: Statement, reader: LatexReader, definedHere: readonly FunctionDefinition[]): FunctionDefinition | undefined {
  const { sides, relations, assigns } = statement;
  // `b \\leftarrow 1 + (-1) = 0` binds b like `b = 1 + (-1) = 0`; `b \\leftarrow 0` too.
  const named = assigns ? [assigns, ...sides] : sides;
  if (named.length < 2 || !relations.every((r) => r === '=' || r === '\\approx')) return undefined;
  const last = named[named.length - 1]!.text.trim();
  if (!WRITTEN_NUMBER.test(last)) return undefined;
  let name: MathJson;
  try {
    name = flattenSubscripts(reader.read(named[0]!.text.trim()));
  } catch {
    return undefined;
  }
  // One name: `h_1 + h_2 = 0.891`, which the engine reads as h subscripted by 1 + h_2, binds nothing.
  if (typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9_^()*]*$/.test(name)) return undefined;
  if (definedHere.some((d) => d.name === name && d.params.length === 0 && typeof d.body === 'number')) return undefined;
  const value = Number(last.replace(/[()\s]/g, '').replace('−', '-'));
  if (!Number.isFinite(value)) return undefined;
  const joins = assigns ? ['\\leftarrow', ...relations] : relations;
  const source = named.map((s, k) => (k === 0 ? '' : ` ${joins[k - 1]} `) + s.text.trim()).join('');
  return { name, params: [], body: value, source };
}
