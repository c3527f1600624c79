/**
 * `npm run corpus`: how the formula checker fares on real claims from public
 * study notes, labelled by hand (test/corpus). Exits 1 when a label matches no
 * formula (a corpus bug); false alarms are reported, not fatal here — the
 * vitest test test/corpus/corpus.test.ts is the gate (it reads labels.json only).
 * `npm run corpus -- --labels heldout.json` scores another labels file in
 * test/corpus (a held-out set the checker's fixes must not see). `--undecided`
 * prints, instead of the scores, the holding claims left undecided and the
 * errors missed, one per line (for a tunable set only).
 */
import * as path from 'node:path';
import { formatScore, formatUndecided, GATE_LABELS_FILE, scoreCorpus } from '../test/corpus/score';

/** The value after `--labels` (a file name in test/corpus), or the gate's labels. */
function labelsFileFromArgs(args: readonly string[]): string {
  const at = args.indexOf('--labels');
  if (at < 0) return GATE_LABELS_FILE;
  const file = args[at + 1];
  if (!file || file.startsWith('--')) throw new Error('--labels needs a file name in test/corpus, e.g. --labels heldout.json');
  return file;
}

// Bundled into dist/corpus.js, so the corpus sits at ../test/corpus from here.
Promise.resolve()
  .then(() => scoreCorpus(path.join(__dirname, '..', 'test', 'corpus'), labelsFileFromArgs(process.argv.slice(2))))
  .then((s) => {
    console.log(process.argv.includes('--undecided') ? formatUndecided(s) : formatScore(s));
    if (s.unmatched.length > 0) process.exitCode = 1;
  })
  .catch((e: unknown) => {
    console.error(e instanceof Error ? `corpus: ${e.message}` : e);
    process.exitCode = 1;
  });
