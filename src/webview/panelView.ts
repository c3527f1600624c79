/** The whole panel for one note: header with Run all, one card per block, the formula list. */
import type { PanelState } from '../shared/panelModel';
import { blockCard } from './blockCard';
import { actionButton, h } from './dom';
import { formulaList } from './formulaList';

/** The panel's content for `state`, or a short hint when no note is shown. */
export function panelView(state: PanelState | null): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (!state) {
    fragment.appendChild(
      h('p', { class: 'empty' }, 'Open a Markdown note with a ```gradexp block and run it (▶ Run experiment) to see results here.'),
    );
    return fragment;
  }
  const runAll = state.blocks.length > 0 ? actionButton('▶ Run all', 'runAll', {}, { class: 'primary' }) : null;
  fragment.appendChild(h('header', { class: 'panel-header' }, h('h1', {}, state.noteName), runAll));
  const blocks =
    state.blocks.length === 0
      ? h('p', { class: 'empty' }, 'This note has no ```gradexp blocks yet.')
      : h('div', { class: 'cards' }, ...state.blocks.map(blockCard));
  fragment.appendChild(h('section', { class: 'blocks', 'aria-label': 'Experiments' }, blocks));
  fragment.appendChild(formulaList(state.formulas));
  return fragment;
}
