/** A cheap estimate of a note's formulas: runs of `$` (one `$` or `$$` opens a formula, the next closes it), halved. */
export function estimateFormulas(text: string): number {
  let runs = 0;
  for (let i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i)) {
    runs++;
    while (text.charCodeAt(i) === 36) i++;
  }
  return runs >> 1;
}
