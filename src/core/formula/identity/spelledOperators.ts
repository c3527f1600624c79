/**
 * `max\,y_{j^*} = max\,\log y_{j^*}` (WangJengYun/ML-DL-notes, "Deep Learning/NLP/Word
 * Embeddings-From Frequency based to predicttion based.md"): max written without its
 * backslash. The engine reads the letters m·a·x; a reader sees the operator, and the
 * claim that maximising y is maximising log y (the same maximiser), which a check of
 * values cannot refute. A failing claim that spells max, min, argmax or argmin in
 * plain letters — not a label in a subscript (`x_{max}`), not set as text — is left
 * undecided.
 */

/** Names set as text or operators: their letters are no product. */
const SET_AS_TEXT = /\\(?:operatorname\*?|mathrm|text|textrm|mathop|mbox)\s*\{[^{}]*\}/g;
/** max, min, argmax, argmin in plain letters: not after a backslash, a letter, or an opening subscript or brace. */
const SPELLED = /(?<![\\A-Za-z{_^])(?:arg\s*)?(?:max|min)(?![A-Za-z])/;

/** Whether a side spells an extremum operator in plain letters. */
export function writesSpelledExtremum(sides: readonly string[]): boolean {
  return sides.some((s) => s.includes('m') && SPELLED.test(s.replace(SET_AS_TEXT, ' ')));
}
