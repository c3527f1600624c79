import { describe, expect, it } from 'vitest';
import { ComputeEngine } from '@cortex-js/compute-engine';
import { speedUpParser } from '../../src/core/formula/read/parserSpeed';
import { toMathJson } from '../../src/core/formula/read/engine';

/** A seeded generator, so a failure names inputs that can be replayed. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

// Tokens that reach every path the patch touches: latex triggers of one and several tokens, fences
// (`\|`, `\left(`), environments, identifier triggers (`max`, `exp`, `abs` written as letters), and the rest.
const TOKENS = [
  '\\|', '|', '\\left(', '\\right)', '(', ')', '[', ']', '\\{', '\\}', '\\begin{cases}', '\\end{cases}', '\\begin{pmatrix}',
  '\\end{pmatrix}', '\\begin{aligned}', '\\end{aligned}', '&', '\\\\', '^', '_', '{', '}', '\\frac', '\\sqrt', '1', '2', '0.5', 'x', 'y', 'n',
  'G', 'e', 'i', 'd', '\\operatorname{abs}', '\\exp', 'max', 'min', 'exp', 'abs', 'floor', '\\max', '\\sum', '\\prod', '\\int',
  '\\mathrm{d}', '\\cdot', '\\times', '=', '<', '\\le', '!', "'", '\\prime', '\\mathbf{x}', '\\mathbf{W}', '\\top', '\\alpha', '\\pi',
  '\\infty', '-', '+', '/', ',', ';', '\\log', '\\ln', '\\sin', '\\partial', '\\nabla', '\\mathbb{R}', '\\in', '\\to', '\\mid', '\\lfloor',
  '\\rfloor', '\\binom', '\\choose', '\\overline', '\\hat', '\\lim_{x \\to 0}', '\\ldots', '\\vert', '\\Vert', '\\lVert', '\\rVert', ' ',
  '\\,', '\\text{if}', '\\mathrm{ReLU}', '\\operatorname{softmax}', 'f', 'g', '\\unknowncommand',
  // Identifiers the engine reads in several tokens, some of them identifier triggers (`max`, `gcd`, `cases`).
  '\\mathrm{max}', '\\operatorname{gcd}', '\\mathrm{apply}', '\\operatorname{floor}', '\\mathit{abs}', '\\mathbf{exp}',
  '\\mathrm{cases}', '\\operatorname{median}', '\\mathrm{x}_1', '\\hat{x}', '\\vec{v}', '\\mathrm{d}x', 'α', 'é',
];

const WRITTEN = [
  '\\|\\mathbf{x} - \\mathbf{y}\\|_2^2 + \\frac{\\lambda}{2} \\|\\mathbf{W}\\|_F^2',
  '\\begin{aligned}\n\\mathbf{h} &= \\sigma(\\mathbf{W}^{(1)} \\mathbf{x} + \\mathbf{b}) \\\\\n\\mathbf{o} &= \\mathbf{W}^\\top \\mathbf{h}\n\\end{aligned}',
  '\\hat{y}_j = \\frac{\\exp(o_j)}{\\sum_{k} \\exp(o_k)}',
  '\\mathrm{softmax}\\left(\\frac{\\mathbf{Q} \\mathbf{K}^\\top}{\\sqrt{d}}\\right) \\mathbf{V}',
  '|x| + \\lfloor 2.5 \\rfloor + max(1, 2) + \\max(3, 4)',
  '1.5^{100} \\approx 4 \\times 10^{17}',
  '\\begin{cases} x & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}',
  '\\operatorname{max}(0, x) + \\mathrm{gcd}(12, 18) - \\left|\\mathrm{abs}(x)\\right|',
];

describe('the parser index (parserSpeed.ts) parses exactly as the engine does without it', () => {
  it('gives the same MathJSON for written formulas and 3,000 random token strings', () => {
    const ce = new ComputeEngine();
    const random = lcg(20261206);
    const inputs = [...WRITTEN];
    for (let k = 0; k < 3_000; k++) {
      const n = 1 + Math.floor(random() * 12);
      inputs.push(Array.from({ length: n }, () => TOKENS[Math.floor(random() * TOKENS.length)]! + (random() < 0.5 ? ' ' : '')).join(''));
    }
    const read = (): string[] =>
      inputs.map((latex) => {
        try {
          return JSON.stringify(toMathJson(ce.parse(latex, { canonical: false })));
        } catch (e) {
          return `threw ${(e as Error).message}`;
        }
      });
    const before = read();
    expect(speedUpParser(ce)).toBe(true);
    const after = read();
    const differing = inputs.filter((_, k) => before[k] !== after[k]);
    expect(differing).toEqual([]);
    // A second engine (a new dictionary) is served by the same patched class, still alike.
    const other = new ComputeEngine();
    expect(JSON.stringify(toMathJson(other.parse(WRITTEN[0]!, { canonical: false })))).toBe(before[0]);
  });
});
