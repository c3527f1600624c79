/**
 * `gradexp check NOTE.md… [--json] [--max-formulas N] [--max-seconds S]`:
 * evaluates every formula of the notes and judges the claims they make.
 * Exit 0 when every formula was evaluated and no claim fails; 1 when a claim
 * fails or a note-wide budget left formulas unchecked (so a vault's CI never
 * passes on a note it did not fully check); 2 for a usage error (unknown flag,
 * missing or oversized file).
 */
import { analyzeNoteWithin, DEFAULT_MAX_FORMULAS, DEFAULT_NOTE_TIME_LIMIT_MS } from '../core/api/formulas';
import { stringifyWithNonFinite } from '../core/api/views';
import { parseArgs, UsageError } from './args';
import { readNote, type Io } from './io';
import { countLine, emptyCounts, humanLines } from './check/checkHuman';
import { toCheckJson, type CheckFileJson } from './check/checkJson';
import { parseNoteBudget } from './check/budgetFlags';

const CHECK_FLAGS = { booleans: ['json', 'help'], values: { 'max-formulas': null, 'max-seconds': null } } as const;
const USAGE = `usage: gradexp check NOTE.md… [--json] [--max-formulas N] [--max-seconds S]
  --max-formulas N  formulas evaluated per note (default ${DEFAULT_MAX_FORMULAS}); the rest are reported as not checked
  --max-seconds S   seconds spent evaluating one note's formulas (default ${DEFAULT_NOTE_TIME_LIMIT_MS / 1000})`;

/** Run `check` with `args` (what follows the command name); resolves to the exit code. */
export async function runCheck(args: string[], io: Io): Promise<number> {
  try {
    return await check(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gradexp check: ${error.message}\n${USAGE}`);
      return 2;
    }
    // Formula analysis does not throw on bad input; anything else is our bug, reported in one line.
    io.stderr(`gradexp check: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

async function check(args: string[], io: Io): Promise<number> {
  const { positional, flags } = parseArgs(args, CHECK_FLAGS);
  if (flags.help) {
    io.stdout(USAGE);
    return 0;
  }
  const budget = parseNoteBudget(flags);
  if (positional.length === 0) throw new UsageError('check needs at least one note');
  // Read every note first, so a missing file is a usage error before any output.
  const notes = positional.map((file) => ({ file, text: readNote(file) }));
  const counts = emptyCounts();
  const json: CheckFileJson[] = [];
  for (const { file, text } of notes) {
    const analysis = await analyzeNoteWithin(text, budget);
    const lines = humanLines(file, text, analysis, counts);
    if (flags.json) json.push(toCheckJson(file, analysis));
    else for (const line of lines) io.stdout(line);
  }
  if (flags.json) io.stdout(stringifyWithNonFinite(json.length === 1 ? json[0] : json));
  else io.stdout(countLine(counts, notes.length));
  return counts.fails > 0 || counts.notChecked > 0 ? 1 : 0;
}
