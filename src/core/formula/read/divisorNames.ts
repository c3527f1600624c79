/**
 * `\gcd(a, b)`, `\operatorname{lcm}(a, b)`, `\text{gcd}(0,0)`: the greatest common
 * divisor and least common multiple as the interpreter's `GCD` and `LCM`
 * (evaluate/divisors.ts). The engine this project pins reads `\gcd` as an error
 * and a typed `gcd` as the product g·c·d. Only right before a parenthesis: a
 * name without its arguments is left alone.
 */

const DIVISOR_NAME = /(?:\\(gcd|lcm)\b|\\(?:operatorname|mathrm|text|textrm)\s*\{\s*(gcd|lcm)\s*\})\s*(?=\(|\\left\s*\()/g;

/** `latex` with every gcd/lcm call written as `\mathrm{GCD}(…)` / `\mathrm{LCM}(…)`. */
export function rewriteDivisorNames(latex: string): string {
  // Cheap test first: most sides name neither.
  if (!latex.includes('gcd') && !latex.includes('lcm')) return latex;
  return latex.replace(DIVISOR_NAME, (_m, command: string | undefined, word: string | undefined) =>
    `\\mathrm{${(command ?? word)!.toUpperCase()}}`,
  );
}
