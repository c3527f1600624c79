import { describe, expect, it } from 'vitest';
import { runGuarded } from '../../src/cli/run';
import { parseNote, runParsedBlock } from '../../src/core/pipeline';
import { block } from './cliHarness';

const NOTE = `# two blocks\n\n${block('experiment: power', 'n: 3')}\n${block('experiment: power', 'n: 4')}`;

describe('a block that throws (a bug) in gradexp run', () => {
  it('becomes one error on its opening fence, with the message cut short, while the next block runs', async () => {
    const [first, second] = parseNote(NOTE);
    const long = `Maximum call stack size exceeded ${'x'.repeat(1000)}`;
    const crash = await runGuarded(NOTE, first!, () => Promise.reject(new RangeError(long)));
    expect(crash.crashed).toBe(true);
    expect(crash.run.series).toEqual([]);
    expect(crash.run.errors).toHaveLength(1);
    expect(crash.run.errors[0]).toMatchObject({ line: 3, column: 1, message: `internal error: ${long.slice(0, 200)}…` });
    const next = await runGuarded(NOTE, second!, () => runParsedBlock(NOTE, second!));
    expect(next.crashed).toBe(false);
    expect(next.run.series[0]!.points).toHaveLength(5); // n = 0 … 4
  });
});
