/**
 * A `gradexp` block in reading view and live preview: the results panel's card
 * (chart, summary, located errors, Run button, what the experiment computes),
 * kept up to date as its run changes. Obsidian makes one of these per render
 * of the block and unloads it when the block leaves the view.
 */
import { MarkdownRenderChild } from 'obsidian';
import { blockCard } from '../../webview/blockCard';
import { panelBlock } from '../../shared/panelStateBuilder';
import { blockInfo } from '../../shared/noteParse';
import type { BlockRunState } from '../../shared/blockState';
import type { Services } from '../plugin/services';
import { blockStart, type LocatedBlock } from './locateBlock';
import { onCardAction, withoutExports } from './cardActions';

export class GradexpBlockView extends MarkdownRenderChild {
  private shown: BlockRunState | undefined | null = null;
  /** Why the block is not run (over the work budget), decided when it is shown. */
  private refusal: BlockRunState | undefined;

  constructor(
    containerEl: HTMLElement,
    private readonly block: LocatedBlock,
    private readonly sourcePath: string,
    private readonly services: Services,
  ) {
    super(containerEl);
  }

  onload(): void {
    this.containerEl.addClass('gradexp-block');
    this.register(this.services.runs.onChange(() => this.refresh()));
    this.register(
      onCardAction(this.containerEl, (action) => {
        if (action.kind === 'run') void this.services.runs.run(this.block.ref);
        else if (action.kind === 'reveal' && !this.block.detached) void this.services.reveal(this.sourcePath, action.line);
      }),
    );
    const start = blockStart(this.block.parsed, this.services.settings());
    if (start.kind === 'refuse' && start.message) this.refusal = { kind: 'failed', content: this.block.ref.content, message: start.message };
    if (start.kind === 'run' && !this.services.runs.state(this.block.ref)) void this.services.runs.run(this.block.ref);
    this.refresh();
  }

  /** Draws the card again when this block's run changed (every block hears every run's change). */
  private refresh(): void {
    // A run asked for with the Run button wins over the refusal (it reports the same budget, located).
    const state = this.services.runs.state(this.block.ref) ?? this.refusal;
    if (state === this.shown && this.containerEl.childElementCount > 0) return;
    this.shown = state;
    const card = withoutExports(blockCard(panelBlock(blockInfo(this.block.parsed), state)));
    const children: HTMLElement[] = [card];
    if (this.block.detached) {
      const note = createEl('p', { cls: 'gradexp-detached', text: 'Shown outside its note: lines count from the opening fence as line 1.' });
      children.push(note);
    }
    this.containerEl.replaceChildren(...children);
  }
}
