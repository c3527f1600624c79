/**
 * Decides what the host posts to the results panel: a whole state the first
 * time (and whenever the webview may have lost what it had), then only
 * patches against the state it last posted. Pure and vscode-free so the
 * protocol is unit-tested; the panel host owns one per webview.
 */
import type { PatchMessage, StateMessage } from '../../shared/messages';
import type { PanelState } from '../../shared/panelModel';
import { diffPanelStates, isEmptyPatch } from '../../shared/panelPatch';

/** How many cards and formula rows the webview renders anew for a message (what paces the next one). */
export interface RenderCost {
  readonly cards: number;
  readonly formulas: number;
}

/** What a message makes the webview render: everything for a state, the changed positions for a patch. */
export function renderCost(message: StateMessage | PatchMessage): RenderCost {
  return message.type === 'state'
    ? { cards: message.state.blocks.length, formulas: message.state.formulas.length }
    : { cards: message.patch.cards.length, formulas: message.patch.formulas.length };
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
   * The message that brings the webview from what it last received to
   * `state`: a patch when it holds a state of the same note, a whole state
   * for another note, or null when nothing it shows changed — or when it has
   * received nothing yet: a webview that starts (or restarts after being
   * hidden) always asks with `ready` and is answered with a whole state.
   */
  next(state: PanelState): StateMessage | PatchMessage | null {
    if (!this.sent) return null;
    const patch = diffPanelStates(this.sent, state);
    if (!patch) return this.full(state);
    if (isEmptyPatch(patch, this.sent)) {
      // Keep the newer objects as the baseline: the next diff then matches them by identity.
      this.sent = state;
      return null;
    }
    const base = this.version;
    this.version += 1;
    this.sent = state;
    return { type: 'patch', base, version: this.version, patch };
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
