/**
 * `weights:` files in Obsidian: read from the vault beside the note (the
 * editor's rules: inside the vault, size limit, JSON, the weights shape),
 * every failure a message for the block, and the run in the worker using them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBlockWeights, weightsPaths, type WeightsVault } from '../../src/obsidian/plugin/weights';
import { runBlockJob } from '../../src/obsidian/worker/jobs';

const WEIGHTS = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'cli', 'weights.json'), 'utf8');
const NOTE = fs.readFileSync(path.resolve(__dirname, '..', 'fixtures', 'cli', 'weights.md'), 'utf8');

/** A vault of `files` (vault path → text); `big` reports a size over the limit. */
function vault(files: Record<string, string>, big: readonly string[] = []): WeightsVault & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    stat: (p) => (p in files ? { size: big.includes(p) ? 2 ** 30 : files[p]!.length } : null),
    read: async (p) => {
      reads.push(p);
      return files[p]!;
    },
  };
}

describe('weights files in Obsidian', () => {
  it('lists the paths a block names, each once', () => {
    expect(weightsPaths(NOTE, 0)).toEqual(['./weights.json']);
    expect(weightsPaths(NOTE, 1)).toEqual(['./missing.json']);
    expect(weightsPaths(NOTE, 5)).toEqual([]);
  });

  it('reads the file beside the note and the worker runs the block with it', async () => {
    const read = await readBlockWeights(vault({ 'study/weights.json': WEIGHTS }), 'study/note.md', NOTE, 0);
    expect(read['./weights.json']).toMatchObject({ ok: true });
    const { run } = await runBlockJob({ note: NOTE, blockIndex: 0, budget: 5e10, weights: read });
    expect(run.errors).toEqual([]);
    expect(run.series).toHaveLength(2); // fp64 and fp16
  });

  it('turns each failure into a message on the block', async () => {
    const files = { 'study/bad.json': '{"weights": [', 'study/shape.json': '{"weights": 3}', 'study/big.json': '{}' };
    const v = vault(files, ['study/big.json']);
    const one = async (written: string) => {
      const note = `\`\`\`gradexp\nweights: ${written}\n\`\`\`\n`;
      return (await readBlockWeights(v, 'study/note.md', note, 0))[written];
    };
    expect(await one('./missing.json')).toEqual({ ok: false, message: "weights: './missing.json' not found next to the note" });
    expect((await one('../../etc/passwd'))).toMatchObject({ ok: false, message: expect.stringMatching(/points outside the vault/) });
    expect(await one('./big.json')).toEqual({ ok: false, message: "weights: './big.json' is 1024 MB; the limit is 100 MB" });
    expect(await one('./bad.json')).toMatchObject({ ok: false, message: expect.stringMatching(/^weights: '.\/bad.json' is not valid JSON at line 1/) });
    expect(await one('./shape.json')).toMatchObject({ ok: false, message: expect.stringMatching(/"weights" must be a non-empty list/) });
    expect(v.reads).toEqual(['study/bad.json', 'study/shape.json']); // nothing read that is missing, outside or too big
  });

  it('a block shown outside its note (no weights read) says why it cannot run', async () => {
    const { run } = await runBlockJob({ note: NOTE, blockIndex: 0, budget: 5e10, weights: {} });
    expect(run.errors[0]!.message).toBe("cannot read weights file './weights.json': the block is shown outside its note, so no file is read beside it");
  });
});
