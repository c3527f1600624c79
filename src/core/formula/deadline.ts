/**
 * The budget clock: every per-formula time budget of the checker is made here
 * (`budgetDeadline`) and tested here (`pastDeadline`).
 *
 * A budget counts the CPU time of the thread that does the work, not the wall
 * clock: on a busy machine (CI, the machines where held-out corpora are scored)
 * this thread gets a fraction of a core, and a wall-clock budget ran out after
 * a fraction of the work — the verdicts then depended on the machine's load.
 * A verdict must not: a user, CI and a scorer must see the same ones.
 *
 * Reading a thread's CPU time costs a system call (about 5 µs), too much for the
 * test `interpret` makes every 1,024 steps. So a deadline is still a wall-clock
 * time (ms since the epoch, `Date.now()` + the budget) and the hot test stays
 * one comparison with `Date.now()`. Only when that wall deadline has passed is
 * the CPU time read: while the CPU spent since the budget began is below the
 * budget, the wall deadline moves on by what is left. A budget that had the
 * whole core ends at its wall deadline after one read; one that had a fifth of
 * it is read a dozen times or so as the rest shrinks.
 *
 * A starved thread must not hang an editor: each budget also ends WALL_CAP
 * times its length after it began, whatever CPU it got.
 *
 * Where no CPU clock is given (browsers, VS Code for the Web, Obsidian, tests
 * that do not set one) budgets are wall time, as before. The core imports no
 * Node module: the Node entry points hand in the thread's CPU clock
 * (`useCpuClock`, src/threads/threadCpuClock.ts reads /proc/thread-self).
 * The note-wide budget (noteBudget.ts, `--max-seconds`) is how long the user
 * waits: it stays wall time and is not made here.
 *
 * The clock also counts the times it found a deadline past, so that a report
 * can tell whether time cut anything short (analyze.ts, cutShort): a report
 * that merely finished late, every step done, stands.
 */

/**
 * A budget ends at the latest this many times its length after it began, in
 * wall time, however little CPU its thread got: a 250 ms formula budget waits
 * at most 2 s for a starved thread. At a load of 15 on 2 cores a thread still
 * gets about 1/8 of a core, so the cap rarely ends a budget its CPU would not.
 */
export const WALL_CAP = 8;

/** A thread's CPU time in ms (any origin, only differences count), or undefined when it cannot be read. */
export type CpuClock = () => number | undefined;

/** A budget whose end is counted in CPU time. */
interface CpuBudget {
  /** The budget, in ms of CPU. */
  readonly ms: number;
  /** The thread's CPU time when it began. */
  readonly startCpu: number;
  /** Wall time after which it has ended, whatever CPU it got. */
  readonly cap: number;
  /** Wall time until which it has not ended (moved on after each CPU reading). */
  until: number;
}

/** Budgets kept before the ones whose wall cap has passed are forgotten (a forgotten budget has ended). */
const KEPT_BUDGETS = 256;
/** Budgets kept at most: past this, the oldest are forgotten (they then end at their wall deadline). */
const MOST_BUDGETS = 8_192;

/** Budgets measured on one thread: `wall` in ms since the epoch, `cpu` this thread's CPU time in ms (none: wall time). */
export class BudgetClock {
  private readonly budgets = new Map<number, CpuBudget>();
  private pruneAt = KEPT_BUDGETS;
  /** The last CPU reading and the wall ms it was made in: budgets begun in the same ms share it. */
  private lastWall = Number.NaN;
  private lastCpu = 0;
  private passed = 0;

  constructor(
    private readonly wall: () => number,
    private cpu?: CpuClock,
  ) {}

  /** Count budgets begun from now on in `cpu` time (undefined: wall time). */
  useCpu(cpu: CpuClock | undefined): void {
    this.cpu = cpu;
    this.budgets.clear();
    this.lastWall = Number.NaN;
  }

  /** Whether budgets count CPU time (a CPU clock is set and could be read). */
  countsCpu(): boolean {
    return this.cpu !== undefined && this.readCpu() !== undefined;
  }

