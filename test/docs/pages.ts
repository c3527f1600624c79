/** The documentation pages both docs tests read: the README and every page under docs/ and docs/readings/. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(__dirname, '..', '..');

const markdownIn = (dir: string): string[] =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `${dir}/${f}`);

/** What a user reads about gradexp as it is now (the CHANGELOG is history, so only its links are checked). */
export const DOC_PAGES: readonly string[] = ['README.md', ...markdownIn('docs'), ...markdownIn('docs/readings')];
