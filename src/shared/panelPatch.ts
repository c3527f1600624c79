/**
 * Incremental panel updates. A whole PanelState of a big note is megabytes
 * (one chart SVG per card, thousands of formula rows); posting it after every
 * finished run held the extension host for 50–250 ms and made the webview
 * rebuild every card and all KaTeX. Instead the host diffs the state it last
 * posted against the new one and sends only the positions that changed.
 *
 * Cards and formula rows are matched by position (a note's blocks and
 * formulas are ordered lists). A row whose only change is where it sits in
 * the note (typing above it shifts its line) travels as a "move": just the new
 * line/column, so the webview keeps its rendered chart and KaTeX.
 * Pure and dependency-free: shared by the host and the webview.
 */
import type { PanelBlock, PanelFormula, PanelState } from './panelModel';

/** A card whose content changed (or is new) at position `at`. */
export interface CardChange {
  readonly at: number;
  readonly block: PanelBlock;
}

/** A card that only moved in the note: its fence is now on `line`. */
export interface CardMove {
  readonly at: number;
  readonly line: number;
}

/** A formula row whose content changed (or is new) at position `at`. */
export interface FormulaChange {
  readonly at: number;
  readonly formula: PanelFormula;
}

/** A formula row that only moved in the note. */
export interface FormulaMove {
  readonly at: number;
  readonly line: number;
  readonly column: number;
}

/**
 * Formula rows inserted or removed in the middle (a formula typed into the
 * prose): `remove` rows at `at` go, `insert` new rows (given in `formulas`)
 * take their place, and the rows after keep their rendering at shifted
 * positions instead of every later position counting as changed.
 */
export interface FormulaSplice {
  readonly at: number;
  readonly remove: number;
  readonly insert: number;
}

/** What turns one PanelState into the next for the same note. */
export interface PanelPatch {
  readonly noteUri: string;
  /** Number of cards after the patch; positions at or past it are removed. */
  readonly blockCount: number;
  readonly cards: readonly CardChange[];
  readonly cardMoves: readonly CardMove[];
  /** Number of formula rows after the patch. */
  readonly formulaCount: number;
  /** Applied to the old rows first; `formulas` and `formulaMoves` name positions after it. */
  readonly formulaSplice?: FormulaSplice;
  readonly formulas: readonly FormulaChange[];
  readonly formulaMoves: readonly FormulaMove[];
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined, same: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => same(x, b[i] as T));
}

const sameString = (a: string, b: string): boolean => a === b;

/** True when two cards show the same thing apart from their line in the note. */
function sameCardContent(a: PanelBlock, b: PanelBlock): boolean {
  return (
    a.index === b.index &&
    a.title === b.title &&
    a.experiment === b.experiment &&
    a.dtype === b.dtype &&
    a.status === b.status &&
    a.elapsedMs === b.elapsedMs &&
    // The host reuses a run's SVG string, so this is usually a pointer comparison.
    a.svg === b.svg &&
    sameList(a.summary, b.summary, sameString) &&
    sameList(a.formulas, b.formulas, sameString) &&
    sameList(a.errors, b.errors, (x, y) => x.line === y.line && x.column === y.column && x.message === y.message)
  );
}

/** True when two formula rows show the same thing apart from their place in the note. */
function sameFormulaContent(a: PanelFormula, b: PanelFormula): boolean {
  return (
    a.source === b.source &&
    a.display === b.display &&
    a.valueText === b.valueText &&
    a.verdict === b.verdict &&
    Object.is(a.relativeError, b.relativeError) &&
    a.readAs === b.readAs &&
    a.reading === b.reading &&
    a.error === b.error
  );
}

/** True when a patch changes nothing (no need to post it). */
export function isEmptyPatch(patch: PanelPatch, previous: PanelState): boolean {
  return (
    patch.blockCount === previous.blocks.length &&
    patch.formulaCount === previous.formulas.length &&
    patch.cards.length === 0 &&
    patch.cardMoves.length === 0 &&
    patch.formulaSplice === undefined &&
    patch.formulas.length === 0 &&
    patch.formulaMoves.length === 0
  );
}

/**
 * The patch from `previous` to `next`, or null when they are different notes
 * (the note's name and header change: send a whole state instead).
 */
export function diffPanelStates(previous: PanelState, next: PanelState): PanelPatch | null {
  if (previous.noteUri !== next.noteUri || previous.noteName !== next.noteName) return null;
  const cards: CardChange[] = [];
  const cardMoves: CardMove[] = [];
  next.blocks.forEach((block, at) => {
    const old = previous.blocks[at];
    if (old === block) return;
    if (!old || !sameCardContent(old, block)) cards.push({ at, block });
    else if (old.line !== block.line) cardMoves.push({ at, line: block.line });
  });
  const formulaSplice = findSplice(previous.formulas, next.formulas);
  const oldFormulas = formulaSplice ? spliced(previous.formulas, formulaSplice) : previous.formulas;
  const formulas: FormulaChange[] = [];
  const formulaMoves: FormulaMove[] = [];
  next.formulas.forEach((formula, at) => {
    const old = oldFormulas[at];
    if (old === formula) return;
    if (!old || !sameFormulaContent(old, formula)) formulas.push({ at, formula });
    else if (old.line !== formula.line || old.column !== formula.column) {
      formulaMoves.push({ at, line: formula.line, column: formula.column });
    }
  });
  return {
    noteUri: next.noteUri,
    blockCount: next.blocks.length,
    cards,
    cardMoves,
    formulaCount: next.formulas.length,
    ...(formulaSplice ? { formulaSplice } : {}),
    formulas,
    formulaMoves,
  };
}

/**
 * Where rows were inserted or removed: after the rows equal (but for place)
 * at the start and before those equal at the end. None when the count did not
 * change or nothing after the change survives (a plain positional diff is as good).
 */
