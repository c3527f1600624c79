import { allowedValues, EXPERIMENTS, KEYS, type KeySchema } from './schema';
import { formatSource } from './editor';

/**
 * The key reference of docs/blocks.md, generated from the schema table so the two
 * can never disagree (a test compares docs/blocks.md with this output).
 */

/** Markdown table cells must not contain a bare `|` or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${text}\``;
}

function defaults(key: KeySchema): string {
  const parts = [code(formatSource(key.default))];
  for (const e of EXPERIMENTS) {
    const own = key.defaultFor?.[e];
    if (own !== undefined) parts.push(`${code(formatSource(own))} for ${e}`);
  }
  return parts.join('; ');
}

function rangeOrValues(key: KeySchema): string {
  if (key.type === 'string' && key.max !== undefined) return `≤ ${key.max} characters`;
  if (key.type === 'clip') return '{norm: c} or {value: c}, c > 0; none';
  if (key.type === 'loss-scale') return '> 0, dynamic, none';
  if (key.min !== undefined && key.max !== undefined) return `${key.min} … ${key.max}`;
  if (key.above !== undefined && key.max !== undefined) return `> ${key.above}, ≤ ${key.max}`;
  if (key.min !== undefined && key.below !== undefined) return `≥ ${key.min}, < ${key.below}`;
  if (key.valuesFor && key.values) {
    // Values every experiment takes, then the ones only some take.
    const everywhere = key.values.filter((v) => EXPERIMENTS.every((e) => allowedValues(key, e).includes(v)));
    if (everywhere.length > 0) {
      const some = key.values.filter((v) => !everywhere.includes(v));
      const where = EXPERIMENTS.filter((e) => some.some((v) => allowedValues(key, e).includes(v)));
      return some.length === 0 ? everywhere.join(', ') : `${everywhere.join(', ')}; ${where.join(' and ')} also: ${some.join(', ')}`;
    }
  }
  if (key.valuesFor) return EXPERIMENTS.map((e) => `${e}: ${allowedValues(key, e).join(', ')}`).join('; ');
  if (key.values) return key.values.join(', ');
  if (key.type === 'bool') return 'true, false';
  return '';
}

function appliesTo(key: KeySchema): string {
  return key.appliesTo.length === EXPERIMENTS.length ? 'all' : key.appliesTo.join(', ');
}

/** A Markdown table of every block key: type, default, range or values, experiments, sweepable, doc. */
export function renderKeyReference(): string {
  const rows = KEYS.map((k) =>
    [code(k.name), k.type, defaults(k), rangeOrValues(k), appliesTo(k), k.sweep ? 'yes' : 'no', k.doc].map(cell).join(' | '),
  );
  return [
    '| key | type | default | range / values | applies to | list sweeps | description |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

/** Markers in docs/blocks.md between which the generated table lives. */
export const KEY_REFERENCE_MARKERS = { start: '<!-- keys:start -->', end: '<!-- keys:end -->' } as const;

/** `doc` with the text between the markers replaced by the current table; unchanged if a marker is missing. */
export function replaceKeyReference(doc: string): string {
  const { start, end } = KEY_REFERENCE_MARKERS;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end, i + start.length);
  if (i < 0 || j < 0) return doc;
  return `${doc.slice(0, i + start.length)}\n${renderKeyReference()}\n${doc.slice(j)}`;
}
