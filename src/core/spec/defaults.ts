import { findBlocks } from '../blocks';
import type { ExperimentKind, ExperimentSpec } from '../types';
import { parseBlock } from './parse';

/**
 * The spec an empty block of `experiment` runs: every key at its schema default,
 * read by the same parser as a note's block. Tests and benchmarks start from it
 * and override the few keys they care about, so a new key needs no edit there.
 */
export function defaultSpec(experiment: ExperimentKind = 'mlp'): ExperimentSpec {
  const note = `\`\`\`gradexp\nexperiment: ${experiment}\n\`\`\`\n`;
  return parseBlock(note, findBlocks(note)[0]!).series[0]!.spec;
}
