/**
 * The results panel's script. It renders the state the host gives it, keeps
 * that state for a window reload (setState), and turns clicks into messages.
 * Everything arriving from the host is shape-checked before use.
 */
import { assertNever, isHostMessage, isPanelState, isWebviewMessage, type HostMessage, type WebviewMessage } from '../shared/messages';
import type { PanelState } from '../shared/panelModel';
import { applyPanelPatch } from '../shared/panelPatch';
import { blockCard, cardId } from './blockCard';
import { patchPanelView } from './panelPatchView';
import { panelView } from './panelView';
import { chartToPngBase64 } from './pngExport';
import { getVsCodeApi } from './vscodeApi';

const vscode = getVsCodeApi();
const app = document.getElementById('app');

/**
 * What to show before the host answers `ready`: the last state this panel
 * kept (VS Code hands it back when a hidden panel is shown again, and it is
 * at least as new as the page), else the state the host embedded in the page.
 */
function initialState(root: HTMLElement): PanelState | null {
  const saved = vscode.getState();
  if (isPanelState(saved)) return saved;
  const embedded = root.dataset.state;
  if (!embedded) return null;
  try {
    const parsed: unknown = JSON.parse(embedded);
    return isPanelState(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

let state: PanelState | null = null;
/** The host's number for `state`; patches name the version they apply to. Undefined: not from a numbered post. */
let version: number | undefined;
/** A whole state was asked for (`ready`) and has not come yet: ask once, not per patch. */
let awaitingState = true;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Keeps `state` for a reload now. */
function saveNow(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  vscode.setState(state);
}

/**
 * Keeps `state` for a reload soon: patches can come every 50 ms and each
 * save serialises the whole (megabytes for a big note) state.
 */
function saveSoon(): void {
  if (saveTimer === undefined) saveTimer = setTimeout(saveNow, 300);
}

function show(next: PanelState | null, root: HTMLElement): void {
  state = next;
  saveNow();
  root.replaceChildren(panelView(next));
}

/** Asks the host for a whole state, once until one comes. */
function resync(): void {
  if (awaitingState) return;
  awaitingState = true;
  vscode.postMessage({ type: 'ready' });
}

function receive(message: HostMessage, root: HTMLElement): void {
  switch (message.type) {
    case 'state':
      version = message.version;
      awaitingState = false;
      show(message.state, root);
      return;
    case 'patch': {
      // A patch made from another state than ours (we reloaded, or missed one) would show a mix.
      const next = state && version === message.base ? applyPanelPatch(state, message.patch) : null;
      if (!state || !next) {
        resync();
        return;
      }
      if (!patchPanelView(root, state, next, message.patch)) root.replaceChildren(panelView(next));
      state = next;
      version = message.version;
      saveSoon();
      return;
    }
    case 'blockStatus': {
      if (!state) return;
      const { index, status, elapsedMs } = message;
      const blocks = state.blocks.map((b) => (b.index === index ? { ...b, status, elapsedMs: elapsedMs ?? b.elapsedMs } : b));
      state = { ...state, blocks };
      // No longer the host's numbered state: a later patch asks for a whole one instead.
      version = undefined;
      saveNow();
      const block = blocks.find((b) => b.index === index);
      const card = document.getElementById(cardId(index));
      if (block && card) card.replaceWith(blockCard(block));
      return;
    }
    default:
      assertNever(message);
  }
}

/** The message a clicked action button stands for; PNG payloads are added by `send`. */
function messageFor(button: HTMLElement): WebviewMessage | { type: 'export' | 'saveNextToNote'; index: number; format: 'png' } | null {
  const d = button.dataset;
  const index = Number(d.index);
  switch (d.action) {
    case 'reveal':
      return { type: 'reveal', line: Number(d.line) };
    case 'run':
      return { type: 'run', index };
    case 'runAll':
      return { type: 'runAll' };
    case 'export':
    case 'saveNextToNote':
      return d.format === 'png' ? { type: d.action, index, format: 'png' } : { type: d.action, index, format: 'svg' };
    default:
      return null;
  }
}

async function send(button: HTMLElement): Promise<void> {
  const message = messageFor(button);
  if (!message) return;
  if ((message.type === 'export' || message.type === 'saveNextToNote') && message.format === 'png') {
    const svg = document.querySelector<SVGSVGElement>(`#${cardId(message.index)} figure.chart > svg`);
    if (!svg) return;
    const pngBase64 = await chartToPngBase64(svg);
    post({ ...message, format: 'png', pngBase64 });
    return;
  }
  post(message);
}

function post(message: unknown): void {
  // The same validator the host runs: a bug here shows up as a dropped message, not a host surprise.
  if (isWebviewMessage(message)) vscode.postMessage(message);
}

function start(root: HTMLElement): void {
  show(initialState(root), root);
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isHostMessage(event.data)) receive(event.data, root);
  });
  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
    if (!target || !root.contains(target)) return;
    event.preventDefault();
    // A PNG export takes a moment; a second click meanwhile would save it twice.
    if (target.getAttribute('aria-disabled') === 'true') return;
    target.setAttribute('aria-disabled', 'true');
    send(target)
      .catch((e: unknown) => {
        const error = document.createElement('p');
        error.className = 'error-text';
        error.setAttribute('role', 'alert');
        error.textContent = `Could not export the chart: ${e instanceof Error ? e.message : String(e)}`;
        target.after(error);
      })
      .finally(() => target.removeAttribute('aria-disabled'));
  });
  // A hidden panel is torn down: keep what a pending save would have kept.
  window.addEventListener('pagehide', () => {
    if (saveTimer !== undefined) saveNow();
  });
  vscode.postMessage({ type: 'ready' });
}

if (app) start(app);
