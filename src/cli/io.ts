import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { UsageError } from './args';
import { isInsideFolder, MAX_WEIGHTS_FILE_BYTES, posixDirname, resolveWeightsPathRule, weightsRootFor, parseWeightsJson } from '../core/api/notes';

/** Where a command writes; tests pass collectors, main passes the process streams. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * The largest note read (20 MB), so that an absurd file is refused at once: the
 * editor's worker takes notes up to 20 million characters, and finding the math
 * of a 20 MB note alone takes about 3.5 s here.
 */
export const MAX_NOTE_BYTES = 20 * 1024 * 1024;

/** Why a path could not be opened, in words, from Node's error code. */
export function openProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file';
    case 'ELOOP':
      return 'a loop of symbolic links (a link that leads back to itself)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return e.code ?? e.message;
  }
}

/**
 * Read a note (a usage error, exit 2, for a missing, special or absurd file).
 * UTF-8, or UTF-16 LE/BE when a byte-order mark says so (Windows tools write
 * those). The mark stays as U+FEFF, as a UTF-8 one always has, so columns agree.
 */
export function readNote(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new UsageError(`cannot read '${file}': ${openProblem(e as NodeJS.ErrnoException)}`);
  }
  if (!stat.isFile()) throw new UsageError(`cannot read '${file}': ${stat.isDirectory() ? 'it is a folder' : 'not a regular file'}`);
  if (stat.size > MAX_NOTE_BYTES) {
    throw new UsageError(`'${file}' is ${(stat.size / 2 ** 20).toFixed(1)} MB; notes over ${MAX_NOTE_BYTES / 2 ** 20} MB are refused`);
  }
  return decodeNote(fs.readFileSync(file));
}

/** Text of a note's bytes: UTF-16 when a BOM says so, else UTF-8. */
export function decodeNote(bytes: Uint8Array): string {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(bytes);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A native absolute path as the POSIX path the shared rule reads (`C:\a` → `/C:/a` on Windows). */
function toRulePath(native: string): string {
  if (path.sep === '/') return native;
  const slashed = native.replace(/\\/g, '/');
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}

function fromRulePath(rule: string): string {
  return path.sep === '/' ? rule : path.normalize(rule.replace(/^\/(?=[a-zA-Z]:)/, ''));
}

/**
 * The folder a note's weights files must stay in: the current folder when the
 * note is inside it (the shell's stand-in for the editor's workspace folder, so
 * `../data/w.json` works when run from a vault's root), else the note's own
 * folder. A current folder that is the home folder or holds it (`/`, `/home`)
 * is never a root: shells start there, and a rule that admits every file of
 * the user confines nothing. Compared by real path, so a home reached through
 * a symbolic link (`/home` → `/var/home` on some systems) is still recognised.
 */
export function weightsRoot(noteFile: string, cwd: string): { root: string; name: string } {
  const noteDir = posixDirname(toRulePath(path.resolve(cwd, noteFile)));
  const here = toRulePath(path.resolve(cwd));
  const allowed = weightsRootFor(toRulePath(realPathOr(path.resolve(cwd))), toRulePath(realPathOr(os.homedir()))) !== undefined;
  return allowed && isInsideFolder(noteDir, here) ? { root: here, name: 'current folder' } : { root: noteDir, name: "note's folder" };
}

/** The real path of `p` (symbolic links resolved), or `p` itself when it cannot be resolved. */
function realPathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * Read and parse the weights file a block of `noteFile` names. Throws an Error
 * whose message says what is wrong (the pipeline puts it on the block), never
 * quoting the file: the path must stay inside the root (after resolving
 * symbolic links too), and only a regular file up to 100 MB is read — a FIFO
 * or a device is refused at once instead of blocking or reading forever.
 */
export async function readWeightsFile(noteFile: string, written: string, cwd = process.cwd()): Promise<unknown> {
  const { root, name } = weightsRoot(noteFile, cwd);
  const rule = resolveWeightsPathRule(toRulePath(path.resolve(cwd, noteFile)), written, root, name);
  if (!rule.ok) throw new Error(rule.reason);
  const target = fromRulePath(rule.path);
  let real: string;
  try {
    real = await fs.promises.realpath(target);
  } catch (e) {
    throw new Error(openProblem(e as NodeJS.ErrnoException));
  }
  const realRoot = await fs.promises.realpath(fromRulePath(root)).catch(() => fromRulePath(root));
  if (!isInsideFolder(toRulePath(real), toRulePath(realRoot))) {
    throw new Error(`it is a symbolic link to a file outside the ${name}; keep weights files beside the note`);
  }
  const text = await readRegularFile(real, MAX_WEIGHTS_FILE_BYTES, async (opened) => {
    // A folder on the path swapped for a link between the check above and the open would lead
    // outside: what was opened is checked again, by the path the kernel gives the open handle.
    if (opened !== undefined && !isInsideFolder(toRulePath(opened), toRulePath(realRoot))) {
      throw new Error(`it changed into a link to a file outside the ${name} while being read; keep weights files beside the note`);
    }
  });
  const parsed = parseWeightsJson(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

/**
 * The UTF-8 text of a regular file of at most `limit` bytes. Opened without
 * blocking (a FIFO with no writer would otherwise hang the open), then checked
 * on the open handle — where it really is (`checkOpened`, given the kernel's
 * path for it where the system has one) and with fstat — so what is read is
 * what was checked.
 */
async function readRegularFile(file: string, limit: number, checkOpened: (openedPath: string | undefined) => Promise<void>): Promise<string> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new Error(openProblem(e as NodeJS.ErrnoException));
  }
  try {
    await checkOpened(await openedPath(handle.fd));
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new Error('it is a folder');
    if (!stat.isFile()) throw new Error('not a regular file (a FIFO, socket or device); only regular files are read');
    if (stat.size > limit) throw new Error(`it is ${(stat.size / 2 ** 20).toFixed(0)} MB; the limit is ${limit / 2 ** 20} MB`);
    // The size stated, not read to the end: a file growing meanwhile cannot push past the limit.
    const bytes = Buffer.alloc(stat.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The path the kernel gives an open file descriptor (Linux's /proc/self/fd), or undefined where there is none. */
async function openedPath(fd: number): Promise<string | undefined> {
  try {
    return await fs.promises.readlink(`/proc/self/fd/${fd}`);
  } catch {
    return undefined;
  }
}
