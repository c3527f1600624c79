import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { notRunMessage, runRun } from '../../src/cli/run';
import { UsageError } from '../../src/cli/args';
import { DEFAULT_MAX_BLOCKS, parseNoteWithin } from '../../src/core/pipeline';

const dir = mkdtempSync(join(tmpdir(), 'gradexp-max-blocks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Three cheap blocks; their fences are on lines 1, 7 and 13. */
const file = join(dir, 'three.md');
writeFileSync(file, [1.1, 1.2, 1.3].map((base) => `\`\`\`gradexp\nexperiment: power\nbase: ${base}\nn: 4\n\`\`\`\n`).join('\n'));

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runRun(args, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out, err };
}

describe('gradexp run --max-blocks', () => {
  it('runs every block of a note within the limit (exit 0)', async () => {
    const { code, err } = await run([file, '--max-blocks', '3']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
  });

  it('past the limit: the first blocks run, the rest are one located error naming the flag, exit 1', async () => {
    const { code, out, err } = await run([file, '--max-blocks', '2']);
    expect(code).toBe(1);
    expect(err).toEqual([`${file}:13:1: error: not run: 1 block from here on; the note-wide limit of 2 blocks was reached (raise it with --max-blocks)`]);
    expect(out.at(-1)).toBe('2 block(s), 1 error(s), 1 not run (note-wide limit)');
  });

  it('--json: the blocks that ran, then the error on the first block left out', async () => {
    const { code, out } = await run([file, '--json', '--max-blocks=1']);
    expect(code).toBe(1);
    const report = JSON.parse(out.join('\n'));
    expect(report.blocks.map((b: { line: number }) => b.line)).toEqual([1, 7]);
    expect(report.blocks[0].series).toHaveLength(1);
    expect(report.blocks[1]).toMatchObject({ series: [], errors: [{ line: 7, column: 1, message: notRunMessage(2, 1) }] });
  });

  it.each(['0', '-2', '1.5', 'many'])("--max-blocks %s is a usage error", async (value) => {
    await expect(run([file, '--max-blocks', value])).rejects.toThrow(UsageError);
    await expect(run([file, '--max-blocks', value])).rejects.toThrow(/--max-blocks must be a whole number of blocks, at least 1/);
  });
});

describe('parseNoteWithin', () => {
  it('parses the first blocks only and hands back the rest unparsed, in order', () => {
    const note = Array.from({ length: 5 }, (_, i) => `\`\`\`gradexp\nexperiment: power\nn: ${i + 2}\n\`\`\`\n`).join('\n');
    const { parsed, notRun } = parseNoteWithin(note, 3);
    expect(parsed.map((p) => p.series[0]?.spec.n)).toEqual([2, 3, 4]);
    expect(notRun.map((b) => b.index)).toEqual([3, 4]);
    expect(parseNoteWithin(note).notRun).toEqual([]);
    expect(DEFAULT_MAX_BLOCKS).toBe(10_000);
  });

  it('words the message for one and for many', () => {
    expect(notRunMessage(1, 1)).toBe('not run: 1 block from here on; the note-wide limit of 1 block was reached (raise it with --max-blocks)');
    expect(notRunMessage(190_000, 10_000)).toBe('not run: 190000 blocks from here on; the note-wide limit of 10000 blocks was reached (raise it with --max-blocks)');
  });
});
