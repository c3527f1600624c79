/**
 * The hover over display math that live preview draws as a block widget
 * (`$$…$$` alone on its lines): CodeMirror's hoverTooltip finds no text under
 * the pointer there, so this shows the same tooltip itself — after the pointer
 * rests on the block, kept while it moves onto the tooltip, gone when it
 * leaves both or the text changes.
 */
import { StateEffect, StateField } from '@codemirror/state';
import { type EditorView, showTooltip, type Tooltip, ViewPlugin } from '@codemirror/view';

const showBlockHover = StateEffect.define<Tooltip | null>();

const blockHoverField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, tr) {
    for (const effect of tr.effects) if (effect.is(showBlockHover)) return effect.value;
    return tr.docChanged ? null : tooltip;
  },
  provide: (field) => showTooltip.from(field),
});

/** The block widget under `target`: a direct child of the content that is not a line of text. */
function blockUnder(view: EditorView, target: EventTarget | null): HTMLElement | undefined {
  let el = target instanceof Element ? target : null;
  while (el && el.parentElement !== view.contentDOM) el = el.parentElement;
  return el instanceof HTMLElement && !el.classList.contains('cm-line') ? el : undefined;
}

/**
 * Shows `tooltipAt(view, pos)` for the block widget the pointer rests on `delayMs`. The listeners are the
 * DOM's own: CodeMirror does not hand a widget's events to an extension's handlers (a widget ignores them).
 */
export function blockHover(tooltipAt: (view: EditorView, pos: number) => Promise<Tooltip | null>, delayMs: number) {
  const pointer = ViewPlugin.define((view) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let over: HTMLElement | undefined;
    const hide = () => {
      clearTimeout(timer);
      over = undefined;
      if (view.state.field(blockHoverField)) view.dispatch({ effects: showBlockHover.of(null) });
    };
    const move = (event: MouseEvent) => {
      if (event.target instanceof Element && event.target.closest('.cm-tooltip')) return;
      const block = blockUnder(view, event.target);
      if (block === over) return;
      hide();
      if (!block) return;
      over = block;
      timer = setTimeout(() => {
        void tooltipAt(view, view.posAtDOM(block)).then((tooltip) => {
          if (!tooltip || over !== block) return;
          // Placed by the block's box: CodeMirror has no coordinates for a position inside a block widget.
          const anchored: Tooltip = { ...tooltip, create: (v) => ({ ...tooltip.create(v), getCoords: () => block.getBoundingClientRect() }) };
          view.dispatch({ effects: showBlockHover.of(anchored) });
        });
      }, delayMs);
    };
    view.dom.addEventListener('mousemove', move);
    view.dom.addEventListener('mouseleave', hide);
    return {
      destroy() {
        clearTimeout(timer);
        view.dom.removeEventListener('mousemove', move);
        view.dom.removeEventListener('mouseleave', hide);
      },
    };
  });
  return [blockHoverField, pointer];
}
