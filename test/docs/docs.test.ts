/**
 * The documentation stays true to the repository: every relative link and
 * anchor resolves, the editor page lists exactly the commands and settings
 * package.json contributes, the README stays a short user's page, and every
 * citation of the specification in code names a section docs/spec.md has.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_PAGES, root } from './pages';

const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** The Markdown pages a reader follows links through. */
const PAGES = [...DOC_PAGES, 'CHANGELOG.md', 'test/e2e/README.md', 'src/core/numeric/README.md'];

/** The text outside fenced code blocks and inline code spans, line by line (line numbers kept). */
function proseLines(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined && marker) {
      fence = marker;
      return '';
    }
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
      return '';
    }
    return line.replace(/(`+)[\s\S]*?\1/g, '');
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fence = !fence;
    const heading = fence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) anchors.add(slug(heading[1]));
  }
  return anchors;
}

interface Link {
  readonly page: string;
  readonly line: number;
  readonly target: string;
}

function linksOf(page: string): Link[] {
  const links: Link[] = [];
  proseLines(read(page)).forEach((text, i) => {
    for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      links.push({ page, line: i + 1, target: m[1]! });
    }
  });
  return links;
}

describe('documentation links', () => {
  const links = PAGES.flatMap(linksOf);
  const relativeLinks = links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l.target));

  it('finds the links it checks', () => {
    expect(PAGES).toEqual(expect.arrayContaining(['docs/spec.md', 'docs/blocks.md', 'docs/cli.md', 'docs/json.md', 'docs/formulas.md', 'docs/editor.md']));
    expect(relativeLinks.length).toBeGreaterThan(40);
  });

  it('every relative link resolves to a file of the repository', () => {
    const broken = relativeLinks
      .filter((l) => !l.target.startsWith('#'))
      .filter((l) => !existsSync(resolve(root, dirname(l.page), decodeURI(l.target.split('#')[0]!))))
      .map((l) => `${l.page}:${l.line}: ${l.target}`);
    expect(broken).toEqual([]);
  });

  it('every anchor names a heading of its page', () => {
    const broken = relativeLinks
      .filter((l) => l.target.includes('#'))
      .filter((l) => {
        const [path, anchor] = l.target.split('#') as [string, string];
        const target = path === '' ? join(root, l.page) : resolve(root, dirname(l.page), decodeURI(path));
        if (extname(target) !== '.md' || !existsSync(target) || statSync(target).isDirectory()) return false;
        return !anchorsOf(readFileSync(target, 'utf8')).has(anchor);
      })
      .map((l) => `${l.page}:${l.line}: ${l.target}`);
    expect(broken).toEqual([]);
  });

  it('reads anchors as GitHub writes them', () => {
    expect(slug('1.3 `mlp` semantics')).toBe('13-mlp-semantics');
    expect(slug('11. Quick fixes')).toBe('11-quick-fixes');
    expect(slug('What a run produces')).toBe('what-a-run-produces');
  });
});

describe('README.md', () => {
  const readme = read('README.md');

  it('is a short user page (at most 12 KB)', () => {
    expect(Buffer.byteLength(readme, 'utf8')).toBeLessThanOrEqual(12 * 1024);
  });

  it('gives the two commands', () => {
    expect(readme).toMatch(/^npm ci && npm start +# runs every block of examples\/numerical-stability\.md/m);
    expect(readme).toMatch(/^bash \.ci\/run +# /m);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toContain('examples/numerical-stability.md --out out --format html');
    expect(existsSync(join(root, '.ci/run'))).toBe(true);
  });
});

describe('docs/editor.md against package.json', () => {
  interface Manifest {
    contributes: {
      commands: { command: string; title: string; category: string }[];
      keybindings: { command: string; key: string }[];
      configuration: { properties: Record<string, { default: unknown }> };
    };
  }
  const manifest = JSON.parse(read('package.json')) as Manifest;
  const page = read('docs/editor.md');

  /** Rows of the table under `## heading`: cells without their backticks. */
  function tableRows(heading: string): string[][] {
    const section = page.split(/^## /m).find((s) => s.startsWith(`${heading}\n`)) ?? '';
    return section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim().replace(/^`|`$/g, '')));
  }

  it('lists every contributed command, and only those, with its palette title', () => {
    const rows = tableRows('Commands');
    const documented = Object.fromEntries(rows.map(([command, title]) => [command, title]));
    expect(Object.keys(documented).sort()).toEqual(manifest.contributes.commands.map((c) => c.command).sort());
    for (const c of manifest.contributes.commands) expect(documented[c.command], c.command).toBe(`${c.category}: ${c.title}`);
  });

  it('gives the key binding of each bound command', () => {
    const rows = tableRows('Commands');
    for (const binding of manifest.contributes.keybindings) {
      const row = rows.find(([command]) => command === binding.command);
      const key = binding.key.split('+').map((k) => k[0]!.toUpperCase() + k.slice(1)).join('+');
      expect(row?.[2], binding.command).toContain(key);
    }
  });

  it('lists every setting, and only those, with its default', () => {
    const rows = tableRows('Settings');
    const props = manifest.contributes.configuration.properties;
    expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(props).sort());
    for (const [name, written] of rows) {
      const value = written === 'true' || written === 'false' ? written === 'true' : written!.startsWith('[') ? JSON.parse(written!) : Number(written);
      expect(value, name).toEqual(props[name!]!.default);
    }
  });
});

describe('citations in code', () => {
  const CODE = /\.(ts|mts|mjs|js|py|md|css)$/;
  function files(dir: string): string[] {
    const out: string[] = [];
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) out.push(...files(path));
      else if (CODE.test(entry.name)) out.push(path);
    }
    return out;
  }
  const scanned = ['src', 'test', 'scripts', 'bench', 'docs', 'examples', '.ci'].flatMap(files).concat(['README.md', 'CHANGELOG.md', '.ci/run', 'esbuild.js']);
  const sections = new Set(
    [...read('docs/spec.md').matchAll(/^#{2,3} (\d+(?:\.\d+)?)\.? /gm)].map((m) => m[1]!),
  );

  it('reads the sections of docs/spec.md', () => {
    expect([...sections]).toEqual(expect.arrayContaining(['1', '1.3', '2.3', '6', '7']));
  });

  it('cites the specification as a section docs/spec.md has', () => {
    const bad: string[] = [];
    for (const file of scanned) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/docs\/spec\.md §(\d+(?:\.\d+)?)/g)) if (!sections.has(m[1]!)) bad.push(`${file}: §${m[1]}`);
      // A bare "spec §N" pointed at a document outside the repository.
      for (const m of text.matchAll(/(?<![[/])spec(?:\.md)? §\d/g)) bad.push(`${file}: '${m[0]}'`);
    }
    expect(bad).toEqual([]);
  });

  it('names only docs pages that exist', () => {
    const missing: string[] = [];
    for (const file of scanned) {
      for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\bdocs\/([\w-]+\.md)/g)) {
        if (!existsSync(join(root, 'docs', m[1]!))) missing.push(`${file}: docs/${m[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('cites no tracker issue numbers', () => {
    const issue = new RegExp(['\\bissues?', '\\s*#?\\d'].join(''), 'i');
    const found = scanned.filter((file) => issue.test(readFileSync(join(root, file), 'utf8'))).map((f) => relative(root, join(root, f)));
    expect(found).toEqual([]);
  });
});
