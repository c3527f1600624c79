/**
 * Upright letters written with TeX's old font switch, and the combination and arrangement symbols of Chinese
 * textbooks. Chinese probability notes write `{\rm e}^{-\lambda x}`, `f(x){\rm d}x` and
 * `P\{X=k\}={\rm C}_n^kp^k(1-p)^{n-k}` (coactor/cc-study, 概率论): `{\rm e}` is Euler's e and `{\rm d}` the
 * differential, as `\mathrm{e}` and `\mathrm{d}` are; an upright `{\rm C}_n^k` / `\mathrm{C}_n^k` is the number of
 * combinations \binom{n}{k}, and `{\rm A}_n^k` / `\mathrm{A}_n^k` the number of arrangements n!/(n−k)!. The upright
 * letter is what marks the operator: an italic `C_n^k` may be any indexed quantity and is left as it is.
 */

/** `{\rm e}`, `{\rm d}`, `{\mathrm e}`: one upright letter in braces. */
const SWITCHED_LETTER = /\{\s*\\(?:rm|mathrm|textrm|mathup)\s*([A-Za-z])\s*\}/g;

/** `\mathrm{C}_n^k`, `\mathrm{C}_{n}^{k}`, `\mathrm{A}^k_n`: sub- and superscript in either order. */
const UPRIGHT_COUNT = /\\mathrm\s*\{\s*([CA])\s*\}\s*(?:_\s*(\{[^{}]*\}|[A-Za-z0-9])\s*\^\s*(\{[^{}]*\}|[A-Za-z0-9])|\^\s*(\{[^{}]*\}|[A-Za-z0-9])\s*_\s*(\{[^{}]*\}|[A-Za-z0-9]))/g;

const unbraced = (s: string): string => s.replace(/^\{([\s\S]*)\}$/, '$1');

export function readUprightLetters(latex: string): string {
  if (!latex.includes('\\rm') && !latex.includes('\\mathrm') && !latex.includes('\\textrm') && !latex.includes('\\mathup')) return latex;
  return latex
    .replace(SWITCHED_LETTER, (_m, letter: string) => `\\mathrm{${letter}}`)
    .replace(UPRIGHT_COUNT, (_m, kind: string, sub1?: string, sup1?: string, sup2?: string, sub2?: string) => {
      const n = unbraced((sub1 ?? sub2)!);
      const k = unbraced((sup1 ?? sup2)!);
      return kind === 'C' ? `\\binom{${n}}{${k}}` : `\\frac{(${n})!}{(${n}-(${k}))!}`;
    });
}
