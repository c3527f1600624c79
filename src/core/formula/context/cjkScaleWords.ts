/**
 * Chinese, Japanese and Korean write a number's magnitude as a word right after its digits:
 * `$4096 \times 4096 \approx 1600$ 万` is sixteen million (万 = 10⁴), `3$억` three hundred million.
 * Read after a formula like the English `million`, these words scale the claimed number.
 *
 * 兆 is 10¹² in Japanese and in older Chinese but 10⁶ in Chinese units (兆字节 = MB), so both are
 * tried; a scale only ever rescues a claim that fails as written, and a wrong claim stays wrong
 * under every one of these powers of ten.
 */

/** The longest words first, so that 千万 is not read as 千. */
const CJK_SCALES: readonly (readonly [string, readonly number[]])[] = [
  ['万亿', [1e12]],
  ['千万', [1e7]],
  ['百万', [1e6]],
  ['十万', [1e5]],
  ['十亿', [1e9]],
  ['万', [1e4]],
  ['萬', [1e4]],
  ['亿', [1e8]],
  ['億', [1e8]],
  ['兆', [1e12, 1e6]],
  ['千', [1e3]],
  ['만', [1e4]],
  ['억', [1e8]],
  ['조', [1e12]],
];

/** A CJK magnitude word at the start of the text after a formula (an optional space before it). */
const CJK_SCALE_AFTER = new RegExp(`^[ \\u00a0]?(${CJK_SCALES.map(([word]) => word).join('|')})`);

/** The magnitude word right after a formula and the scales it may mean, if the text starts with one. */
export function cjkScaleAfter(after: string): { word: string; scales: readonly number[] } | undefined {
  const word = CJK_SCALE_AFTER.exec(after)?.[1];
  const entry = word === undefined ? undefined : CJK_SCALES.find(([w]) => w === word);
  return entry && { word: entry[0], scales: entry[1] };
}
