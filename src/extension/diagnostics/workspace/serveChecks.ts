/**
 * The workspace check worker's message loop, the same in both hosts
 * (checkWorker.ts on the desktop, web/checkWorker.ts on the web): checks the
 * notes "gradexp: Check All Notes in Workspace" sends, one at a time, so the
 * Compute Engine's work never holds the extension host. It only reads the
 * text it is sent.
 */
import { serveInOrder, type WorkerPort } from '../../../threads/threadWorker';
import { checkNoteProblems } from '../../../shared/noteCheck';
import type { CheckReply, CheckRequest } from './protocol';

/** Answers check requests on `port`, one note after another. */
export function serveWorkspaceChecks(port: WorkerPort): void {
  serveInOrder<CheckRequest, CheckReply>(
    port,
    async (request) => ({ id: request.id, result: await checkNoteProblems(request.note, request.digits) }),
    (request, message) => ({ id: request.id, error: message }),
  );
}
