/**
 * A pure rewriting of a side's LaTeX, remembered by text: every reading of a side
 * rewrites it again (as written, as arrays, as an identity, in vector notation), and
 * the same sides recur across a vault's formulas. Bounded: cleared when full.
 */
export class TextMemo {
  private readonly known = new Map<string, string>();

  constructor(private readonly rewrite: (latex: string) => string, private readonly limit = 20_000) {}

  of(latex: string): string {
    const known = this.known.get(latex);
    if (known !== undefined) return known;
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
