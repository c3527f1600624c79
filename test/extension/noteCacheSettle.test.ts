/**
 * NoteParseCache.settle: the parse the lenses, hovers and autoRun wait for is
 * the same as the one-go parse, done in slices that let the event loop run in
 * between, shared by concurrent callers, and kept even when an edit overtakes
 * it (the next version's parse reuses its blocks).
 */
import type * as vscode from 'vscode';
import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { findBlocks } from '../../src/core/blocks/findBlocks';
import { BLOCKS_OFF_THREAD_CHARS, NoteParseCache } from '../../src/extension/notes/parseCache';
import { analyzeBlocks } from '../../src/shared/noteParse';
import { SLICE_MS } from '../../src/threads/slices';
import { longestEventLoopHold } from '../support/eventLoop';
import { asDoc, fakeDoc } from '../support/fakeTextDocument';

const block = (i: number) => `\`\`\`gradexp\ntitle: P ${i}\nexperiment: power\nbase: [1.1, 0.9]\nn: ${10 + (i % 7)}\n\`\`\`\n`;
const note = (n: number) => Array.from({ length: n }, (_, i) => `## ${i}\n\nProse $${i}^2$.\n\n${block(i)}`).join('\n');
const unlimited = () => ({ maxChars: 1e8, maxBlocks: 1e6 });

describe('NoteParseCache.settle', () => {
  it('gives the one-go parse, in slices: a 900-block note never holds the event loop for its whole parse', async () => {
    const text = note(900);
    const oneGo = (() => {
      const t = performance.now();
      const parse = analyzeBlocks(text);
      return { parse, ms: performance.now() - t };
    })();
    const cache = new NoteParseCache(unlimited);
    const doc = fakeDoc('file:///long.md', text);
    let settled: unknown;
    const held = await longestEventLoopHold(async () => {
      settled = await cache.settle(asDoc(doc));
    });
    expect(settled).toEqual(oneGo.parse);
    // The longest hold is one slice plus finding the fences (one markdown-it pass), not the parse of 900 blocks.
    console.log(`settle: 900 blocks, one-go parse ${oneGo.ms.toFixed(0)} ms`);
    expectDuration('longest hold while settling 900 blocks', held, oneGo.ms + 5_000); // gross; the figure is what tells
    // And then it is a cache hit: the same object, the text not read again.
    const reads = doc.reads;
    expect(cache.get(asDoc(doc))).toBe(settled);
    expect(await cache.settle(asDoc(doc))).toBe(settled);
    expect(doc.reads).toBe(reads);
  });

  it('takes the blocks of a long note found off the host (the scan worker), once per version, and parses them to the same result', async () => {
    const notes: string[] = [];
    const cache = new NoteParseCache(unlimited, undefined, async (text) => {
      notes.push(text);
      return findBlocks(text);
    });
    const long = (n: number) => `${note(n)}\n\n${'Prose. '.repeat(BLOCKS_OFF_THREAD_CHARS / 7)}\n`;
    const doc = fakeDoc('file:///scanned.md', long(300));
    const [a, b] = await Promise.all([cache.settle(asDoc(doc)), cache.settle(asDoc(doc))]);
    expect(a).toBe(b);
    expect(a).toEqual(analyzeBlocks(doc.text));
    expect(notes).toEqual([doc.text]);
    // The next version asks again, with its own text.
    doc.version = 2;
    doc.text = long(301);
    expect(await cache.settle(asDoc(doc))).toEqual(analyzeBlocks(doc.text));
    expect(notes).toEqual([long(300), long(301)]);
    // A short note finds its fences on this thread: a few milliseconds, less than the round trip.
    const short = fakeDoc('file:///short.md', note(300));
    expect(await cache.settle(asDoc(short))).toEqual(analyzeBlocks(short.text));
    expect(notes).toHaveLength(2);
  });

  it('yields to the event loop between slices', async () => {
    const cache = new NoteParseCache(unlimited);
    let turns = 0;
    let done = false;
    const ticking = (async () => {
      while (!done) {
        await new Promise<void>((r) => setImmediate(r));
        turns++;
      }
    })();
    // The work is counted in CPU time: on a busy machine the wall time also holds the waits for a core
    // (between slices as well as in them), which are no slices' work.
    const cpuBefore = process.cpuUsage();
    await cache.settle(asDoc(fakeDoc('file:///turns.md', note(900))));
    const cpu = process.cpuUsage(cpuBefore);
    const ms = (cpu.user + cpu.system) / 1000;
    done = true;
    await ticking;
    // At least one turn per full slice of work.
    expect(turns).toBeGreaterThanOrEqual(Math.floor(ms / SLICE_MS / 2));
    expect(turns).toBeGreaterThan(1);
  });

  it('shares one parse among callers of the same version, and get() meanwhile gives the same blocks', async () => {
    const cache = new NoteParseCache(unlimited);
    const doc = fakeDoc('file:///shared.md', note(200));
    const a = cache.settle(asDoc(doc));
    const reads = doc.reads;
    const b = cache.settle(asDoc(doc));
    expect(doc.reads).toBe(reads); // the second caller waits for the first's parse
    const now = cache.get(asDoc(doc)); // a synchronous caller does not wait: it parses at once
    const [pa, pb] = await Promise.all([a, b]);
    expect(pa).toBe(pb);
    expect(pa).toEqual(now);
  });

  it('finishes and keeps a parse an edit overtook; the new version reuses its blocks', async () => {
    const cache = new NoteParseCache(unlimited);
    const doc = fakeDoc('file:///edited.md', note(300));
    const first = cache.settle(asDoc(doc));
    doc.version = 2;
    doc.text = doc.text.replace('title: P 150', 'title: P one-fifty');
    const second = cache.settle(asDoc(doc));
    const [v1, v2] = await Promise.all([first, second]);
    expect(v2).toEqual(analyzeBlocks(doc.text));
    expect(v1.infos[150]!.title).toBe('P 150');
    expect(v2.infos[150]!.title).toBe('P one-fifty');
    // The later version is what the cache keeps, whichever finished last.
    expect(cache.get(asDoc(doc))).toBe(v2);
    // A third version parsed after the second reuses every block it did not touch.
    doc.version = 3;
    doc.text = doc.text.replace('title: P 7\n', 'title: Q 7\n'); // same length: no block moves
    const v3 = await cache.settle(asDoc(doc));
    expect(v3.parsed.filter((p, i) => p === v2.parsed[i])).toHaveLength(299);
  });

  it('keeps nothing for a note closed while it was being parsed, and settles a refused note to no blocks', async () => {
    const cache = new NoteParseCache(unlimited);
    const doc = fakeDoc('file:///closed.md', note(100));
    const pending = cache.settle(asDoc(doc));
    doc.isClosed = true;
    cache.forget(doc.uri as unknown as vscode.Uri);
    const settled = await pending;
    expect(settled.parsed).toHaveLength(100);
    doc.isClosed = false;
    const again = cache.get(asDoc(doc)); // parsed afresh: nothing was kept
    expect(again).toEqual(settled);
    expect(again).not.toBe(settled);

    const small = new NoteParseCache(() => ({ maxChars: 1e6, maxBlocks: 3 }));
    expect((await small.settle(asDoc(fakeDoc('file:///many.md', note(4))))).parsed).toEqual([]);
  });
});
