/**
 * Bold letters in a derivative: `\frac{\partial e}{\partial \boldsymbol{a}} = \frac{\partial e}{\partial
 * \boldsymbol{c}} \frac{\partial \boldsymbol{c}}{\partial \boldsymbol{a}} = 2 * 1` (dair-ai/ML-Notebooks,
 * comp_graphs.ipynb) sets in bold the scalar nodes a, c of the graph the note wrote plain (`c = a + b`,
 * `a = 2`). A careful reader takes them for those nodes. Read so only when every bold letter is a name
 * the note bound as a scalar: elsewhere a bold letter is a vector, where a scalar reading could
 * differ (a divergence, a dimension). The graph's own rules (graphDerivatives.ts) still decide whether
 * such a claim may fail.
 */
const BOLD_LETTER = /\\(?:boldsymbol|mathbf|bm)\s*\{\s*([A-Za-z])\s*\}/g;

/** `latex` with each bold single letter written plain when all of them are scalar names of the note; `latex` itself otherwise. */
export function boldLettersAsPlain(latex: string, isScalarName: (name: string) => boolean): string {
  if (!latex.includes('\\b') && !latex.includes('\\m')) return latex;
  const letters = [...latex.matchAll(BOLD_LETTER)].map((m) => m[1]!);
  if (letters.length === 0 || !letters.every(isScalarName)) return latex;
  return latex.replace(BOLD_LETTER, ' $1 ');
}
