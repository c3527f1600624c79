import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Activation, ExperimentKind, Init } from '../types';
import { quoteVisible } from '../text/visible';
import { didYouMean } from '../text/didYouMean';
import { parseActivation, parseInit } from './functionSyntax';
import { allowedValues, type KeySchema, type SourceValue } from './schema';
import type { BodyEntry, BodyProblem } from './yamlBody';

/**
 * Turns one key's YAML value into typed candidate values, checking type, range
 * and allowed values against the key's schema row. A list yields one candidate
 * per item (a sweep); `range` is the exception, its list is the pair itself.
 */

/** A typed value of some key, as it goes into ExperimentSpec. */
export type SpecValue = string | number | boolean | null | Activation | Init | readonly [number, number];

/** One value a key takes: the typed value, how it is shown in labels/params, and where it was written. */
export interface Candidate {
  readonly value: SpecValue;
  readonly param: string | number | boolean;
  readonly start: number;
  readonly end: number;
}

/** The candidates of one key, or the problems that stopped it. */
export interface Converted {
  readonly candidates: readonly Candidate[];
  /** True when the value was a list (one series per candidate). */
  readonly swept: boolean;
  readonly problems: readonly BodyProblem[];
}

/** A scalar to check: its JS value, the text shown to the user, and its range. */
interface Item {
  readonly value: unknown;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

type Checked = { ok: true; value: SpecValue; param: string | number | boolean } | { ok: false; message: string };

/** A value quoted in a message: cut to 40 characters, its invisible characters shown as escapes. */
const quote = (s: string) => quoteVisible(s, 40);

function checkNumber(key: KeySchema, v: number, integer: boolean): Checked {
  if (!Number.isFinite(v)) return { ok: false, message: `${key.name} must be a finite number, got ${v}` };
  if (integer && !Number.isInteger(v)) return { ok: false, message: `${key.name} must be a whole number, got ${v}` };
  if (key.above !== undefined && !(v > key.above)) return { ok: false, message: `${key.name} must be greater than ${key.above}, got ${v}` };
  if (key.min !== undefined && v < key.min) return { ok: false, message: `${key.name} must be at least ${key.min}, got ${v}` };
  if (key.max !== undefined && v > key.max) return { ok: false, message: `${key.name} must be at most ${key.max}, got ${v}` };
  return { ok: true, value: v, param: v };
}

/** Checks one scalar against the key's type. */
function checkScalar(key: KeySchema, item: Item, experiment: ExperimentKind | undefined): Checked {
  const v = item.value;
  if (v === null) {
    if (key.nullable) return { ok: true, value: null, param: 'null' };
    return { ok: false, message: `${key.name} needs a value, e.g. '${key.name}: ${JSON.stringify(key.default) ?? ''}'` };
  }
  switch (key.type) {
    case 'int':
    case 'number':
      if (typeof v !== 'number') return { ok: false, message: `${key.name} must be a ${key.type === 'int' ? 'whole number' : 'number'}, got ${quote(item.text)}` };
      return checkNumber(key, v, key.type === 'int');
    case 'bool':
      if (typeof v !== 'boolean') return { ok: false, message: `${key.name} must be true or false, got ${quote(item.text)}` };
      return { ok: true, value: v, param: v };
    case 'string': {
      const s = typeof v === 'string' ? v : item.text;
      if (key.max !== undefined && s.length > key.max) return { ok: false, message: `${key.name} is ${s.length} characters; the limit is ${key.max}` };
      return { ok: true, value: s, param: s };
    }
    case 'enum': {
      const allowed = allowedValues(key, experiment);
      const s = typeof v === 'string' ? v : item.text;
      if (allowed.includes(s)) return { ok: true, value: s, param: s };
      const forWhat = experiment && key.valuesFor?.[experiment] ? ` for ${experiment}` : '';
      return { ok: false, message: `unknown ${key.name} ${quote(s)}${didYouMean(s, allowed)} (${key.name}${forWhat} is one of ${allowed.join(', ')})` };
    }
    case 'activation':
    case 'init': {
      if (typeof v !== 'string') return { ok: false, message: `${key.name} must be a name like ${key.type === 'init' ? "'xavier' or 'normal(0, 1)'" : "'relu' or 'leaky-relu(0.1)'"}, got ${quote(item.text)}` };
      const parsed = key.type === 'activation' ? parseActivation(v) : parseInit(v);
      return parsed.ok ? { ok: true, value: parsed.value, param: v.trim() } : parsed;
    }
    case 'path':
      if (typeof v !== 'string' || v.trim() === '') return { ok: false, message: `${key.name} must be a file path like './weights.json', got ${quote(item.text)}` };
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return { ok: false, message: `${key.name} must be a file next to the note, not a URL` };
      return { ok: true, value: v, param: v };
    case 'range':
      return { ok: false, message: `${key.name} is a pair [low, high], e.g. ${key.name}: [-8, 8]` };
  }
}

/** A scalar node (or an alias to one) as an Item; null for lists and maps. */
function itemOf(node: Node, doc: Document | null, content: string): Item | null {
  const range = node.range ?? [0, 0, 0];
  const target = isAlias(node) ? (doc ? node.resolve(doc) : undefined) : node;
  if (!target || !isScalar(target)) return null;
  const text = typeof target.value === 'string' ? target.value : content.slice(range[0], range[1]);
  return { value: target.value, text, start: range[0], end: range[1] };
}

/**
 * In a flow list `[normal(0, 1), xavier]` YAML splits at the comma inside the
 * parentheses. Users write it that way, so glue the fragments back together.
 */
function rejoinCalls(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    let item = items[i]!;
    const open = (s: string) => (s.match(/\(/g)?.length ?? 0) - (s.match(/\)/g)?.length ?? 0);
    while (typeof item.value === 'string' && open(item.text) > 0 && i + 1 < items.length) {
      const next = items[++i]!;
      const text = `${item.text}, ${next.text}`;
      item = { value: text, text, start: item.start, end: next.end };
    }
    out.push(item);
  }
  return out;
}