function findSplice(old: readonly PanelFormula[], next: readonly PanelFormula[]): FormulaSplice | undefined {
  if (old.length === next.length) return undefined;
  const shortest = Math.min(old.length, next.length);
  let prefix = 0;
  while (prefix < shortest && sameFormulaContent(old[prefix] as PanelFormula, next[prefix] as PanelFormula)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    sameFormulaContent(old[old.length - 1 - suffix] as PanelFormula, next[next.length - 1 - suffix] as PanelFormula)
  ) {
    suffix++;
  }
  if (suffix === 0) return undefined;
  return { at: prefix, remove: old.length - prefix - suffix, insert: next.length - prefix - suffix };
}

/** `list` with a splice's removed rows taken out and empty places for its inserted ones. */
function spliced<T>(list: readonly T[], splice: FormulaSplice): (T | undefined)[] {
  const result: (T | undefined)[] = list.slice();
  result.splice(splice.at, splice.remove, ...new Array<undefined>(splice.insert).fill(undefined));
  return result;
}

/**
 * Applies `patch` positionally; a list of `count` items where each position
 * takes its change, else its move, else the old item. Null when the patch
 * does not fit (a move of a position that did not exist, a new position
 * left empty): the receiver then asks for a whole state.
 */
function applyList<T, M extends { readonly at: number }>(
  old: readonly (T | undefined)[],
  count: number,
  changes: readonly { readonly at: number; readonly value: T }[],
  moves: readonly M[],
  move: (item: T, m: M) => T,
): T[] | null {
  const result: (T | undefined)[] = old.slice(0, count);
  for (const m of moves) {
    const item = m.at < count ? result[m.at] : undefined;
    if (item === undefined) return null;
    result[m.at] = move(item, m);
  }
  for (const c of changes) {
    if (c.at >= count) return null;
    result[c.at] = c.value;
  }
  for (let i = 0; i < count; i++) if (result[i] === undefined) return null;
  return result as T[];
}

/** The state `patch` turns `state` into, or null when the patch was not made from this state's note or does not fit it. */
export function applyPanelPatch(state: PanelState, patch: PanelPatch): PanelState | null {
  if (patch.noteUri !== state.noteUri) return null;
  const blocks = applyList(
    state.blocks,
    patch.blockCount,
    patch.cards.map((c) => ({ at: c.at, value: c.block })),
    patch.cardMoves,
    (block, m) => ({ ...block, line: m.line }),
  );
  const splice = patch.formulaSplice;
  if (splice && (splice.at + splice.remove > state.formulas.length || splice.at > patch.formulaCount)) return null;
  const formulas = applyList(
    splice ? spliced(state.formulas, splice) : state.formulas,
    patch.formulaCount,
    patch.formulas.map((c) => ({ at: c.at, value: c.formula })),
    patch.formulaMoves,
    (formula, m) => ({ ...formula, line: m.line, column: m.column }),
  );
  if (!blocks || !formulas) return null;
  return { ...state, blocks, formulas };
}

/** How many cards and formula rows the receiver must render anew for a patch (pacing). */
export function patchRenderCost(patch: PanelPatch): { readonly cards: number; readonly formulas: number } {
  return { cards: patch.cards.length, formulas: patch.formulas.length };
}

/** Rough JSON size of a card or formula row in a patch (its chart dominates a card). */
function cardSize(block: PanelBlock): number {
  return 400 + (block.svg?.length ?? 0) + (block.summary?.join('').length ?? 0);
}

function formulaSize(formula: PanelFormula): number {
  return 200 + formula.source.length;
}

/** Groups changes in order so that each group's estimated size stays under `maxChars` (one change may exceed it alone). */
function chunked<T>(items: readonly T[], size: (item: T) => number, maxChars: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const s = size(item);
    if (current.length > 0 && total + s > maxChars) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += s;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** `list` with `changes` (ascending positions) put in place; positions at its end are appended. */
function withChanges<T>(list: readonly T[], changes: readonly { readonly at: number; readonly value: T }[]): T[] {
  const result = list.slice();
  for (const c of changes) {
    if (c.at < result.length) result[c.at] = c.value;
    else result.push(c.value);
  }
  return result;
}

/**
 * States on the way from `previous` to `next` such that each step's patch is
 * about `maxChars` or less: when the first edit of a big note runs its 200
 * blocks, one patch would carry 200 charts (2.6 MB), and posting that holds
 * the host (structured clone, compression on code-server's socket, GC) for
 * 50+ ms. Intermediate states only take some of the changed cards or rows;
 * removals and moves come with the last step, which is `next` itself.
 */
export function stepsBetween(previous: PanelState, next: PanelState, maxChars: number): PanelState[] {
  const patch = diffPanelStates(previous, next);
  if (!patch) return [next];
  const cardChunks = chunked(patch.cards, (c) => cardSize(c.block), maxChars);
  // Positions after a splice are not positions in `previous`: such rows all go with the last step.
  const formulaChunks = patch.formulaSplice ? [] : chunked(patch.formulas, (c) => formulaSize(c.formula), maxChars);
  const steps: PanelState[] = [];
  let current = previous;
  for (const chunk of cardChunks.slice(0, cardChunks.length - 1 + (formulaChunks.length > 0 ? 1 : 0))) {
    current = { ...current, blocks: withChanges(current.blocks, chunk.map((c) => ({ at: c.at, value: c.block }))) };
    steps.push(current);
  }
  for (const chunk of formulaChunks.slice(0, -1)) {
    current = { ...current, formulas: withChanges(current.formulas, chunk.map((c) => ({ at: c.at, value: c.formula }))) };
    steps.push(current);
  }
  steps.push(next);
  return steps;
}
