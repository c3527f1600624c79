/** Panel patches: a diff applied to its base gives the new state exactly, and carries only what changed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PanelBlock, PanelFormula, PanelState } from '../../src/shared/panelModel';
import { applyPanelPatch, diffPanelStates, isEmptyPatch, type PanelPatch } from '../../src/shared/panelPatch';
import { isPanelPatch } from '../../src/shared/messages';

const NOTE = 'file:///stress.md';

function card(index: number, line: number, extra: Partial<PanelBlock> = {}): PanelBlock {
  return { index, line, title: `block ${index}`, experiment: 'power', dtype: 'fp16', status: 'done', svg: `<svg id="s${index}"/>`, summary: ['ok'], ...extra };
}

function row(line: number, source: string, extra: Partial<PanelFormula> = {}): PanelFormula {
  return { line, column: 3, source, display: false, valueText: '1', verdict: 'none', relativeError: null, ...extra };
}

function note(blocks: PanelBlock[], formulas: PanelFormula[]): PanelState {
  return { noteUri: NOTE, noteName: 'stress.md', blocks, formulas };
}

const base = note([card(0, 3), card(1, 13), card(2, 23)], [row(1, 'a'), row(11, 'b'), row(21, 'c')]);

function diff(previous: PanelState, next: PanelState): PanelPatch {
  const patch = diffPanelStates(previous, next);
  if (!patch) throw new Error('expected a patch');
  return patch;
}

describe('diffPanelStates', () => {
  it('carries just the card a finished run changed, not the other charts', () => {
    const next = note([base.blocks[0]!, card(1, 13, { svg: '<svg id="new"/>', elapsedMs: 4 }), base.blocks[2]!], [...base.formulas]);
    const patch = diff(base, next);
    expect(patch.cards).toEqual([{ at: 1, block: next.blocks[1] }]);
    expect(patch.cardMoves).toEqual([]);
    expect(patch.formulas).toEqual([]);
    expect(applyPanelPatch(base, patch)).toEqual(next);
  });

  it('sends a line shift (typing above) as moves, without the cards or formulas themselves', () => {
    const next = note(
      base.blocks.map((b, i) => (i === 0 ? b : { ...b, line: b.line + 1 })),
      base.formulas.map((f, i) => (i === 0 ? f : { ...f, line: f.line + 1, column: 5 })),
    );
    const patch = diff(base, next);
    expect(patch.cards).toEqual([]);
    expect(patch.cardMoves).toEqual([{ at: 1, line: 14 }, { at: 2, line: 24 }]);
    expect(patch.formulas).toEqual([]);
    expect(patch.formulaMoves).toEqual([{ at: 1, line: 12, column: 5 }, { at: 2, line: 22, column: 5 }]);
    expect(JSON.stringify(patch)).not.toContain('<svg');
    expect(applyPanelPatch(base, patch)).toEqual(next);
  });

  it('handles added and removed cards and rows by count', () => {
    const grown = note([...base.blocks, card(3, 33)], [...base.formulas, row(31, 'd')]);
    const up = diff(base, grown);
    expect(up.cards).toEqual([{ at: 3, block: grown.blocks[3] }]);
    expect(up.formulas).toEqual([{ at: 3, formula: grown.formulas[3] }]);
    expect(applyPanelPatch(base, up)).toEqual(grown);
    const shrunk = note([base.blocks[0]!], []);
    const down = diff(base, shrunk);
    expect(down).toMatchObject({ blockCount: 1, formulaCount: 0, cards: [], formulas: [] });
    expect(applyPanelPatch(base, down)).toEqual(shrunk);
  });

  it('is empty for an equal state made of new objects, and null for another note', () => {
    const copy: PanelState = JSON.parse(JSON.stringify(base));
    expect(isEmptyPatch(diff(base, copy), base)).toBe(true);
    expect(diffPanelStates(base, { ...base, noteUri: 'file:///other.md', noteName: 'other.md' })).toBeNull();
  });
});

describe('formula splices', () => {
  it('sends a formula typed into the prose as one inserted row; the rows after it only move', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(10 + i, `x_{${i}}`));
    const before = note([], rows);
    const after = note([], [...rows.slice(0, 20), row(29, 'y'), ...rows.slice(20).map((f) => ({ ...f, column: 9 }))]);
    const patch = diff(before, after);
    expect(patch.formulaSplice).toEqual({ at: 20, remove: 0, insert: 1 });
    expect(patch.formulas).toEqual([{ at: 20, formula: after.formulas[20] }]);
    expect(patch.formulaMoves).toHaveLength(30);
    expect(applyPanelPatch(before, patch)).toEqual(after);
    const back = diff(after, before);
    expect(back.formulaSplice).toEqual({ at: 20, remove: 1, insert: 0 });
    expect(back.formulas).toEqual([]);
    expect(applyPanelPatch(after, back)).toEqual(before);
  });

  it('refuses a splice beyond the rows it is applied to', () => {
    const patch = { ...diff(base, note([...base.blocks], [row(1, 'a'), row(5, 'new'), ...base.formulas.slice(1)])) };
    expect(applyPanelPatch(base, { ...patch, formulaSplice: { at: 3, remove: 2, insert: 1 } })).toBeNull();
  });
});

describe('applyPanelPatch', () => {
  it('refuses a patch that does not fit the state it is applied to', () => {
    const empty = { noteUri: NOTE, blockCount: 3, cards: [], cardMoves: [], formulaCount: 3, formulas: [], formulaMoves: [] };
    expect(applyPanelPatch(base, empty)).toEqual(base);
    expect(applyPanelPatch(base, { ...empty, noteUri: 'file:///other.md' })).toBeNull();
    // A new position with nothing to put there.
    expect(applyPanelPatch(base, { ...empty, blockCount: 4 })).toBeNull();
    // A change or a move past the end.
    expect(applyPanelPatch(base, { ...empty, cards: [{ at: 3, block: card(3, 1) }] })).toBeNull();
    expect(applyPanelPatch(base, { ...empty, formulaCount: 1, formulaMoves: [{ at: 2, line: 1, column: 1 }] })).toBeNull();
  });
});

const smallText = fc.constantFrom('a', 'b', 'c');
const arbCard = (index: number) =>
  fc.record({
    line: fc.integer({ min: 1, max: 5 }),
    title: smallText,
    status: fc.constantFrom('idle', 'done', 'error') as fc.Arbitrary<PanelBlock['status']>,
    svg: fc.option(smallText, { nil: undefined }),
    summary: fc.option(fc.array(smallText, { maxLength: 2 }), { nil: undefined }),
  }).map((c) => {
    const block: PanelBlock = { index, line: c.line, title: c.title, experiment: 'mlp', dtype: 'fp32', status: c.status };
    return { ...block, ...(c.svg === undefined ? {} : { svg: c.svg }), ...(c.summary === undefined ? {} : { summary: c.summary }) };
  });
const arbRow = fc
  .record({ line: fc.integer({ min: 1, max: 4 }), column: fc.integer({ min: 1, max: 3 }), source: smallText, display: fc.boolean(), verdict: fc.constantFrom('holds', 'fails', 'none') as fc.Arbitrary<PanelFormula['verdict']> })
  .map((r): PanelFormula => ({ ...r, valueText: null, relativeError: null }));
const arbState = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.array(arbRow, { maxLength: 8 }))
  .chain(([n, formulas]) => fc.tuple(...Array.from({ length: n }, (_, i) => arbCard(i))).map((blocks) => note(blocks, formulas)));

describe('patches, property-tested', () => {
  it('apply(previous, diff(previous, next)) equals next, and every patch is a valid message body', () => {
    fc.assert(
      fc.property(arbState, arbState, (previous, next) => {
        const patch = diff(previous, next);
        expect(isPanelPatch(JSON.parse(JSON.stringify(patch)))).toBe(true);
        expect(applyPanelPatch(previous, patch)).toEqual(next);
        // A move never stands for a content change: moved positions are equal but for place.
        const sp = patch.formulaSplice;
        const oldAt = (at: number) => (!sp || at < sp.at ? at : at - sp.insert + sp.remove);
        for (const m of patch.formulaMoves) expect({ ...previous.formulas[oldAt(m.at)], line: 0, column: 0 }).toEqual({ ...next.formulas[m.at], line: 0, column: 0 });
        for (const m of patch.cardMoves) expect({ ...previous.blocks[m.at], line: 0 }).toEqual({ ...next.blocks[m.at], line: 0 });
      }),
      { numRuns: 2000 },
    );
  });
});
