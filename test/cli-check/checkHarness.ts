import { afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check';

/** A temporary folder for one test file's notes, removed after its tests. */
export function noteFolder(prefix: string): (name: string, text: string) => string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, text) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
}

/** `gradexp check …args` in process: its exit code and the lines it printed. */
export async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out, err };
}
