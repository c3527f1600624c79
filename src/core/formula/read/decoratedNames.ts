/**
 * Decorated names in worked examples: `z^{(2)}`, `\\hat{y}`, `\\bar{x}`,
 * `\\tilde{x}`, `x^*` each name one quantity (a layer's pre-activation, a
 * prediction, a mean, an optimum), not a power or an operation on a variable.
 * The engine reads them as `["Power", "z", ["Delimiter", 2]]`, `["OverHat", "y"]`,
 * `["Mean", "x"]`, `["OverTilde", "x"]`, `["Superstar", "x"]`; here each becomes
 * one symbol name (`z^(2)`, `hat(y)`, …) so a value the note gives it binds later
 * formulas (identity.ts, chainBinding.ts). A decorated name no formula bound stays
 * unread: `x^{(2)}` could still be x squared, so a claim using it free is undecided.
 */
import type { MathJson } from './engine';

const ACCENTS: Readonly<Record<string, string>> = { OverHat: 'hat', Mean: 'bar', OverTilde: 'tilde', OverBar: 'bar' };

/** Names that are constants, not quantities of the note: `e^{(2)}` stays e². */
const CONSTANTS = new Set(['e', 'ExponentialE', 'Pi', 'pi', 'ImaginaryUnit']);

/** The name a decorated symbol stands for, given its base already read as a name; undefined for anything else. */
export function decoratedName(json: MathJson, nameOf: (base: MathJson) => MathJson): string | undefined {
  if (!Array.isArray(json)) return undefined;
  const [head, base, script] = json as readonly MathJson[];
  if (head === 'Power' && json.length === 3 && isLayerIndex(script)) {
    const name = nameOf(base!);
    return isName(name) ? `${name}^(${String((script as readonly MathJson[])[1])})` : undefined;
  }
  // `\\hat{m}_t`: a decorated name with an index (a letter or a whole number) is one name too.
  if ((head === 'Subscript' || head === 'At') && json.length === 3 && (typeof script === 'string' || (typeof script === 'number' && Number.isInteger(script)))) {
    const decorated = decoratedName(base!, nameOf);
    return decorated === undefined ? undefined : `${decorated}_${String(script)}`;
  }
  if (typeof head === 'string' && (ACCENTS[head] !== undefined || head === 'Superstar') && json.length === 2) {
    const name = nameOf(base!);
    if (!isName(name)) return undefined;
    return head === 'Superstar' ? `${name}^*` : `${ACCENTS[head]}(${name})`;
  }
  return undefined;
}

/** `(2)`, `(l)`: a parenthesised layer or step index written as an exponent. */
function isLayerIndex(script: MathJson | undefined): boolean {
  if (!Array.isArray(script) || script[0] !== 'Delimiter' || script.length !== 2) return false;
  const inner = script[1];
  return (typeof inner === 'number' && Number.isInteger(inner) && inner >= 0) || (typeof inner === 'string' && /^[A-Za-z]$/.test(inner));
}

function isName(name: MathJson): name is string {
  return typeof name === 'string' && !CONSTANTS.has(name) && /^[A-Za-z]/.test(name);
}

/** Whether a decorated name (`z^(2)`, `hat(y)`) is one of ours, as opposed to a plain or subscripted symbol. */
export function isDecoratedName(name: string): boolean {
  return /^(hat|bar|tilde)\(.+\)$|\^(\([A-Za-z0-9]+\)|\*)$/.test(name);
}

/** Whether a formula's LaTeX may mention the bound name (for cache keys): its base letter appears in it. */
export function mayMention(source: string, name: string): boolean {
  if (source.includes(name)) return true;
  if (!isDecoratedName(name)) return false;
  const base = /^(?:hat|bar|tilde)\((.+)\)$/.exec(name)?.[1] ?? name.replace(/\^(\([A-Za-z0-9]+\)|\*)$/, '');
  return source.includes(base.replace(/_.*$/, ''));
}
