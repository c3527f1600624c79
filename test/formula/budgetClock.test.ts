import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { BudgetClock, WALL_CAP, type CpuClock } from '../../src/core/formula/deadline';
import { threadCpuClock } from '../../src/threads/threadCpuClock';

/** A wall clock and a CPU clock the test moves by hand; `reads` counts the CPU readings. */
function fakeClocks(): { wall: () => number; cpu: CpuClock; tick: (wallMs: number, cpuMs: number) => void; reads: () => number } {
  let wall = 1_000_000;
  let cpu = 5_000;
  let reads = 0;
  return {
    wall: () => wall,
    cpu: () => {
      reads++;
      return cpu;
    },
    tick: (wallMs, cpuMs) => {
      wall += wallMs;
      cpu += cpuMs;
    },
    reads: () => reads,
  };
}

describe('BudgetClock: per-formula budgets counted in the thread’s CPU time', () => {
  it('ends a budget at its wall deadline when the thread had the whole core', () => {
    const c = fakeClocks();
    const clock = new BudgetClock(c.wall, c.cpu);
    const deadline = clock.deadline(250);
    c.tick(250, 250);
    expect(clock.past(deadline)).toBe(false);
    c.tick(1, 1);
    expect(clock.past(deadline)).toBe(true);
    expect(clock.deadlinesPassed()).toBe(1);
  });

  it('moves the wall deadline on while the CPU spent is below the budget, reading the CPU only when it passes', () => {
    const c = fakeClocks();
    const clock = new BudgetClock(c.wall, c.cpu);
    const deadline = clock.deadline(100);
    const atStart = c.reads();
    // A quarter of a core: after 101 ms of wall time 25 ms of CPU were spent, 75 left.
    c.tick(101, 25);
    expect(clock.past(deadline)).toBe(false);
    expect(c.reads()).toBe(atStart + 1);
    // The hot test before the moved deadline reads no CPU.
    c.tick(70, 17);
    expect(clock.past(deadline)).toBe(false);
    expect(c.reads()).toBe(atStart + 1);
    // Past the moved deadline (176 ms), 45 ms of CPU spent: moved on again.
    c.tick(10, 3);
    expect(clock.past(deadline)).toBe(false);
    expect(clock.deadlinesPassed()).toBe(0);
    // 100 ms of CPU spent in all: the budget has ended.
    c.tick(300, 55);
    expect(clock.past(deadline)).toBe(true);
    expect(clock.deadlinesPassed()).toBe(1);
    // Once ended it stays ended, without reading the CPU again.
    const reads = c.reads();
    expect(clock.past(deadline)).toBe(true);
    expect(c.reads()).toBe(reads);
  });

  it('ends a starved budget WALL_CAP times its length after it began, whatever CPU it got', () => {
    const c = fakeClocks();
    const clock = new BudgetClock(c.wall, c.cpu);
    const deadline = clock.deadline(50);
    for (let t = 0; t < WALL_CAP * 50 - 10; t += 10) {
      c.tick(10, 0.1);
      expect(clock.past(deadline)).toBe(false);
    }
    c.tick(11, 0.1);
    expect(clock.past(deadline)).toBe(true);
  });

  it('counts the CPU left in a budget (a fair share of what is left: analyze.ts fairShare)', () => {
    const c = fakeClocks();
    const clock = new BudgetClock(c.wall, c.cpu);
    const deadline = clock.deadline(200);
    c.tick(300, 80);
    expect(clock.left(deadline)).toBe(120);
    const share = clock.deadline(clock.left(deadline) / 2);
    c.tick(100, 59);
    expect(clock.past(share)).toBe(false);
    c.tick(2, 2);
    expect(clock.past(share)).toBe(true);
  });

  it('keeps two budgets that end in the same ms apart', () => {
    const c = fakeClocks();
    const clock = new BudgetClock(c.wall, c.cpu);
    const long = clock.deadline(100);
    c.tick(50, 20);
    const short = clock.deadline(50);
    expect(Math.floor(short)).toBe(Math.floor(long));
    // Half a core from here on: the short budget has spent 30 of its 50 ms, the long one 50 of its 100.
    c.tick(60, 30);
    expect(clock.past(short)).toBe(false);
    expect(clock.past(long)).toBe(false);
    c.tick(41, 21);
    expect(clock.past(short)).toBe(true);
    expect(clock.past(long)).toBe(false);
  });

  it('is wall time without a CPU clock (the browser, Obsidian) or when the clock reads nothing', () => {
    for (const cpu of [undefined, () => undefined, () => { throw new Error('no /proc'); }]) {
      const c = fakeClocks();
      const clock = new BudgetClock(c.wall, cpu as CpuClock | undefined);
      const deadline = clock.deadline(100);
      expect(clock.countsCpu()).toBe(false);
      c.tick(100, 0);
      expect(clock.past(deadline)).toBe(false);
      c.tick(1, 0);
      expect(clock.past(deadline)).toBe(true);
      expect(clock.left(deadline)).toBe(-1);
    }
  });

  it('treats a deadline it did not make (a test’s Date.now() + ms) as wall time', () => {
    const c = fakeClocks();
    const clock = new BudgetClock(c.wall, c.cpu);
    const deadline = c.wall() + 20;
    c.tick(21, 1);
    expect(clock.past(deadline)).toBe(true);
  });
});

