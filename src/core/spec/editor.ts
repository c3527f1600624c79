import type { FencedBlock } from '../blocks/findBlocks';
import { noteToContent } from '../blocks/offsets';
import { ACTIVATION_NAMES, activationEntry } from '../numeric/activations';
import { isOneOf } from '../plots';
import { INIT_NAMES, type ExperimentKind } from '../types';
import { initExample } from './functionSyntax';
import type { ParsedBlock } from './parse';
import { allowedValues, appliesTo, defaultFor, EXPERIMENTS, KEYS, keySchema, type KeySchema, type SourceValue } from './schema';

/**
 * Pure helpers behind the editor's hover and completion providers. They read
 * the same key table as validation, so what the editor offers always parses.
 */

/** One completion item, editor-neutral. */
export interface Completion {
  readonly label: string;
  readonly kind: 'key' | 'value';
  /** Short right-hand detail, e.g. "int · default 100". */
  readonly detail: string;
  /** The key's one-line doc. */
  readonly documentation: string;
  /** Text to insert in place of the word at the cursor. */
  readonly insertText: string;
}

/** The schema row of the key whose name or value is under `offset` (a note offset), for hovers. */
export function keyDocAt(parsed: ParsedBlock, offset: number): KeySchema | undefined {
  for (const k of parsed.keys) {
    const onKey = offset >= k.keyStart && offset <= k.keyEnd;
    const onValue = offset >= k.valueStart && offset <= k.valueEnd && k.valueEnd > k.valueStart;
    if (onKey || onValue) return keySchema(k.name);
  }
  return undefined;
}

/** How a source value looks in YAML (`[-8, 8]`, `normal(0, 1)`, `null`). */
export function formatSource(v: SourceValue): string {
  if (Array.isArray(v)) return `[${v.join(', ')}]`;
  if (v === '') return "''";
  return String(v);
}

/** "int 1…10000 · default 100" — the detail line of a key. */
export function keyDetail(key: KeySchema, experiment?: ExperimentKind): string {
  const bounds = key.min !== undefined && key.max !== undefined && key.type !== 'string' ? ` ${key.min}…${key.max}` : '';
  const dflt = experiment ? defaultFor(key, experiment) : key.default;
  return `${key.type}${bounds} · default ${formatSource(dflt)}`;
}

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:/;

/** Keys already written at the top level of `content`, except on line `skipLine` (0-based). */
function writtenKeys(content: string, skipLine: number): { used: Set<string>; experiment: ExperimentKind | undefined } {
  const used = new Set<string>();
  let experiment: ExperimentKind | undefined;
  content.split('\n').forEach((line, i) => {
    if (i === skipLine) return;
    const m = KEY_LINE.exec(line);
    if (!m) return;
    used.add(m[1]!);
    if (m[1] === 'experiment') {
      const value = line.slice(m[0].length).replace(/#.*/, '').trim();
      if ((EXPERIMENTS as readonly string[]).includes(value)) experiment = value as ExperimentKind;
    }
  });
  return { used, experiment };
}

/** Example texts for a key's values: names, calls with typical arguments, or the default. */
function valueTexts(key: KeySchema, experiment: ExperimentKind | undefined): string[] {
  switch (key.type) {
    case 'activation':
      return allowedValues(key, experiment).map((n) => {
        const param = isOneOf(ACTIVATION_NAMES, n) ? activationEntry(n).param : undefined;
        return param ? `${n}(${param.default})` : n;
      });
    case 'init':
      return allowedValues(key, experiment).map((n) => (isOneOf(INIT_NAMES, n) ? initExample(n) : n));
    case 'enum':
    case 'bool':
      return [...allowedValues(key, experiment)];
    case 'path':
      return [];
    case 'clip':
      return ['{norm: 1}', '{value: 0.5}', 'none'];
    case 'loss-scale':
      return ['dynamic', '1024', 'none'];
    default: {
      const d = defaultFor(key, experiment ?? 'mlp');
      return d === null || d === '' ? [] : [formatSource(d)];
    }
  }
}

/** The key a value position belongs to: `key: |` on this line, or the `key:` above a `  - |` item. */
function keyForValue(lines: readonly string[], lineIndex: number, prefix: string): string | undefined {
  const own = KEY_LINE.exec(prefix);
  if (own) return own[1];
  if (!/^\s+-\s*\S*$|^\s*-\s+\S*$/.test(prefix)) return undefined;
  for (let i = lineIndex - 1; i >= 0; i--) {
    const m = KEY_LINE.exec(lines[i]!);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Completions at a note offset inside a block: at the start of a line, the
 * keys not yet written (that apply to the block's experiment); after `key:`
 * or on a `- ` list item under it, that key's allowed values.
 */
export function completionsAt(note: string, block: FencedBlock, offset: number): Completion[] {
  void note; // the block carries its own text and offset map
  const c = noteToContent(block, offset);
  if (c === null) return [];
  const content = block.content;
  const lineStart = content.lastIndexOf('\n', c - 1) + 1;
  const lineIndex = content.slice(0, lineStart).split('\n').length - 1;
  const prefix = content.slice(lineStart, c);
  const lines = content.split('\n');
  const { used, experiment } = writtenKeys(content, lineIndex);

  if (/^[A-Za-z_-]*$/.test(prefix)) {
    return KEYS.filter((k) => !used.has(k.name) && (!experiment || appliesTo(k, experiment))).map((k) => ({
      label: k.name, kind: 'key', detail: keyDetail(k, experiment), documentation: k.doc, insertText: `${k.name}: `,
    }));
  }
  const keyName = keyForValue(lines, lineIndex, prefix);
  const key = keyName === undefined ? undefined : keySchema(keyName);
  if (!key) return [];
  return valueTexts(key, experiment).map((text) => ({
    label: text, kind: 'value', detail: `${key.name} value`, documentation: key.doc, insertText: text,
  }));
}
