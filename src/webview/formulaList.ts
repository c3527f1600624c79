/**
 * "Formulas in this note": each formula rendered with KaTeX beside its value
 * and verdict; clicking one reveals its line in the note.
 */
import { verdictDetail, verdictText } from '../shared/formulaVerdict';
import type { PanelFormula } from '../shared/panelModel';
import { h } from './dom';
import { renderMath } from './math';

/** What a row's rendered KaTeX depends on: rows with the same key can share one rendering. */
export function formulaMathKey(formula: Pick<PanelFormula, 'source' | 'display'>): string {
  return `${formula.display ? 'D' : 'I'}${formula.source}`;
}

/**
 * One row of the list. `rendered` is this formula's KaTeX from a row being
 * replaced (same `formulaMathKey`): moved into the new row instead of laying
 * the formula out again, which is most of a row's cost.
 */
export function formulaRow(formula: PanelFormula, rendered?: HTMLElement): HTMLElement {
  let math = rendered;
  if (!math) {
    math = h('span', { class: 'formula-math' });
    renderMath(math, formula.source, formula.display);
  }
  const value = formula.valueText === null ? null : h('span', { class: 'formula-value' }, `= ${formula.valueText}`);
  const note = formula.error ?? (formula.readAs ? `read as ${formula.readAs}` : null);
  const verdict = verdictText(formula);
  const detail = verdictDetail(formula);
  const button = h(
    'button',
    {
      type: 'button',
      class: 'formula',
      'data-action': 'reveal',
      'data-line': formula.line,
      title: `Go to line ${formula.line}:${formula.column}`,
    },
    math,
    h(
      'span',
      { class: 'formula-facts' },
      value,
      h('span', { class: `verdict verdict-${formula.verdict}`, 'aria-label': `verdict: ${verdict}` }, verdict),
      h('span', { class: 'formula-line' }, `line ${formula.line}`),
    ),
    detail ? h('span', { class: 'formula-detail' }, detail) : null,
    note ? h('span', { class: formula.error ? 'formula-note error-text' : 'formula-note' }, note) : null,
  );
  return h('li', {}, button);
}

/** The "Formulas in this note" section. */
export function formulaList(formulas: readonly PanelFormula[]): HTMLElement {
  const heading = h('h2', { id: 'formulas-title' }, 'Formulas in this note ', h('span', { class: 'count' }, String(formulas.length)));
  const body =
    formulas.length === 0
      ? h('p', { class: 'empty' }, 'No $…$ or $$…$$ formulas outside code in this note.')
      : h('ul', { class: 'formula-list' }, ...formulas.map((f) => formulaRow(f)));
  return h('section', { class: 'formulas', 'aria-labelledby': 'formulas-title' }, heading, body);
}
