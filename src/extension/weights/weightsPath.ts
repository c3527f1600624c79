/**
 * Where `weights: ./file.json` points, resolved against the note's URI path.
 * Pure (POSIX path logic on URI paths, which use `/` on every platform) so the
 * rules are unit-tested: the path must be relative to the note and stay inside
 * the note's workspace folder (or the note's own folder outside a workspace) —
 * a note must not make the editor read arbitrary files.
 */

/** A resolved path, or why the written one is refused. */
export type ResolvedPath = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/** Largest weights file read, in bytes: JSON of ~5 million numbers. */
export const MAX_WEIGHTS_FILE_BYTES = 100 * 1024 * 1024;

function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Joins and normalises `.`/`..` segments; returns null when `..` climbs above the root. */
function normalize(path: string): string | null {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(seg);
  }
  return `/${out.join('/')}`;
}

function isInside(path: string, root: string): boolean {
  const r = root.endsWith('/') ? root : `${root}/`;
  return path === root || path.startsWith(r);
}

/**
 * Resolves `written` (as in the note) against the note's URI path. `rootPath` is
 * the workspace folder's URI path holding the note, if any.
 */
export function resolveWeightsPath(notePath: string, written: string, rootPath?: string): ResolvedPath {
  const text = written.trim();
  if (text === '') return { ok: false, message: 'weights: the path is empty' };
  if (text.includes('\0')) return { ok: false, message: 'weights: the path holds a NUL character' };
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text) || text.startsWith('/') || text.startsWith('\\') || text.startsWith('~')) {
    return { ok: false, message: `weights: '${written}' must be a path relative to the note, like ./weights.json` };
  }
  const resolved = normalize(`${dirname(notePath)}/${text.replace(/\\/g, '/')}`);
  const root = normalize(rootPath ?? dirname(notePath)) ?? '/';
  if (resolved === null || !isInside(resolved, root)) {
    return {
      ok: false,
      message: `weights: '${written}' points outside the ${rootPath ? 'workspace folder' : "note's folder"}; keep weights files beside the note`,
    };
  }
  return { ok: true, path: resolved };
}