function convertRange(key: KeySchema, node: Node | null, entry: BodyEntry, doc: Document | null, content: string): Converted {
  const bad = (start: number, end: number, message: string): Converted => ({ candidates: [], swept: false, problems: [{ start, end, message }] });
  if (!node || !isSeq(node)) return bad(entry.valueStart, entry.valueEnd, `${key.name} is a pair [low, high], e.g. ${key.name}: [-8, 8]`);
  const items = node.items.map((n) => itemOf(n as Node, doc, content));
  if (items.some((i) => i === null)) return bad(entry.valueStart, entry.valueEnd, `${key.name} is one pair [low, high]; it cannot be swept`);
  if (items.length !== 2) return bad(entry.valueStart, entry.valueEnd, `${key.name} needs exactly two numbers [low, high], got ${items.length}`);
  const ends: number[] = [];
  for (const item of items as Item[]) {
    if (typeof item.value !== 'number') return bad(item.start, item.end, `${key.name}'s ends must be numbers, got ${quote(item.text)}`);
    const checked = checkNumber(key, item.value, false);
    if (!checked.ok) return bad(item.start, item.end, checked.message);
    ends.push(item.value);
  }
  const [low, high] = ends as [number, number];
  if (!(low < high)) return bad(entry.valueStart, entry.valueEnd, `${key.name} needs low < high, got [${low}, ${high}]`);
  const pair = [low, high] as const;
  return { candidates: [{ value: pair, param: `[${low}, ${high}]`, start: entry.valueStart, end: entry.valueEnd }], swept: false, problems: [] };
}

/** Converts the value written for `key` in `entry`. */
export function convertEntry(key: KeySchema, entry: BodyEntry, experiment: ExperimentKind | undefined, doc: Document | null, content: string): Converted {
  const node = entry.value;
  if (key.type === 'range') return convertRange(key, node, entry, doc, content);
  const problems: BodyProblem[] = [];
  const candidates: Candidate[] = [];
  const push = (item: Item) => {
    const checked = checkScalar(key, item, experiment);
    if (checked.ok) candidates.push({ value: checked.value, param: checked.param, start: item.start, end: item.end });
    else problems.push({ start: item.start, end: item.end, message: checked.message });
  };
  if (node === null) {
    push({ value: null, text: '', start: entry.valueStart, end: entry.valueEnd });
    return { candidates, swept: false, problems };
  }
  const target = isAlias(node) ? (doc ? node.resolve(doc) : undefined) : node;
  if (target && isSeq(target)) {
    if (!key.sweep) return { candidates, swept: true, problems: [{ start: entry.valueStart, end: entry.valueEnd, message: `${key.name} takes a single value, not a list` }] };
    if (target.items.length === 0) return { candidates, swept: true, problems: [{ start: entry.valueStart, end: entry.valueEnd, message: `${key.name}: an empty list makes no series` }] };
    let items: Item[] = [];
    for (const n of target.items) {
      const item = itemOf(n as Node, doc, content);
      const r = (n as Node).range ?? [entry.valueStart, entry.valueEnd];
      if (!item) problems.push({ start: r[0], end: r[1], message: `${key.name}: each list item must be a single value` });
      else items.push(item);
    }
    if (target.flow && (key.type === 'activation' || key.type === 'init')) items = rejoinCalls(items);
    items.forEach(push);
    return { candidates, swept: true, problems };
  }
  if (target && isMap(target)) {
    return { candidates, swept: false, problems: [{ start: entry.valueStart, end: entry.valueEnd, message: `${key.name} must be a single value or a list, not a mapping` }] };
  }
  const item = itemOf(node, doc, content);
  if (!item) return { candidates, swept: false, problems: [{ start: entry.valueStart, end: entry.valueEnd, message: `cannot read the value of ${key.name}` }] };
  push(item);
  return { candidates, swept: false, problems };
}

/** The candidates of a key the user did not write (its default; a list default is a sweep). */
export function convertDefault(key: KeySchema, source: SourceValue, experiment: ExperimentKind, at: number): Converted {
  const problems: BodyProblem[] = [];
  const candidates: Candidate[] = [];
  const one = (v: unknown) => {
    const item: Item = { value: v, text: String(v), start: at, end: at };
    const checked = key.type === 'range' && Array.isArray(v)
      ? ({ ok: true, value: [v[0], v[1]] as const, param: `[${v[0]}, ${v[1]}]` } as const)
      : checkScalar(key, item, experiment);
    // A default that fails its own schema is a bug in schema.ts; the schema test catches it.
    if (checked.ok) candidates.push({ value: checked.value, param: checked.param, start: at, end: at });
    else problems.push({ start: at, end: at, message: `internal: default of ${key.name} is invalid: ${checked.message}` });
  };
  const swept = Array.isArray(source) && key.type !== 'range';
  if (swept) (source as readonly unknown[]).forEach(one);
  else one(source);
  return { candidates, swept, problems };
}
