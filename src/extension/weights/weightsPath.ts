/**
 * Where `weights: ./file.json` points in the editor: the shared rule of
 * src/core/numeric/weightsPath.ts applied to URI paths, with the workspace
 * folder holding the note as the root (the note's own folder outside one,
 * or when the workspace folder is the home folder or holds it: a root that
 * wide would let a note name any of the user's files, as on the command line).
 */
import { resolveWeightsPathRule, shortToken } from '../../core/api/notes';

export { MAX_WEIGHTS_FILE_BYTES, weightsRootFor } from '../../core/api/notes';

/** A resolved URI path, or the message shown on the block. */
export type ResolvedPath = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

/** Resolves `written` against the note's URI path; `rootPath` is the URI path of the note's workspace folder, if any. */
export function resolveWeightsPath(notePath: string, written: string, rootPath?: string): ResolvedPath {
  const rule = resolveWeightsPathRule(notePath, written, rootPath, 'workspace folder');
  return rule.ok ? rule : { ok: false, message: `weights: '${shortToken(written.trim())}': ${rule.reason}` };
}
