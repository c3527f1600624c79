import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ComputeEngine } from '@cortex-js/compute-engine';
import { describe, expect, it } from 'vitest';
import { toMathJson, type MathJson } from '../../src/core/formula/read/engine';
import { readQuickly } from '../../src/core/formula/read/quickReader';
import { findMath } from '../../src/core/formula/find/findMath';
import { splitFormula } from '../../src/core/formula/split';
import { normalizeLatex } from '../../src/core/formula/read/preprocess';

/** The reference: the engine's own non-canonical parse, as engine.ts turns it into MathJSON. */
const ce = new ComputeEngine();
function engineRead(latex: string): MathJson {
  return toMathJson(ce.parse(latex, { canonical: false }));
}

/** Sides the quick reader reads: symbolic sides as notes write them, numbers, fractions, partial-derivative quotients. */
const READ = [
  'x', '\\mathbf{x}', '\\mathbf {W}', '\\alpha', '\\gamma', '\\Sigma', 'x_{i}', '\\mathbf{x}_{t}', '\\sigma_{t}', 'x_{t-1}', 'x_{ij}', 'x^2', 'x^{10}',
  'x^{-1}', 'x^{(l)}', '\\mathbf{h}^{(t)}', 'x_{i}^{2}', 'x_{i}^{\\top}', '\\mathbf{W}^\\top \\mathbf{x}', '\\mathbf{W}^{\\top}', 'a+b', 'a - b',
  'a-b+c', '-a+b', '-a - b', 'a b c', '2 a b', '2x', 'a \\cdot b \\cdot c', 'a \\times b', 'a \\cdot b \\times c', '512 \\cdot 32', '0.8^{34}',
  '3.555', '0.5', '-2', '2^{-1}', '\\frac{1}{n}', '\\frac{a+b}{2}', '\\frac{\\alpha}{2} w_{t}', '-\\frac{1}{2}', '{a+b} c', 'f(x)',
  'L(\\mathbf{H}, \\mathbf{q})', '(a)(b)', 'a (b + c)', '\\sigma(x)', '\\sqrt{d}', '\\sqrt{x + y} z', '\\frac{\\partial L}{\\partial \\mathbf{x}}',
  '\\frac{\\partial}{\\partial x} L', '\\frac{\\partial L}{\\partial w_{t}} \\mathbf{g}^\\top', 'e^{x}', 'i^2',
  '\\gamma \\cdot \\mathbf{u} + (1 - \\alpha) \\cdot \\mathbf{w}_{t-1}', '\\left(a, b\\right)', 'f\\left(x\\right)', '\\left( a \\right)^2',
  '\\sum_{i=1}^{n} x_{i}', '\\sum_{i=1}^{n} x_{i} y_{i}', '\\sum_{i=1}^{n} x_{i} + 1', '\\sum_{i=1}^{n} x_{i} \\cdot y', 'a \\sum_{i} x_{i}',
  '\\|\\mathbf{x}\\|', '\\|x\\|^2', '\\|x\\|^{2} + \\|y\\|^{2}', '\\|x\\|_2^2', '\\|A\\|_F', '\\|x\\|_{2} y', '\\|x + y\\|', '-\\|x\\|',
  '2\\|x\\|\\|y\\|', '\\frac{1}{2}\\|w\\|^2', '\\|x\\|_{F}^{2}', '\\|x\\|^{a+b}',
  'a \\odot b', '\\mathbf{a} \\odot \\mathbf{b} + c', '\\nabla f', '\\nabla_{\\mathbf{x}} L', '\\nabla_x L', '\\nabla^2 f', '\\nabla_{\\mathbf{x}}^{2} f',
  '\\|x\\|_{\\mathbf{y}}',
  '\\max(0, x)', '\\max(a, b) + 1', '-\\max(a, b)', '\\min(a, b)', '\\max(0, x)^2', '\\max\\left(0, \\mathbf{e}^\\top \\mathbf{z} + \\sigma\\right)',
  '\\mathrm{softmax}(x)', '\\mathrm {softmax}(x)^2', '\\mathrm{ReLU}(x) y', '-\\mathrm{Var}(x) y', '\\mathrm{softmax}_{i}(x)', 'a \\mathrm{diag}(x)',
  '\\mathrm{softmax}\\left(\\frac{\\mathbf{A} \\mathbf{A}^\\top}{\\sqrt{d}}\\right) \\mathbf{K}', '\\frac{1}{\\sqrt{d}}', '\\frac{x}{\\sqrt{d} y}',
  "x'", "\\sigma' y", "\\sigma'(x)", "\\mathbf{x}'", "-x'", "\\prod_{l} \\mathrm{diag}(\\sigma'(\\mathbf{u}^{(l)})) \\mathbf{A}^{(l)}",
  '\\prod_{l} x', '\\prod_{t=1}^{T} p(x_{t})', 'a \\prod_{i} x', '\\sum_{t=1}^{T} x_{t}', '\\sum_{i=1}^T x', '\\sum_{i=1}^{K} x',
  'x \\in \\mathbb{R}', '\\mathbf{M} \\in \\mathbb{R}^{d \\times v}', 'x_{i} \\in \\mathbb{R}^{d}', '\\mathbf{x} \\in \\mathbb{R}^n', '-x \\in \\mathbb{R}',
  '\\sum_{i} x \\in \\mathbb{R}', '\\mathbf{M} \\in \\mathbb{R}^{d v}', 'x\\in\\mathbb{R}',
  '\\frac{\\partial L}{\\partial {y}} {u}^{\\top}', '\\frac{\\partial L}{\\partial {\\mathbf{y}}}', '\\frac{\\partial L}{\\partial { \\alpha }}',
  '\\log(13)', '\\log(x) y', '\\log(x)^2', '\\log(x + y)', 'a \\log(x)', '-\\log(x)', '\\log\\left(x\\right)', '\\log(2)(3)', '\\tanh(x)', '\\tanh(x) y',
  '\\tanh(\\mathbf{U} \\mathbf{h} + \\mathbf{w}^{(t)})', '\\tanh(x)^2',
  'P(y_{j} \\mid \\mathbf{y})', 'a \\mid b + c', '-a \\mid b', 'a \\mid^{2} b', 'a \\mid_{2} b', '\\sum_{l=1}^{\\top} {b}_{j} \\lambda_{i}', '\\sum_{i=1}^\\top x',
  '\\frac{\\partial L}{\\partial \\mathbf{W}^{(1)}}', '\\frac{\\partial L}{\\partial x^2}', '\\frac{\\partial y^{(l)}}{\\partial x}', '\\frac{\\partial L}{\\partial w_{t}^{2}}',
];

