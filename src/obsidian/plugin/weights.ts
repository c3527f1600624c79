/**
 * The `weights:` files a block names, read from the vault on the main thread
 * and handed to the worker with the run (the worker reads no files). The rules
 * are the editor's: a path relative to the note that stays inside the vault,
 * at most MAX_WEIGHTS_FILE_BYTES, valid JSON of the weights shape; every
 * failure is a message for the block, never a throw.
 */
import { findBlocks, MAX_WEIGHTS_FILE_BYTES, parseBlock, parseWeightsJson, resolveWeightsPathRule, shortToken, type WeightsData } from '../../core/api/notes';
import { weightsDataProblem, type WeightsEntry } from '../../shared/weightsData';

/** The vault as this needs it: a file's size and text by vault path (null when there is no such file). */
export interface WeightsVault {
  stat(path: string): { readonly size: number } | null;
  read(path: string): Promise<string>;
}

/** The weights paths written in block `index` of `note`, each once. */
export function weightsPaths(note: string, index: number): string[] {
  const block = findBlocks(note)[index];
  if (!block) return [];
  const paths = parseBlock(note, block).series.map((s) => s.spec.weightsPath);
  return [...new Set(paths.filter((p): p is string => p !== null))];
}

async function readOne(vault: WeightsVault, notePath: string, written: string): Promise<WeightsEntry> {
  const shown = shortToken(written.trim());
  // Vault paths as absolute POSIX paths under '/', the vault itself the folder a file must stay in.
  const rule = resolveWeightsPathRule(`/${notePath}`, written, '/', 'vault');
  if (!rule.ok) return { ok: false, message: `weights: '${shown}': ${rule.reason}` };
  const path = rule.path.slice(1);
  const stat = vault.stat(path);
  if (!stat) return { ok: false, message: `weights: '${shown}' not found next to the note` };
  if (stat.size > MAX_WEIGHTS_FILE_BYTES) {
    return { ok: false, message: `weights: '${shown}' is ${(stat.size / 2 ** 20).toFixed(0)} MB; the limit is ${MAX_WEIGHTS_FILE_BYTES / 2 ** 20} MB` };
  }
  let text: string;
  try {
    text = await vault.read(path);
  } catch (e) {
    return { ok: false, message: `weights: cannot read '${shown}': ${shortToken(e instanceof Error ? e.message : String(e), 120)}` };
  }
  const parsed = parseWeightsJson(text);
  if (!parsed.ok) return { ok: false, message: `weights: '${shown}' is ${parsed.message}` };
  const problem = weightsDataProblem(parsed.data);
  return problem ? { ok: false, message: `weights: '${shown}': ${problem}` } : { ok: true, data: parsed.data as WeightsData };
}

/** Reads each weights file of block `index` of the note at `notePath`; keyed by the path as written. */
export async function readBlockWeights(vault: WeightsVault, notePath: string, note: string, index: number): Promise<Record<string, WeightsEntry>> {
  const out: Record<string, WeightsEntry> = {};
  for (const written of weightsPaths(note, index)) out[written] = await readOne(vault, notePath, written);
  return out;
}
