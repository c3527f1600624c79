import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_REFERENCE_MARKERS, renderKeyReference, replaceKeyReference } from '../../src/core/spec/reference';
import { KEYS } from '../../src/core/spec/schema';

describe('key reference', () => {
  it('has one table row per key with its default and doc', () => {
    const table = renderKeyReference().split('\n');
    expect(table).toHaveLength(KEYS.length + 2);
    expect(table.find((r) => r.startsWith('| `depth` |'))).toBe('| `depth` | int | `100`; `12` for train | 1 … 10000 | mlp, train | yes | Number of layers L. |');
  });

  it('matches docs/blocks.md (run `npm run docs:keys` after editing schema.ts)', () => {
    const doc = readFileSync(join(__dirname, '../../docs/blocks.md'), 'utf8');
    expect(doc).toContain(KEY_REFERENCE_MARKERS.start);
    expect(doc).toContain(KEY_REFERENCE_MARKERS.end);
    expect(replaceKeyReference(doc)).toBe(doc);
  });

  it('lives in docs/blocks.md only: README.md has no stale copy', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    expect(readme).not.toContain(KEY_REFERENCE_MARKERS.start);
  });

  it('replaces only the text between the markers', () => {
    const doc = `before\n${KEY_REFERENCE_MARKERS.start}\nstale\n${KEY_REFERENCE_MARKERS.end}\nafter\n`;
    const out = replaceKeyReference(doc);
    expect(out.startsWith(`before\n${KEY_REFERENCE_MARKERS.start}\n| key |`)).toBe(true);
    expect(out.endsWith(`|\n${KEY_REFERENCE_MARKERS.end}\nafter\n`)).toBe(true);
    expect(out).not.toContain('stale');
    expect(replaceKeyReference('no markers')).toBe('no markers');
  });
});
