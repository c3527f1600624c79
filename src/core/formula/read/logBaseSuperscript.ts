/**
 * `\log_a^b` for log_a(b): many notes (Chinese ones above all) write the argument of a logarithm
 * as a superscript, `log_3^n = \frac{log_2^n}{log_2^3}` (DLonng/AI-Notes, complexity analysis).
 * Read as TeX sets it, that is a power of a logarithm with no argument, which the engine took as
 * ln(base)^b: `\log_2^8` became ln(2)^8 = 0.053 and the change-of-base rule "failed".
 *
 * A power of a logarithm always has its argument after it (`\log_2^2 n`, `\log^2 x`); with
 * nothing after the superscript but an operator, a relation, a closing bracket or the end, the
 * superscript can only be the argument. So, and only so, `\log_a^b` is read as `\log_{a}(b)`.
 * A log with no base (`\log^2`) or with an argument after it is left as written.
 */

/** A base and a superscript, each one character or a braced group (no nesting). */
const LOG_BASE_SUPERSCRIPT = /\\log\s*_\s*(\{[^{}]*\}|[A-Za-z0-9])\s*\^\s*(\{[^{}]*\}|[A-Za-z0-9])(?=\s*(?:$|[=+\-*/)\]},;<>|&]|\\(?:cdot|times|div|approx|neq|ne|le|ge|leq|geq|lt|gt|sim|simeq|equiv|right|end|quad|qquad|to|Rightarrow|iff)(?![A-Za-z])))/g;

const unbrace = (group: string): string => (group.startsWith('{') ? group.slice(1, -1) : group);

export function logSuperscriptAsArgument(latex: string): string {
  return latex.replace(LOG_BASE_SUPERSCRIPT, (_m, base: string, argument: string) => `\\log_{${unbrace(base)}}(${unbrace(argument)})`);
}