/** Sides the engine reads otherwise than their plain shape says: left to it (each comment says how it reads them). */
const LEFT_TO_THE_ENGINE = [
  'x_i', // an unbraced subscript swallows the rest of the side (x_i y_j is x_(i·y_j))
  'x^\\top_i', // Subscript, not At
  'x_{i,j}', // At with two indices
  'b _{1}', // a script after a space is a Subscript
  'W ^\\top', // Power(W, True)
  '(a)_{i}', // a subscript on a group is a Subscript
  'x^{T}', // a transpose
  'a - b - c', // nested Add
  'a b \\cdot c', // grouped by position
  '-2 \\cdot b', // only the first factor negated
  '2 3', // the number 23
  'x2',
  '1e5', // E-notation
  '0.5(5)', // a repeating decimal
  '1.0', // the number 1, not as written
  '2\\frac{1}{2}',
  '5 \\times 10^{-5}', // scientific notation: one number
  '\\frac{dy}{dx}', // a derivative
  '\\frac{\\partial{C}}{\\partial{w}}', // a partial derivative of C
  '\\frac{\\partial^2 L}{\\partial x^2}',
  'G', // Catalan's constant
  'N(0, 1)', // the function N
  'D(a)',
  '\\delta_{ij}', // KroneckerDelta
  '\\Gamma^{(1)}', // a derivative of the Gamma function
  '\\pi',
  '{Ax}\\alpha', // a braced product runs into the product around it
  '\\mathbf{1}',
  '\\mathrm{max}(a, b)',
  '\\|x\\| \\cdot \\|y\\|', // a bar's script grouped with what follows in a \\cdot product
  '\\|\\cdot\\|_{2}',
  '\\|x\\|^2_2', // Subscript(2, 2), not At
  '\\|x\\|^{2b}', // the script's factors run into the product: ⚠ x ⚠ 2 b
  '\\nabla^{(0)\\mu} h',
  '\\|A\\|_{ij}',
  '\\left\\|x\\right\\|',
  'x_{\\|y\\|}',
  'a \\odot b \\cdot c',
  '\\nabla_{ij} f',
  '\\nablax', '\\odots',
  '\\sum_{i=1}^{n} x_{i} - y', // the engine runs the − into the sum's body
  '\\sum^{n}_{i=1} x_{i}',
  '\\max_{i} x_{i}', // At(Max, i)
  'a = b',
  "x''", // Prime(x, 2)
  "x_{i}'", // a Derivative
  "(x)'",
  "x'_{i}", // Subscript
  "x' ^{2}",
  '\\mathrm{tr}(x)', // Trace
  '\\mathrm{exp}(x)',
  '\\mathrm{E}', // E_upright
  '\\mathrm{ softmax }(x)', // an invalid identifier
  '\\prod_{i} x - y', // left as after a sum
  '\\prod_{i} x \\cdot y', // Multiply(Product(x), y): the body ends before the dot
  '\\sum_{i=1}^{N} x', // N may be the engine's function
  '\\frac{d}{\\sqrt{d}}',
  '\\frac{\\partial L}{\\partial W^{T}}', // a transpose
  'x, y \\in \\mathbb{R}', // a sequence whose last item is the Element
  'x \\in \\mathbb{R} y',
  'x \\in \\mathbb R', // the letter R
  'x \\in \\mathbb{R}^{n}_{+}',
  'x \\in \\mathbb{R}^{d} \\in y',
  '(x \\in \\mathbb{R})',
  '\\mathbb{E}[x]',
  '\\frac{\\partial}{\\partial {y}}', // the quotient is dropped: PartialDerivative alone
  '\\frac{\\partial L}{\\partial {y}^{(1)}}', // a Power of [y, Nothing] and an error
  '\\frac{\\partial L}{\\partial {y_{i}}}',
  'a \\cdot b \\mid c', // Multiply(a, b ⚠ c)
  '\\log x', '\\log_{2}(x)', '\\log(x)_{i}', // Subscript(Log(x), i)
  '\\exp(x)', // Exp beside its group
];

