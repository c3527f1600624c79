/** The event-loop monitor sees a stall of the thread, forgets it on reset, and its report file is whole JSON. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { EventLoopMonitor, formatEventLoopReport } from '../../src/extension/responsiveness/eventLoopMonitor';
import { writeReportFile } from '../../src/extension/responsiveness/reportFile';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Holds the thread for `ms`, as a long synchronous parse would. */
function busyFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('EventLoopMonitor', () => {
  it('reports a 300 ms stall as a max delay of at least 300 ms less the resolution, and forgets it after reset', async () => {
    // Long enough that a loaded machine's scheduling delays (tens of ms) cannot be mistaken for it.
    const STALL_MS = 300;
    const monitor = new EventLoopMonitor(10);
    try {
      await sleep(50);
      busyFor(STALL_MS);
      await sleep(50);
      const stalled = monitor.stats();
      // A stall of S reads between S − resolution and S (the sample includes the timer's own interval); a busy machine only adds.
      expect(stalled.maxMs).toBeGreaterThanOrEqual(STALL_MS - 10 - 1);
      expectDuration(`max delay seen for a ${STALL_MS} ms stall`, stalled.maxMs, 5_000);
      expect(stalled.medianMs).toBeLessThan(stalled.maxMs);
      expect(stalled.samples).toBeGreaterThan(3);

      monitor.reset();
      await sleep(80);
      const calm = monitor.stats();
      // The stall is forgotten: what is left is the calm window's own delays.
      expect(calm.maxMs).toBeLessThan(STALL_MS - 50);
      expect(Date.parse(calm.since)).toBeGreaterThanOrEqual(Date.parse(stalled.since));
      expect(calm.elapsedMs).toBeLessThan(stalled.elapsedMs + 80);
    } finally {
      monitor.dispose();
    }
  });

  it('reports zeros, not NaN or huge numbers, before any sample', () => {
    const monitor = new EventLoopMonitor(10);
    try {
      const s = monitor.stats();
      expect(s.samples).toBe(0);
      expect([s.minMs, s.medianMs, s.p99Ms, s.maxMs, s.meanMs]).toEqual([0, 0, 0, 0, 0]);
    } finally {
      monitor.dispose();
    }
  });

  it('formats every figure for the Output channel', () => {
    const line = formatEventLoopReport({
      since: '2026-01-01T00:00:00.000Z',
      elapsedMs: 12_345,
      samples: 1200,
      minMs: 0,
      medianMs: 0.4,
      p99Ms: 12.25,
      maxMs: 48.04,
      meanMs: 0.9,
      resolutionMs: 10,
    });
    expect(line).toContain('over 12.3 s');
    expect(line).toContain('1200 samples every 10 ms');
    expect(line).toMatch(/median 0\.4 ms, p99 12\.3 ms, max 48\.0 ms/);
  });
});

describe('writeReportFile', () => {
  it('writes the stats as JSON and logs (not throws) when the folder does not exist', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gradexp-eld-'));
    const stats = { since: 'x', elapsedMs: 1, samples: 2, minMs: 0, medianMs: 1, p99Ms: 2, maxMs: 3, meanMs: 1, resolutionMs: 10 };
    const file = path.join(dir, 'report.json');
    const logs: string[] = [];
    writeReportFile(file, { ...stats, reason: 'report' }, (l) => logs.push(l));
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ ...stats, reason: 'report' });
    writeReportFile(path.join(dir, 'missing', 'report.json'), { ...stats, reason: 'reset' }, (l) => logs.push(l));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('could not write the responsiveness report');
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
