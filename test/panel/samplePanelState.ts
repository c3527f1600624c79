/**
 * A realistic PanelState for tests and screenshots: two runs, one block with
 * errors, and formulas in each verdict. The small chart stands in for the
 * chart core's output (same conventions: currentColor and --vscode-* vars).
 */
import type { PanelState } from '../../src/shared/panelModel';

/** A tiny chart in the chart core's style: theme colours via CSS variables with fallbacks. */
export const sampleSvg = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240" viewBox="0 0 480 240" role="img" aria-label="grad norm per layer">',
  '<title>Sigmoid vanishes, ReLU holds</title>',
  '<rect x="48" y="16" width="416" height="192" fill="none" stroke="currentColor" stroke-opacity="0.3"/>',
  '<path class="series" data-series="0" d="M48,40 L150,90 L250,140 L350,180 L464,200" fill="none" stroke="var(--vscode-charts-blue, #1a85ff)" stroke-width="2"/>',
  '<path class="series" data-series="1" d="M48,60 L150,62 L250,58 L350,61 L464,60" fill="none" stroke="var(--vscode-charts-orange, #d35400)" stroke-width="2"/>',
  '<text x="256" y="232" text-anchor="middle" fill="currentColor" font-size="12">layer</text>',
  '<text x="60" y="30" fill="currentColor" font-size="11">sigmoid</text>',
  '</svg>',
].join('');

/** The panel state most tests use. */
export const samplePanelState: PanelState = {
  noteUri: 'file:///notes/numerical-stability.md',
  noteName: 'numerical-stability.md',
  blocks: [
    {
      index: 0,
      line: 14,
      title: 'Sigmoid vanishes, ReLU holds',
      experiment: 'mlp',
      dtype: 'fp32',
      status: 'done',
      svg: sampleSvg,
      summary: ['sigmoid: ×0.25 per layer · underflow at layer 71', 'relu: ×1.01 per layer'],
      elapsedMs: 12.4,
    },
    {
      index: 1,
      line: 40,
      title: 'fp16 overflows',
      experiment: 'power',
      dtype: 'fp16',
      status: 'error',
      errors: [{ line: 43, column: 1, message: "unknown key 'widht' — did you mean 'width'?" }],
    },
  ],
  formulas: [
    {
      line: 8,
      column: 3,
      source: '1.5^{100} \\approx 4 \\times 10^{17}',
      display: false,
      valueText: '4.065611775352152e17',
      verdict: 'holds',
      relativeError: 0.0164,
    },
    {
      line: 9,
      column: 1,
      source: '0.9^{50} \\approx 0.05',
      display: false,
      valueText: '0.005154',
      verdict: 'fails',
      relativeError: 8.7,
    },
    {
      line: 22,
      column: 1,
      source: 'h^t = \\sigma(W^t h^{t-1})',
      display: true,
      valueText: null,
      verdict: 'none',
      relativeError: null,
      error: 'cannot evaluate: free symbols h, t, W, σ',
    },
  ],
};
