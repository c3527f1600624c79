/**
 * A pure function of a side's LaTeX, remembered by text: every reading of a side
 * rewrites it again (as written, as arrays, as an identity, in vector notation), and
 * the same sides recur across a vault's formulas. Bounded: cleared when full.
 * Only for functions whose result depends on the text alone and that nobody mutates
 * (a frozen value, a string, or a result each caller copies).
 */
export class TextMemo<T = string> {
  private readonly known = new Map<string, T>();

  constructor(private readonly rewrite: (latex: string) => T, private readonly limit = 20_000) {}

  of(latex: string): T {
    const known = this.known.get(latex);
    if (known !== undefined || this.known.has(latex)) return known as T;
    const out = this.rewrite(latex);
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(latex, out);
    return out;
  }

  /** Forget every text (clearFormulaCache: benchmarks time uncached analyses). */
  clear(): void {
    this.known.clear();
  }
}
