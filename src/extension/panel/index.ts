/**
 * The results panel beside the note: one webview, created on demand, that
 * survives a window reload (WebviewPanelSerializer + the webview's setState)
 * and turns the webview's validated messages into host actions.
 */
import * as vscode from 'vscode';
import { bytesToBase64 } from '../base64';
import { isPanelState, type HostMessage } from '../../shared/messages';
import type { PanelState } from '../../shared/panelModel';
import { buildPanelHtml } from './html';
import { exportChart, saveChartNextToNote } from './chartExport';
import { routePanelMessage } from './messageRouter';
import { PanelUpdateTracker, renderCost, type RenderCost } from './panelUpdates';

/** The webview panel's view type (activation event `onWebviewPanel:gradexp.results`). */
export const RESULTS_VIEW_TYPE = 'gradexp.results';

/** What the panel asks the rest of the extension to do. */
export interface PanelActions {
  revealLine(noteUri: string, line: number): void;
  runBlock(noteUri: string, index: number): void;
  runAll(noteUri: string): void;
  /** Called after a window reload restored the panel, so the host can send fresh results. */
  restored?(noteUri: string): void;
}

/** Time between posting the parts of one big update (a 200-chart burst goes as ~20 parts over ~0.3 s). */
const POST_SPACING_MS = 16;

/** A fresh 128-bit nonce for one render of the panel's HTML. */
export function createNonce(): string {
  return bytesToBase64(crypto.getRandomValues(new Uint8Array(16)));
}

/** Owns the results panel: show/update it with a PanelState, route its messages, restore it after reload. */
export class ResultsPanelHost implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private state: PanelState | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  /** What the webview last received, so updates can go as patches. */
  private readonly updates = new PanelUpdateTracker();
  /** Patches waiting for their turn to be posted, oldest first. */
  private queue: HostMessage[] = [];
  private readonly serializer: vscode.Disposable;

  /** Registers the serializer; the panel itself is created by the first `show`. */
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly actions: PanelActions,
  ) {
    this.serializer = vscode.window.registerWebviewPanelSerializer(RESULTS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, saved: unknown) => this.restore(panel, saved),
    });
  }

  /** URI of the note the open panel shows; undefined when the panel is closed. */
  get noteUri(): string | undefined {
    return this.panel ? this.state?.noteUri : undefined;
  }

  /** Shows `state`, creating the panel beside the editor or revealing it, without taking focus. */
  show(state: PanelState): void {
    this.state = state;
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
      this.panel.title = panelTitle(state);
      this.postFull(state);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      RESULTS_VIEW_TYPE,
      panelTitle(state),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.webviewOptions(),
    );
    this.attach(panel);
  }

  /**
   * Brings the open panel to `state` (a closed panel stays closed), posting
   * only what changed since the webview's last message. Returns what the
   * webview has to render for it, or undefined when nothing was posted.
   */
  update(state: PanelState): RenderCost | undefined {
    if (!this.panel) return undefined;
    this.state = state;
    this.panel.title = panelTitle(state);
    if (!this.panel.visible) {
      // A hidden webview is torn down (no retained context) and asks with `ready` when shown again,
      // getting this.state whole then: serialising anything for it now would only hold the host.
      this.updates.forget();
      this.queue = [];
      return undefined;
    }
    const messages = this.updates.next(state);
    if (messages.length === 0) return undefined;
    for (const message of messages) this.enqueue(message);
    return renderCost(messages);
  }

  /** Closes the panel and unregisters the serializer. */
  dispose(): void {
    this.serializer.dispose();
    this.panel?.dispose();
    this.detach();
  }

  private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      // The panel rebuilds itself from setState/`ready` when shown again; keeping it alive would cost memory.
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    };
  }

  private async restore(panel: vscode.WebviewPanel, saved: unknown): Promise<void> {
    // The saved state comes from the webview: trust its shape only after checking it.
    this.state = isPanelState(saved) ? saved : undefined;
    panel.webview.options = this.webviewOptions();
    const previous = this.panel;
    if (previous) {
      this.detach();
      this.panel = undefined;
      previous.dispose();
    }
    this.attach(panel);
    if (this.state) this.actions.restored?.(this.state.noteUri);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    // A new webview starts from the state embedded in its page and asks with `ready`.
    this.updates.forget();
    this.queue = [];
    this.panelSubscriptions = [
      panel.onDidDispose(() => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.detach();
        }
      }),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
    ];
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
    panel.webview.html = this.html(panel.webview);
  }

  private detach(): void {
    for (const d of this.panelSubscriptions) d.dispose();
    this.panelSubscriptions = [];
  }

  private html(webview: vscode.Webview): string {
    const media = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', ...path)).toString();
    return buildPanelHtml({
      cspSource: webview.cspSource,
      nonce: createNonce(),
      scriptUri: media('dist', 'panel.js'),
      styleUris: [media('dist', 'katex', 'katex.min.css'), media('panel.css')],
      state: this.state ?? null,
    });
  }

  /** Posts a whole state; later updates are patched against it, and patches not yet posted are dropped. */
  private postFull(state: PanelState): void {
    this.queue = [];
    this.post(this.updates.full(state));
  }

  /**
   * Posts messages one per turn of the event loop: each post holds the host
   * for a structured clone and its compression on the socket, and a big
   * update comes as several patches (see MAX_PATCH_CHARS).
   */
  private enqueue(message: HostMessage): void {
    this.queue.push(message);
    if (this.queue.length === 1) this.drainSoon(0);
  }

  /**
   * Posts the next queued message after `delayMs`. Parts of one big update
   * are spaced by POST_SPACING_MS so that their compression and the garbage
   * they leave do not pile up into one long hold of the thread.
   */
  private drainSoon(delayMs: number): void {
    setTimeout(() => {
      const message = this.queue.shift();
      if (message) this.post(message);
      if (this.queue.length > 0) this.drainSoon(POST_SPACING_MS);
    }, delayMs);
  }

  private post(message: HostMessage): void {
    // A hidden webview drops messages; it asks again with `ready` when it is shown.
    void this.panel?.webview.postMessage(message);
  }

  private receive(message: unknown): void {
    routePanelMessage(message, this.state, {
      sendState: (state) => this.postFull(state),
      revealLine: (note, line) => this.actions.revealLine(note, line),
      runBlock: (note, index) => this.actions.runBlock(note, index),
      runAll: (note) => this.actions.runAll(note),
      exportChart: (state, index, payload) => reportFailure(exportChart(state, index, payload), 'export the chart'),
      saveNextToNote: (state, index, payload) => reportFailure(saveChartNextToNote(state, index, payload), 'save the chart'),
    });
  }
}

function panelTitle(state: PanelState): string {
  return `gradexp: ${state.noteName}`;
}

function reportFailure(work: Promise<void>, what: string): void {
  work.catch((e: unknown) => {
    const reason = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(`gradexp: could not ${what}: ${reason}`);
  });
}
