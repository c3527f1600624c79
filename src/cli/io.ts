import * as fs from 'node:fs';
import { UsageError } from './args';

/** Where a command writes; tests pass collectors, main passes the process streams. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The largest note read, so that an absurd file is refused rather than exhausting memory. */
export const MAX_NOTE_BYTES = 64 * 1024 * 1024;

/** Read a note as UTF-8, with a usage error (exit 2) for a missing or absurd file. */
export function readNote(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new UsageError(`cannot read '${file}': no such file`);
  }
  if (!stat.isFile()) throw new UsageError(`cannot read '${file}': not a file`);
  if (stat.size > MAX_NOTE_BYTES) throw new UsageError(`'${file}' is ${stat.size} bytes; notes over ${MAX_NOTE_BYTES} bytes are refused`);
  return fs.readFileSync(file, 'utf8');
}
