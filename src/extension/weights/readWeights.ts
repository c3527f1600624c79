/**
 * Reads the weights files a block names, through `workspace.fs` so it works
 * in remote and virtual workspaces. Every failure becomes a clear message for
 * the block (missing file, not a file, too big, bad JSON, wrong shape), never a
 * throw, and no message quotes the file's content (core weightsJson.ts).
 */
import * as vscode from 'vscode';
import { weightsDataProblem, type WeightsEntry } from '../../shared/weightsData';
import { type WeightsData, parseWeightsJson, shortToken } from '../../core/api/notes';
import { MAX_WEIGHTS_FILE_BYTES, resolveWeightsPath, weightsRootFor } from './weightsPath';

async function readOne(noteUri: vscode.Uri, written: string, homeFolder: string | undefined): Promise<WeightsEntry> {
  const shown = shortToken(written.trim());
  if (noteUri.scheme === 'untitled') {
    return { ok: false, message: `weights: save the note first — '${shown}' is read relative to the note's folder` };
  }
  const folder = vscode.workspace.getWorkspaceFolder(noteUri);
  // The home folder is known for local files only; a remote host's is its own business.
  const home = folder?.uri.scheme === 'file' && homeFolder !== undefined ? vscode.Uri.file(homeFolder).path : undefined;
  const resolved = resolveWeightsPath(noteUri.path, written, weightsRootFor(folder?.uri.path, home));
  if (!resolved.ok) return { ok: false, message: resolved.message };
  const uri = noteUri.with({ path: resolved.path, query: '', fragment: '' });
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    // A FIFO or device reports neither File nor Directory: reading it could block or never end.
    if ((stat.type & vscode.FileType.File) === 0) {
      const what = stat.type & vscode.FileType.Directory ? 'a folder' : 'not a regular file (a FIFO, socket or device)';
      return { ok: false, message: `weights: '${shown}' is ${what}` };
    }
    if (stat.size > MAX_WEIGHTS_FILE_BYTES) {
      return { ok: false, message: `weights: '${shown}' is ${(stat.size / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_WEIGHTS_FILE_BYTES / 2 ** 20} MB` };
    }
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (err) {
    const missing = err instanceof vscode.FileSystemError && err.code === 'FileNotFound';
    return { ok: false, message: missing ? `weights: '${shown}' not found next to the note` : `weights: cannot read '${shown}': ${shortToken((err as Error).message, 120)}` };
  }
  const parsed = parseWeightsJson(new TextDecoder('utf-8').decode(bytes));
  if (!parsed.ok) return { ok: false, message: `weights: '${shown}' is ${parsed.message}` };
  const problem = weightsDataProblem(parsed.data);
  return problem ? { ok: false, message: `weights: '${shown}': ${problem}` } : { ok: true, data: parsed.data as WeightsData };
}

/**
 * Reads each distinct path written in a block; the result is keyed by the path as written.
 * `homeFolder` is the user's home folder on the desktop (undefined on the web, which has none).
 */
export async function readWeightsFiles(noteUri: vscode.Uri, paths: readonly string[], homeFolder: string | undefined): Promise<Record<string, WeightsEntry>> {
  const out: Record<string, WeightsEntry> = {};
  for (const path of new Set(paths)) out[path] = await readOne(noteUri, path, homeFolder);
  return out;
}
