/**
 * Makes text taken from a note safe and unambiguous to show in a terminal, a
 * report or an editor message: a title like "\e[2K\rall good" must not erase a
 * line, and a key `ti<U+200B>tle` must not look exactly like `title`.
 */

/**
 * Code points that act on a terminal, reorder or hide text, or that XML/HTML
 * forbid:
 * - controls (Cc): C0 (ESC, CR, BEL, NUL…), DEL and C1 (U+0080–U+009F);
 * - bidi controls: embeddings, overrides, isolates, LRM/RLM, ALM (U+061C);
 * - default-ignorable code points (zero-width spaces and joiners, word joiner,
 *   invisible operators, BOM, soft hyphen, Hangul fillers, tag characters),
 *   except variation selectors, which only pick a glyph (the emoji form of ❤️),
 *   and the zero-width joiner and non-joiner between two non-ASCII characters,
 *   where they shape writing (Persian, Indic scripts) and emoji sequences (👩‍💻);
 *   next to ASCII or at an end they join nothing and are shown;
 * - U+2028/U+2029, which some viewers and JavaScript treat as line breaks;
 * - noncharacters (U+FDD0–U+FDEF, U+FFFE/U+FFFF in every plane) and lone surrogates.
 */
const SHOWN_AS_ESCAPE =
  '[\\p{Cc}\\p{Bidi_Control}\\p{Noncharacter_Code_Point}\\u2028\\u2029]' +
  '|(?![\\uFE00-\\uFE0F\\u180B-\\u180D\\u180F\\u{E0100}-\\u{E01EF}\\u200C\\u200D])\\p{Default_Ignorable_Code_Point}' +
  '|(?<=^|[\\0-\\x7F])[\\u200C\\u200D]|[\\u200C\\u200D](?=$|[\\0-\\x7F])' +
  '|\\p{Cs}';

/** The same set, where a line break (LF or CRLF; a lone CR moves the cursor back) and a tab may stay. */
const MULTILINE_SOURCE = `(?![\\t\\n]|\\r\\n)(?:${SHOWN_AS_ESCAPE})`;

// One non-global regex for the cheap test (no lastIndex state), one global for the replacement.
const SINGLE_LINE = { test: new RegExp(SHOWN_AS_ESCAPE, 'u'), all: new RegExp(SHOWN_AS_ESCAPE, 'gu') };
const MULTILINE = { test: new RegExp(MULTILINE_SOURCE, 'u'), all: new RegExp(MULTILINE_SOURCE, 'gu') };

/** How `visible` treats line structure. */
export interface VisibleOptions {
  /** Keep `\n`, `\r\n` and `\t` (a whole output or a multi-line message); otherwise they are escaped too. */
  readonly lineBreaks?: boolean;
}

/**
 * `text` with every dangerous or invisible code point (see SHOWN_AS_ESCAPE)
 * written as `\uXXXX`: a backslash, `u` and four uppercase hex digits per
 * UTF-16 code unit — ESC is `\u001B`, a right-to-left override `\u202E`, a tag
 * character two escapes (`\uDB40\uDC41`). This is the JSON and JavaScript
 * escape, chosen so that one convention serves everywhere: applied to JSON
 * text it yields valid JSON that decodes to the very same strings (such
 * characters can only occur inside JSON strings). Everything else is
 * returned unchanged, and text with nothing to escape is returned as is after
 * a single regex test, so it costs little on long outputs.
 *
 * A note that itself contains the six characters `\u202E` shows the same;
 * that is only ever visible text, never an action on the terminal.
 */
export function visible(text: string, options: VisibleOptions = {}): string {
  const set = options.lineBreaks ? MULTILINE : SINGLE_LINE;
  if (!set.test.test(text)) return text;
  return text.replace(set.all, escapeCodeUnits);
}

/** `'text'` for a message, made visible (and cut to `maxLength` characters with an ellipsis, if given). */
export function quoteVisible(text: string, maxLength = Infinity): string {
  if (text.length <= maxLength) return `'${visible(text)}'`;
  // Cutting between the halves of a surrogate pair would leave half a character.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
  const cut = `${text.slice(0, end)}…`;
  return `'${visible(cut)}'`;
}

function escapeCodeUnits(match: string): string {
  let out = '';
  for (let i = 0; i < match.length; i++) out += `\\u${match.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`;
  return out;
}
