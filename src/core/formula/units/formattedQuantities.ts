/**
 * Formatting that notes put around the numbers and units of a worked computation, read
 * away before units are read — it changes how the quantity looks, never what it is:
 *
 * - a bold or boxed result: `6.74\text{B} \times 2\text{ Bytes} \approx \mathbf{13.48\text{ GB}}`,
 *   `\mathbf{4\text{ GB}}`, `\textbf{10.3 milliseconds}`, `\boxed{12.35\text{ GB}}`: the content;
 * - a brace under or over a term with its label: `\underbrace{7.0\text{B} \times 4\text{B}}_{\text{FP32
 *   Master}}`, the term alone (the label names it, it is no factor);
 * - digit grouping: `57,344\text{ bytes}`, `16 \times 4,096 \times 320\text{ KB}`,
 *   `800\,000\,000\,008\text{ bytes}`, `32{,}000`, read as read/preprocess.ts reads plain numbers
 *   (a comma before exactly three digits, in runs that end there; `43{,}6` a decimal comma).
 *
 * A side that still cannot be read stays unread: these rewrites only remove what is not math.
 */
import { closingBracket as closingBrace } from '../read/outsideBrackets';
import { rewriteNumberSpelling } from '../read/preprocess';

const WRAPPERS = /\\(?:mathbf|boldsymbol|bm|boxed|pmb)\s*\{/g;
const TEXT_BOLD = /\\textbf\s*\{/g;
const BRACES = /\\(underbrace|overbrace)\s*\{/g;

/** Cheap test: anything here to read away? */
const MAY_FORMAT = /\\(?:mathbf|boldsymbol|bm|boxed|pmb|textbf|underbrace|overbrace)|\d(?:,|\\,|\{,\})\d/;

/** The side with formatting around its quantities read away (the same text when there is none). */
export function unformattedQuantities(latex: string): string {
  if (!MAY_FORMAT.test(latex)) return latex;
  let out = latex.replace(TEXT_BOLD, '\\text{');
  out = dropWrappers(out);
  out = dropBraceLabels(out);
  return rewriteNumberSpelling(out);
}

/** `\mathbf{X}` → `X`, innermost last; an unclosed wrapper leaves the text as it is. */
function dropWrappers(latex: string): string {
  let out = latex;
  for (let guard = 0; guard < 20; guard++) {
    WRAPPERS.lastIndex = 0;
    const m = WRAPPERS.exec(out);
    if (!m) return out;
    const open = m.index + m[0].length - 1;
    const close = closingBrace(out, open);
    if (close < 0) return out;
    out = `${out.slice(0, m.index)}${out.slice(open + 1, close)}${out.slice(close + 1)}`;
  }
  return out;
}

/** `\underbrace{A}_{label}` → `{A}`, `\overbrace{A}^{label}` → `{A}`; a label of one token too (`_x`). */
function dropBraceLabels(latex: string): string {
  let out = latex;
  for (let guard = 0; guard < 20; guard++) {
    BRACES.lastIndex = 0;
    const m = BRACES.exec(out);
    if (!m) return out;
    const open = m.index + m[0].length - 1;
    const close = closingBrace(out, open);
    if (close < 0) return out;
    const script = m[1] === 'underbrace' ? '_' : '^';
    let end = close + 1;
    const after = /^\s*/.exec(out.slice(end))![0].length;
    if (out[end + after] === script) {
      let k = end + after + 1;
      k += /^\s*/.exec(out.slice(k))![0].length;
      if (out[k] === '{') {
        const labelEnd = closingBrace(out, k);
        if (labelEnd < 0) return out;
        end = labelEnd + 1;
      } else {
        const token = /^(?:\\[A-Za-z]+|.)/.exec(out.slice(k));
        end = k + (token ? token[0].length : 0);
      }
    }
    out = `${out.slice(0, m.index)}{${out.slice(open + 1, close)}}${out.slice(end)}`;
  }
  return out;
}
