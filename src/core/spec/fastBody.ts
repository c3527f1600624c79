import { Scalar, YAMLSeq } from 'yaml';
import type { BodyEntry } from './yamlBody';

/**
 * A fast path for the bodies people actually write — one `key: value` per
 * line, plain scalars and one-line flow lists, comments — that builds the
 * same yaml nodes and ranges the full parser would, at a fraction of the cost
 * (a 5,000-block note must parse well under a second). Anything outside this
 * narrow, unambiguous subset returns null and goes to the real YAML parser;
 * a property test checks both paths agree on every body the subset accepts.
 */

const KEY = /^([A-Za-z][\w-]*):(?: +|$)/;
/** Numbers whose YAML 1.2 core-schema reading is exactly JavaScript's Number(). */
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Words YAML resolves to something other than a string (any case), or that we leave to the parser. */
const SPECIAL = /^(?:true|false|null|~|y|n|yes|no|on|off|\.inf|\.nan|[-+]?\.inf)$/i;
/** First characters that make a plain scalar mean something else in YAML. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`+.\d]/;
/** A flow-list item: a number or a name, maybe with a comma-free call like `leaky-relu(0.1)`. */
const FLOW_WORD = /^[A-Za-z][\w.-]*(?:\([\w.+-]*\))?$/;

function scalar(value: unknown, start: number, end: number): Scalar {
  const node = new Scalar(value);
  node.range = [start, end, end];
  return node;
}

/** A plain scalar's value, or undefined when the subset cannot be sure how YAML reads it. */
function plainValue(text: string, inFlow: boolean): string | number | undefined {
  if (NUMBER.test(text)) return Number(text);
  if (SPECIAL.test(text)) return undefined;
  if (inFlow) return FLOW_WORD.test(text) ? text : undefined;
  if (INDICATOR.test(text) || /: |:$|\t/.test(text)) return undefined;
  return text;
}

/** A one-line `[a, b, c]` list starting at content offset `at`, or null. */
function flowList(text: string, at: number): YAMLSeq | null {
  if (!text.endsWith(']')) return null;
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.range = [at, at + text.length, at + text.length];
  let offset = at + 1;
  for (const raw of text.slice(1, -1).split(',')) {
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim();
    const value = plainValue(item, true);
    if (item === '' || value === undefined) return null;
    seq.items.push(scalar(value, offset + lead, offset + lead + item.length));
    offset += raw.length + 1;
  }
  return seq;
}

/** Entries of a simple body, or null to send it to the full YAML parser. */
export function readSimpleBody(content: string): BodyEntry[] | null {
  // Control characters, tabs, BOMs and Unicode line separators have YAML rules of their own.
  if (/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\uFEFF]/.test(content)) return null;
  const entries: BodyEntry[] = [];
  let lineStart = 0;
  while (lineStart <= content.length) {
    const nl = content.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? content.length : nl;
    const line = content.slice(lineStart, lineEnd);
    if (!/^ *(?:#.*)?$/.test(line)) {
      const m = KEY.exec(line);
      if (!m || SPECIAL.test(m[1]!)) return null; // `null: 1` has a null key in YAML
      const rest = line.slice(m[0].length);
      // A comment starts at a `#` after whitespace; what is left is the value.
      const hash = rest.search(/(?:^|\s)#/);
      const text = (hash < 0 ? rest : rest.slice(0, hash)).trimEnd();
      if (text === '') return null; // `key:` with no value, or a nested block: the parser decides
      const valueStart = lineStart + m[0].length;
      const valueEnd = valueStart + text.length;
      let value: Scalar | YAMLSeq | null;
      if (text.startsWith('[')) value = flowList(text, valueStart);
      else {
        const v = plainValue(text, false);
        value = v === undefined ? null : scalar(v, valueStart, valueEnd);
      }
      if (!value) return null;
      const keyStart = lineStart;
      entries.push({ key: m[1]!, keyStart, keyEnd: keyStart + m[1]!.length, value, valueStart, valueEnd });
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return entries;
}