  /** The deadline of a budget of `ms` beginning now: a wall time, moved on by `past` while the budget's CPU lasts. */
  deadline(ms: number): number {
    const now = this.wall();
    let deadline = now + ms;
    if (!this.cpu || !(ms > 0) || !Number.isFinite(ms)) return deadline;
    const startCpu = this.recentCpu(now);
    if (startCpu === undefined) return deadline;
    // Budgets begun in the same ms with the same length are one; two others ending in the same ms each keep their own
    // start (a fraction of a ms later is the same deadline to `Date.now()`).
    for (let same = this.budgets.get(deadline); same; same = this.budgets.get(deadline)) {
      if (same.ms === ms && same.startCpu === startCpu) return deadline;
      deadline += 1 / 1024;
    }
    if (this.budgets.size >= this.pruneAt) this.prune(now);
    this.budgets.set(deadline, { ms, startCpu, cap: now + WALL_CAP * ms, until: deadline });
    return deadline;
  }

  /** Whether the budget of `deadline` has ended; each time it has is counted. */
  past(deadline: number): boolean {
    const now = this.wall();
    if (now <= deadline) return false;
    const budget = this.budgets.get(deadline);
    if (budget && now <= budget.until) return false;
    if (budget && this.extended(budget, now)) return false;
    this.budgets.delete(deadline);
    this.passed++;
    return true;
  }

  /** The ms of the budget of `deadline` not yet spent (CPU ms when it counts CPU); negative once overrun. */
  left(deadline: number): number {
    const now = this.wall();
    const budget = this.budgets.get(deadline);
    if (!budget) return deadline - now;
    const cpu = this.recentCpu(now);
    if (cpu === undefined) return deadline - now;
    return Math.min(budget.ms - (cpu - budget.startCpu), budget.cap - now);
  }

  /** How many times a deadline was found past so far (compare two readings around a computation). */
  deadlinesPassed(): number {
    return this.passed;
  }

  /** Moves the wall deadline of `budget`, found past at `now`, on by the CPU it has left; false when it has none. */
  private extended(budget: CpuBudget, now: number): boolean {
    if (now >= budget.cap) return false;
    const cpu = this.readCpu();
    if (cpu === undefined) return false;
    const left = budget.ms - (cpu - budget.startCpu);
    if (!(left > 0)) return false;
    budget.until = Math.min(now + left, budget.cap);
    return true;
  }

  /**
   * The CPU time at wall ms `now`, the last reading reused when it was made in the same ms: budgets begun
   * (and shares taken, analyze.ts fairShare) in one ms cost one reading, and count at most 1 ms of CPU too many.
   */
  private recentCpu(now: number): number | undefined {
    return now === this.lastWall ? this.lastCpu : this.readCpu();
  }

  private readCpu(): number | undefined {
    let cpu: number | undefined;
    try {
      cpu = this.cpu?.();
    } catch {
      cpu = undefined;
    }
    if (cpu === undefined || !Number.isFinite(cpu)) return undefined;
    this.lastWall = this.wall();
    this.lastCpu = cpu;
    return cpu;
  }

  /** Forgets the budgets whose wall cap has passed: each has ended, as its wall deadline (long past) says without it. */
  private prune(now: number): void {
    for (const [deadline, budget] of this.budgets) if (budget.cap < now) this.budgets.delete(deadline);
    for (const deadline of this.budgets.keys()) {
      if (this.budgets.size < MOST_BUDGETS) break;
      this.budgets.delete(deadline);
    }
    this.pruneAt = Math.max(KEPT_BUDGETS, 2 * this.budgets.size);
  }
}

/** This thread's budget clock (a module instance per thread: workers have their own); `Date.now` read at each call, so tests may fake it. */
const clock = new BudgetClock(() => Date.now());

/** Count this thread's budgets in the CPU time `cpu` reads (Node entry points), or in wall time (undefined). */
export function useCpuClock(cpu: CpuClock | undefined): void {
  clock.useCpu(cpu);
}

/** Whether this thread's budgets count CPU time. */
export function budgetsCountCpu(): boolean {
  return clock.countsCpu();
}

/** The deadline of a per-formula budget of `ms` beginning now (what `pastDeadline` tests). */
export function budgetDeadline(ms: number): number {
  return clock.deadline(ms);
}

/** Whether the budget of `deadline` has ended; each time it has is counted. */
export function pastDeadline(deadline: number): boolean {
  return clock.past(deadline);
}

/** The ms of the budget of `deadline` not yet spent; negative once overrun. */
export function budgetLeft(deadline: number): number {
  return clock.left(deadline);
}

/** How many times a deadline was found past so far (compare two readings around a computation). */
export function deadlinesPassed(): number {
  return clock.deadlinesPassed();
}
