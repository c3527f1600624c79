import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { BlockRun } from '../../src/core/types';
import { RunWorkerClient, type JobRequest } from '../../src/extension/worker/workerClient';

/**
 * A stand-in worker speaking the real protocol: the note text says what to do
 * ("hang" loops forever, "crash" exits, "garbage" replies nonsense, anything
 * else answers with a run titled by the note and tagged with the thread id).
 */
const FAKE_WORKER = `
const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.note === 'hang') { for (;;) {} }
  if (m.note === 'crash') process.exit(3);
  if (m.note === 'garbage') { parentPort.postMessage({ type: 'done', jobId: m.jobId, run: 'nope', svg: 1 }); return; }
  parentPort.postMessage({ type: 'progress', jobId: m.jobId, fraction: 0.5 });
  const run = { line: 1, experiment: 'power', title: m.note + '@' + threadId, dtype: 'fp32', plot: 'value', errors: [], series: [], elapsedMs: 1 };
  parentPort.postMessage({ type: 'done', jobId: m.jobId, run, svg: '<svg/>' });
});`;

const created: Worker[] = [];
function client(): RunWorkerClient {
  return new RunWorkerClient(() => {
    const w = new Worker(FAKE_WORKER, { eval: true });
    created.push(w);
    return w;
  });
}
const job = (note: string): JobRequest => ({ note, blockIndex: 0, weights: {}, budget: 1 });
const title = (o: { kind: string; run?: BlockRun }) => (o.kind === 'done' ? o.run!.title.split('@')[0] : o.kind);

let clients: RunWorkerClient[] = [];
afterEach(async () => {
  for (const c of clients) c.dispose();
  clients = [];
  await Promise.all(created.splice(0).map((w) => w.terminate()));
});
function make(): RunWorkerClient {
  const c = client();
  clients.push(c);
  return c;
}

describe('RunWorkerClient', () => {
  it('runs jobs one after another in one worker and reports progress', async () => {
    const c = make();
    const progress: number[] = [];
    const [a, b] = await Promise.all([c.run('k1', job('a'), (f) => progress.push(f)), c.run('k2', job('b'))]);
    expect([title(a), title(b)]).toEqual(['a', 'b']);
    expect(progress).toEqual([0.5]);
    expect(created.length).toBe(1);
    expect(c.busy).toBe(false);
  });

  it('cancel stops a job that never yields, and the next job runs in a fresh worker', async () => {
    const c = make();
    const hung = c.run('k1', job('hang'));
    await new Promise((r) => setTimeout(r, 50));
    expect(c.pendingKeys()).toEqual(['k1']);
    c.cancel((k) => k === 'k1');
    expect(await hung).toEqual({ kind: 'cancelled' });
    const next = await c.run('k1', job('after'));
    expect(title(next)).toBe('after');
    expect(created.length).toBe(2);
  });

  it('a newer job with the same key supersedes the queued and the running one', async () => {
    const c = make();
    const running = c.run('k', job('hang'));
    const other = c.run('other', job('x'));
    const queuedSame = c.run('k', job('hang'));
    const newest = c.run('k', job('new'));
    expect(await running).toEqual({ kind: 'superseded' });
    expect(await queuedSame).toEqual({ kind: 'superseded' });
    expect(title(await other)).toBe('x');
    expect(title(await newest)).toBe('new');
  });

  it('a crashing worker fails its job with a message and the client recovers', async () => {
    const c = make();
    const crashed = await c.run('k', job('crash'));
    expect(crashed.kind).toBe('failed');
    if (crashed.kind === 'failed') expect(crashed.message).toMatch(/exited \(code 3\)/);
    expect(title(await c.run('k', job('ok')))).toBe('ok');
  });

  it('a malformed reply fails the job instead of leaving it waiting', async () => {
    const c = make();
    expect(await c.run('k', job('garbage'))).toEqual({ kind: 'failed', message: 'the run worker sent a malformed result' });
  });

  it('dispose cancels everything and later runs resolve as cancelled', async () => {
    const c = make();
    const hung = c.run('a', job('hang'));
    const queued = c.run('b', job('x'));
    c.dispose();
    expect(await hung).toEqual({ kind: 'cancelled' });
    expect(await queued).toEqual({ kind: 'cancelled' });
    expect(await c.run('c', job('x'))).toEqual({ kind: 'cancelled' });
  });
});
