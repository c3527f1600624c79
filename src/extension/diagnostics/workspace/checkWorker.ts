/**
 * The workspace check worker (bundled to dist/workspace-check-worker.js):
 * checks the notes "gradexp: Check All Notes in Workspace" sends, one at a
 * time, so the Compute Engine's work never holds the extension host. It only
 * reads the text it is sent.
 */
import { workspaceCheckRole } from './role';
import { checkNoteProblems } from './noteCheck';

workspaceCheckRole.serve(
  async (request) => ({ id: request.id, result: await checkNoteProblems(request.note, request.digits) }),
  (request, message) => ({ id: request.id, error: message }),
);
