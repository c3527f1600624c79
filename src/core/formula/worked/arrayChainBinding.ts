/**
 * The vector a worked example gives a name: `z^{(1)} = W^{(1)} \\cdot x + b^{(1)} = [0.5, 0.6]`,
 * `W^{(2)} = [0.4, 0.45]`, `\\mathbf{w} \\leftarrow … = [2, 3]^T`. A statement whose
 * first side is a name (plain, bold or decorated, as `z^{(1)}`) and whose last
 * side is a list or matrix of written numbers binds the name to those numbers for
 * the formulas after it — the list counterpart of chainBinding.ts, with the same
 * rule: a claim using the binding may hold, never fail (matrixClaims.ts), since
 * names get reused.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { flattenSubscripts } from '../identity/identity';
import { isDecoratedName } from '../read/decoratedNames';
import { arrayLatex } from '../matrices/matrixSide';
import { matrixBody } from '../matrices/matrixClaims';
import type { Statement } from '../split';
import type { FunctionDefinition, SideReport } from '../types';

/** The binding the statement's chain makes to a list of written numbers, if any. */
export function chainEndArrayBinding(
  statement: Statement,
  evaluated: readonly SideReport[],
  reader: LatexReader,
  definedHere: readonly FunctionDefinition[],
): FunctionDefinition | undefined {
  const { sides, relations, assigns } = statement;
  const named = assigns ? [assigns, ...sides] : sides;
  if (named.length < 2 || !relations.every((r) => r === '=' || r === '\\approx')) return undefined;
  const last = evaluated[evaluated.length - 1];
  // Written numbers only: a list computed from an earlier binding is no new value of the author's.
  if (!last?.array || last.boundArrays || !last.array.cells.every((c) => c.written !== undefined)) return undefined;
  let name: MathJson;
  try {
    name = flattenSubscripts(reader.read(arrayLatex(named[0]!.text.trim())));
  } catch {
    return undefined;
  }
  if (typeof name !== 'string' || !(/^([A-Za-z]|[A-Z]?[a-z]+)$/.test(name) || isDecoratedName(name))) return undefined;
  // A definition with no value (`z^{(1)} = W^{(1)} \\cdot x + b^{(1)}`, unreadable) gives way to the written list.
  if (definedHere.some((d) => d.name === name && d.body !== undefined)) return undefined;
  const joins = assigns ? ['\\leftarrow', ...relations] : relations;
  const source = named.map((s, k) => (k === 0 ? '' : ` ${joins[k - 1]} `) + s.text.trim()).join('');
  return { name, params: [], body: matrixBody(last.array), source };
}
