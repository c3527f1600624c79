/**
 * `npm run corpus`: how the formula checker fares on real claims from public
 * study notes, labelled by hand (test/corpus). Exits 1 when a label matches no
 * formula (a corpus bug); false alarms are reported, not fatal here — the
 * vitest test test/corpus/corpus.test.ts is the gate.
 */
import * as path from 'node:path';
import { formatScore, scoreCorpus } from '../test/corpus/score';

// Bundled into dist/corpus.js, so the corpus sits at ../test/corpus from here.
scoreCorpus(path.join(__dirname, '..', 'test', 'corpus'))
  .then((s) => {
    console.log(formatScore(s));
    if (s.unmatched.length > 0) process.exitCode = 1;
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
