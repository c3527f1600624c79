/**
 * Turns per-block progress fractions into the increments that
 * `vscode.Progress.report` wants (percent of the whole batch, never backwards).
 */

/** Progress of a batch of jobs, each in [0, 1]; the batch is their mean. */
export class ProgressTally {
  private readonly fractions = new Map<string, number>();
  private reported = 0;

  /** `keys`: the jobs of the batch. */
  constructor(private readonly keys: readonly string[]) {
    for (const k of keys) this.fractions.set(k, 0);
  }

  /** Records a job's fraction; returns the percent to add to the bar (0 when nothing moved forward). */
  update(key: string, fraction: number): number {
    if (!this.fractions.has(key) || !Number.isFinite(fraction)) return 0;
    const clamped = Math.min(1, Math.max(0, fraction));
    if (clamped <= this.fractions.get(key)!) return 0;
    this.fractions.set(key, clamped);
    return this.advance();
  }

  /** Marks a job finished (done, failed or cancelled). */
  finish(key: string): number {
    return this.update(key, 1);
  }

  /** Percent of the batch done so far. */
  get percent(): number {
    return this.reported;
  }

  private advance(): number {
    let sum = 0;
    for (const f of this.fractions.values()) sum += f;
    const total = this.keys.length === 0 ? 100 : (100 * sum) / this.keys.length;
    const increment = total - this.reported;
    if (increment <= 0) return 0;
    this.reported = total;
    return increment;
  }
}
