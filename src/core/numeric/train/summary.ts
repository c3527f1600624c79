import type { Dtype, LayerUpdates, SeriesSummary, TrainOutcome } from '../../types';
import { formatFactor, summarize } from '../summary';

/**
 * The words of a `train` series: first and final loss, divergence, and how far
 * the first and the last layer move per step (the geometric mean of their
 * update ratios), e.g. "loss 0.51 → 0.032 · layer 1 moves 2.1e-4 of its
 * weights per step, layer 12 3.5e-3".
 */

/**
 * Geometric mean of the finite positive update ratios of a layer; 0 when every
 * update was exactly 0 (the update fell below the weights' spacing: the layer
 * does not move at all); NaN when there are no finite ratios.
 */
export function typicalUpdateRatio(layer: LayerUpdates): number {
  let sum = 0;
  let n = 0;
  let zeros = 0;
  for (const r of layer.updateRatio) {
    if (r === 0) zeros++;
    else if (Number.isFinite(r) && r > 0) {
      sum += Math.log(r);
      n++;
    }
  }
  if (n > 0) return Math.exp(sum / n);
  return zeros > 0 ? 0 : NaN;
}

/** The summary of one training series. */
export function summarizeTrain(outcome: TrainOutcome, dtype: Dtype): SeriesSummary {
  const losses = outcome.points.map((p) => p.loss);
  const base = summarize(losses, dtype, 'step', outcome.points.map((p) => p.step));
  const parts: string[] = [];
  if (losses.length > 0) parts.push(`loss ${formatFactor(losses[0]!)} → ${formatFactor(losses[losses.length - 1]!)}`);
  if (outcome.diverged !== null) parts.push(`diverged at step ${outcome.diverged}`);
  const first = outcome.layers[0];
  const last = outcome.layers[outcome.layers.length - 1];
  if (first && first.updateRatio.length > 0) {
    const moves = `layer ${first.layer} moves ${formatFactor(typicalUpdateRatio(first))} of its weights per step`;
    parts.push(last && last !== first ? `${moves}, layer ${last.layer} ${formatFactor(typicalUpdateRatio(last))}` : moves);
  }
  parts.push(...remedyWords(outcome));
  return { ...base, overflowAt: outcome.diverged, text: parts.join(' · ') };
}

/** "clipped 80 of 100 updates", "loss scale 65536 → 2048, 5 steps skipped": what the gradient remedies did. */
function remedyWords(outcome: TrainOutcome): string[] {
  const updates = outcome.layers[0]?.updateRatio.length ?? 0;
  const words: string[] = [];
  if (outcome.clipped !== undefined) words.push(`clipped ${outcome.clipped} of ${updates} updates`);
  const scales = outcome.lossScale;
  if (scales && scales.length > 0) {
    const [first, last] = [scales[0]!, scales[scales.length - 1]!];
    const skipped = outcome.skipped ? `, ${outcome.skipped.length} step${outcome.skipped.length === 1 ? '' : 's'} skipped` : '';
    words.push(first === last ? `loss scale ${first}${skipped}` : `loss scale ${first} → ${last}${skipped}`);
  }
  return words;
}
