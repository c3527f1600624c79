import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { ComputeEngine } from '@cortex-js/compute-engine';
import { describe, expect, it } from 'vitest';

const nodeRequire = createRequire(__filename);
const { engineTokenizeOnce, tokenizeOptionsOnce } = nodeRequire('../../scripts/engineTokenizeOnce.js') as {
  engineTokenizeOnce: import('esbuild').Plugin;
  tokenizeOptionsOnce: (source: string) => { source: string; calls: number };
};
const ENGINE_DIR = path.dirname(nodeRequire.resolve('@cortex-js/compute-engine'));

/** Sides as notes write them: numbers with separators and exponents, decimals, ellipses, infinities, imaginary units. */
const SIDES = ['1 + 1', '3.14159', '1{,}000', '1\\,000\\,000', '2 \\cdot 10^{-3}', '0.333\\ldots', '\\infty', '-\\infty', '\\operatorname{NaN}', '\\imaginaryI + 1', 'e^{i\\pi} + 1', '\\frac{1}{n}\\sum_{i=1}^{n} x_i', '\\mathbf{W}^\\top \\mathbf{x}', '\\begin{pmatrix}1 & 2\\\\ 3 & 4\\end{pmatrix}', '0.\\overline{3}', '6.02\\times 10^{23}'];

describe('engine-tokenize-once (scripts/engineTokenizeOnce.js)', () => {
  it('finds the parser’s option tokenizations in the engine as installed (an upgrade that moves them is noticed here)', () => {
    for (const file of ['compute-engine.min.esm.js', 'compute-engine.min.js']) {
      const { calls } = tokenizeOptionsOnce(readFileSync(path.join(ENGINE_DIR, file), 'utf8'));
      expect(calls, file).toBeGreaterThanOrEqual(10);
    }
    expect(tokenizeOptionsOnce('const x = 1;')).toEqual({ source: 'const x = 1;', calls: 0 });
  });

  it('a bundle with the rewritten engine parses every side as the engine itself does', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gradexp-tokenize-'));
    const out = path.join(dir, 'engine.js');
    await build({
      stdin: { contents: "export { ComputeEngine } from '@cortex-js/compute-engine';", resolveDir: path.resolve(__dirname, '../..'), loader: 'js' },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: out,
      logLevel: 'silent',
      plugins: [engineTokenizeOnce],
    });
    expect(readFileSync(out, 'utf8')).toContain('__gradexpTokenizeOption(');
    const Patched = (nodeRequire(out) as { ComputeEngine: typeof ComputeEngine }).ComputeEngine;
    const patched = new Patched();
    const original = new ComputeEngine();
    // Twice: the second parse of each side uses the memoized option tokens.
    for (let round = 0; round < 2; round++) {
      for (const side of SIDES) expect(patched.parse(side, { canonical: false }).json, side).toEqual(original.parse(side, { canonical: false }).json);
    }
  });
});
