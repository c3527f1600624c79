import { readSimpleBody } from './fastBody';
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';
import { visible } from '../text/visible';

/**
 * Reads a block body as YAML, with guards that reject absurd input before the
 * YAML parser sees it. Everything here works in `content` offsets; parse.ts
 * maps them into the note.
 */

/** Largest body accepted (UTF-16 units). Real blocks are a dozen short lines. */
export const MAX_BODY_LENGTH = 64 * 1024;
/** Deepest `[`/`{` nesting accepted; a block needs two levels at most. */
export const MAX_FLOW_DEPTH = 32;
/**
 * Most aliases (`*name`) a body may hold. Values are never expanded recursively
 * (each alias resolves one level, to a scalar or a flat list), so an alias bomb
 * cannot grow; the cap bounds the cost of resolving many aliases.
 */
export const MAX_ALIAS_COUNT = 100;

/** A problem at a content range. */
export interface BodyProblem {
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** A top-level `key: value` of the body. `value` is null for `key:` with nothing after it. */
export interface BodyEntry {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: Node | null;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** The result of reading a body: entries in source order, syntax problems, and whether it was a mapping. */
export interface BodyRead {
  readonly entries: readonly BodyEntry[];
  readonly problems: readonly BodyProblem[];
  /** True when YAML syntax errors make value checks unreliable. */
  readonly syntaxErrors: boolean;
  /** The YAML document, for resolving aliases; null when the fast path read the body (it has none). */
  readonly doc: Document | null;
}

/** Offset of the first `[`/`{` nested deeper than MAX_FLOW_DEPTH, or -1. Quotes are ignored: a false alarm needs absurd input anyway. */
function tooDeep(content: string): number {
  let depth = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

function formatSize(length: number): string {
  return length >= 1024 * 1024 ? `${(length / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(length / 1024)} KB`;
}

function rangeOf(node: Node): [number, number] {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

/** Parses the body; never throws. */
export function readBody(content: string): BodyRead {
  const fail = (start: number, end: number, message: string): BodyRead => ({
    entries: [], problems: [{ start, end, message }], syntaxErrors: true, doc: null,
  });
  if (content.length > MAX_BODY_LENGTH) {
    return fail(0, 0, `block body is ${formatSize(content.length)}; the limit is ${formatSize(MAX_BODY_LENGTH)} — a gradexp block is a short list of keys`);
  }
  const deep = tooDeep(content);
  if (deep >= 0) return fail(deep, deep + 1, `brackets nested more than ${MAX_FLOW_DEPTH} deep; a gradexp value is a scalar or a flat list`);

  const simple = readSimpleBody(content);
  if (simple) return { entries: simple, problems: [], syntaxErrors: false, doc: null };
  return readYamlBody(content);
}

/** Reads a body with the full YAML parser (readBody's slow path; exported so tests can compare the two). */
export function readYamlBody(content: string): BodyRead {
  const fail = (start: number, end: number, message: string): BodyRead => ({
    entries: [], problems: [{ start, end, message }], syntaxErrors: true, doc: null,
  });
  let doc: Document;
  try {
    doc = parseDocument(content, { uniqueKeys: false, prettyErrors: false, version: '1.2' });
  } catch (e) {
    // The parser should not throw, but a stack overflow on pathological input must still be a diagnostic.
    return fail(0, 0, `cannot read the block as YAML: ${e instanceof Error ? e.message : String(e)}`);
  }
  let aliases = 0;
  // Walking the tree costs as much as a small parse; only bodies with a `*` can hold an alias.
  if (content.includes('*')) visit(doc, { Alias: () => (++aliases > MAX_ALIAS_COUNT ? visit.BREAK : undefined) });
  if (aliases > MAX_ALIAS_COUNT) return fail(0, 0, `more than ${MAX_ALIAS_COUNT} YAML aliases (*name); write the values out`);
  const problems: BodyProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    // The parser's own wording here ("please use YAML.parseAllDocuments()") speaks to programmers, not note authors.
    const message = e.code === 'MULTIPLE_DOCS' ? "a gradexp block holds one YAML mapping; a '---' or '...' line would start a second one" : e.message;
    problems.push({ start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]), message: `YAML: ${visible(message, { lineBreaks: true })}` });
  }
  const syntaxErrors = doc.errors.length > 0;
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    return { entries: [], problems, syntaxErrors, doc };
  }
  if (!isMap(root)) {
    const [start, end] = rangeOf(root);
    const what = isSeq(root) ? 'a list' : isAlias(root) ? 'an alias' : 'a single value';
    problems.push({ start, end, message: `a gradexp block must be a YAML mapping of keys (e.g. 'depth: 100'), not ${what}` });
    return { entries: [], problems, syntaxErrors: true, doc };
  }
  const entries: BodyEntry[] = [];
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const value = (pair.value as Node | null) ?? null;
    if (!keyNode || !isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
      const [start, end] = keyNode ? rangeOf(keyNode) : value ? rangeOf(value) : [0, 0];
      // A missing key usually comes with a YAML syntax error already; only add ours otherwise.
      if (!syntaxErrors) problems.push({ start, end, message: 'every entry needs a plain key, like `depth: 100`' });
      continue;
    }
    const [keyStart, keyEnd] = rangeOf(keyNode);
    const [valueStart, valueEnd] = value && value.range ? rangeOf(value) : [keyEnd + 1, keyEnd + 1];
    entries.push({ key: String(keyNode.value), keyStart, keyEnd, value, valueStart, valueEnd });
  }
  return { entries, problems, syntaxErrors, doc };
}
