/**
 * What the host does with a message from the results panel. Pure and
 * vscode-free so the rules can be unit-tested: anything that is not a known,
 * well-formed message — or that names a block the note does not have — is
 * dropped without a side effect.
 */
import { assertNever, isWebviewMessage, type ChartPayload } from '../../shared/messages';
import type { PanelState } from '../../shared/panelModel';

/** The host's side effects, one per kind of request. */
export interface PanelRequestHandlers {
  /** The webview (re)loaded and wants the current state. */
  sendState(state: PanelState): void;
  revealLine(noteUri: string, line: number): void;
  runBlock(noteUri: string, index: number): void;
  runAll(noteUri: string): void;
  exportChart(state: PanelState, index: number, payload: ChartPayload): void;
  saveNextToNote(state: PanelState, index: number, payload: ChartPayload): void;
}

/** Routes one incoming message to a handler; returns false when it was ignored. */
export function routePanelMessage(message: unknown, state: PanelState | undefined, handlers: PanelRequestHandlers): boolean {
  if (!isWebviewMessage(message) || !state) return false;
  const note = state.noteUri;
  const knownBlock = (index: number) => state.blocks.some((b) => b.index === index);
  switch (message.type) {
    case 'ready':
      handlers.sendState(state);
      return true;
    case 'reveal':
      handlers.revealLine(note, message.line);
      return true;
    case 'run':
      if (!knownBlock(message.index)) return false;
      handlers.runBlock(note, message.index);
      return true;
    case 'runAll':
      handlers.runAll(note);
      return true;
    case 'export':
      if (!knownBlock(message.index)) return false;
      handlers.exportChart(state, message.index, message);
      return true;
    case 'saveNextToNote':
      if (!knownBlock(message.index)) return false;
      handlers.saveNextToNote(state, message.index, message);
      return true;
    default:
      return assertNever(message);
  }
}
