/**
 * Applies a PanelPatch to the panel's DOM in place: a changed card is
 * replaced, a moved card gets a new header only (its chart and KaTeX stay),
 * a changed formula row is rebuilt reusing any KaTeX already rendered for
 * the same formula, and a moved row is rebuilt around its own KaTeX. Rebuilding
 * the whole panel took 2–3 s for a 200-card, 2,000-formula note.
 */
import type { PanelFormula, PanelState } from '../shared/panelModel';
import type { PanelPatch } from '../shared/panelPatch';
import { blockCard, cardHeader } from './blockCard';
import { formulaMathKey, formulaRow } from './formulaList';

/** Positions touched by a patch, ascending, each once. */
function positions(...lists: readonly (readonly { readonly at: number }[])[]): number[] {
  return [...new Set(lists.flatMap((list) => list.map((c) => c.at)))].sort((a, b) => a - b);
}

function childAt(list: Element, at: number): Element | undefined {
  return list.children[at] ?? undefined;
}

function patchCards(cards: Element, next: PanelState, patch: PanelPatch): boolean {
  while (cards.children.length > patch.blockCount) cards.lastElementChild?.remove();
  for (const at of positions(patch.cards, patch.cardMoves)) {
    const block = next.blocks[at];
    if (!block) return false;
    const existing = childAt(cards, at);
    const isMoveOnly = !patch.cards.some((c) => c.at === at);
    if (isMoveOnly) {
      const header = existing?.querySelector(':scope > header.card-header');
      if (!header) return false;
      header.replaceWith(cardHeader(block));
    } else if (existing) {
      existing.replaceWith(blockCard(block));
    } else if (at === cards.children.length) {
      cards.appendChild(blockCard(block));
    } else {
      return false;
    }
  }
  return cards.children.length === patch.blockCount;
}

/** The rendered KaTeX of a row, to be moved into its replacement. */
function mathOf(row: Element | undefined): HTMLElement | undefined {
  return row?.querySelector<HTMLElement>('.formula-math') ?? undefined;
}

/**
 * Takes the rendered KaTeX out of the rows a patch replaces or removes, by
 * what it renders. `list` already has the splice applied (its inserted
 * places are empty <li>s) and `oldRows` are the rows the splice removed.
 */
function renderedMath(list: Element, oldRows: readonly Element[], patch: PanelPatch, formulaAt: (at: number) => PanelFormula | undefined, removedFormulas: readonly PanelFormula[]): Map<string, HTMLElement[]> {
  const pool = new Map<string, HTMLElement[]>();
  const add = (formula: PanelFormula | undefined, math: HTMLElement | undefined) => {
    if (!formula || !math) return;
    const key = formulaMathKey(formula);
    pool.set(key, [...(pool.get(key) ?? []), math]);
  };
  oldRows.forEach((row, i) => add(removedFormulas[i], mathOf(row)));
  for (const c of patch.formulas) add(formulaAt(c.at), mathOf(childAt(list, c.at)));
  for (let at = patch.formulaCount; at < list.children.length; at++) add(formulaAt(at), mathOf(childAt(list, at)));
  return pool;
}

function patchFormulas(section: Element, previous: PanelState, next: PanelState, patch: PanelPatch): boolean {
  const list = section.querySelector('ul.formula-list');
  if (!list || list.children.length !== previous.formulas.length) return false;
  // The splice first, so that positions below are the patch's (after it).
  const splice = patch.formulaSplice ?? { at: 0, remove: 0, insert: 0 };
  if (splice.at + splice.remove > previous.formulas.length) return false;
  const oldFormulas: (PanelFormula | undefined)[] = previous.formulas.slice();
  const removedFormulas = oldFormulas.splice(splice.at, splice.remove, ...new Array<undefined>(splice.insert).fill(undefined));
  const removedRows = Array.from({ length: splice.remove }, () => list.children[splice.at]).filter((r): r is Element => r !== undefined);
  for (const row of removedRows) row.remove();
  const anchor = list.children[splice.at] ?? null;
  for (let i = 0; i < splice.insert; i++) list.insertBefore(document.createElement('li'), anchor);
  const pool = renderedMath(list, removedRows, patch, (at) => oldFormulas[at], removedFormulas as PanelFormula[]);
  while (list.children.length > patch.formulaCount) list.lastElementChild?.remove();
  const changed = new Set(patch.formulas.map((c) => c.at));
  for (const at of positions(patch.formulas, patch.formulaMoves)) {
    const formula = next.formulas[at];
    const existing = childAt(list, at);
    if (!formula) return false;
    const reuse = changed.has(at) ? pool.get(formulaMathKey(formula))?.pop() : mathOf(existing);
    const row = formulaRow(formula, reuse);
    if (existing) existing.replaceWith(row);
    else if (at === list.children.length) list.appendChild(row);
    else return false;
  }
  const count = section.querySelector('h2 .count');
  if (count) count.textContent = String(patch.formulaCount);
  return list.children.length === patch.formulaCount && Array.from(list.children).every((row) => row.firstElementChild !== null);
}

/**
 * Brings the DOM under `root` from showing `previous` to showing `next`.
 * False when the patch cannot be applied in place (a list appears or
 * empties, so the page's structure changes, or the DOM is not what
 * `previous` rendered): the caller then renders `next` whole.
 */
export function patchPanelView(root: HTMLElement, previous: PanelState, next: PanelState, patch: PanelPatch): boolean {
  const structureChanges =
    (previous.blocks.length === 0) !== (next.blocks.length === 0) || (previous.formulas.length === 0) !== (next.formulas.length === 0);
  if (structureChanges) return false;
  if (patch.cards.length > 0 || patch.cardMoves.length > 0 || patch.blockCount !== previous.blocks.length) {
    const cards = root.querySelector('section.blocks > .cards');
    if (!cards || cards.children.length !== previous.blocks.length || !patchCards(cards, next, patch)) return false;
  }
  if (patch.formulaSplice || patch.formulas.length > 0 || patch.formulaMoves.length > 0 || patch.formulaCount !== previous.formulas.length) {
    const section = root.querySelector('section.formulas');
    if (!section || !patchFormulas(section, previous, next, patch)) return false;
  }
  return true;
}
