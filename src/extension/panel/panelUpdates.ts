/**
 * Decides what the host posts to the results panel: a whole state the first
 * time (and whenever the webview may have lost what it had), then only
 * patches against the state it last posted. Pure and vscode-free so the
 * protocol is unit-tested; the panel host owns one per webview.
 */
import type { PatchMessage, StateMessage } from '../../shared/messages';
import type { PanelState } from '../../shared/panelModel';
import { diffPanelStates, isEmptyPatch, stepsBetween } from '../../shared/panelPatch';

/**
 * About the most a single patch carries, in characters: posting a message
 * holds the host for its structured clone and, in code-server, its
 * compression on the socket (a 2.6 MB patch of 200 charts took ~45 ms).
 */
export const MAX_PATCH_CHARS = 128 * 1024;

/** How many cards and formula rows the webview renders anew for a message (what paces the next one). */
export interface RenderCost {
  readonly cards: number;
  readonly formulas: number;
}

/** What messages make the webview render: everything for a state, the changed positions for a patch. */
export function renderCost(messages: readonly (StateMessage | PatchMessage)[]): RenderCost {
  let cards = 0;
  let formulas = 0;
  for (const m of messages) {
    cards += m.type === 'state' ? m.state.blocks.length : m.patch.cards.length;
    formulas += m.type === 'state' ? m.state.formulas.length : m.patch.formulas.length;
  }
  return { cards, formulas };
}

/** Tracks the version and content the webview last received. */
export class PanelUpdateTracker {
  private sent: PanelState | undefined;
  private version = 0;

  /** A whole-state message; from now on patches are made against `state`. */
  full(state: PanelState): StateMessage {
    this.version += 1;
    this.sent = state;
    return { type: 'state', state, version: this.version };
  }

  /**
   * The messages that bring the webview from what it last received to
   * `state`: patches when it holds a state of the same note (several, each
   * about `MAX_PATCH_CHARS` or less, when much changed), a whole state for
   * another note, or none when nothing it shows changed — or when it has
   * received nothing yet: a webview that starts (or restarts after being
   * hidden) always asks with `ready` and is answered with a whole state.
   */
  next(state: PanelState): (StateMessage | PatchMessage)[] {
    if (!this.sent) return [];
    if (!diffPanelStates(this.sent, state)) return [this.full(state)];
    const messages: PatchMessage[] = [];
    for (const step of stepsBetween(this.sent, state, MAX_PATCH_CHARS)) {
      const patch = diffPanelStates(this.sent, step);
      if (patch && !isEmptyPatch(patch, this.sent)) {
        const base = this.version;
        this.version += 1;
        messages.push({ type: 'patch', base, version: this.version, patch });
      }
      // Even an empty step becomes the baseline: its objects are the newer ones, matched by identity next time.
      this.sent = step;
    }
    return messages;
  }

  /** The webview lost or will lose what it had (hidden, reloaded, new): nothing is posted until it asks with `ready`. */
  forget(): void {
    this.sent = undefined;
  }

  /** The version of the last message made, 0 before any. */
  get currentVersion(): number {
    return this.version;
  }
}
