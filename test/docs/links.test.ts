/**
 * Every file path the documentation names in backticks (`src/…`, `test/…`) exists:
 * README.md, docs/*.md and docs/readings/*.md describe the code as it is, so a path
 * that moved or was removed is a page that no longer tells the truth. Relative links
 * and their anchors are checked by docs.test.ts over the same pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_PAGES, root } from './pages';

const PAGES = DOC_PAGES;

interface NamedPath {
  readonly page: string;
  readonly line: number;
  readonly path: string;
}

/** The `src/…` and `test/…` paths a page writes in inline code, with a wildcard or placeholder left out. */
export function pathsIn(page: string, text: string): NamedPath[] {
  const found: NamedPath[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/`((?:src|test)\/[^`\s]*)`/g)) {
      const path = m[1]!.replace(/[.,:;]$/, '');
      if (/[*<>{}…]|\.\.\./.test(path)) continue;
      found.push({ page, line: i + 1, path });
    }
  });
  return found;
}

describe('paths named in the documentation', () => {
  const named = PAGES.flatMap((page) => pathsIn(page, readFileSync(join(root, page), 'utf8')));

  it('finds the paths it checks, on the readings pages too', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['README.md', 'docs/formulas.md', 'docs/performance.md', 'docs/readings/identities.md']));
    expect(named.length).toBeGreaterThan(50);
    expect(named.some((n) => n.page.startsWith('docs/readings/'))).toBe(true);
  });

  it('every backticked src/ or test/ path exists', () => {
    const missing = named.filter((n) => !existsSync(join(root, n.path))).map((n) => `${n.page}:${n.line}: ${n.path}`);
    expect(missing).toEqual([]);
  });

  it('reads a path as written and leaves placeholders out', () => {
    expect(pathsIn('x.md', 'see `src/core/formula/claims.ts`, and `test/formula/<topic>.test.ts`').map((n) => n.path)).toEqual(['src/core/formula/claims.ts']);
    expect(pathsIn('x.md', 'in `src/core/formula/`.').map((n) => n.path)).toEqual(['src/core/formula/']);
  });
});