/** Spins for `wallMs` of wall time, reading this thread's CPU clock before and after. */
function spin(wallMs: number): { cpuMs: number; wallMs: number } {
  const cpu = threadCpuClock()!;
  const [c0, w0] = [cpu()!, Date.now()];
  while (Date.now() - w0 < wallMs) {
    // busy
  }
  return { cpuMs: cpu()! - c0, wallMs: Date.now() - w0 };
}

describe.runIf(process.platform === 'linux')('threadCpuClock: this thread’s CPU time from /proc/thread-self', () => {
  it('counts a busy loop of this thread, at most its wall time', () => {
    const { cpuMs, wallMs } = spin(150);
    expect(cpuMs).toBeGreaterThan(0);
    expect(cpuMs).toBeLessThanOrEqual(wallMs + 10);
  });

  it('a real budget counts this thread’s CPU: a busy loop runs until its CPU, not its wall time, reaches the budget', () => {
    const cpu = threadCpuClock()!;
    const clock = new BudgetClock(Date.now, cpu);
    expect(clock.countsCpu()).toBe(true);
    const [c0, w0] = [cpu()!, Date.now()];
    const deadline = clock.deadline(60);
    let steps = 0;
    while (!clock.past(deadline)) steps++;
    const [spent, wall] = [cpu()! - c0, Date.now() - w0];
    expect(steps).toBeGreaterThan(0);
    // The kernel updates a running thread's runtime at its ticks: a few ms late at most. Only a thread starved
    // below 1/WALL_CAP of a core is stopped by the wall cap before.
    expect(spent >= 55 || wall >= WALL_CAP * 60).toBe(true);
    expect(spent).toBeLessThan(60 + 30);
  });

  it('counts only the thread that reads it: a worker spinning for 100 ms of its CPU beside a waiting main thread', async () => {
    const before = threadCpuClock()!()!;
    const workerCpu = await new Promise<number>((resolve, reject) => {
      const worker = new Worker(
        `const { openSync, readSync } = require('node:fs');
         const fd = openSync('/proc/thread-self/schedstat', 'r'); const b = Buffer.alloc(96);
         const cpu = () => Number(b.toString('latin1', 0, readSync(fd, b, 0, 96, 0)).split(' ')[0]) / 1e6;
         const c0 = cpu(); while (cpu() - c0 < 100) {}
         require('node:worker_threads').parentPort.postMessage(cpu() - c0);`,
        { eval: true },
      );
      worker.once('message', (ms: number) => void worker.terminate().then(() => resolve(ms)));
      worker.once('error', reject);
    });
    const mainCpu = threadCpuClock()!()! - before;
    expect(workerCpu).toBeGreaterThanOrEqual(100);
    // The main thread waited: it spent less than the worker's busy loop did.
    expect(mainCpu).toBeLessThan(workerCpu);
  });
});
