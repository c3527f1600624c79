/**
 * The math worker (bundled to dist/math-worker.js): finds the formulas of the
 * notes the host sends, so the whole-note markdown-it pass behind hovers and
 * formula checks runs off the extension host's thread (on a 0.4 MB note it
 * held the host 0.15–0.37 s). It only reads the text it is sent.
 */
import { parentPort } from 'node:worker_threads';
import { findMath } from '../../core/formula/findMath';
import { isFindMathRequest, type FindMathReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('mathWorker.ts must be started as a worker thread');
port.on('message', (msg: unknown) => {
  if (!isFindMathRequest(msg)) return; // the host never sends anything else; there is no one to answer
  let reply: FindMathReply;
  try {
    reply = { type: 'spans', id: msg.id, spans: findMath(msg.note) };
  } catch (err) {
    reply = { type: 'failed', id: msg.id, message: `finding formulas failed: ${(err as Error).message}` };
  }
  port.postMessage(reply);
});
