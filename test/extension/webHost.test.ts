/**
 * The web host's pieces outside a browser: WebThread drives a stand-in for a
 * browser Worker — a Node worker thread that gives the real web bundles
 * (dist/web/worker.js, dist/web/scan-worker.js) a Web Worker's
 * `onmessage`/`postMessage` and nothing of Node's — through the same clients
 * the desktop uses; the timer-drift monitor's figures; base64 without Buffer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { scaled } from '../support/timing';
import { findMath } from '../../src/core/formula/find/findMath';
import { handleRunRequest } from '../../src/extension/worker/runJob';
import { RunWorkerClient } from '../../src/extension/worker/workerClient';
import { ScanClient } from '../../src/extension/scanWorker/scanClient';
import { WorkspaceCheckClient } from '../../src/extension/diagnostics/workspace/checkClient';
import { checkNoteProblems } from '../../src/shared/noteCheck';
import { WebThread, type BrowserWorker } from '../../src/extension/web/webThread';
import { TimerDriftMonitor } from '../../src/extension/responsiveness/timerDriftMonitor';
import { base64ToBytes, bytesToBase64 } from '../../src/extension/base64';

const webBundle = (name: string) => {
  const file = path.join(__dirname, '../../dist/web', name);
  if (!fs.existsSync(file)) throw new Error('build first: npm run build');
  return file;
};

/**
 * Runs `script` in a thread whose globals are a Web Worker's as far as the bundles use them: the
 * thread's `require`, `process` and `Buffer` are hidden from the script, which gets `onmessage`,
 * `postMessage` and a `navigator` on globalThis.
 */
