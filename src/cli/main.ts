import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUsageError, UsageError } from './args';
import { loadFormulaCommands } from './lazyFormulas';
import { runRun } from './run';
import type { Io } from './io';
import { visible } from '../core/api/notes';
import { isSpecWorker, serveSpecWorker } from '../threads/parallel';

const USAGE = `usage:
  gradexp run NOTE.md… [--json] [--out DIR] [--format svg|png|html] [--budget N] [--max-blocks N]
  gradexp check NOTE.md… [--json] [--max-formulas N] [--max-seconds S]
  gradexp --help | --version`;

/** --help: the usage and the rules a user cannot guess (usage errors print only USAGE). */
const HELP = `${USAGE}

A block's weights file is read relative to the note and must stay inside the current
folder when it holds the note (not home or a folder holding it), else the note's folder; regular files
of at most 100 MB only.
Exit codes: 0 ok, 1 a block error, failed claim or unwritten output, 2 usage, 3 internal error.`;

declare const GRADEXP_VERSION: string;

/**
 * The version: a build-time define when esbuild sets one, else package.json's,
 * read beside the bundle (dist/cli.js → ../package.json, as in the repository
 * and in the packaged extension); 'dev' only if neither is there.
 */
function cliVersion(): string {
  if (typeof GRADEXP_VERSION === 'string') return GRADEXP_VERSION;
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
    if (pkg.name === 'gradexp' && typeof pkg.version === 'string') return pkg.version;
  } catch {
    // No package.json beside the bundle: fall through.
  }
  return 'dev';
}

/** Dispatch a command; exit codes: 0 ok, 1 a block error, failed claim or unwritten output, 2 usage, 3 internal error. */
async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(command === undefined ? USAGE : HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    io.stdout(cliVersion());
    return 0;
  }
  try {
    if (command === 'run') return await runRun(rest, io);
    if (command === 'check') return await (await loadFormulaCommands()).runCheck([...rest], io);
    throw new UsageError(`unknown command '${command}'`);
  } catch (e) {
    if (isUsageError(e)) {
      io.stderr(`gradexp: ${e.message}\n${USAGE}`);
      return 2;
    }
    // A bug, not bad input: say so briefly; GRADEXP_DEBUG=1 shows the stack.
    io.stderr(`gradexp: internal error: ${(e as Error).message}`);
    if (process.env.GRADEXP_DEBUG) io.stderr(String((e as Error).stack));
    return 3;
  }
}

// A reader that closes the pipe early (`gradexp run … | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// Every line reaches the terminal through visible(): a note's ESC, CR or bidi override is shown as \u001B…,
// never acted on; on --json output it only rewrites characters inside strings as JSON escapes of themselves.
const io: Io = {
  stdout: (t) => process.stdout.write(visible(t, { lineBreaks: true }) + '\n'),
  stderr: (t) => process.stderr.write(visible(t, { lineBreaks: true }) + '\n'),
};

// dist/cli.js is also the worker script of parallel sweeps (src/threads/parallel.ts).
if (isSpecWorker()) serveSpecWorker();
else runMain();

function runMain(): void {
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      io.stderr(`gradexp: internal error: ${String(e)}`);
      process.exitCode = 3;
    },
  );
}
