/**
 * The workspace check finds in a closed note what the editor lists for an open
 * one (the same problem model), in the real worker bundle
 * (dist/workspace-check-worker.js); replies are checked before they are shown,
 * and stopping the check stops the worker.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeNoteWithin } from '../../src/core/api/formulas';
import { formatNumber } from '../../src/core/api/notes';
import { noteProblems } from '../../src/shared/diagnosticModel';
import { WorkspaceCheckClient } from '../../src/extension/diagnostics/workspace/checkClient';
import { claimCounts } from '../../src/shared/claimCounts';
import { checkNoteProblems } from '../../src/shared/noteCheck';
import { resultOfReply } from '../../src/extension/diagnostics/workspace/protocol';
import { workspaceCheckRole } from '../../src/extension/diagnostics/workspace/role';
import { summaryMessage, type CheckSummary } from '../../src/extension/diagnostics/workspace/summary';

const bundle = path.join(__dirname, '../../dist/workspace-check-worker.js');
const VERDICTS = fs.readFileSync(path.join(__dirname, '../e2e/fixtures/verdicts.md'), 'utf8');
const BROKEN = fs.readFileSync(path.join(__dirname, '../e2e/fixtures/broken-block.md'), 'utf8');

const clients: WorkspaceCheckClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.dispose()));
function client(): WorkspaceCheckClient {
  const c = new WorkspaceCheckClient(() => workspaceCheckRole.start(bundle));
  clients.push(c);
  return c;
}

describe('checkNoteProblems', () => {
  it('lists the fails of a note as the open note lists them, and tallies every claim', async () => {
    const result = await checkNoteProblems(VERDICTS, 5);
    const fmt = (x: number, min?: number) => formatNumber(x, Math.max(5, min ?? 0));
    const open = noteProblems(VERDICTS, [], (await analyzeNoteWithin(VERDICTS)).reports, fmt);
    expect(result.problems).toEqual(open.map(({ fix: _fix, ...p }) => p));
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^claim fails: \\sigma'\(x\) = \\sigma\(x\)\(1\+\\sigma\(x\)\) fails at x = /),
      'claim fails: 0.9^{50} = 0.0051538, not ≈ 0.05',
    ]);
    // holds: σ's definition, the tanh identity, KiB, bandwidth, the rounded root; fails: σ′, 0.9⁵⁰; not decided: the ambiguous log, GB = s.
    expect(result.counts).toEqual({ holds: 5, fails: 2, notChecked: 2 });
    expect(result.leftOut).toBeUndefined();
  });

  it('lists block errors as Errors at their place', async () => {
    const result = await checkNoteProblems(BROKEN, 5);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.message).toContain('did you mean');
    expect(BROKEN.slice(errors[0]!.start, errors[0]!.end).trim().length).toBeGreaterThan(0);
  });

  it('names the formulas past the editor cap', async () => {
    const note = Array.from({ length: 10_002 }, (_, i) => `$${i} + 1 = ${i + 1}$`).join('\n');
    const result = await checkNoteProblems(note, 5);
    expect(result.leftOut?.message).toContain('this formula and the 1 after it are not checked in the editor');
    expect(note.slice(result.leftOut!.start, result.leftOut!.end)).toBe('$10000 + 1 = 10001$');
    expect(result.counts).toEqual({ holds: 10_000, fails: 0, notChecked: 2 });
  });
});

describe('claimCounts', () => {
  it('counts formulas left out as not checked', () => {
    expect(claimCounts([], 3)).toEqual({ holds: 0, fails: 0, notChecked: 3 });
  });
});

describe('resultOfReply', () => {
  const good = { id: 1, result: { problems: [{ start: 0, end: 4, severity: 'warning', code: 'claim-fails', message: 'm' }], counts: { holds: 1, fails: 1, notChecked: 0 } } };
  it('takes a well-formed reply', () => {
    expect(resultOfReply(good, 10)).toEqual({ result: good.result });
  });
  it('refuses ranges outside the note, unknown codes, bad counts and the worker’s own errors', () => {
    expect(resultOfReply(good, 3)).toEqual({ problem: 'a malformed problem (#0)' });
    expect(resultOfReply({ id: 1, result: { ...good.result, problems: [{ ...good.result.problems[0], code: 'x' }] } }, 10)).toEqual({ problem: 'a malformed problem (#0)' });
    expect(resultOfReply({ id: 1, result: { ...good.result, counts: { holds: -1, fails: 0, notChecked: 0 } } }, 10)).toEqual({ problem: 'malformed counts' });
    expect(resultOfReply({ id: 1, result: { ...good.result, leftOut: { start: 0, end: 99, message: 'x' } } }, 10)).toEqual({ problem: 'a malformed left-out range' });
    expect(resultOfReply({ id: 1, error: 'boom' }, 10)).toEqual({ problem: 'boom' });
  });
});

describe('WorkspaceCheckClient with the real worker', () => {
  it('answers as checkNoteProblems does, one note after another', async () => {
    const c = client();
    const [a, b] = await Promise.all([c.check(VERDICTS, 5), c.check('no math here', 5)]);
    expect(a).toEqual(await checkNoteProblems(VERDICTS, 5));
    expect(b).toEqual({ problems: [], counts: { holds: 0, fails: 0, notChecked: 0 } });
  });

  it('rejects pending checks when stopped, and every check after', async () => {
    const c = client();
    const pending = c.check(VERDICTS, 5);
    c.dispose();
    await expect(pending).rejects.toThrow('the workspace check was stopped');
    await expect(c.check('x', 5)).rejects.toThrow('the workspace check was stopped');
  });

  it('rejects when the worker cannot run', async () => {
    const c = new WorkspaceCheckClient(() => workspaceCheckRole.start(path.join(__dirname, 'no-such-worker.js')));
    clients.push(c);
    await expect(c.check('x', 5)).rejects.toThrow(/the check worker (failed|exited)/);
  });
});

describe('summaryMessage', () => {
  const base: CheckSummary = { notes: 3, capped: false, checked: 3, open: 0, skipped: 0, failed: 0, fails: 0, notesWithFails: 0, errors: 0, cancelled: false };
  it('says what fails where, and what was left alone', () => {
    expect(summaryMessage(base)).toBe('gradexp checked 3 notes: no claim fails.');
    expect(summaryMessage({ ...base, checked: 2, open: 1, fails: 3, notesWithFails: 2, errors: 1, skipped: 1 })).toBe(
      'gradexp checked 2 notes: 3 claims fail in 2 notes, 1 block error; 1 open note is checked live; 1 note over gradexp.maxNoteSize or the block limit was skipped.',
    );
    expect(summaryMessage({ ...base, checked: 1, cancelled: true, fails: 1, notesWithFails: 1 })).toBe('gradexp: check cancelled after 1 note of 3: 1 claim fails in 1 note.');
  });
});
