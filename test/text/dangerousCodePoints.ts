/**
 * The code points no note text may carry to a terminal, report or message,
 * written out as plain ranges — independent of the property-escape regex in
 * src/core/text/visible.ts, so the tests check that regex instead of repeating it.
 */

/** [first, last] inclusive ranges. */
const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x001f], // C0 controls: ESC, CR, BEL, NUL, VT, FF…
  [0x007f, 0x009f], // DEL and C1 controls (U+009B is a one-byte CSI)
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels (invisible)
  [0x180e, 0x180e], // Mongolian vowel separator
  [0x200b, 0x200f], // zero-width space/non-joiner/joiner, LRM, RLM
  [0x2028, 0x202e], // line/paragraph separators, bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, isolates, deprecated format characters
  [0x3164, 0x3164], // Hangul filler
  [0xd800, 0xdfff], // surrogates (only ever lone when seen as code points)
  [0xfdd0, 0xfdef], // noncharacters
  [0xfeff, 0xfeff], // BOM / zero-width no-break space
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xfff0, 0xfff8], // unassigned specials
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical format controls
  [0xe0000, 0xe00ff], // tag characters (invisible "ASCII smuggling")
  [0xe01f0, 0xe0fff], // reserved default-ignorable (variation selectors E0100–E01EF stay)
];

/** True for a code point that must never reach output raw. */
export function isDangerous(codePoint: number): boolean {
  if ((codePoint & 0xfffe) === 0xfffe) return true; // U+FFFE/U+FFFF of every plane: noncharacters
  return RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

const isJoiner = (cp: number) => cp === 0x200c || cp === 0x200d;
const isAscii = (cp: number | undefined) => cp !== undefined && cp <= 0x7f;

/**
 * The dangerous code points in `text` as U+XXXX; `allow` lists those the context permits (e.g. '\n').
 * A zero-width joiner or non-joiner is allowed between two non-ASCII characters (Persian, Indic
 * scripts, emoji sequences), where it shapes text; next to ASCII or at an end it is dangerous.
 */
export function dangerousIn(text: string, allow: readonly string[] = []): string[] {
  const found: string[] = [];
  const chars = [...text];
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    if (!isDangerous(cp) || allow.includes(ch)) return;
    const before = chars[i - 1]?.codePointAt(0);
    const after = chars[i + 1]?.codePointAt(0);
    if (isJoiner(cp) && before !== undefined && after !== undefined && !isAscii(before) && !isAscii(after)) return;
    found.push(`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  });
  return found;
}
