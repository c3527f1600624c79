/**
 * The scan worker's message loop, the same in both hosts (scanWorker.ts on
 * the desktop, web/scanWorker.ts on the web): finds the gradexp blocks and
 * the formulas of the notes the host sends, so the whole-note markdown-it
 * passes behind lenses, hovers and formula checks run off the extension
 * host's thread (on a 0.4 MB note each held the host 0.1–0.37 s, cold). It
 * only reads the text it is sent.
 */
import { findBlocks } from '../../core/api/notes';
import { findMath } from '../../core/api/formulas';
import type { WorkerPort } from '../../threads/threadWorker';
import { isScanRequest, type ScanReply } from './protocol';

/** Answers scan requests on `port`, each at once. */
export function serveScanRequests(port: WorkerPort): void {
  port.onMessage((msg) => {
    if (!isScanRequest(msg)) return; // the host never sends anything else; there is no one to answer
    let reply: ScanReply;
    try {
      reply = msg.type === 'findMath' ? { type: 'spans', id: msg.id, spans: findMath(msg.note) } : { type: 'blocks', id: msg.id, blocks: findBlocks(msg.note) };
    } catch (err) {
      reply = { type: 'failed', id: msg.id, message: `${msg.type} failed: ${(err as Error).message}` };
    }
    port.postMessage(reply);
  });
}
