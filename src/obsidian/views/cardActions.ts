/**
 * The clicks on a card or formula row (the results panel's markup: buttons
 * carry `data-action` and its data), handled by one listener per container as
 * in the panel: Run runs the block, Run all the note's blocks, a title, location
 * or formula reveals its line (in another note when the button names its `data-path`).
 */

/** What a click asks for. */
export type CardAction =
  | { readonly kind: 'run'; readonly index: number }
  | { readonly kind: 'runAll' }
  | { readonly kind: 'reveal'; readonly line: number; readonly path?: string };

/** The action of the button a click landed in, if any (export buttons are not offered in Obsidian). */
export function actionOf(target: EventTarget | null): CardAction | undefined {
  const button = target instanceof Element ? target.closest<HTMLElement>('[data-action]') : null;
  if (!button) return undefined;
  const number = (name: string) => Number(button.getAttribute(`data-${name}`));
  const action = button.getAttribute('data-action');
  if (action === 'run' && Number.isInteger(number('index'))) return { kind: 'run', index: number('index') };
  if (action === 'runAll') return { kind: 'runAll' };
  const path = button.getAttribute('data-path') ?? undefined;
  if (action === 'reveal' && Number.isInteger(number('line'))) return { kind: 'reveal', line: number('line'), ...(path ? { path } : {}) };
  return undefined;
}

/** Listens for card actions inside `container`; returns the unsubscribe. */
export function onCardAction(container: HTMLElement, handle: (action: CardAction) => void): () => void {
  const listener = (event: MouseEvent) => {
    const action = actionOf(event.target);
    if (!action) return;
    event.preventDefault();
    handle(action);
  };
  container.addEventListener('click', listener);
  return () => container.removeEventListener('click', listener);
}

/** A card as the plugin shows it: the panel's card without its export buttons (saving charts is the panel's). */
export function withoutExports(card: HTMLElement): HTMLElement {
  card.querySelector('.export')?.remove();
  return card;
}
