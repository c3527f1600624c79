/**
 * The scan worker finds the same formula spans and gradexp blocks as the host
 * would, off the host's thread (the real dist/scan-worker.js); and whatever
 * goes wrong with it — it cannot start, it dies, it answers garbage — the
 * answers still come, found on the host, with the reason logged.
 */
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { findMath } from '../../src/core/formula/find/findMath';
import type { MathSpan } from '../../src/core/formula/types';
import { MAX_FAILURES, ScanClient } from '../../src/extension/scanWorker/scanClient';
import { isScanRequest } from '../../src/extension/scanWorker/protocol';
import { longestEventLoopHold } from '../support/eventLoop';

const bundle = path.join(__dirname, '../../dist/scan-worker.js');
const NOTE = ['# Growth', '', 'We have $1.5^{100} \\approx 4 \\times 10^{17}$ and', '', '$$', '\\frac{1}{1+e^{-x}}', '$$', '', '> quoted $x^2$'].join('\n');
const bigNote = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i}: $${i}^2 = ${i * i}$ and $$${i} + 1$$ and \`$not$\`.`).join('\n\n');

/** Blocks in every container and state findBlocks knows: lists, quotes, ~~~, unclosed. */
const BLOCKS_NOTE = [
  '# Blocks', '', '```gradexp', 'n: 3', '```', '', '- item', '  ```gradexp', '  experiment: power', '  ```', '',
  '> ```gradexp', '> dept: 3', '> ```', '', '~~~gradexp extra', 'x: 1', '~~~', '', '```gradexp', 'unclosed: true',
].join('\n');

const clients: ScanClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));

/** A client of `createWorker`; `f.find` is its findMath. Counts what the host had to scan itself. */
function finder(createWorker: () => Worker, logged: string[] = []) {
  let onHost = 0;
  const client = new ScanClient(
    createWorker,
    {
      findMath: async (note) => {
        onHost++;
        return findMath(note);
      },
      findBlocks: async (note) => {
        onHost++;
        return findBlocks(note);
      },
    },
    (line) => logged.push(line),
  );
  clients.push(client);
  return { f: { find: (note: string) => client.findMath(note) }, client, logged, onHost: () => onHost };
}

/** A worker stand-in that posts the messages `answer(request)` gives for each request (none: it never answers). */
function fakeWorker(answer: (req: { type: string; id: number; note: string }) => unknown[]) {
  const w = new EventEmitter() as EventEmitter & { postMessage: (m: unknown) => void; unref: () => void; terminate: () => Promise<number> };
  w.postMessage = (m) => {
    if (!isScanRequest(m)) return;
    for (const reply of answer(m)) setImmediate(() => w.emit('message', reply));
  };
  w.unref = () => undefined;
  w.terminate = async () => 0;
  return w;
}

describe('ScanClient with the real worker bundle', () => {
  it('finds exactly the spans findMath finds on the host, for concurrent requests', async () => {
    if (!fs.existsSync(bundle)) throw new Error('build first: npm run build');
    const { f, onHost, logged } = finder(() => new Worker(bundle));
    const notes = [NOTE, bigNote(50), '', 'no math at all', 'unclosed $x'];
    const found = await Promise.all(notes.map((n) => f.find(n)));
    notes.forEach((n, i) => expect(found[i]).toEqual(findMath(n)));
    expect(onHost()).toBe(0);
    expect(logged).toEqual([]);
  });

  it('finds exactly the blocks findBlocks finds on the host, alongside formula requests', async () => {
    const { client, onHost, logged } = finder(() => new Worker(bundle));
    const notes = [BLOCKS_NOTE, NOTE, '', '```gradexp\r\nn: 1\r\n```\r\n', '\uFEFF```gradexp\nn: 2\n```'];
    const [blocks, spans] = await Promise.all([Promise.all(notes.map((n) => client.findBlocks(n))), Promise.all(notes.map((n) => client.findMath(n)))]);
    notes.forEach((n, i) => {
      expect(blocks[i]).toEqual(findBlocks(n));
      expect(spans[i]).toEqual(findMath(n));
    });
    expect(blocks[0]).toHaveLength(5);
    expect(onHost()).toBe(0);
    expect(logged).toEqual([]);
  });

  it('keeps the host free while a large note is searched', async () => {
    const note = bigNote(20_000); // ~1 MB, 40,000 formulas
    const hostStart = performance.now();
    const expected = findMath(note);
    const onHostMs = performance.now() - hostStart;
    const { f } = finder(() => new Worker(bundle));
    let spans: readonly MathSpan[] = [];
    const held = await longestEventLoopHold(async () => {
      spans = await f.find(note);
    });
    expect(spans).toEqual(expected);
    console.log(`findMath of a ${(note.length / 2 ** 20).toFixed(1)} MB note: ${onHostMs.toFixed(0)} ms on the host; through the worker the host was held at most ${held.toFixed(0)} ms`);
    // What is left on the host is posting the note and receiving the spans (structured clone); the bound is gross.
    expectDuration('longest host hold while the worker searched a 1 MB note', held, onHostMs + 5_000);
  });
});

