/**
 * The one rule for where `weights: ./file.json` may point, shared by the editor
 * (workspace URIs) and the CLI (file paths): the path is written relative to the
 * note and must stay inside a root folder — the workspace folder holding the
 * note, the CLI's current folder when the note is inside it, or else the note's
 * own folder. A note must not make gradexp read arbitrary files.
 *
 * Pure POSIX path logic: URI paths use `/` on every platform, and the CLI turns
 * its native paths into that form before asking.
 */

/** A resolved path, or why the written one is refused (a phrase to put after the path). */
export type WeightsPathRule = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly reason: string };

/** Largest weights file read, in bytes: JSON of ~5 million numbers. Both adapters check it before reading. */
export const MAX_WEIGHTS_FILE_BYTES = 100 * 1024 * 1024;

/** Longest piece of user text (a path, a key, a string value) quoted in a message. */
const MAX_TOKEN_CHARS = 40;

/**
 * A short, escaped, truncated rendering of user text for messages: JSON escapes
 * make control characters visible, and a long value is cut with `…` so a message
 * never carries more than a glimpse of a file or a note.
 */
export function shortToken(text: string, max = MAX_TOKEN_CHARS): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut).slice(1, -1);
}

/** The folder part of a POSIX path (`/` for a file at the root). */
export function posixDirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** Normalises `.`/`..`/empty segments of an absolute POSIX path; null when `..` climbs above `/`. */
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

/** Whether absolute POSIX `path` is `root` or lies under it (`/ws2` is not under `/ws`). */
export function isInsideFolder(path: string, root: string): boolean {
  const r = root.endsWith('/') ? root : `${root}/`;
  return path === root || path.startsWith(r);
}

/**
 * Resolves `written` (as in the note) against the note's absolute POSIX path.
 * `root` is the folder the file must stay in (default: the note's folder) and
 * `rootName` how messages call it ("workspace folder", "current folder").
 */
export function resolveWeightsPathRule(notePath: string, written: string, root?: string, rootName = 'workspace folder'): WeightsPathRule {
  const text = written.trim();
  if (text === '') return { ok: false, reason: 'the path is empty' };
  if (text.includes('\0')) return { ok: false, reason: 'the path holds a NUL character' };
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(text) || text.startsWith('/') || text.startsWith('\\') || text.startsWith('~')) {
    return { ok: false, reason: 'it must be a path relative to the note, like ./weights.json' };
  }
  const resolved = normalize(`${posixDirname(notePath)}/${text.replace(/\\/g, '/')}`);
  const folder = normalize(root ?? posixDirname(notePath)) ?? '/';
  if (resolved === null || !isInsideFolder(resolved, folder)) {
    return { ok: false, reason: `it points outside the ${root ? rootName : "note's folder"}; keep weights files beside the note` };
  }
  return { ok: true, path: resolved };
}

/**
 * `folderPath` as the root weights files must stay in (POSIX or URI paths), unless it is the
 * home folder (`homePath`; unknown for a remote workspace) or holds it — then none, which means
 * the note's own folder: a root that wide would let a note name any of the user's files. The
 * editor asks it of the workspace folder, the command line of the current folder.
 */
export function weightsRootFor(folderPath: string | undefined, homePath: string | undefined): string | undefined {
  if (folderPath === undefined) return undefined;
  return homePath !== undefined && isInsideFolder(homePath, folderPath) ? undefined : folderPath;
}
