/**
 * The Markdown of a hover over a block key or its value, from the key's row
 * of the schema table (the same row that validates it and documents it in
 * docs/blocks.md) and the core's own detail line.
 */
import { keyDetail, type KeySchema, type ExperimentKind } from '../../core/api/notes';
import { codeSpan, escapeMarkdown } from './formulaHoverText';

/** "**width** — int 1…8192 · default 64 · a list sweeps", the doc line, values and experiments. */
export function keyHoverMarkdown(key: KeySchema, experiment?: ExperimentKind): string {
  const detail = `${keyDetail(key, experiment)}${key.sweep ? ' · a list sweeps' : ''}`;
  const parts = [`**${escapeMarkdown(key.name)}** — ${escapeMarkdown(detail)}`, escapeMarkdown(key.doc)];
  const values = (experiment && key.valuesFor?.[experiment]) || key.values;
  if (values && values.length > 0) parts.push(`Values: ${values.map((v) => codeSpan(v, 40)).join(', ')}`);
  parts.push(`Applies to: ${key.appliesTo.map((e) => codeSpan(e, 40)).join(', ')}`);
  return parts.join('\n\n');
}