describe('ScanClient when the worker fails', () => {
  it('falls back to the host when the worker cannot start, and does not try again', async () => {
    let starts = 0;
    const { f, onHost, logged } = finder(() => {
      starts++;
      throw new Error('no threads here');
    });
    expect(await f.find(NOTE)).toEqual(findMath(NOTE));
    expect(await f.find(NOTE)).toEqual(findMath(NOTE));
    expect(starts).toBe(1);
    expect(onHost()).toBe(2);
    expect(logged.join('\n')).toContain('could not start the scan worker (no threads here)');
  });

  it('answers pending requests on the host when the worker dies, and gives up on it after repeated deaths', async () => {
    let starts = 0;
    const { f, onHost, logged } = finder(() => {
      starts++;
      const w = fakeWorker(() => []);
      setImmediate(() => w.emit('exit', 1));
      return w as unknown as Worker;
    });
    for (let i = 0; i < MAX_FAILURES + 2; i++) expect(await f.find(NOTE)).toEqual(findMath(NOTE));
    expect(starts).toBe(MAX_FAILURES);
    expect(onHost()).toBe(MAX_FAILURES + 2);
    expect(logged.filter((l) => l.includes('the scan worker exited (code 1)'))).toHaveLength(MAX_FAILURES);
    expect(logged.at(-1)).toContain('notes are scanned on the host from now on');
  });

  it('does not use a reply that is not a list of spans of that note', async () => {
    const good = findMath(NOTE)[0]!;
    const replies: unknown[] = [
      { type: 'spans', spans: [{ ...good, end: NOTE.length + 1 }] },
      { type: 'spans', spans: [{ ...good, line: 0 }] },
      { type: 'spans', spans: [{ ...good, source: 42 }] },
      { type: 'spans', spans: [good, { ...good, start: 0, contentStart: 0 }] },
      { type: 'failed', message: 'boom' },
      { type: 'spans', spans: 'nope' },
    ];
    for (const reply of replies) {
      const { f, onHost, logged } = finder(() => fakeWorker((req) => [{ ...(reply as object), id: req.id }]) as unknown as Worker);
      expect(await f.find(NOTE)).toEqual(findMath(NOTE));
      expect(onHost()).toBe(1);
      expect(logged.join('\n')).toMatch(/the scan worker sent .*; this note is scanned on the host/);
    }
    // Blocks: out of the note, misnumbered, out of order, a bad body line, spans where blocks were asked for.
    const [b0, b1] = findBlocks(BLOCKS_NOTE);
    const blockReplies: unknown[] = [
      { type: 'blocks', blocks: [{ ...b0!, end: BLOCKS_NOTE.length + 1 }] },
      { type: 'blocks', blocks: [{ ...b0!, index: 1 }] },
      { type: 'blocks', blocks: [b1, { ...b0!, index: 1 }] },
      { type: 'blocks', blocks: [{ ...b0!, bodyLines: [{ contentStart: 0, noteStart: 5, pad: 0, lineStart: 9 }] }] },
      { type: 'blocks', blocks: [{ ...b0!, closed: 'yes' }] },
      { type: 'spans', spans: [] },
    ];
    for (const reply of blockReplies) {
      const { client, onHost, logged } = finder(() => fakeWorker((req) => [{ ...(reply as object), id: req.id }]) as unknown as Worker);
      expect(await client.findBlocks(BLOCKS_NOTE)).toEqual(findBlocks(BLOCKS_NOTE));
      expect(onHost()).toBe(1);
      expect(logged.join('\n')).toMatch(/the scan worker sent .*; this note is scanned on the host/);
    }
    // Messages that are no reply to a pending request are ignored (and logged); the request is answered by the real reply after them.
    const { f, onHost, logged } = finder(
      () =>
        fakeWorker((req) => [
          'junk',
          { type: 'spans', id: -1, spans: [] },
          { type: 'spans', id: req.id + 1000, spans: [] },
          { type: 'spans', id: req.id, spans: findMath(req.note) },
        ]) as unknown as Worker,
    );
    expect(await f.find(NOTE)).toEqual(findMath(NOTE));
    expect(onHost()).toBe(0);
    expect(logged).toEqual(Array(3).fill('ignored a malformed or unexpected message from the scan worker'));
  });
});
