/**
 * A decimal rounded at a fixed place rather than to significant digits:
 * `7.4 / 11239.9 \approx 0.001` in a list of probabilities written to three
 * places (`\approx 0.265`, `\approx 0.013`; datawhalechina/self-llm,
 * models/BGE-M3-finetune-embedding-with-valid/README.md). 0.000658 rounded at
 * its last written digit — the thousandths — is 0.001, though to one
 * significant digit it is 0.0007. The two readings differ only when the value
 * lies in a lower decade than the number written (0.96 written `1.0`).
 */

/** Digits after the point of a side that is one plain decimal (`0.001`, `-1.0`), else undefined. */
export function decimalPlacesWritten(source: string): number | undefined {
  const m = /^\s*[-+]?\s*\d*\.(\d+)\s*$/.exec(source);
  return m ? m[1]!.length : undefined;
}

/** `x` rounded at `places` decimal places compared with `value`: 0 when equal, else the sign of the difference. */
export function roundsAtPlace(x: number, places: number, value: number): number {
  const scale = 10 ** places;
  const rounded = Math.round(x * scale) / scale;
  const tolerance = 1e-12 * Math.max(Math.abs(rounded), Math.abs(value), 1 / scale);
  return Math.abs(rounded - value) <= tolerance ? 0 : Math.sign(rounded - value);
}
