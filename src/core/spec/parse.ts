import type { FencedBlock } from '../blocks/findBlocks';
import { contentToNote } from '../blocks/offsets';
import type { ExperimentKind, ExperimentSpec, NoteError } from '../types';
import { didYouMean } from '../text/didYouMean';
import { bomLength } from '../text/lines';
import { quoteVisible } from '../text/visible';
import { convertDefault, convertEntry, type Converted, type SpecValue } from './convert';
import { appliesTo, defaultFor, KEY_NAMES, KEYS, keySchema, MAX_SERIES, type KeyName } from './schema';
import { remedyProblems } from '../numeric/remedies/applicability';
import { expandSweep, sweepSize, type SweepAxis } from './sweep';
import { MAX_BODY_LENGTH, readBody, type BodyEntry, type BodyProblem, type BodyRead } from './yamlBody';

/** Where a key and its value were written, as note offsets (for hovers and completions). */
export interface KeyRange {
  readonly name: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** One series of a block: a point of the sweep with every key resolved. */
export interface SeriesSpec {
  readonly label: string;
  /** The swept keys and their values for this series (empty without a sweep). */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  readonly spec: ExperimentSpec;
}

/** A block read and checked. When `errors` is non-empty, `series` is empty: a bad block never runs. */
export interface ParsedBlock {
  readonly block: FencedBlock;
  /** The experiment asked for (mlp when absent or invalid). */
  readonly experiment: ExperimentKind;
  readonly errors: readonly NoteError[];
  readonly series: readonly SeriesSpec[];
  readonly keys: readonly KeyRange[];
}

/** Collects errors given in content offsets, located in the note. */
interface ErrorSink {
  readonly errors: NoteError[];
  add(start: number, end: number, message: string): void;
  addProblem(p: BodyProblem): void;
}

/** Builds located errors for one block. */
function errorSink(block: FencedBlock): ErrorSink {
  const errors: NoteError[] = [];
  const add = (start: number, end: number, message: string) => {
    const from = contentToNote(block, start);
    const to = contentToNote(block, Math.max(start, end));
    errors.push({ message, line: from.line, column: from.column, start: from.offset, end: Math.max(from.offset, to.offset) });
  };
  return { errors, add, addProblem: (p: BodyProblem) => add(p.start, p.end, p.message) };
}

/** Fills every ExperimentSpec field from one value per key. */
function toSpec(experiment: ExperimentKind, values: ReadonlyMap<KeyName, SpecValue>): ExperimentSpec {
  const v = (k: KeyName) => values.get(k) as never;
  return {
    experiment,
    title: v('title'), dtype: v('dtype'), seed: v('seed'), plot: v('plot'),
    depth: v('depth'), width: v('width'), batch: v('batch'), activation: v('activation'), init: v('init'),
    gain: v('gain'), loss: v('loss'), bias: v('bias'), weightsPath: v('weights'), weights: null,
    size: v('size'), count: v('count'), range: v('range'), points: v('points'), base: v('base'), n: v('n'),
    lr: v('lr'), steps: v('steps'), optimizer: v('optimizer'), head: v('head'), task: v('task'),
    residual: v('residual'), norm: v('norm'), clip: v('clip'), lossScale: v('loss-scale'),
  };
}

/** The experiment the block asks for, checked first because it decides which keys apply. */
function readExperiment(entries: readonly BodyEntry[], body: BodyRead, content: string, sink: ErrorSink) {
  const entry = entries.find((e) => e.key === 'experiment');
  if (!entry) return { experiment: 'mlp' as ExperimentKind, known: true };
  if (body.syntaxErrors) return { experiment: 'mlp' as ExperimentKind, known: false };
  const converted = convertEntry(keySchema('experiment')!, entry, undefined, body.doc, content);
  converted.problems.forEach(sink.addProblem);
  const only = converted.candidates.length === 1 && !converted.swept ? converted.candidates[0] : undefined;
  return only ? { experiment: only.value as ExperimentKind, known: true } : { experiment: 'mlp' as ExperimentKind, known: false };
}

/** Rejects keys that the weights file overrides. */
function checkWeightsConflicts(seen: ReadonlyMap<string, BodyEntry>, sink: ErrorSink) {
  const weights = seen.get('weights');
  if (!weights || (weights.value && 'value' in weights.value && weights.value.value === null)) return;
  for (const name of ['depth', 'width'] as const) {
    const e = seen.get(name);
    if (e) sink.add(e.keyStart, e.keyEnd, `${name} comes from the weights file; remove '${name}' or 'weights'`);
  }
  const task = seen.get('task');
  if (task) sink.add(task.keyStart, task.keyEnd, "the weights file gives the data, so 'task' would be ignored; remove 'task' or 'weights'");
}

/**
 * Reads and validates a gradexp block: YAML syntax, unknown keys (with a
 * suggestion), types, ranges, keys foreign to the experiment, and sweeps
 * (cartesian product of every list, at most MAX_SERIES series). Never throws.
 */
export function parseBlock(note: string, block: FencedBlock): ParsedBlock {
  // Positions come from the block's own offset map; the note is only read around the opening fence.
  if (block.content.length > MAX_BODY_LENGTH) return oversized(note, block);
  const sink = errorSink(block);
  const body = readBody(block.content);
  body.problems.forEach(sink.addProblem);
  const note0 = (o: number) => contentToNote(block, o).offset;
  const keys: KeyRange[] = body.entries.map((e) => ({
    name: e.key, keyStart: note0(e.keyStart), keyEnd: note0(e.keyEnd), valueStart: note0(e.valueStart), valueEnd: note0(e.valueEnd),
  }));
  const { experiment, known } = readExperiment(body.entries, body, block.content, sink);

  // Unknown, duplicate and foreign keys are reported even when the YAML has syntax errors.
  const seen = new Map<string, BodyEntry>();
  const toConvert: BodyEntry[] = [];
  for (const entry of body.entries) {
    const schema = keySchema(entry.key);
    const first = seen.get(entry.key);
    if (first) {
      sink.add(entry.keyStart, entry.keyEnd, `duplicate key ${quoteVisible(entry.key)} (first set on line ${contentToNote(block, first.keyStart).line})`);
      continue;
    }
    seen.set(entry.key, entry);
    if (!schema) {
      sink.add(entry.keyStart, entry.keyEnd, `unknown key ${quoteVisible(entry.key)}${didYouMean(entry.key, KEY_NAMES)}`);
    } else if (known && !appliesTo(schema, experiment)) {
      sink.add(entry.keyStart, entry.keyEnd, `${quoteVisible(entry.key)} does not apply to experiment '${experiment}' (it is used by ${schema.appliesTo.join(', ')})`);
    } else if (entry.key !== 'experiment') {
      toConvert.push(entry);
    }
  }
  checkWeightsConflicts(seen, sink);

  const converted = new Map<KeyName, Converted>();
  if (!body.syntaxErrors) {
    for (const entry of toConvert) {
      const c = convertEntry(keySchema(entry.key)!, entry, experiment, body.doc, block.content);
      c.problems.forEach(sink.addProblem);
      converted.set(entry.key as KeyName, c);
    }
  }
  const series = sink.errors.length === 0 ? buildSeries(experiment, converted, sink) : [];
  if (sink.errors.length === 0) checkRemedies(series, converted, sink);
  const errors = sink.errors.sort((a, b) => a.start - b.start);
  return { block, experiment, errors, series: errors.length === 0 ? series : [], keys };
}

/**
 * Remedies that cannot apply to some series (loss scaling in fp64, …), each
 * reported once at the key's value. Networks from a weights file are checked
 * again by the pipeline once their widths are known.
 */
function checkRemedies(series: readonly SeriesSpec[], written: ReadonlyMap<KeyName, Converted>, sink: ErrorSink) {
  const reported = new Set<string>();
  for (const { spec } of series) {
    const widths = spec.weightsPath === null ? new Array<number>(spec.depth + 1).fill(spec.width) : [];
    for (const p of remedyProblems(spec, widths)) {
      if (reported.has(p.message)) continue;
      reported.add(p.message);
      const at = written.get(p.key)?.candidates[0];
      if (at) sink.add(at.start, Math.max(...(written.get(p.key)?.candidates.map((c) => c.end) ?? [at.end])), p.message);
    }
  }
}

/** A body too large to read is reported on the opening fence, without reading the body. */
function oversized(note: string, block: FencedBlock): ParsedBlock {
  // The fence line is short: scan back over the container prefix and forward to the line break.
  let lineStart = block.start;
  while (lineStart > bomLength(note) && note[lineStart - 1] !== '\n' && note[lineStart - 1] !== '\r') lineStart--;
  const head = note.slice(block.start, block.start + 1000);
  const lineLength = head.search(/[\r\n]/);
  const end = block.start + (lineLength < 0 ? head.length : lineLength);
  const message = readBody(block.content).problems[0]?.message ?? 'block body is too large';
  return {
    block, experiment: 'mlp', series: [], keys: [],
    errors: [{ message, line: block.fenceLine, column: block.start - lineStart + 1, start: block.start, end }],
  };
}

/** Defaults never change, so each (experiment, key) is converted once and shared (candidates are read-only). */
const defaultCache = new Map<string, Converted>();

function defaultValue(key: (typeof KEYS)[number], experiment: ExperimentKind): Converted {
  const id = `${experiment}\u0000${key.name}`;
  let c = defaultCache.get(id);
  if (!c) {
    c = convertDefault(key, appliesTo(key, experiment) ? defaultFor(key, experiment) : key.default, experiment, 0);
    defaultCache.set(id, c);
  }
  return c;
}

/** Fills defaults, expands sweeps, enforces the series cap. */
function buildSeries(experiment: ExperimentKind, written: ReadonlyMap<KeyName, Converted>, sink: ErrorSink): SeriesSpec[] {
  const single = new Map<KeyName, SpecValue>([['experiment', experiment]]);
  const userAxes: SweepAxis[] = [];
  const defaultAxes: SweepAxis[] = [];
  for (const key of KEYS) {
    if (key.name === 'experiment') continue;
    const own = written.get(key.name);
    // Keys foreign to the experiment still get a value: ExperimentSpec is total. Only applicable defaults sweep.
    const applies = appliesTo(key, experiment);
    const c = own ?? defaultValue(key, experiment);
    c.problems.forEach(sink.addProblem);
    if (c.candidates.length === 0) continue;
    if (c.swept && (own || applies)) (own ? userAxes : defaultAxes).push({ key: key.name, candidates: c.candidates });
    else single.set(key.name, c.candidates[0]!.value);
  }
  // Swept keys in the order the user wrote them, then default sweeps (power's bases).
  // (A list's candidates are in source order, so its first one marks where the key was written.)
  const axes = [...userAxes.sort((a, b) => a.candidates[0]!.start - b.candidates[0]!.start), ...defaultAxes];
  const count = axes.reduce((n, a) => n * a.candidates.length, 1);
  if (sweepSize(axes, MAX_SERIES) > MAX_SERIES) {
    const detail = axes.map((a) => `${a.key} ${a.candidates.length}`).join(' × ');
    const at = userAxes[0]?.candidates[0]?.start ?? 0;
    const end = Math.max(...userAxes.map((a) => a.candidates[a.candidates.length - 1]!.end), at);
    sink.add(at, end, `this block sweeps ${count} series (${detail}); the limit is ${MAX_SERIES} — shorten a list`);
    return [];
  }
  if (axes.length === 0) {
    const spec = toSpec(experiment, single);
    return [{ label: spec.title || experiment, params: {}, spec }];
  }
  return expandSweep(axes).map((point) => {
    const values = new Map(single);
    for (const [k, c] of point.choice) values.set(k, c.value);
    return { label: point.label, params: point.params, spec: toSpec(experiment, values) };
  });
}
