/**
 * The error function as notes write it: `\text{erf}(x/\sqrt{2})`, `\operatorname{erf}\left(\frac{x}{\sqrt 2}\right)`,
 * `\mathrm{erf}(x)`, `\operatorname{erfc}(x)`, or the bare word `erf(x)` typed before its parenthesis (GELU's exact
 * form, the normal CDF Φ(x) = ½[1 + erf(x/√2)]). No note means the product e·r·f or a word to drop: the
 * engine reads `\mathrm{Erf}` and `\mathrm{Erfc}` as its functions, which the interpreter evaluates (numeric/erf.ts).
 */
const NAMED = /\\(?:operatorname\*?|mathrm|text|textrm|rm|mathit)\s*\{\s*(erfc?)\s*\}\s*(?:\\!\s*)?/g;
/** `erf(x)`, `erfc\left(…)`: the word right before its argument, not part of a longer name or a command's. */
const WORD = /(?<![\\A-Za-z{])(erfc?)\s*(?:\\!\s*)?(?=\s*(?:\\!\s*)?(?:\(|\\left\s*[([]|\\big[lr]?\s*\(|\\Big[lr]?\s*\())/g;

export function errorFunctionNamesRead(latex: string): string {
  if (!latex.includes('erf')) return latex;
  const engineName = (name: string): string => (name === 'erf' ? '\\mathrm{Erf}' : '\\mathrm{Erfc}');
  return latex.replace(NAMED, (_m, name: string) => engineName(name)).replace(WORD, (_m, name: string) => engineName(name));
}
