/** Hand-made runs and a stand-in chart renderer for the preview plugin tests. */
import type { BlockRun, SeriesResult } from '../../src/core/types';
import { escapeHtml } from '../../src/core/preview/safeHtml';

function series(label: string, ratio: number): SeriesResult {
  return {
    label,
    params: { activation: label },
    layers: [1, 2, 3].map((layer) => ({
      layer,
      gradW: ratio ** layer,
      gradH: ratio ** layer,
      act: 1,
      nonfinite: 0,
      zeros: 0,
    })),
    summary: {
      firstLastRatio: ratio ** 2,
      growthPerStep: ratio,
      overflowAt: null,
      underflowAt: null,
      text: `×${ratio} per layer`,
    },
  };
}

/** A finished mlp run with two series. */
export function sampleRun(title = 'Sigmoid vanishes, ReLU holds'): BlockRun {
  return {
    line: 3,
    experiment: 'mlp',
    title,
    dtype: 'fp32',
    plot: 'grad-norm',
    errors: [],
    series: [series('sigmoid', 0.25), series('relu', 1)],
    elapsedMs: 12,
  };
}

/** A run that only has errors (a bad block). */
export function errorRun(message: string): BlockRun {
  return {
    ...sampleRun('bad'),
    errors: [{ line: 5, column: 1, message, start: 40, end: 45 }],
    series: [],
  };
}

/** A chart renderer in the chart core's contract: a single escaped, script-free <svg>. */
export function fakeRenderSvg(run: BlockRun): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="fake-chart" viewBox="0 0 100 50"><title>${escapeHtml(run.title)}</title><path d="M0,0 L100,50" stroke="currentColor"/></svg>`;
}
