import * as fs from 'node:fs';
import { UsageError } from './args';

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

/** Read a note as UTF-8, with a usage error (exit 2) for a missing or absurd file. */
export function readNote(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`cannot read '${file}': no such file`);
  }
  if (!stat.isFile()) throw new UsageError(`cannot read '${file}': not a file`);
  if (stat.size > MAX_NOTE_BYTES) {
    throw new UsageError(`'${file}' is ${(stat.size / 2 ** 20).toFixed(1)} MB; notes over ${MAX_NOTE_BYTES / 2 ** 20} MB are refused`);
  }
  return fs.readFileSync(file, 'utf8');
}
