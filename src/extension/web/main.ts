/**
 * The web entry (package.json `browser`, dist/web/extension.js): gradexp in
 * VS Code for the Web's web-worker extension host (vscode.dev, github.dev,
 * code-server with `remote.extensionKind` "ui"), where there is no Node. Its
 * workers are Web Workers started from Blob URLs of their bundles (the host
 * allows no worker from the extension's own origin), MathJax is bundled in
 * and evaluated on the first formula hover, there is no home folder, and
 * responsiveness is a timer's drift. esbuild.js fails the build if any Node
 * module reaches this bundle. Everything else is activate.ts.
 */
import * as vscode from 'vscode';
import { activateWith, type GradexpApi } from '../activate';
import type { ExtensionHost, WorkerKind } from '../host';
import { TimerDriftMonitor } from '../responsiveness/timerDriftMonitor';
import { WebThread, type BrowserWorker } from './webThread';

export type { GradexpApi } from '../activate';

/** The browser's Worker constructor (the extension's tsconfig has no DOM types). */
declare const Worker: new (url: string, options?: { readonly name?: string }) => BrowserWorker;

/** The bundle each worker runs (esbuild.js builds them). */
const WORKER_SCRIPTS: Record<WorkerKind, string> = {
  run: 'dist/web/worker.js',
  scan: 'dist/web/scan-worker.js',
  check: 'dist/web/workspace-check-worker.js',
};

/**
 * The text of one of the extension's files: fetched (the host maps the
 * extension's own URIs to ones the browser can load), or else read through
 * workspace.fs.
 */
async function readExtensionFile(uri: vscode.Uri): Promise<Uint8Array> {
  try {
    const response = await fetch(uri.toString(true));
    if (response.ok) return new Uint8Array(await response.arrayBuffer());
  } catch {
    // fall through to workspace.fs
  }
  return vscode.workspace.fs.readFile(uri);
}

/** A Blob URL of a worker bundle, made once per kind and kept for later workers. */
function scriptUrls(extensionUri: vscode.Uri): (kind: WorkerKind) => Promise<string> {
  const urls = new Map<WorkerKind, Promise<string>>();
  return (kind) => {
    let url = urls.get(kind);
    if (!url) {
      url = readExtensionFile(vscode.Uri.joinPath(extensionUri, WORKER_SCRIPTS[kind])).then((bytes) =>
        URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })),
      );
      // A failed read is tried again by the next worker of this kind.
      url.catch(() => urls.delete(kind));
      urls.set(kind, url);
    }
    return url;
  };
}

function webHost(context: vscode.ExtensionContext): ExtensionHost {
  const scriptUrl = scriptUrls(context.extensionUri);
  return {
    name: 'web worker',
    startWorker: (kind) => new WebThread(scriptUrl(kind), (url) => new Worker(url, { name: `gradexp-${kind}` })),
    // Bundled into this file by esbuild (no Node require at run time), evaluated on the first call.
    loadFormulaRenderer: () => require('../hover/formulaImage/renderSvg') as typeof import('../hover/formulaImage/renderSvg'),
    homeFolder: undefined,
    responsiveness: () => ({ monitor: new TimerDriftMonitor() }),
  };
}

/** Activates gradexp for Markdown notes in the web-worker extension host. */
export function activate(context: vscode.ExtensionContext): GradexpApi {
  return activateWith(context, webHost(context));
}

/** Nothing to do: everything is disposed through context.subscriptions. */
export function deactivate(): void {}
