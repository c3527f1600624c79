/**
 * The main thread's side of the worker, against a worker stand-in that answers
 * with the real jobs (asynchronously, out of order when asked to): replies
 * find their requests, failures reject, a dead worker is replaced.
 */
import { describe, expect, it } from 'vitest';
import { JobClient } from '../../src/obsidian/worker/client';
import { JobWorker } from './jobWorker';
import { checkVault, vaultSummary } from '../../src/obsidian/plugin/vaultCheck';
import { NOTE } from './notes';

describe('JobClient', () => {
  it('matches replies to requests by id, whatever their order', async () => {
    const worker = new JobWorker(true);
    const client = new JobClient(() => worker);
    const first = client.request('run', { note: NOTE, blockIndex: 0, budget: 5e10, weights: {} });
    const second = client.request('formulas', { note: NOTE });
    await expect.poll(() => worker.held.length).toBe(2);
    worker.release([1, 0]);
    expect((await first).run.line).toBe(5);
    expect((await second).map((r) => r.verdict)).toEqual(['fails', 'holds']);
    expect(client.busy).toBe(0);
  });

  it('rejects with the worker’s message', async () => {
    const client = new JobClient(() => new JobWorker());
    await expect(client.request('run', { note: 'nothing', blockIndex: 3, budget: 1, weights: {} })).rejects.toThrow('the note has no gradexp block #4 any more');
  });

  it('fails the pending jobs of a worker that died and starts a new one for the next job', async () => {
    const started: JobWorker[] = [];
    const client = new JobClient(() => {
      const w = new JobWorker(true);
      started.push(w);
      return w;
    });
    const pending = client.request('formulas', { note: NOTE });
    started[0]!.onerror?.({ message: 'out of memory' });
    await expect(pending).rejects.toThrow('the gradexp worker stopped: out of memory');
    expect(started[0]!.terminated).toBe(true);
    const next = client.request('formulas', { note: 'no math' });
    expect(started).toHaveLength(2);
    await expect.poll(() => started[1]!.held.length).toBe(1);
    started[1]!.release([0]);
    expect(await next).toEqual([]);
  });

  it('fails what is pending when the plugin unloads', async () => {
    const worker = new JobWorker(true);
    const client = new JobClient(() => worker);
    const pending = client.request('formulas', { note: NOTE });
    client.dispose();
    await expect(pending).rejects.toThrow('gradexp was unloaded');
    expect(worker.terminated).toBe(true);
  });
});

describe('checkVault', () => {
  it('checks each note in the worker, skips one over the size limit or unreadable, and sums the claims', async () => {
    const client = new JobClient(() => new JobWorker());
    const progress: string[] = [];
    const check = await checkVault(
      [
        { path: 'a.md', read: async () => NOTE },
        { path: 'big.md', read: async () => 'x'.repeat(NOTE.length + 1) },
        { path: 'gone.md', read: () => Promise.reject(new Error('ENOENT')) },
        { path: 'fine.md', read: async () => '$2 + 2 = 4$' },
      ],
      client,
      { digits: 5, maxChars: NOTE.length, progress: (done, total) => progress.push(`${done}/${total}`) },
    );
    expect(progress).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(check.totals).toEqual({ notes: 4, holds: 2, fails: 1, notChecked: 0, notesWithProblems: 1, skipped: 2 });
    expect(check.notes[1]!.skipped).toBe(`larger than the size limit (${NOTE.length} characters); run \`gradexp check\` on it`);
    expect(check.notes[2]!.skipped).toBe('cannot read it: ENOENT');
    expect(check.notes[0]!.problems.map((p) => p.line)).toEqual([17, 3]); // block errors first, as in Problems
    expect(vaultSummary(check)).toBe('gradexp: 4 notes checked: 2 claims hold, 1 fails, 0 not decided — problems in 1 note; 2 notes not checked');
  });
});
