/**
 * Per-key coalescing of bursts: the first `schedule(key)` starts a timer, the
 * calls that follow within the window ride along, and `act(key)` runs once
 * when it ends. Unlike a debounce, a steady stream still acts every window.
 */

/** Runs `act(key)` at most once per `windowMs` per key, after the first request of a burst. */
export class Coalescer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly windowMs: number,
    private readonly act: (key: string) => void,
  ) {}

  /** Asks for `act(key)` within the window (no-op if already asked). */
  schedule(key: string): void {
    if (this.timers.has(key)) return;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.act(key);
      }, this.windowMs),
    );
  }

  /** Cancels every pending action. */
  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
