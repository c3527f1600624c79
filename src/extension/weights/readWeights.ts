/**
 * Reads the weights files a block names, through `workspace.fs` so it works
 * in remote and virtual workspaces. Every failure becomes a clear message for
 * the block (missing file, too big, bad JSON, wrong shape), never a throw.
 */
import * as vscode from 'vscode';
import { weightsDataProblem, type WeightsEntry } from '../worker/protocol';
import type { WeightsData } from '../../core/types';
import { MAX_WEIGHTS_FILE_BYTES, resolveWeightsPath } from './weightsPath';

async function readOne(noteUri: vscode.Uri, written: string): Promise<WeightsEntry> {
  if (noteUri.scheme === 'untitled') {
    return { ok: false, message: `weights: save the note first — '${written}' is read relative to the note's folder` };
  }
  const folder = vscode.workspace.getWorkspaceFolder(noteUri);
  const resolved = resolveWeightsPath(noteUri.path, written, folder?.uri.path);
  if (!resolved.ok) return { ok: false, message: resolved.message };
  const uri = noteUri.with({ path: resolved.path, query: '', fragment: '' });
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_WEIGHTS_FILE_BYTES) {
      return { ok: false, message: `weights: '${written}' is ${(stat.size / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_WEIGHTS_FILE_BYTES / 2 ** 20} MB` };
    }
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    const missing = err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
    return { ok: false, message: missing ? `weights: '${written}' not found next to the note` : `weights: cannot read '${written}': ${(err as Error).message}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (err) {
    return { ok: false, message: `weights: '${written}' is not valid JSON: ${(err as Error).message}` };
  }
  const problem = weightsDataProblem(data);
  return problem ? { ok: false, message: `weights: '${written}': ${problem}` } : { ok: true, data: data as WeightsData };
}

/** Reads each distinct path written in a block; the result is keyed by the path as written. */
export async function readWeightsFiles(noteUri: vscode.Uri, paths: readonly string[]): Promise<Record<string, WeightsEntry>> {
  const out: Record<string, WeightsEntry> = {};
  for (const path of new Set(paths)) out[path] = await readOne(noteUri, path);
  return out;
}