describe('quickReader: the plainest sides read without the engine', () => {
  it.each(READ)('%s reads as the engine reads it', (latex) => {
    const quick = readQuickly(latex);
    expect(quick, 'read quickly').toBeDefined();
    expect(quick).toEqual(engineRead(latex));
  });

  it.each(LEFT_TO_THE_ENGINE)('%s is left to the engine', (latex) => {
    expect(readQuickly(latex)).toBeUndefined();
  });

  it('leaves a side nested deeper than the stack to the engine, without throwing', () => {
    const deep = `${'('.repeat(20_000)}x${')'.repeat(20_000)}`;
    expect(readQuickly(deep)).toBeUndefined();
    expect(readQuickly(`${'{'.repeat(20_000)}x${'}'.repeat(20_000)}`)).toBeUndefined();
  });

  it('reads every side of the corpus notes it reads at all as the engine does', { timeout: 120_000 }, () => {
    const dir = path.join(__dirname, '..', 'corpus', 'notes');
    const sides = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      for (const span of findMath(readFileSync(path.join(dir, file), 'utf8'))) {
        if (span.source.length > 2_000) continue;
        for (const statement of splitFormula(span.source)) {
          for (const side of statement.sides) {
            sides.add(side.text.trim());
            sides.add(normalizeLatex(side.text.trim()));
          }
        }
      }
    }
    let read = 0;
    for (const latex of sides) {
      const quick = readQuickly(latex);
      if (quick === undefined) continue;
      read++;
      expect(quick, latex).toEqual(engineRead(latex));
    }
    expect(read).toBeGreaterThan(300); // the corpus is mostly other LaTeX, but not all
  });
});