const AS_WEB_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const source = require('node:fs').readFileSync(workerData.script, 'utf8');
globalThis.postMessage = (m) => parentPort.postMessage(m);
// A Web Worker has a navigator (Node 20 has none); libraries look at it to sniff the platform.
if (typeof navigator === 'undefined') globalThis.navigator = { userAgent: 'Mozilla/5.0 (a Web Worker)', hardwareConcurrency: 2 };
parentPort.on('message', (data) => globalThis.onmessage && globalThis.onmessage({ data }));
new Function('require', 'process', 'Buffer', '__filename', '__dirname', source)();
`;

const started: Worker[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((w) => w.terminate()));
});

/** A BrowserWorker backed by a thread running `script` as a Web Worker would. */
function browserWorker(script: string): BrowserWorker {
  const thread = new Worker(AS_WEB_WORKER, { eval: true, workerData: { script } });
  started.push(thread);
  const worker: BrowserWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => thread.postMessage(m),
    terminate: () => void thread.terminate(),
  };
  thread.on('message', (data: unknown) => worker.onmessage?.({ data }));
  thread.on('error', (err: Error) => worker.onerror?.({ message: err.message }));
  return worker;
}

const NOTE = ['# Web', '', '```gradexp', 'experiment: power', 'base: [1.5, 0.8]', 'n: 40', 'dtype: fp16', '```', '', 'So $0.9^{50} \\approx 0.05$.', ''].join('\n');

describe('WebThread with the real web bundles', () => {
  it('runs a block through RunWorkerClient as the desktop worker does, messages queued until the script is there', async () => {
    let provide: (url: string) => void = () => undefined;
    const url = new Promise<string>((resolve) => (provide = resolve));
    const client = new RunWorkerClient(() => new WebThread(url, browserWorker));
    const outcome = client.run('k', { note: NOTE, blockIndex: 0, weights: {}, budget: 5e10 });
    provide(webBundle('worker.js')); // after the job was posted
    const result = await outcome;
    client.dispose();
    expect(result.kind).toBe('done');
    if (result.kind !== 'done') return;
    const reference = await handleRunRequest({ type: 'run', jobId: 1, note: NOTE, blockIndex: 0, weights: {}, budget: 5e10 }, () => undefined);
    if (reference.type !== 'done') throw new Error('in-process run failed');
    expect(result.run.series).toEqual(reference.run.series);
    expect(result.svg).toContain('<svg');
  }, scaled(120_000));

  it('Cancel terminates the Web Worker; the next job gets a fresh one', async () => {
    const made: BrowserWorker[] = [];
    const terminated: BrowserWorker[] = [];
    const client = new RunWorkerClient(
      () =>
        new WebThread(Promise.resolve(webBundle('worker.js')), (u) => {
          const w = browserWorker(u);
          const terminate = w.terminate;
          w.terminate = () => (terminated.push(w), terminate());
          made.push(w);
          return w;
        }),
    );
    // About a second of work, under the memory cap: a block over the cap is refused at once, 'done'
    // before the cancel on a quick machine (depth 400 was, 1.3e8 numbers against 6e7).
    const long = ['```gradexp', 'experiment: mlp', 'depth: 100', 'width: 512', 'batch: 64', '```', ''].join('\n');
    const cancelled = client.run('a', { note: long, blockIndex: 0, weights: {}, budget: 5e10 });
    await new Promise((r) => setTimeout(r, 50));
    client.cancel();
    expect((await cancelled).kind).toBe('cancelled');
    const next = await client.run('b', { note: NOTE, blockIndex: 0, weights: {}, budget: 5e10 });
    client.dispose();
    expect(next.kind).toBe('done');
    expect(made.length).toBe(2);
    expect(terminated).toContain(made[0]);
  }, scaled(120_000));

  it('a script that cannot be had fails the job with the reason, never hangs', async () => {
    const client = new RunWorkerClient(() => new WebThread(Promise.reject(new Error('fetch failed: 404')), browserWorker));
    const outcome = await client.run('k', { note: NOTE, blockIndex: 0, weights: {}, budget: 5e10 });
    client.dispose();
    expect(outcome).toEqual({ kind: 'failed', message: 'the run worker failed: fetch failed: 404' });
  });

  it('the web scan worker finds the formulas the host finds', async () => {
    const client = new ScanClient(() => new WebThread(Promise.resolve(webBundle('scan-worker.js')), browserWorker), {
      findMath: () => Promise.reject(new Error('scanned on the host')),
      findBlocks: () => Promise.reject(new Error('scanned on the host')),
    });
    const spans = await client.findMath(NOTE);
    client.dispose();
    expect(spans).toEqual(findMath(NOTE));
    expect(spans.length).toBe(1);
  }, scaled(60_000));

  it('the web workspace check worker lists the problems checkNoteProblems lists', async () => {
    const client = new WorkspaceCheckClient(() => new WebThread(Promise.resolve(webBundle('workspace-check-worker.js')), browserWorker));
    const result = await client.check(NOTE, 5);
    client.dispose();
    expect(result).toEqual(await checkNoteProblems(NOTE, 5));
    expect(result.counts.fails).toBe(1); // 0.9^50 = 0.0051538, not ≈ 0.05
  }, scaled(120_000));

  it('terminated before its script arrives, it never starts a worker', async () => {
    let created = 0;
    let provide: (url: string) => void = () => undefined;
    const thread = new WebThread(new Promise<string>((resolve) => (provide = resolve)), (u) => (created++, browserWorker(u)));
    thread.postMessage('lost');
    await thread.terminate();
    provide(webBundle('worker.js'));
    await new Promise((r) => setTimeout(r, 10));
    expect(created).toBe(0);
  });
});

describe('TimerDriftMonitor', () => {
  it('reports the delays it recorded: min, median, p99, max, mean; forgets them on reset', () => {
    const monitor = new TimerDriftMonitor(10, () => 0);
    monitor.dispose(); // the figures below are only those recorded by hand
    // 98 ticks on time or 1 ms late (60 and 38), one 40 ms late, one held 1,234.5 ms.
    for (let i = 0; i < 98; i++) monitor.record(i < 60 ? 0 : 1);
    monitor.record(40);
    monitor.record(1234.5);
    const s = monitor.stats();
    expect(s.samples).toBe(100);
    expect([s.minMs, s.medianMs, s.p99Ms, s.maxMs]).toEqual([0, 0, 40, 1234.5]);
    expect(s.meanMs).toBeCloseTo((38 + 40 + 1234.5) / 100, 10);
    expect(s.resolutionMs).toBe(10);
    monitor.reset();
    expect(monitor.stats()).toMatchObject({ samples: 0, maxMs: 0, medianMs: 0, p99Ms: 0 });
  });

  it('sees a real stall of its thread', async () => {
    const monitor = new TimerDriftMonitor(10);
    await new Promise((r) => setTimeout(r, 30));
    const end = performance.now() + 200;
    while (performance.now() < end);
    await new Promise((r) => setTimeout(r, 30));
    const { maxMs } = monitor.stats();
    monitor.dispose();
    expect(maxMs).toBeGreaterThanOrEqual(150);
  });
});

describe('base64 without Buffer', () => {
  it('round-trips every byte value and long inputs, as Buffer encodes them', () => {
    const bytes = Uint8Array.from({ length: 100_003 }, (_, i) => (i * 7919) % 256);
    const text = bytesToBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64ToBytes(text)).toEqual(bytes);
    expect(bytesToBase64(new Uint8Array())).toBe('');
    expect(() => base64ToBytes('not base64!')).toThrow();
  });
});
