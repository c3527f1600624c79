/**
 * This thread's CPU time on Linux, for the formula checker's budgets
 * (src/core/formula/deadline.ts): the first field of /proc/thread-self/schedstat,
 * the nanoseconds the kernel ran this thread. `/proc/thread-self` is the thread
 * that opens it, so each worker thread opens its own (a module instance per
 * thread); the file stays open and is read again at offset 0, about 5 µs.
 * Node 20 has no `process.threadCpuUsage`, and `process.cpuUsage` adds every
 * thread of the process (the other check workers, the garbage collector's).
 * Elsewhere (macOS, Windows, no /proc) it reads nothing and budgets stay wall time.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { useCpuClock, type CpuClock } from '../core/api/budgets';

const SCHEDSTAT = '/proc/thread-self/schedstat';

/** A reader of the calling thread's CPU ms, or undefined when /proc cannot give it. */
export function threadCpuClock(): CpuClock | undefined {
  if (process.platform !== 'linux') return undefined;
  let fd: number;
  try {
    fd = openSync(SCHEDSTAT, 'r');
  } catch {
    return undefined;
  }
  const buffer = Buffer.alloc(96);
  const read: CpuClock = () => {
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    const space = buffer.indexOf(32);
    const ns = Number(buffer.toString('latin1', 0, space > 0 && space < length ? space : length));
    return Number.isFinite(ns) ? ns / 1e6 : undefined;
  };
  try {
    if (read() !== undefined) return read;
  } catch {
    // fall through: no usable clock
  }
  closeSync(fd);
  return undefined;
}

/** Counts the calling thread's formula budgets in its CPU time where /proc gives it (call once per thread, at its entry point). */
export function countBudgetsInThreadCpu(): void {
  useCpuClock(threadCpuClock());
}
